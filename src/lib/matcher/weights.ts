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
  bias: -2.71,
  requirements: 0.42,
  duties: 0.65,
  preferred: 1.04,
  other: 0.55,
  intro: -0.86,
  about: -1.21,
  listed: 0.78,
  leadsItem: 0.66,
  fillsClause: 0.42,
  parenthetical: -1.31,
  example: 0.05,
  shaped: 0.63,
  named: 0.89,
  rarity: 1.82,
  compoundRarity: 1.58,
  known: 0.67,
  oneWord: -1.07,
  twoWords: -0.45,
  longer: -0.51,
  leadIn: 0.07,
  tool: 0.76,
  credential: 0.79,
  inTitle: -0.46,
  inBoilerplate: -0.28,
  condition: -0.89,
  years: 1.9,
  repeated: 0.46,
};
