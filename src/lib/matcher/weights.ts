/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * `npm run matcher:train` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on 56 postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
  bias: -2.14,
  requirements: 0.7,
  duties: 0.75,
  preferred: 1.04,
  other: -0.78,
  intro: -0.99,
  about: -1.25,
  listed: 0.15,
  leadsItem: 0.86,
  fillsClause: 0.03,
  parenthetical: -0.67,
  example: 0.21,
  enumerated: 0.39,
  shaped: 0.23,
  named: 0.87,
  rarity: 1.31,
  compoundRarity: 1.92,
  known: 0.87,
  oneWord: -0.51,
  twoWords: -1.12,
  longer: -0.84,
  leadIn: 0.58,
  tool: 0.66,
  credential: 0.87,
  language: 0.57,
  person: -1.25,
  place: -1.53,
  inTitle: -0.01,
  inBoilerplate: -0.35,
  employer: -1.56,
  condition: -0.37,
  years: 2.27,
  repeated: 0.47,
  plainWord: -1.06,
};
