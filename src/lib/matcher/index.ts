/**
 * The job-posting matcher as the page loads it: the extractor bound to the
 * background the build made, and the letter matcher. Loaded on demand, when
 * the reader first opens "Match a job posting".
 */
import background from 'virtual:matcher-background';
import { createExtractor } from './extract.ts';

export { matchLetter } from './match.ts';
export { POSTING_LIMIT, type KeyTerm, type LetterMatch, type PostingTerms } from './types.ts';

/** The posting's key terms, most important first. */
export const extractTerms = createExtractor(background);
