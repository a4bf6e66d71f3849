/**
 * What the job-posting matcher hands the page: the posting's key terms, most
 * important first, and which of them the reader's letter already covers.
 * Plain data, so the extraction can be measured on fixtures in Node and the
 * island only renders it.
 */

/** A term the posting requires ("must", "required", under requirements) or only prefers ("a plus", "nice to have"). */
export type Need = 'required' | 'preferred';

export interface KeyTerm {
  /** As the posting writes it, case and symbols kept: "PostgreSQL", "C#", "5+ years". */
  term: string;
  need: Need;
  /** The posting's own short form, "CTRs" for "Currency Transaction Reports": a letter may use either. */
  alias?: string;
  /** A short stretch of the posting around the term's first use, so the reader sees why it counts. */
  snippet: string;
}

export interface PostingTerms {
  /** Most important first: required before preferred, then by score. */
  terms: KeyTerm[];
  /** The paste was longer than POSTING_LIMIT characters, and only its start was read. */
  trimmed: boolean;
  /** Few terms were found: the text may be in another language, or not a posting at all. */
  fewTerms: boolean;
}

export interface LetterMatch {
  inLetter: KeyTerm[];
  /** Still in importance order, so the most important missing terms come first. */
  missing: KeyTerm[];
}

/** Longer pastes are cut here: a real posting is 300 to 1,500 words, far under it. */
export const POSTING_LIMIT = 20_000;
