/**
 * Pagefind answers a word it has not indexed with the longest indexed prefix
 * of it ("nonexistentword" finds pages saying "none"): useful while a reader
 * is still typing a word, misleading once they have typed one that is not in
 * the library. These checks tell a real match from that fallback by looking
 * for the reader's own words in the best result's text.
 */

import { FUNCTION_WORDS } from './query.ts';

// Endings Pagefind's stemmer strips, so "nurses" still counts as found on a page saying "nurse".
const ENDINGS = /(?:ations?|ings?|ers?|ed|es|ly|s)$/;

/** The part of a search word a real match must start with: the word less a common ending, at least 3 letters. */
export function wordStem(word: string): string {
  const lower = word.toLowerCase();
  const stem = lower.replace(ENDINGS, '');
  return stem.length >= 3 ? stem : lower;
}

/**
 * Whether a page's text holds at least one of the search's words (by its
 * stem, as a word start). False means Pagefind found the page through the
 * prefix fallback alone, for every word.
 */
export function holdsQueryWords(terms: string, text: string): boolean {
  const stems = terms
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map(wordStem);
  if (stems.length === 0) return true;
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return stems.some((stem) => words.some((word) => word.startsWith(stem)));
}

/**
 * How well a guide's title answers a search, or undefined when it does not:
 * every searched word must start a word of the title ("write cover letter"
 * and "How to Write a Cover Letter"). A lower number is a closer answer: the
 * title's distinct content words beyond those searched.
 */
export function titleAnswers(terms: string, title: string): number | undefined {
  const stems = terms
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map(wordStem);
  const words = title.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (stems.length === 0 || !stems.every((stem) => words.some((word) => word.startsWith(stem)))) return undefined;
  const extra = words.filter((word) => !FUNCTION_WORDS.has(word) && !stems.some((stem) => word.startsWith(stem)));
  return new Set(extra).size;
}
