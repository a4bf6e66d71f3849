/**
 * How the page words what the matcher found: the status line, the notes on how
 * the posting was read, each term's need, and where its snippet marks it.
 * Plain functions over the matcher's data, so the words are tested without a
 * browser and the island only puts them on the page.
 */
import { POSTING_LIMIT, type LetterMatch, type Need, type PostingTerms } from './types.ts';

/** The label beside each term: whether the posting requires it or only would like it. */
export const NEED_LABELS: Readonly<Record<Need, string>> = { required: 'Must-have', preferred: 'Nice to have' };

/**
 * The status line, e.g. "3 of 12 key terms in your letter". Empty while there
 * is no posting, so it never reports "0 of 0" about nothing.
 */
export function describeMatch(posting: PostingTerms | undefined, match: LetterMatch | undefined): string {
  if (!posting || !match) return '';
  const total = posting.terms.length;
  if (total === 0) return 'No key terms found in this posting.';
  return `${match.inLetter.length} of ${total} key ${total === 1 ? 'term' : 'terms'} in your letter`;
}

/** What the reader should know about how the posting was read: cut short, or too few terms to trust. */
export function describePosting(posting: PostingTerms | undefined): string[] {
  if (!posting) return [];
  const notes: string[] = [];
  if (posting.trimmed) {
    notes.push(
      `This paste is very long, so only its first ${POSTING_LIMIT.toLocaleString('en-US')} characters were read. ` +
        'If the requirements come later, paste them on their own.',
    );
  }
  if (posting.fewTerms) {
    notes.push(
      'Only a few key terms were found. The matcher reads job postings written in English: ' +
        'if this one is in another language, or is not a job posting, the lists below will be short.',
    );
  }
  return notes;
}

/** A snippet cut around the term's first whole-word use, so the page can mark it. */
export interface SnippetParts {
  before: string;
  /** The term as the snippet writes it; empty if the snippet does not contain it. */
  match: string;
  after: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits a snippet at the term (any case, a whole word where possible); the whole snippet stays in `before` if it is not there. */
export function splitSnippet(snippet: string, term: string): SnippetParts {
  const needle = term.trim();
  if (needle) {
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'iu').exec(snippet);
    const at = word?.index ?? snippet.toLowerCase().indexOf(needle.toLowerCase());
    // Lower-casing can change a string's length (İ), so only a same-length find is trusted.
    if (at >= 0 && snippet.slice(at, at + needle.length).toLowerCase() === needle.toLowerCase()) {
      return { before: snippet.slice(0, at), match: snippet.slice(at, at + needle.length), after: snippet.slice(at + needle.length) };
    }
  }
  return { before: snippet, match: '', after: '' };
}
