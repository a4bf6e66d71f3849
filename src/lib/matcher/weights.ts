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
  bias: -2.62,
  requirements: 0.46,
  duties: 0.7,
  preferred: 1.1,
  other: 0.56,
  intro: -0.87,
  about: -1.17,
  listed: 0.72,
  leadsItem: 0.66,
  fillsClause: 0.41,
  parenthetical: -1.34,
  example: 0.05,
  shaped: 0.67,
  named: 0.91,
  rarity: 1.78,
  compoundRarity: 1.57,
  known: 0.71,
  oneWord: -1.12,
  twoWords: -0.49,
  longer: -0.54,
  leadIn: 0.04,
  tool: 0.76,
  credential: 0.74,
  person: -0.72,
  inTitle: -0.36,
  inBoilerplate: -0.29,
  condition: -0.91,
  years: 2.01,
  repeated: 0.53,
};
