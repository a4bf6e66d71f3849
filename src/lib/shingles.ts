/**
 * Runs of words ("shingles"), hashed, for the originality check: the library
 * must share no run of 8 words with the page this project grew from. The
 * repository keeps only the hashes of that page's runs, never its prose, so a
 * fresh clone can run the check with nothing beside it.
 */
import { createHash } from 'node:crypto';
import { normalisedWords } from './text.ts';

/** How many words make a run that counts as copied. */
export const SHINGLE_WORDS = 8;

/** One run of normalised words, hashed: the first 16 hex digits of its SHA-256. */
export function hashShingle(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

/** The hashes of every run of `size` words in a text, one per window, in order. */
export function shingleHashes(text: string, size = SHINGLE_WORDS): string[] {
  const words = normalisedWords(text);
  const hashes: string[] = [];
  for (let i = 0; i + size <= words.length; i++) hashes.push(hashShingle(words.slice(i, i + size)));
  return hashes;
}

/** The first run of `size` words in `text` whose hash is in `known`, as readable words. */
export function findSharedRun(text: string, known: ReadonlySet<string>, size = SHINGLE_WORDS): string | undefined {
  const words = normalisedWords(text);
  for (let i = 0; i + size <= words.length; i++) {
    const run = words.slice(i, i + size);
    if (known.has(hashShingle(run))) return run.join(' ');
  }
  return undefined;
}

/** The fixture file's text: a header naming the window count, then the sorted hashes, one a line. */
export function formatShingleFixture(hashes: readonly string[], source: string): string {
  return [
    `# ${hashes.length} windows of ${SHINGLE_WORDS} words from ${source}, hashed (sha256, 16 hex digits), sorted.`,
    '# Made by `npm run reference:shingles -- <path to the page>`; holds no prose.',
    ...[...hashes].sort(),
    '',
  ].join('\n');
}

/** Reads a fixture back: the window count its header declares and the hashes it holds. */
export function parseShingleFixture(text: string): { declared: number; hashes: string[] } {
  const declared = Number(/^# (\d+) windows/m.exec(text)?.[1] ?? 0);
  const hashes = text.split('\n').filter((line) => /^[0-9a-f]{16}$/.test(line));
  return { declared, hashes };
}
