/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * `npm run matcher:train` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on 40 postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
  bias: -2.42,
  requirements: 0.54,
  duties: 0.82,
  preferred: 1.25,
  other: -0.66,
  intro: -0.81,
  about: -1.13,
  listed: 0.19,
  leadsItem: 0.86,
  fillsClause: 0.11,
  parenthetical: -0.92,
  example: 0.11,
  enumerated: 0.41,
  shaped: 0.32,
  named: 1.32,
  rarity: 1.87,
  compoundRarity: 1.77,
  known: 0.94,
  oneWord: -1.43,
  twoWords: -0.77,
  longer: -0.66,
  leadIn: 0.76,
  tool: 0.7,
  credential: 1.02,
  language: 0.91,
  person: -1.57,
  place: -1.73,
  inTitle: -0.01,
  inBoilerplate: -0.21,
  employer: -1.51,
  condition: -0.87,
  years: 2.53,
  repeated: 0.64,
};
