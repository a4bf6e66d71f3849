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
  bias: -2.58,
  requirements: 0.31,
  duties: 0.6,
  preferred: 0.97,
  other: 0.61,
  intro: -0.69,
  about: -1.24,
  listed: 0.7,
  leadsItem: 0.68,
  fillsClause: 0.39,
  parenthetical: -1.31,
  example: 0.11,
  shaped: 0.64,
  named: 0.95,
  rarity: 1.8,
  compoundRarity: 1.52,
  known: 0.68,
  oneWord: -1.05,
  twoWords: -0.44,
  longer: -0.55,
  leadIn: 0.07,
  tool: 0.75,
  credential: 0.86,
  inTitle: -0.61,
  inBoilerplate: -0.38,
  condition: -0.88,
  years: 1.91,
  repeated: 0.58,
};
