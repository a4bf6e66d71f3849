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
  bias: -3.05,
  requirements: 0.7,
  duties: 0.97,
  preferred: 1.48,
  other: 0.88,
  intro: -1.04,
  about: -1.51,
  listed: 0.67,
  leadsItem: 0.72,
  fillsClause: 0.61,
  parenthetical: -1.82,
  example: 0.01,
  shaped: 0.66,
  named: 0.92,
  rarity: 2.34,
  compoundRarity: 2.43,
  known: 1.03,
  oneWord: -1.41,
  twoWords: -0.92,
  longer: -1,
  leadIn: -0.12,
  tool: 0.86,
  credential: 0.99,
  person: -0.95,
  inTitle: -0.6,
  inBoilerplate: -0.21,
  condition: -1.5,
  years: 3.05,
  repeated: 0.91,
};
