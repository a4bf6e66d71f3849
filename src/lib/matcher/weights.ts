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
  bias: -2.7,
  requirements: 0.43,
  duties: 0.66,
  preferred: 1.05,
  other: 0.56,
  intro: -0.86,
  about: -1.22,
  listed: 0.77,
  leadsItem: 0.66,
  fillsClause: 0.42,
  parenthetical: -1.32,
  example: 0.05,
  shaped: 0.63,
  named: 0.91,
  rarity: 1.8,
  compoundRarity: 1.55,
  known: 0.67,
  oneWord: -1.07,
  twoWords: -0.43,
  longer: -0.52,
  leadIn: 0.07,
  tool: 0.76,
  credential: 0.79,
  inTitle: -0.45,
  inBoilerplate: -0.28,
  condition: -0.89,
  years: 1.89,
  repeated: 0.46,
};
