/**
 * Every run of words in a posting that could be a key term, each with the
 * evidence for it: where in the posting it stands, how it is written, what
 * introduces it and how rare its words are. Scoring weighs the evidence
 * (see weights.ts); this module only gathers it.
 */
import { prefersAt, SCREENINGS, type Sentence } from './posting.ts';
import { isShaped, tokenize, type Token } from './tokens.ts';
import { canonicalKeys } from './variants.ts';
import {
  CREDENTIALS,
  DESCRIPTIVE,
  DUTY_VERBS,
  FLUFF,
  GENERIC_HEADS,
  LANGUAGES,
  LEAD_INS,
  ORGANIZATIONS,
  PEOPLE,
  PLACES,
  STATES,
  STOPWORDS,
} from './vocabulary.ts';
import { findYears } from './years.ts';

/** The evidence for one candidate, each a number from 0 to 1 (the strongest of its uses). */
export const FEATURES = [
  'requirements',
  'duties',
  'preferred',
  'other',
  'intro',
  'about',
  'listed',
  'leadsItem',
  'fillsClause',
  'parenthetical',
  'example',
  'enumerated',
  'shaped',
  'named',
  'rarity',
  'compoundRarity',
  'known',
  'oneWord',
  'twoWords',
  'longer',
  'leadIn',
  'tool',
  'credential',
  'language',
  'person',
  'place',
  'inTitle',
  'inBoilerplate',
  'employer',
  'condition',
  'years',
  'repeated',
  'plainWord',
] as const;
export type Feature = (typeof FEATURES)[number];
export type Features = Record<Feature, number>;

export interface Candidate {
  /** Canonical keys joined by spaces ("postgresql", "cycle count"), or "years:5". */
  key: string;
  /** As the posting first writes it. */
  term: string;
  /** The posting's own short form, from "Currency Transaction Reports (CTRs)". */
  alias?: string;
  features: Features;
  count: number;
  /**
   * The posting requires it: some use is in its duties or requirements and
   * not in a clause that prefers, or no use says either way.
   */
  required: boolean;
  /** The sentence of its first use. */
  sentence: string;
  /** Where the term starts in `sentence`. */
  at: number;
}

/** "$400K", "$1 million": sums of money size the work; they are not terms. */
const MONEY = /\$[\d,.]+\s*(?:[kKmMbB]\b|(?:million|billion)\b)?/g;
/** "40°F to 95°F": temperatures say where the work is done. */
const TEMPERATURE = /-?\d+\s*°\s*[FC]?/g;

/** Sentences about being able or available ("Able to lift 50 lbs", "Available weekends") set conditions, not skills. */
const CONDITION = /^(?:must be |you are |you're )?(?:able|willing|available|comfortable|ability)\b/i;

/** Gathers the candidates of a posting's sentences, boilerplate aside, with their evidence. */
export function findCandidates(
  sentences: readonly Sentence[],
  title: string,
  commonness: ReadonlyMap<string, number>,
  tradePhrases: ReadonlySet<string> = new Set(),
): Candidate[] {
  const titleKeys = new Set(tokenize(title).map((token) => token.key));
  const boilerplateKeys = new Set(
    sentences
      .filter((sentence) => sentence.part === 'boilerplate')
      .flatMap((sentence) => tokenize(sentence.text).map((token) => token.key)),
  );
  // Capitalised words the employer's lines use (the first lines, its story and opening prose, pay, address) more
  // often than the rest of the posting does: its name and place, not a tool a line of pay or how-to-apply names.
  const employerKeys = capitalisedMoreIn(
    sentences,
    (sentence) => ['boilerplate', 'about', 'title'].includes(sentence.part) || (sentence.part === 'intro' && !sentence.listed),
  );
  const found = new Map<string, Candidate>();
  // Uses that require a term and uses that only prefer it; the company's story does neither.
  const votes = new Map<string, { musts: number; nices: number }>();
  const add = (key: string, term: string, sentence: Sentence, at: number, features: Features) => {
    const vote = votes.get(key) ?? { musts: 0, nices: 0 };
    votes.set(key, vote);
    if (sentence.part === 'preferred' || prefersAt(sentence.text, at)) vote.nices += 1;
    else if (sentence.part === 'requirements' || sentence.part === 'duties') vote.musts += 1;
    const known = found.get(key);
    if (!known) {
      found.set(key, { key, term, features, count: 1, required: true, sentence: sentence.text, at });
      return;
    }
    known.count += 1;
    for (const name of FEATURES) known.features[name] = Math.max(known.features[name], features[name]);
    known.features.repeated = Math.min(1, Math.log(known.count) / Math.log(4));
  };

  for (const sentence of sentences) {
    if (sentence.part === 'boilerplate' || sentence.part === 'title') continue;
    const base = {
      ...Object.fromEntries(FEATURES.map((name) => [name, 0])),
      [sentence.part]: 1,
      listed: Number(sentence.listed),
      condition: Number(CONDITION.test(sentence.text)),
    } as Features;
    const years = findYears(sentence.text);
    // "5+ years in DevOps, with at least two years on Kubernetes": the first number is the screen, the rest detail it.
    if (years[0]) {
      // "3+ years as a paralegal" opens its item and is the screen; "a degree plus 2 years" is an alternative to one.
      const opens =
        sentence.listed &&
        /^\W*(?:(?:at least|a minimum of|minimum(?: of)?|over|more than)\s+)?$/i.test(sentence.text.slice(0, years[0].start));
      add(`years:${years[0].least}`, years[0].text, sentence, years[0].start, { ...base, years: 1, leadsItem: Number(opens) });
    }
    // Years are read above; sums of money, temperatures and checks before hire ("pass a background check") are no skill.
    const spans = (pattern: RegExp) =>
      [...sentence.text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    const passedOver = [...years, ...spans(MONEY), ...spans(TEMPERATURE), ...spans(SCREENINGS)];
    const tokens = tokenize(sentence.text)
      .flatMap(splitLanguages)
      .filter((token) => !passedOver.some((mention) => token.start < mention.end && token.end > mention.start));
    let previousKey: string | undefined;
    const runs = runsOfTerms(sentence.text, tokens);
    const namesLanguage = tokens.some((token) => token.key !== 'english' && LANGUAGES.has(token.key));
    const listedInline = enumeratedRuns(sentence.text, runs);
    runs.forEach((run, index) => {
      const alias = previousKey === undefined ? undefined : readAlias(sentence.text, run, runs[index - 1]!);
      if (alias) {
        found.get(previousKey!)!.alias ??= alias;
        previousKey = undefined;
        return;
      }
      const words = run.map((token) => token.key);
      // English in an English posting goes without saying; "bilingual" is said by the language it names.
      if (words.length === 1 && (words[0] === 'english' || (words[0] === 'bilingual' && namesLanguage))) return;
      // A letter alone is a class or a grade ("H, N, or X endorsement"), never a term; C and R are languages.
      if (words.length === 1 && /^[a-z]$/.test(words[0]!) && !['c', 'r'].includes(words[0]!)) return;
      const key = canonicalKeys(words).join(' ');
      const before = sentence.text
        .slice(Math.max(0, run[0]!.start - 20), run[0]!.start)
        .toLowerCase()
        .trimEnd();
      const named = run.some((token) => isNamed(token, tokens));
      add(key, sentence.text.slice(run[0]!.start, run.at(-1)!.end), sentence, run[0]!.start, {
        ...base,
        leadsItem: Number(sentence.listed && index === 0),
        fillsClause: Number(fillsItsClause(sentence.text, run)),
        parenthetical: Number(isParenthetical(sentence.text, run[0]!.start)),
        example: Number(EXAMPLES.test(sentence.text.slice(0, run[0]!.start))),
        enumerated: Number(listedInline.has(run)),
        shaped: Number(run.some((token) => isShaped(token.text))),
        named: Number(named),
        // How rare the words are tells more about a single word than about a compound of common ones.
        rarity: run.length === 1 ? rarityOf(run, tokens, commonness) : 0,
        compoundRarity: run.length > 1 ? rarityOf(run, tokens, commonness) : 0,
        known: Number(run.length > 1 && tradePhrases.has(key)),
        oneWord: Number(run.length === 1),
        twoWords: Number(run.length === 2),
        longer: Number(run.length > 2),
        leadIn: Number(LEAD_INS.some((leadIn) => before.endsWith(leadIn))),
        tool: Number(/\b(?:with|using|in|on|via|through|into)$/.test(before)),
        credential: Number(CREDENTIALS.has(words.at(-1)!)),
        language: Number(words.length === 1 && LANGUAGES.has(words[0]!)),
        person: Number(PEOPLE.has(words.at(-1)!)),
        // A capitalised state or an organisation's last word: "north Idaho", "American Heart Association".
        place: Number(run.some((token) => PLACES.has(token.key) && isCapitalised(token)) || (named && ORGANIZATIONS.has(words.at(-1)!))),
        inTitle: Number(words.every((word) => titleKeys.has(word))),
        inBoilerplate: Number(words.every((word) => boilerplateKeys.has(word))),
        // A name the employer's own lines use ("Saint Alder Regional"): the company or its place, not a skill.
        employer: Number(named && run.every((token) => !isCapitalised(token) || employerKeys.has(token.key))),
      });
      previousKey = run.length > 1 ? key : undefined;
    });
  }
  for (const candidate of found.values()) {
    const { features } = candidate;
    features.plainWord = Number(features.oneWord === 1 && !features.shaped && !features.named && !features.language);
    candidate.alias ??= credentialName(candidate.term);
    const { musts, nices } = votes.get(candidate.key)!;
    candidate.required = musts > 0 || nices === 0;
  }
  return [...found.values()];
}

/** The capitalised words that the chosen sentences use more often than the others do. */
function capitalisedMoreIn(sentences: readonly Sentence[], chosen: (sentence: Sentence) => boolean): Set<string> {
  const balance = new Map<string, number>();
  for (const sentence of sentences) {
    for (const token of tokenize(sentence.text)) {
      if (isCapitalised(token)) balance.set(token.key, (balance.get(token.key) ?? 0) + (chosen(sentence) ? 1 : -1));
    }
  }
  return new Set([...balance].filter(([, count]) => count > 0).map(([key]) => key));
}

/** "English/Spanish" is two languages, each a term; "CI/CD" stays one. */
function splitLanguages(token: Token): Token[] {
  const parts = token.text.split('/');
  if (parts.length < 2 || !parts.every((part) => LANGUAGES.has(part.toLowerCase()))) return [token];
  let start = token.start;
  return parts.map((part) => {
    const piece = { text: part, key: part.toLowerCase(), start, end: start + part.length };
    start = piece.end + 1;
    return piece;
  });
}

/** How rare a run's words are: the rarest and the average, halved; names and shaped words count as rare. */
function rarityOf(run: Token[], sentence: Token[], commonness: ReadonlyMap<string, number>): number {
  const rarities = run.map((token) => {
    if (isShaped(token.text)) return 1;
    const rarity = 1 - (commonness.get(token.key) ?? 0);
    // A capital inside a sentence marks a name, however common the word is on the web ("Linux", "Epic").
    return isNamed(token, sentence) ? Math.max(rarity, 0.7) : rarity;
  });
  return 0.5 * Math.max(...rarities) + (0.5 * rarities.reduce((sum, value) => sum + value, 0)) / rarities.length;
}

/**
 * The runs of words in a sentence that could be terms: broken at
 * punctuation, glue and fluff; a duty verb dropped from the start ("maintain
 * REST APIs"), and a generic head ("experience", "skills") or an adverb
 * ("safely") from the end. A number only continues a name (".NET 8", "OSHA 10").
 * A word joined by "of" to what follows is also read as one ("bill of lading", "range of motion"), and
 * an acronym that opens a run also alone ("MDS data collection", "MDS").
 */
function runsOfTerms(text: string, tokens: readonly Token[]): Token[][] {
  const runs = joinNamesAcrossOf(
    text,
    splitRuns(text, tokens).flatMap((run) => splitNameFromTail(run, tokens)),
  );
  const joined: Token[][] = [];
  runs.forEach((run, index) => {
    const next = runs[index + 1];
    if (run.length === 1 && next && next.length <= 2 && /^ of $/i.test(text.slice(run[0]!.end, next[0]!.start)))
      joined.push([run[0]!, ...next]);
  });
  // "MDS data collection", "NACHA file formats": the acronym alone is also a reading.
  const acronyms = runs.filter((run) => run.length >= 2 && isAcronym(run[0]!) && !run.slice(1).some(isAcronym)).map((run) => [run[0]!]);
  return [...runs, ...joined, ...acronyms];
}

/**
 * A name goes on across "of" when both sides are capitalised: "Technical
 * Certificate of Credit", "Department of Transportation" are one name.
 */
function joinNamesAcrossOf(text: string, runs: Token[][]): Token[][] {
  const joined: Token[][] = [];
  for (const run of runs) {
    const previous = joined.at(-1);
    if (previous && isCapitalised(previous.at(-1)!) && isCapitalised(run[0]!) && text.slice(previous.at(-1)!.end, run[0]!.start) === ' of ')
      joined[joined.length - 1] = [...previous, ...run];
    else joined.push(run);
  }
  return joined;
}

/** Numbers, and numbers of a measure ("36-bed", "12-hour", "26-foot"): sizes, not terms. */
const NUMBERLIKE =
  /^[\d.,:+–-]+(?:-(?:bed|hour|day|minute|week|month|year|seat|person|mile|foot|feet|pound|lb|gallon|unit|story|page|point)s?)?$/;

/**
 * A name followed by two or more plain words is two terms: "Hach |
 * laboratory instruments", "NFPA 70E | arc flash practice". A lone acronym
 * modifies what follows it instead ("IV push medications", "UCC-1 financing
 * statements").
 */
function splitNameFromTail(run: Token[], sentence: readonly Token[]): Token[][] {
  const written = (token: Token) => isNamed(token, sentence) || isShaped(token.text);
  const tail = run.findIndex((token) => !written(token));
  if (tail < 1 || run.length - tail < 2 || run.slice(tail).some(written)) return [run];
  if (tail === 1 && /^\p{Lu}[\p{Lu}\d-]+s?$/u.test(run[0]!.text)) return [run];
  return [run.slice(0, tail), run.slice(tail)];
}

function splitRuns(text: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    const trailing = (token: Token) => GENERIC_HEADS.has(token.key) || STATES.has(token.key) || isAdverb(token.key) || isParticiple(token);
    while (run.length > 1 && trailing(run.at(-1)!)) run.pop();
    const single = run.length === 1 ? run[0]! : undefined;
    // A place alone is where the job is ("Colorado"); a licence that names one is a longer run.
    const loose = single && (trailing(single) || NUMBERLIKE.test(single.key) || /['’]s$/.test(single.text) || PLACES.has(single.key));
    if (run.length > 0 && !loose) runs.push(run);
    run = [];
  };
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous && /\S/.test(text.slice(previous.end, token.start))) close();
    const last = run.at(-1);
    const highSchool = token.key === 'high' && tokens[index + 1]?.key === 'school';
    if (isGlue(token, index === 0) && !highSchool && !insideName(text, tokens, index) && !isGradeLetter(token, previous)) close();
    // A language stands alone: "bilingual English", "Spanish speakers".
    else if (LANGUAGES.has(token.key)) {
      close();
      run.push(token);
      close();
    } else if (NUMBERLIKE.test(token.text) && !(last && (isShaped(last.text) || isCapitalised(last)))) close();
    else if (run.length === 0 && isDutyVerb(token.key) && (index === 0 || !isCapitalised(token)) && !NOUN_BEFORE.has(previous?.key ?? ''))
      close();
    // "a student's IEP notes", "Ohio's age rules": whose it is comes before the term, never in it.
    else if (run.length === 0 && isOwner(token)) close();
    // "monthly quota", "short discovery call": how often or how big is not part of the term.
    else if (run.length === 0 && DESCRIPTIVE.has(token.key) && !isCapitalised(token)) close();
    // "Safely operate hand and power tools": an adverb says how; the verb after it starts a duty, and "time spent
    // actually sleeping" is two readings, not one.
    else if (isAdverb(token.key)) close();
    // "trauma center serving eastern Washington": past three words, a verb in -ing starts a new clause.
    else if (run.length >= 3 && /^\p{Ll}+ing$/u.test(token.text)) close();
    // "one region looked different": after a word, a lower-case word in -ed is the sentence's verb.
    else if (run.length >= 1 && isParticiple(token) && /^[\p{L}\p{N}]/u.test(last!.text)) close();
    else run.push(token);
  });
  close();
  return runs;
}

/** Possessives that begin a term of their own: "bachelor's degree", "driver's license", "Alzheimer's care". */
const POSSESSIVE_TERMS =
  /^(?:(?:post-)?(?:bachelor|master|associate|doctor)|driver|cashier|builder|worker|children|alzheimer|parkinson|crohn)['’]s?$/i;

/** "student's", "supervisor's", "Ohio's": someone's, said before the thing that is theirs. */
function isOwner(token: Token): boolean {
  return /\p{L}['’]s$/u.test(token.text) && !POSSESSIVE_TERMS.test(token.text);
}

/** "Class A", "Type A": a capital A after a word that grades things is a name, not an article. */
function isGradeLetter(token: Token, previous: Token | undefined): boolean {
  return token.text === 'A' && /^(?:Class|Type|Level|Grade|Schedule|Tier|Part|Category)$/.test(previous?.text ?? '');
}

/** After these a duty verb is a noun: "our design system", "a call center", "knowledge of process mapping". */
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'its', 'this', 'that', 'of']);

/** A glue word written with a capital between two capitalised words is part of a name: "Know Your Customer". */
function insideName(text: string, tokens: readonly Token[], index: number): boolean {
  const [previous, token, next] = [tokens[index - 1], tokens[index]!, tokens[index + 1]];
  if (!previous || !next || !/^(?:Your|Of|For|And|The|On|In|To)$/.test(token.text)) return false;
  return isCapitalised(previous) && isCapitalised(next) && !/\S/.test(text.slice(token.end, next.start));
}

/**
 * Glue and fluff end a run. A fluff word written with a capital inside a
 * sentence is part of a name ("Advanced Cardiac Life Support") and stays.
 */
function isGlue(token: Token, first: boolean): boolean {
  if (STOPWORDS.has(token.key) || STOPWORDS.has(token.text.toLowerCase())) return true;
  if (!FLUFF.has(token.key) && !FLUFF.has(token.text.toLowerCase()) && !isFluffVerb(token, first)) return false;
  // A word in capitals is shouted, not named: "MUST HAVE STRONG EXCEL SKILLS".
  return first || !isCapitalised(token) || /^\p{Lu}{2,}$/u.test(token.text);
}

/** The base forms a word in -ing or -ed may come from: "providing" provide, "planned" plan; none for other words. */
function baseForms(key: string): string[] {
  const stem = key.replace(/(?:ing|ed)$/, '');
  return stem === key ? [] : [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];
}

/** "providing", "ensuring", "supported": a verb of how postings talk, in any form ("building" is also a thing). */
function isFluffVerb(token: Token, first = false): boolean {
  // Opening a sentence ("Running commercial mowers"), the verb has its capital.
  const written = first ? /^\p{L}\p{Ll}*(?:ing|ed)$/u : /^\p{Ll}+(?:ing|ed)$/u;
  return written.test(token.text) && !token.key.startsWith('build') && baseForms(token.key).some((form) => FLUFF.has(form));
}

/** "maintain", "maintaining", "designed": the verb, whatever its ending. */
function isDutyVerb(key: string): boolean {
  return DUTY_VERBS.has(key) || baseForms(key).some((form) => DUTY_VERBS.has(form));
}

/**
 * "safely", "regularly", "twice": an adverb says how, not what. Yearly,
 * monthly and daily name a schedule; supply, assembly and family are things.
 */
function isAdverb(key: string): boolean {
  return (key.length > 5 && key.endsWith('ly') && !/(?:ily|ply|bly|thly|kly|(?:year|quarter|hour|ear)ly)$/.test(key)) || key === 'twice';
}

/** "portioned", "stocked": a lower-case word in -ed says what was done to a thing, not what it is. */
function isParticiple(token: Token): boolean {
  return /^\p{Ll}{3,}ed$/u.test(token.text) && !/(?:eed|need)$/.test(token.text);
}

/** Written with a capital first: a name, or the first word of a sentence. */
function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** "MDS", "CTRs": capitals only, perhaps a plural s. */
function isAcronym(token: Token): boolean {
  return /^\p{Lu}{2,}s?$/u.test(token.text);
}

/** A capital inside a sentence marks a name: "Docker", "Epic", "Bank Secrecy Act". */
function isNamed(token: Token, sentence: readonly Token[]): boolean {
  return token.start > sentence[0]!.start && isCapitalised(token);
}

/**
 * "CTRs" in "Currency Transaction Reports (CTRs)": an acronym in brackets
 * right after the words it shortens; and "GED" after "diploma or".
 */
function readAlias(text: string, run: Token[], previous: Token[]): string | undefined {
  const only = run.length === 1 ? run[0]! : undefined;
  if (!only || !isAcronym(only)) return undefined;
  if (text[only.start - 1] === '(' && text[only.end] === ')') return only.text;
  // "High school diploma or GED": the equivalent a posting accepts is the same line of the list.
  const last = previous.at(-1)!;
  return only.key === 'ged' && last.key === 'diploma' && /^\s+or\s+$/i.test(text.slice(last.end, only.start)) ? only.text : undefined;
}

/** Words that say how a credential stands, not which it is: "unrestricted LICSW license". */
const CREDENTIAL_STANDING = new Set(['active', 'current', 'unrestricted', 'valid']);

/**
 * The acronym a credential is known by, when the rest of the term only says
 * who grants it and that it is a credential: "Cisco CCNA certification",
 * "unrestricted LICSW license", "ISM CPSM certification", "TWIC card". A
 * letter names the CCNA, not the posting's whole phrase. Nothing for a
 * credential of some kind ("DOT medical card", "HVAC contractor license") or
 * of some level ("OSHA 10 card"), nor for a name the acronym is only part of
 * ("Power BI", "Argo CD").
 */
function credentialName(term: string): string | undefined {
  const words = term.split(/\s+/);
  // The last acronym is the credential ("ISM CPSM certification"), of three capitals at least: two say too little
  // alone ("SP", "IV").
  const at = words.findLastIndex((word) => /^\p{Lu}{3,}$/u.test(word));
  if (at === -1) return undefined;
  const before = words.slice(0, at);
  const after = words.slice(at + 1);
  const grantor = (word: string) => /^\p{Lu}(?:\p{Ll}{2,}|\p{Lu}+)$/u.test(word) || CREDENTIAL_STANDING.has(word.toLowerCase());
  return before.every(grantor) && after.length > 0 && after.every((word) => CREDENTIALS.has(word.toLowerCase())) ? words[at] : undefined;
}

/**
 * The runs that are items of a list written into a sentence: three or more
 * runs with only commas, "and" or "or" between them ("churn, activation and
 * lifetime value"). Postings name what they screen for in such lists.
 */
function enumeratedRuns(text: string, runs: readonly Token[][]): Set<Token[]> {
  const items = new Set<Token[]>();
  let chain: Token[][] = [];
  const close = () => {
    if (chain.length >= 3) chain.forEach((run) => items.add(run));
    chain = [];
  };
  runs.forEach((run, index) => {
    const previous = runs[index - 1];
    const gap = previous && previous.at(-1)!.end <= run[0]!.start ? text.slice(previous.at(-1)!.end, run[0]!.start) : undefined;
    if (gap === undefined || !/^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and\/or)\s+)$/.test(gap)) close();
    chain.push(run);
  });
  close();
  return items;
}

/** Whether the text at `at` is inside brackets: "(EKS, RDS, S3)" names examples of what stands before it. */
function isParenthetical(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Words that open a list of examples: what follows them details a term that came before. */
const EXAMPLES = /(?:\b(?:including|such as|e\.g\.|for example|like)\b|:)[^.;]*$/i;

/** Whether a run is all there is between two stops (start, end, comma, semicolon, colon, parenthesis), glue aside. */
function fillsItsClause(text: string, run: Token[]): boolean {
  const glue = /^(?:\s|\b(?:and|or|including|such as|like|e\.g\.|with|in|of|a|an|the)\b)*$/i;
  const before = text.slice(0, run[0]!.start);
  const after = text.slice(run.at(-1)!.end);
  const clauseStart = Math.max(...[',', ';', ':', '(', ')'].map((stop) => before.lastIndexOf(stop)));
  const clauseEnd = Math.min(...[',', ';', ':', '(', ')', '.'].map((stop) => (after.includes(stop) ? after.indexOf(stop) : after.length)));
  return glue.test(before.slice(clauseStart + 1)) && glue.test(after.slice(0, clauseEnd));
}
