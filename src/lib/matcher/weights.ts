/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * `npm run matcher:train` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on 22 postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
  bias: -2.56,
  requirements: 0.65,
  duties: 1,
  preferred: 1.25,
  other: 0.7,
  intro: -1.23,
  about: -1.42,
  listed: 0.3,
  leadsItem: 0.73,
  fillsClause: 0.38,
  parenthetical: -1.71,
  example: 0.07,
  shaped: 0.77,
  named: 0.82,
  rarity: 2.19,
  compoundRarity: 1.84,
  known: 0.8,
  oneWord: -1.43,
  twoWords: -0.72,
  longer: -0.87,
  leadIn: 0.04,
  tool: 0.81,
  credential: 1.31,
  person: -1.03,
  inTitle: -0.29,
  inBoilerplate: -0.3,
  condition: -1.17,
  years: 2.79,
  repeated: 0.83,
};
