/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * `npm run matcher:train` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on 17 postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
  bias: -3.02,
  requirements: 0.68,
  duties: 0.97,
  preferred: 1.45,
  other: 0.88,
  intro: -1.07,
  about: -1.52,
  listed: 0.66,
  leadsItem: 0.71,
  fillsClause: 0.64,
  parenthetical: -1.83,
  example: -0.02,
  shaped: 0.66,
  named: 0.92,
  rarity: 2.32,
  compoundRarity: 2.41,
  known: 1.05,
  oneWord: -1.4,
  twoWords: -0.92,
  longer: -1,
  leadIn: -0.1,
  tool: 0.85,
  credential: 0.99,
  person: -1.01,
  inTitle: -0.59,
  inBoilerplate: -0.21,
  condition: -1.51,
  years: 3.04,
  repeated: 0.96,
};
