/**
 * The hand-labelled job postings (tests/fixtures/postings/*.yaml) and how a
 * matcher is scored on them. Each posting labels at most 25 screen terms
 * (`required` and `preferred`: what a hiring manager checks first) and may
 * list further real terms under `also`. Each was labelled twice, by two
 * people who saw neither each other's labels nor the matcher's output: the
 * first labelling (top level) is what the weights are fitted to, the second
 * (`second`) is held out, and the terms both put on their screen lists are
 * the consensus.
 *
 * Recall is the share of screen terms in the matcher's top 25: against each
 * labelling, and against the consensus, the terms two people agree a hiring
 * manager screens for. Precision is the share of its top 15 that either
 * person labelled a term, screen or `also`. How far the two people agree
 * with each other is measured the same way: the share of one person's screen
 * terms that the other's screen list holds. Used by the unit test, the
 * training script and the method comparison alike, so all count the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { comparableKeys, containsRun } from '../../src/lib/matcher/match.ts';
import type { KeyTerm } from '../../src/lib/matcher/types.ts';
import { LANGUAGES } from '../../src/lib/matcher/vocabulary.ts';
import { findYears } from '../../src/lib/matcher/years.ts';

export const POSTINGS_DIR = 'tests/fixtures/postings';

export interface PostingFixture {
  file: string;
  title: string;
  industry: string;
  hourly: boolean;
  /** Odd input (another language, raw HTML): kept out of precision and recall. */
  odd: boolean;
  posting: string;
  required: string[];
  preferred: string[];
  /** Real key terms past the screen list: right if found, not missed if not. */
  also: string[];
  /** The second person's labelling of the same posting. */
  second: Labelling;
}

export interface Labelling {
  required: string[];
  preferred: string[];
  also: string[];
}

/** A screen list longer than the matcher's top 25 could never be fully recalled. */
export const MAX_SCREEN_TERMS = 25;

export function screenTerms(fixture: PostingFixture): string[] {
  return [...fixture.required, ...fixture.preferred];
}

export function secondScreenTerms(fixture: PostingFixture): string[] {
  return [...fixture.second.required, ...fixture.second.preferred];
}

/** The first person's screen terms that the second person's screen list also holds. */
export function consensusTerms(fixture: PostingFixture): string[] {
  const second = secondScreenTerms(fixture);
  return screenTerms(fixture).filter((label) => second.some((other) => sameTerm(other, label)));
}

/** Every term either person labelled, screen or not. */
function allLabels(fixture: PostingFixture): string[] {
  return [...fixture.required, ...fixture.preferred, ...fixture.also, ...secondScreenTerms(fixture), ...fixture.second.also];
}

export function loadPostings(dir = POSTINGS_DIR): PostingFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const raw = parse(readFileSync(join(dir, file), 'utf8')) as Omit<PostingFixture, 'file' | 'odd' | 'also' | 'second'> & {
        odd?: boolean;
        also?: string[];
        second?: Partial<Labelling>;
      };
      const second = { required: raw.second?.required ?? [], preferred: raw.second?.preferred ?? [], also: raw.second?.also ?? [] };
      return {
        ...raw,
        file,
        odd: raw.odd === true,
        required: raw.required ?? [],
        preferred: raw.preferred ?? [],
        also: raw.also ?? [],
        second,
      };
    });
}

/** Fixtures whose labels count towards precision and recall. */
export function labelledPostings(dir = POSTINGS_DIR): PostingFixture[] {
  return loadPostings(dir).filter((fixture) => !fixture.odd);
}

/**
 * Whether a found term is a labelled one: the same words (case, number and
 * variants aside), or one inside the other with a single word more ("AWS"
 * for "AWS infrastructure"); years by their number.
 */
export function sameTerm(found: string, labelled: string): boolean {
  return readings(found).some((a) => readings(labelled).some((b) => sameReading(a, b)));
}

/**
 * The ways a term may be read, as the matcher reads a posting: "A6
 * (Electrical/Electronic Systems)" is "A6" or what it stands for, as the
 * posting's "Certified Coding Specialist (CCS)" is; "Bilingual
 * English/Spanish" asks for Spanish, since English goes without saying in an
 * English posting.
 */
function readings(term: string): string[] {
  const bracketed = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(term);
  const spellings = bracketed ? [term, `${bracketed[1]} ${bracketed[3]}`.trim(), `${bracketed[2]} ${bracketed[3]}`.trim()] : [term];
  return spellings.flatMap((spelling) => {
    const words = spelling.split(/[\s/]+/);
    const languages = words.filter((word) => LANGUAGES.has(word.toLowerCase()) && word.toLowerCase() !== 'english');
    return languages.length > 0 ? [spelling, languages.join(' ')] : [spelling];
  });
}

function sameReading(found: string, labelled: string): boolean {
  const foundYears = findYears(found)[0];
  const labelledYears = findYears(labelled)[0];
  if (foundYears || labelledYears) return foundYears?.least === labelledYears?.least;
  const a = comparableKeys(found);
  const b = comparableKeys(labelled);
  if (a.length === 0 || b.length === 0 || Math.abs(a.length - b.length) > 1) return false;
  return a.length <= b.length ? containsRun(b, a) : containsRun(a, b);
}

export function isLabelled(term: KeyTerm, labels: readonly string[]): boolean {
  return labels.some((label) => sameTerm(term.term, label) || (term.alias !== undefined && sameTerm(term.alias, label)));
}

export interface Score {
  /** Labelled terms among the top 15 found, and how many were found (up to 15). */
  hits: number;
  shown: number;
  /** The first labelling's screen terms found in the top 25, and how many it has. */
  recalled: number;
  labelled: number;
  /** The same for the second labelling's screen terms, and for the consensus. */
  secondRecalled: number;
  secondLabelled: number;
  consensusRecalled: number;
  consensus: number;
}

const PRECISION_AT = 15;
const RECALL_AT = 25;

export function scorePosting(terms: readonly KeyTerm[], fixture: PostingFixture): Score {
  const top = terms.slice(0, PRECISION_AT);
  const wider = terms.slice(0, RECALL_AT);
  const found = (labels: readonly string[]) => labels.filter((label) => wider.some((term) => isLabelled(term, [label]))).length;
  return {
    hits: top.filter((term) => isLabelled(term, allLabels(fixture))).length,
    shown: top.length,
    recalled: found(screenTerms(fixture)),
    labelled: screenTerms(fixture).length,
    secondRecalled: found(secondScreenTerms(fixture)),
    secondLabelled: secondScreenTerms(fixture).length,
    consensusRecalled: found(consensusTerms(fixture)),
    consensus: consensusTerms(fixture).length,
  };
}

export interface Pooled {
  precision: number;
  /** Recall against the first labelling, the second, and the terms both agree on. */
  recall: number;
  secondRecall: number;
  consensusRecall: number;
}

/** Precision and recall over many postings, pooled: every term counts once. */
export function pooled(scores: readonly Score[]): Pooled {
  const sum = (pick: (score: Score) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    precision: sum((score) => score.hits) / sum((score) => score.shown),
    recall: sum((score) => score.recalled) / sum((score) => score.labelled),
    secondRecall: sum((score) => score.secondRecalled) / sum((score) => score.secondLabelled),
    consensusRecall: sum((score) => score.consensusRecalled) / sum((score) => score.consensus),
  };
}

/**
 * How far the two people agree, measured as recall is: the share of the
 * first person's screen terms on the second person's screen list, and the
 * other way round. A matcher's recall against one person is best read
 * beside how well another person does.
 */
export function agreement(fixtures: readonly PostingFixture[]): { firstInSecond: number; secondInFirst: number } {
  const share = (from: (fixture: PostingFixture) => string[], within: (fixture: PostingFixture) => string[]) => {
    const labels = fixtures.flatMap((fixture) => from(fixture).map((label) => ({ label, list: within(fixture) })));
    return labels.filter(({ label, list }) => list.some((other) => sameTerm(other, label))).length / labels.length;
  };
  return { firstInSecond: share(screenTerms, secondScreenTerms), secondInFirst: share(secondScreenTerms, screenTerms) };
}
