/**
 * The letter being filled: its paragraphs, the plain text a reader copies or
 * downloads, and how far along it is. Shared by the preview, the clipboard,
 * both downloads and the tests, so they can never disagree.
 */
import { fillTemplate, parseTemplate, type Segment } from '../placeholders.ts';
import { countWords } from '../text.ts';

/** What the reader typed, by placeholder key. */
export type Values = Readonly<Record<string, string | undefined>>;

/** The recommended length of a cover letter, in words. */
export const RECOMMENDED_WORDS = { min: 250, max: 400 } as const;

/** Whether a value counts as filled: the same rule `fillTemplate` uses. */
export function isFilled(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Splits a template into paragraphs of segments. Paragraphs break on blank
 * lines only, so a sign-off keeps its line break before the name.
 */
export function toParagraphs(template: string): Segment[][] {
  const text = typeof template === 'string' ? template.replace(/\r\n?/g, '\n') : '';
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => parseTemplate(paragraph).segments);
}

/** The filled letter as plain text: paragraphs separated by one blank line, values inserted literally. */
export function toPlainText(paragraphs: readonly (readonly Segment[])[], values: Values): string {
  return paragraphs.map((segments) => fillTemplate(segments, values)).join('\n\n');
}

/** How many of the fields' keys have a value, e.g. 5 (of 14). */
export function countFilled(keys: readonly string[], values: Values): number {
  return keys.filter((key) => isFilled(values[key])).length;
}

/**
 * The words the letter holds so far: the template's text and what the reader
 * wrote, with the placeholders still open left out (their hints are examples,
 * not the reader's words). What the word count and the posting matcher read.
 */
export function toWrittenText(paragraphs: readonly (readonly Segment[])[], values: Values): string {
  return paragraphs
    .map((segments) =>
      segments
        .map((segment) => (segment.kind === 'text' ? segment.text : isFilled(values[segment.key]) ? values[segment.key] : ' '))
        .join(''),
    )
    .join('\n\n');
}

/** The letter's length in words, counting what the reader wrote and not the placeholders still open. */
export function countLetterWords(paragraphs: readonly (readonly Segment[])[], values: Values): number {
  return countWords(toWrittenText(paragraphs, values));
}

/** Where a word count stands against the recommended length, in a few words. */
export function describeLength(words: number): string {
  const { min, max } = RECOMMENDED_WORDS;
  const count = `${words} ${words === 1 ? 'word' : 'words'}`;
  if (words < min) return `${count}, aim for ${min} to ${max}`;
  if (words > max) return `${count}, over the recommended ${max}`;
  return `${count}, within the recommended ${min} to ${max}`;
}

/** The file name of a download, named after the role: `nurse-cover-letter.txt`. */
export function downloadName(roleSlug: string, extension: 'txt' | 'docx'): string {
  const safe = roleSlug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${safe || 'dear-hiring'}-cover-letter.${extension}`;
}
