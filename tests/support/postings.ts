/**
 * The hand-labelled job postings (tests/fixtures/postings/*.yaml) and how a
 * matcher is scored on them. Each posting labels at most 25 screen terms
 * (`required` and `preferred`: what a hiring manager checks first) and may
 * list further real terms under `also`. Recall is the share of screen terms
 * in the matcher's top 25; precision the share of its top 15 that are any
 * labelled term, screen or `also`. Used
 * by the unit test, the training script and the method comparison alike, so
 * all three count the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { comparableKeys, containsRun } from '../../src/lib/matcher/match.ts';
import type { KeyTerm } from '../../src/lib/matcher/types.ts';
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
}

/** A screen list longer than the matcher's top 25 could never be fully recalled. */
export const MAX_SCREEN_TERMS = 25;

export function screenTerms(fixture: PostingFixture): string[] {
  return [...fixture.required, ...fixture.preferred];
}

function allLabels(fixture: PostingFixture): string[] {
  return [...fixture.required, ...fixture.preferred, ...fixture.also];
}

export function loadPostings(dir = POSTINGS_DIR): PostingFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const raw = parse(readFileSync(join(dir, file), 'utf8')) as Omit<PostingFixture, 'file' | 'odd' | 'also'> & {
        odd?: boolean;
        also?: string[];
      };
      return { ...raw, file, odd: raw.odd === true, required: raw.required ?? [], preferred: raw.preferred ?? [], also: raw.also ?? [] };
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
  /** Labelled terms found in the top 25, and how many were labelled. */
  recalled: number;
  labelled: number;
}

const PRECISION_AT = 15;
const RECALL_AT = 25;

export function scorePosting(terms: readonly KeyTerm[], fixture: PostingFixture): Score {
  const screen = screenTerms(fixture);
  const top = terms.slice(0, PRECISION_AT);
  const wider = terms.slice(0, RECALL_AT);
  return {
    hits: top.filter((term) => isLabelled(term, allLabels(fixture))).length,
    shown: top.length,
    recalled: screen.filter((label) => wider.some((term) => isLabelled(term, [label]))).length,
    labelled: screen.length,
  };
}

/** Precision and recall over many postings, pooled: every term counts once. */
export function pooled(scores: readonly Score[]): { precision: number; recall: number } {
  const sum = (pick: (score: Score) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    precision: sum((score) => score.hits) / sum((score) => score.shown),
    recall: sum((score) => score.recalled) / sum((score) => score.labelled),
  };
}
