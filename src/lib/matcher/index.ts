/**
 * STUB of the matcher engine, so the page half can be built and tested while
 * the real engine is written. Drop this file's commit when merging: the real
 * `extractTerms` and `matchLetter` replace it with the same signatures.
 *
 * It takes words written like names (PostgreSQL, AWS, C#, .NET), capitalised
 * words that are not common English, and a few known phrases; terms in a
 * "Nice to have" section, or on a line that says "a plus" or "preferred", are
 * preferred.
 */
import { POSTING_LIMIT, type KeyTerm, type LetterMatch, type Need, type PostingTerms } from './types.ts';

const PHRASES = [
  'customer service',
  'project management',
  'data analysis',
  'food safety',
  'patient care',
  'cash handling',
  'time management',
  'code review',
  'automated testing',
  'infrastructure as code',
  'on-call',
];

const COMMON = new Set(
  `a about all also an and any are as at be benefits but by can come day days do each every experience for from full get have help
  hybrid if in is it its join just know level like make more most must new nice no not of on one or other our part per plus
  preferred remote required requirements responsibilities role salary some strong team than that the their them then there these
  they this time to up us use we what when where which who will with work working year years you your
  build manage run write keep help review design own support lead maintain ensure provide develop create`.split(/\s+/),
);

const WORD = /(?<![\p{L}\p{N}])\.?[\p{L}\p{N}](?:[\p{L}\p{N}]|[.+#/-](?=[\p{L}\p{N}+#])|[+#]+(?![\p{L}\p{N}]))*/gu;
const PREFERRED_HEADING = /nice to have|bonus|preferred|a plus/i;
const PREFERRED_LINE = /\ba plus\b|\bpreferred\b|nice to have/i;

/** Whether a line reads as a section heading: short, not a bullet, no sentence end. */
function isHeading(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length < 40 && !/^[-*•]/.test(text) && !/[.;,]$/.test(text);
}

/** Whether a word is a term; `before` is the line up to it, since any word starting a sentence is capitalised. */
function isTermWord(word: string, before: string): boolean {
  if (/[\p{N}+#.]/u.test(word) && /\p{L}/u.test(word)) return true;
  if (/^\p{Lu}{2,}s?$/u.test(word)) return true;
  if (/^.\p{Ll}*\p{Lu}/u.test(word)) return true;
  // A bullet's first word is often the term itself ("- Kafka or another event platform"), so only sentences count.
  const startsSentence = /(?:^|[.:!?])\s*$/.test(before);
  return !startsSentence && /^\p{Lu}\p{Ll}{3,}$/u.test(word) && !COMMON.has(word.toLowerCase());
}

function snippetAt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 50);
  const to = Math.min(text.length, end + 50);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** The posting's key terms, most important first. */
export function extractTerms(posting: string): PostingTerms {
  const text = posting.slice(0, POSTING_LIMIT);
  const found = new Map<string, { term: KeyTerm; count: number; first: number }>();
  const add = (term: string, need: Need, start: number) => {
    const key = term.toLowerCase();
    const seen = found.get(key);
    if (seen) {
      seen.count++;
      if (need === 'required') seen.term.need = 'required';
      return;
    }
    found.set(key, { term: { term, need, snippet: snippetAt(text, start, start + term.length) }, count: 1, first: start });
  };

  let section: Need = 'required';
  let offset = 0;
  for (const line of text.split('\n')) {
    if (isHeading(line)) section = PREFERRED_HEADING.test(line) ? 'preferred' : 'required';
    else {
      const need: Need = PREFERRED_LINE.test(line) ? 'preferred' : section;
      for (const match of line.matchAll(WORD))
        if (isTermWord(match[0], line.slice(0, match.index))) add(match[0], need, offset + match.index);
      const lower = line.toLowerCase();
      for (const phrase of PHRASES) {
        const at = lower.indexOf(phrase);
        if (at >= 0) add(line.slice(at, at + phrase.length), need, offset + at);
      }
    }
    offset += line.length + 1;
  }

  const terms = [...found.values()]
    .sort((a, b) => Number(a.term.need === 'preferred') - Number(b.term.need === 'preferred') || b.count - a.count || a.first - b.first)
    .slice(0, 30)
    .map((entry) => entry.term);
  return { terms, trimmed: posting.length > POSTING_LIMIT, fewTerms: terms.length < 5 };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Which terms the letter uses, each list kept in importance order. */
export function matchLetter(terms: readonly KeyTerm[], letter: string): LetterMatch {
  const inLetter: KeyTerm[] = [];
  const missing: KeyTerm[] = [];
  for (const term of terms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term.term)}(?![\\p{L}\\p{N}])`, 'iu');
    (pattern.test(letter) ? inLetter : missing).push(term);
  }
  return { inLetter, missing };
}
