/**
 * A pasted posting, cleaned and cut into sentences that know which part of
 * the posting they are in: duties and requirements count, a "nice to have"
 * list marks its terms preferred, and benefits, equal-opportunity statements,
 * addresses and how-to-apply lines are read as boilerplate, never as terms.
 */
import { POSTING_LIMIT } from './types.ts';

/** Where a sentence sits, and so how much its words weigh. */
export type Part = 'title' | 'intro' | 'duties' | 'requirements' | 'preferred' | 'about' | 'other' | 'boilerplate';

export interface Sentence {
  text: string;
  part: Part;
  /** The sentence itself says "preferred", "a plus", "nice to have", "bonus". */
  prefers: boolean;
  /** A list item: postings list what they screen for, and tell their story in prose. */
  listed: boolean;
}

export interface ReadPosting {
  sentences: Sentence[];
  /** The whole text as read (tags removed): what the language check looks at. */
  text: string;
  /** The first line when it is short enough to name the job ("Line Cook (Full Time)"), else empty. */
  title: string;
  trimmed: boolean;
}

// Headings, by what follows them. Tried in order: "Preferred qualifications"
// is a preferred heading before it is a qualifications one, and "Apply if you
// have:" a requirements heading before it is about applying.
const HEADINGS: Array<[Part, RegExp]> = [
  [
    'preferred',
    /\b(?:preferred|nice[- ]to[- ]haves?|bonus|a plus|desired|extra credit|ideally|would be great|great if|also (?:have|bring))\b/i,
  ],
  // "Physical demands", "Working conditions": what the work asks of the body and where it is done, not skills.
  ['other', /^(?:physical (?:demands|requirements)|working conditions|work environment)\b/i],
  [
    'requirements',
    /\b(?:requirements?|required|qualifications?|what you(?:'|’)?ll need|what we need|what you need|you(?:'|’)?ll need|you need|we need|you (?:have|bring)|who you are|about you|must[- ]haves?|skills|experience|what we(?:'|’)?re looking for|looking for|you might be|you are|education|certifications?|licen[cs]es?)\b/i,
  ],
  [
    'boilerplate',
    /\b(?:benefits?|perks|we offer|offer you|compensation|pay|salary|equal opportunit|eeo|diversity|inclusion|job type|employment type|how to apply|to apply|apply|location|where|schedule|hours|our process|next steps)\b/i,
  ],
  // "About us", "About the job" tell the company's story; "About the role" and "About you" do not.
  ['about', /^about\b(?! (?:the )?(?:role|position|opportunity|you)\b)/i],
  [
    'duties',
    /^about (?:the )?(?:role|position|opportunity)\b|\b(?:responsibilit|duties|what you(?:'|’)?ll (?:be )?do|what you will (?:be )?do|^you(?:'|’)ll$|your role|day in the life|what (?:a|your) (?:day|shift|week) looks like|the (?:role|job|work)|in this role|day[- ]to[- ]day|your day|you will|key tasks|essential functions|job summary|position summary|overview)/i,
  ],
  ['about', /\b(?:about|who we are|our (?:company|team|story|mission)|why )/i],
];

// A sentence that is boilerplate wherever it stands: equal-opportunity
// statements, how to apply, links and addresses.
const BOILERPLATE =
  /equal opportunit|without regard|\b(?:not|never) discriminate|reasonable accommodation|affirmative action|(?:participates? in|an?) e-?verify\b|e-?verify (?:employer|participant)|drug[- ]free|https?:|www\.|@[\w-]+\.|\b(?:resume|résumé|careers page)\b|(?:^|how )to apply\b|\bto apply,|\bapply (?:online|at|through|on|by|in person|now|here|today|with|via)\b|\b\d{5}(?:-\d{4})?\b|\b\d+ [A-Z][\w.]* (?:[A-Z][\w.]* )?(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Parkway|Pkwy)\b/i;

// What the job gives: benefits. Boilerplate too, unless the sentence is a duty
// or requirement by its own cues (REQUIRES, DUTIES): an HR generalist "runs
// open enrollment for our medical, dental and 401(k) plans", a dental
// hygienist holds a "dental hygiene license".
const BENEFITS =
  /401\s?\(k\)|\b(?:medical|health)\b[^.]{0,30}\bdental\b|\bdental\b[^.]{0,20}\bvision\b|paid time off|\bPTO\b|parental leave|health insurance|life insurance|tuition|stipend|holidays|hourly rate|\bsalary\b/i;

// Money is pay when it is a range, comes with a unit of pay, or follows a word
// of pay. "$400K of new pipeline" or "budgets of $1 million" are the work.
const PAY =
  /\$[\d,.]+[kK]?\s*(?:-|–|to)\s*\$?[\d,.]+|\$[\d,.]+[kK]?\s*(?:\/\s*(?:hr|hour|h|year|yr)\b|(?:per|an|a|each) (?:hour|year|shift|month)\b|hourly|base\b|OTE\b|DOE\b)|\b(?:pay|pays|paid|salary|wage|wages|bonus|differential|commission|stipend|allowance|incentive|tips?)\b[^.]{0,40}\$\d/i;

// Checks a job makes before it hires are conditions of the offer, not skills;
// in a list of requirements they are passed over, and the rest of the line read.
export const SCREENINGS =
  /\b(?:(?:credit|criminal|fingerprint-based|pre-employment|and|,)\s+)*(?:background|credit) checks?\b|\bdrug (?:screens?|tests?)\b|\bMVR (?:review|check)\b/gi;
/** The same, for a yes or no: a global pattern would carry its place from one test to the next. */
const SCREENING = new RegExp(SCREENINGS.source, 'i');

const PREFERS =
  /\b(?:preferred|preferably|nice[- ]to[- ]have|(?:a|big|strong|huge|real) plus|bonus|ideally|desired|desirable|(?:an|a real|a big|a strong) advantage|is an advantage|an asset)\b/i;

const BLOCK_TAGS = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|section|article|header|footer|tr|td|th|table|dt|dd|dl|blockquote)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/**
 * Pasted HTML is read for its text: tags become line breaks or nothing, a few
 * entities are decoded. Nothing here is ever rendered as markup.
 */
export function stripMarkup(raw: string): string {
  if (!/<\/?[a-z][\w-]*[\s>/]/i.test(raw)) return raw;
  return raw
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_TAGS, '\n')
    .replace(ANY_TAG, '')
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

/**
 * Whether the clause around `at` prefers rather than requires: in "2-4 years
 * of accounting; public accounting preferred (Big Four a plus)" only the
 * second clause does, and in "cloud experience (Azure preferred)" only the
 * brackets. Brackets that say neither take their clause's word: in
 * "Bilingual (English/Spanish) preferred" Spanish is preferred.
 */
export function prefersAt(sentence: string, at: number): boolean {
  const start = Math.max(sentence.lastIndexOf(';', at), sentence.lastIndexOf('(', at), sentence.lastIndexOf(')', at - 1)) + 1;
  const ends = [';', '(', ')'].map((stop) => sentence.indexOf(stop, at)).filter((index) => index !== -1);
  if (PREFERS.test(sentence.slice(start, ends.length > 0 ? Math.min(...ends) : sentence.length))) return true;
  if (sentence[start - 1] !== '(') return false;
  // Inside brackets that said nothing: read the clause around them, brackets left out.
  const clauseStart = sentence.lastIndexOf(';', start) + 1;
  const clauseEnd = sentence.indexOf(';', at);
  const clause = sentence.slice(clauseStart, clauseEnd === -1 ? sentence.length : clauseEnd).replace(/\([^()]*\)/g, ' ');
  return PREFERS.test(clause);
}

/** Reads a paste: cut to POSTING_LIMIT, markup removed, split into sentences with their parts. */
export function readPosting(raw: string): ReadPosting {
  const trimmed = raw.length > POSTING_LIMIT;
  const text = stripMarkup(trimmed ? raw.slice(0, POSTING_LIMIT) : raw);
  const sentences: Sentence[] = [];
  let title = '';
  let part: Part = 'intro';
  for (const rawLine of text.split(/\r?\n/)) {
    const bullet = /^\s*(?:[-*•·–—▪◦●>]|\d{1,2}[.)])\s+/.exec(rawLine);
    let line = rawLine.slice(bullet?.[0].length ?? 0).trim();
    if (!line) continue;
    // The first line names the job when it is short and no sentence: "Line Cook (Full Time)".
    if (!title && sentences.length === 0 && !bullet && isTitle(line)) {
      title = line;
      sentences.push({ text: line, part: 'title', prefers: false, listed: false });
      continue;
    }
    // A bulleted line is a list item, never a heading.
    const heading = bullet ? undefined : readHeading(line);
    let linePart = part;
    if (heading) {
      linePart = heading.part;
      // "Salary: $68,000" or "Location: Raleigh" labels its own line; "Requirements:" what follows.
      if (!heading.rest || !['about', 'boilerplate', 'other'].includes(heading.part)) part = heading.part;
      if (!heading.rest) continue;
      line = heading.rest;
    }
    const content = linePart === 'duties' || linePart === 'requirements' || linePart === 'preferred';
    // In a paragraph, what follows pay or benefits talk is more of it ("Pay is $18 an hour. We send you the laptop.").
    let turned = linePart === 'boilerplate' || isMetaLine(line);
    let paragraphPart: Part = 'intro';
    // Sentences end at . ! or ? before a capital, but not after an initial ("U.S. GAAP", "e.g. Go").
    for (const sentence of line.split(/(?<=(?<!\b\p{L})[.!?])\s+(?=[\p{Lu}(“"'])/u)) {
      const prefers = PREFERS.test(sentence);
      const listed = bullet !== null;
      const clauses = sentence.split(/(?<=,|;)\s+(?=(?:and|but|plus)\s)|(?<=;)\s+/);
      const employerSide = clauses.map((clause) => isBoilerplate(clause, content));
      if (turned || employerSide[0]) {
        sentences.push({ text: sentence, part: 'boilerplate', prefers, listed });
        turned ||= !listed;
        continue;
      }
      // In prose, a sentence without cues goes on with the part the paragraph is in.
      const cued: Part = linePart === 'intro' ? partByCues(sentence, prefers) : linePart;
      // A list under a heading we do not know ("What a shift looks like") is content, not the opening's prose.
      const part: Part = cued !== 'intro' ? cued : listed ? 'duties' : ABOUT_US.test(sentence) ? 'intro' : paragraphPart;
      if (linePart === 'intro') paragraphPart = part === 'preferred' ? 'intro' : part;
      // A requirement can end on the employer's side: "A bachelor's degree is required, and a master's moves you up the salary schedule."
      if (!employerSide.includes(true)) sentences.push({ text: sentence, part, prefers, listed });
      else
        clauses.forEach((clause, index) =>
          sentences.push({ text: clause, part: employerSide[index] ? 'boilerplate' : part, prefers, listed }),
        );
    }
  }
  return { sentences, text, title, trimmed };
}

/**
 * Whether a sentence is the employer's side of things: benefits, pay, how to
 * apply. Outside the duties and requirements, checks before hire are too.
 */
function isBoilerplate(text: string, content: boolean): boolean {
  if (BOILERPLATE.test(text) || PAY.test(text) || (!content && SCREENING.test(text))) return true;
  return BENEFITS.test(text) && !REQUIRES.test(text) && !DUTIES.test(text);
}

/** "Brightwater Labs · Remote (US) · Full-time": the employer, place and terms, set apart by dots or bars, or a line that only says where. */
function isMetaLine(line: string): boolean {
  if ((line.match(/\s[·|•]\s/g) ?? []).length >= 2) return true;
  // "Little Kettle Coffee, Boise, ID": a short line that ends on a city and state says where, not what.
  return line.split(/\s+/).length <= 10 && /\b\p{Lu}[\p{L}.]+,\s*\p{Lu}{2}\b(?:\s*\([^)]*\))?$/u.test(line);
}

function isTitle(line: string): boolean {
  return line.split(/\s+/).length <= 10 && !/[.!?:;]$/.test(line) && !readHeading(line);
}

// A posting written as prose, with no headings, says what it needs in its sentences.
const REQUIRES =
  /\b(?:must|required|requires?|requirements?|qualifications?|you (?:have|bring|hold)|need|certified|certification|licen[cs]e|looking for someone|we expect|you should|experience (?:with|in)|years of|knowledge of)\b/i;
// "You will receive dental and vision" is what the job gives, not a duty.
const DUTIES =
  /\b(?:you(?:'|’)ll|you will)(?! (?:receive|get|enjoy|earn|have|be eligible)\b)|\b(?:responsibilit|duties|your day|each day|typical day|day to day)|^you (?!are\b|receive\b|get\b|enjoy\b|earn\b)|^(?:the|this|your) (?:work|job|role)(?: here)? (?:involves|includes|means|covers|is what)\b/i;

/** A sentence about the employer ("We are family owned") never goes on with a duty or a requirement. */
const ABOUT_US = /^(?:we are|we're|our (?:company|team|family|store|clinic|practice|office|agency))\b/i;

/** The part of a sentence that stands before any heading, read from its own words. */
function partByCues(sentence: string, prefers: boolean): Part {
  if (prefers) return 'preferred';
  if (REQUIRES.test(sentence)) return 'requirements';
  if (DUTIES.test(sentence)) return 'duties';
  return 'intro';
}

/**
 * A line that names the part that follows: short, and either ends in a
 * colon, is written in capitals, or has no sentence ending. "Requirements:
 * 3+ years of SQL" is a heading with its first line on it.
 */
function readHeading(line: string): { part: Part; rest: string } | undefined {
  const inline = /^([^:.!?]{2,60}):\s*(.*)$/.exec(line);
  const label = inline ? inline[1]! : line;
  const words = label.split(/\s+/).length;
  if (words > (inline ? 9 : 7)) return undefined;
  const capitals = label === label.toUpperCase() && /\p{Lu}{3}/u.test(label);
  const bare = !inline && !/[.!?,;]$/.test(label) && words <= 5;
  if (!inline && !capitals && !bare) return undefined;
  for (const [part, pattern] of HEADINGS) {
    if (pattern.test(label)) return { part, rest: inline ? inline[2]! : '' };
  }
  // An unknown heading in capitals or with a colon still starts a new part;
  // a short bare line that names nothing we know is content ("Docker", "Excel").
  if (capitals || inline?.[2] === '') return { part: 'other', rest: '' };
  return undefined;
}
