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
  bias: -2.61,
  requirements: 0.29,
  duties: 0.52,
  preferred: 0.93,
  other: 0.6,
  intro: -0.71,
  about: -1.22,
  listed: 0.69,
  leadsItem: 0.7,
  fillsClause: 0.41,
  parenthetical: -1.33,
  example: 0.11,
  shaped: 0.59,
  named: 0.99,
  rarity: 1.77,
  compoundRarity: 1.56,
  known: 0.74,
  oneWord: -0.98,
  twoWords: -0.39,
  longer: -0.7,
  leadIn: 0.08,
  tool: 0.77,
  credential: 0.85,
  inTitle: -0.57,
  inBoilerplate: -0.38,
  condition: -0.87,
  years: 1.93,
  repeated: 0.51,
};
