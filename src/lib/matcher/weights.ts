/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * `npm run matcher:train` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on 64 postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
  bias: -2.11,
  requirements: 0.86,
  duties: 0.79,
  preferred: 1.31,
  other: -0.78,
  intro: -0.88,
  about: -1.19,
  listed: 0.05,
  leadsItem: 0.89,
  fillsClause: 0.13,
  parenthetical: -0.75,
  example: 0.13,
  enumerated: 0.37,
  shaped: 0.15,
  named: 0.96,
  rarity: 1.25,
  compoundRarity: 1.9,
  known: 0.74,
  oneWord: -0.36,
  twoWords: -1.11,
  longer: -0.94,
  leadIn: 0.54,
  tool: 0.6,
  credential: 0.95,
  language: 1.34,
  person: -1.28,
  place: -1.22,
  inTitle: 0.31,
  inBoilerplate: -0.14,
  employer: -1.77,
  condition: -0.58,
  years: 2.14,
  repeated: 0.78,
  plainWord: -1.2,
};
