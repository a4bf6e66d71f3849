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
  bias: -2.43,
  requirements: 0.53,
  duties: 0.81,
  preferred: 1.26,
  other: -0.66,
  intro: -0.67,
  about: -1.14,
  listed: 0.18,
  leadsItem: 0.88,
  fillsClause: 0.14,
  parenthetical: -0.91,
  example: 0.17,
  enumerated: 0.43,
  shaped: 0.33,
  named: 1.34,
  rarity: 1.86,
  compoundRarity: 1.74,
  known: 0.94,
  oneWord: -1.43,
  twoWords: -0.76,
  longer: -0.66,
  leadIn: 0.75,
  tool: 0.7,
  credential: 1.03,
  language: 0.89,
  person: -1.58,
  place: -1.75,
  inTitle: -0.02,
  inBoilerplate: -0.21,
  employer: -1.44,
  condition: -0.87,
  years: 2.53,
  repeated: 0.62,
};
