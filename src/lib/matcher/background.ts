/**
 * The background the matcher weighs a posting's words against: how common a
 * word is in English, and how many of our own role pages use it. A word
 * every letter uses ("team", "experience") says nothing about a posting; a
 * word few do ("HACCP", "Terraform") may be what it screens for.
 *
 * Built at build time (see src/integrations/matcher-background.ts) and
 * shipped as a few lists of words, grouped by how common they are: sorted
 * lists of words compress well and need no parsing beyond a split.
 */
import { tokenize, tokenKey } from './tokens.ts';
import { canonicalKeys } from './variants.ts';
import { FLUFF, STOPWORDS } from './vocabulary.ts';

export interface Background {
  /** English words by frequency band, most common band first; each band space-separated and sorted. */
  english: string[];
  /** Words our role pages share, by the share of pages that use them, highest band first. */
  library: string[];
  /**
   * Two- and three-word terms of a trade that several of our role pages use
   * and most do not ("journal entries", "cycle counts", "charge nurse"), as
   * canonical keys joined by "|": common words that make an uncommon term.
   */
  phrases: string;
}

/** A phrase counts as a term of a trade when at least this many of our pages use it... */
const PHRASE_LEAST_PAGES = 2;
/** ...and at most this share of them, past which it is how letters talk ("customer service"). */
const PHRASE_MOST_SHARE = 0.15;

/** Upper ranks (exclusive) of the English bands; words past the last are treated as rare. */
const ENGLISH_BANDS = [100, 300, 1000, 2000, 3500] as const;
/** Lowest share of role pages for each library band. */
const LIBRARY_BANDS = [0.6, 0.35, 0.15] as const;

/**
 * Groups `englishByRank` (most common first) into frequency bands and finds
 * the words that at least 15% of `libraryPages` use, each by its key (lower
 * case, singular) so "Teams" and "team" count once.
 */
export function buildBackground(englishByRank: readonly string[], libraryPages: readonly string[]): Background {
  const english = ENGLISH_BANDS.map(() => new Set<string>());
  const seen = new Set<string>();
  englishByRank.slice(0, ENGLISH_BANDS.at(-1)).forEach((word, rank) => {
    const key = tokenKey(word.trim());
    if (!/^[a-z][a-z'-]*$/.test(key) || seen.has(key)) return;
    seen.add(key);
    english[ENGLISH_BANDS.findIndex((upper) => rank < upper)]!.add(key);
  });

  const pagesUsing = new Map<string, number>();
  for (const page of libraryPages) {
    const words = new Set((page.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []).map(tokenKey));
    for (const word of words) pagesUsing.set(word, (pagesUsing.get(word) ?? 0) + 1);
  }
  const library = LIBRARY_BANDS.map(() => new Set<string>());
  for (const [word, count] of pagesUsing) {
    const share = count / Math.max(1, libraryPages.length);
    const band = LIBRARY_BANDS.findIndex((least) => share >= least);
    if (band >= 0) library[band]!.add(word);
  }

  const join = (band: Set<string>) => [...band].sort().join(' ');
  return { english: english.map(join), library: library.map(join), phrases: tradePhrases(libraryPages).join('|') };
}

/** The trade's compound terms in our pages: runs of two or three words, none of them glue or fluff. */
function tradePhrases(libraryPages: readonly string[]): string[] {
  const pagesUsing = new Map<string, number>();
  for (const page of libraryPages) {
    const seen = new Set<string>();
    for (const stretch of page.split(/[\n.,;:()!?]/)) {
      const keys = canonicalKeys(tokenize(stretch).map((token) => token.key));
      for (let length = 2; length <= 3; length += 1) {
        for (let start = 0; start + length <= keys.length; start += 1) {
          const words = keys.slice(start, start + length);
          if (!words.some((word) => STOPWORDS.has(word) || FLUFF.has(word) || /^[\d.,]+$/.test(word))) seen.add(words.join(' '));
        }
      }
    }
    for (const phrase of seen) pagesUsing.set(phrase, (pagesUsing.get(phrase) ?? 0) + 1);
  }
  const most = PHRASE_MOST_SHARE * libraryPages.length;
  return [...pagesUsing]
    .filter(([, count]) => count >= PHRASE_LEAST_PAGES && count <= most)
    .map(([phrase]) => phrase)
    .sort();
}

/**
 * How common each known word is, from 0 (rare, or unknown) to 1 (glue): the
 * higher of its English band and its library band.
 */
export function readCommonness(background: Background): Map<string, number> {
  const commonness = new Map<string, number>();
  const mark = (bands: string[], weight: (band: number) => number) =>
    bands.forEach((band, index) => {
      for (const word of band.split(' ')) {
        if (word) commonness.set(word, Math.max(commonness.get(word) ?? 0, weight(index)));
      }
    });
  // English: the top 100 words are glue (1), the 2,000th to 3,500th still fairly common (0.35).
  mark(background.english, (band) => [1, 0.85, 0.7, 0.5, 0.35][band] ?? 0);
  // Library: a word on 60% of our pages is as empty as "the" for a posting.
  mark(background.library, (band) => [1, 0.8, 0.55][band] ?? 0);
  return commonness;
}
