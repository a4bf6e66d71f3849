/**
 * Required time in a job, as postings write it ("5+ years", "3-5 years", "at
 * least two years", "6 months") and as letters state it ("six years on the
 * line"). A letter covers a posting's years when it states as many.
 */

export interface YearsMention {
  /** As written, from the number to "years": "3+ years", "two years". */
  text: string;
  /** The fewest years it asks for or states (months as parts of a year). */
  least: number;
  start: number;
  end: number;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

const NUMBER = `(?:\\d{1,2}(?:\\.5)?|${Object.keys(NUMBER_WORDS).join('|')})`;
// "3+ years", "3 + years", "3-5 years", "3 to 5 years", "two (2) years", "5 or more years".
const YEARS = new RegExp(
  `\\b(${NUMBER})(?:\\s*\\(\\d{1,2}\\))?(?:\\s*\\+|\\s*(?:-|–|to)\\s*${NUMBER}|\\s+or more)?\\s*\\+?\\s*(?:full[- ])?(years?|months?)\\b`,
  'gi',
);

/** Every mention of a number of years in `text`. */
export function findYears(text: string): YearsMention[] {
  const found: YearsMention[] = [];
  for (const match of text.matchAll(YEARS)) {
    // "a DUI in the last five years", "every two years": a window of time, not experience.
    if (/\b(?:last|past|every|within|after|next|first|over the)\s*$/i.test(text.slice(Math.max(0, match.index - 12), match.index)))
      continue;
    // "at least 18 years of age", "21 years or older": an age, not time in a job.
    if (/^\s*(?:of age|old|or older)\b/i.test(text.slice(match.index + match[0].length))) continue;
    const least = readNumber(match[1]!);
    if (least === undefined || least <= 0 || least > 40) continue;
    const inYears = match[2]!.toLowerCase().startsWith('month') ? least / 12 : least;
    found.push({ text: match[0], least: inYears, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function readNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  return lower in NUMBER_WORDS ? NUMBER_WORDS[lower] : Number.isFinite(Number(lower)) ? Number(lower) : undefined;
}
