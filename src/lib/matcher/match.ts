/**
 * Which of a posting's key terms the reader's letter already covers. A term
 * is covered when its words appear in the letter in order, whatever their
 * case, number or variant spelling ("Postgres" for "PostgreSQL", "RN license"
 * for "registered nurse license"), glue words aside; a number of years is
 * covered when the letter states at least as many.
 */
import { tokenize } from './tokens.ts';
import type { KeyTerm, LetterMatch } from './types.ts';
import { canonicalKeys } from './variants.ts';
import { STOPWORDS } from './vocabulary.ts';
import { findYears } from './years.ts';

/** A text's words as the matcher compares them: canonical keys, glue words dropped. */
export function comparableKeys(text: string): string[] {
  return canonicalKeys(tokenize(text).map((token) => token.key)).filter((key) => !STOPWORDS.has(key));
}

/** Whether `needle` appears in `haystack` as a run of whole words. */
export function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((key, offset) => haystack[start + offset] === key)) return true;
  }
  return false;
}

/** Splits `terms` into those the letter covers and those it does not, each in the order given. */
export function matchLetter(terms: readonly KeyTerm[], letter: string): LetterMatch {
  const letterKeys = comparableKeys(letter);
  const mostYears = Math.max(0, ...findYears(letter).map((mention) => mention.least));
  const inLetter: KeyTerm[] = [];
  const missing: KeyTerm[] = [];
  for (const term of terms) {
    const years = findYears(term.term)[0];
    const spellings = term.alias ? [term.term, term.alias] : [term.term];
    const covered = years ? mostYears >= years.least : spellings.some((spelling) => containsRun(letterKeys, comparableKeys(spelling)));
    (covered ? inLetter : missing).push(term);
  }
  return { inLetter, missing };
}
