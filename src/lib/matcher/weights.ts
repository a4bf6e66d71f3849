/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * `npm run matcher:train` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on 28 postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
  bias: -2.29,
  requirements: 0.47,
  duties: 0.78,
  preferred: 1.19,
  other: 1.05,
  intro: -1.49,
  about: -1.17,
  listed: -0.02,
  leadsItem: 0.91,
  fillsClause: 0.05,
  parenthetical: -1.55,
  example: -0.03,
  enumerated: 0.45,
  shaped: 0.73,
  named: 1.38,
  rarity: 2.11,
  compoundRarity: 1.64,
  known: 0.9,
  oneWord: -1.45,
  twoWords: -0.62,
  longer: -0.68,
  leadIn: 0.86,
  tool: 0.74,
  credential: 1.42,
  language: 1.34,
  person: -1.16,
  place: -1.95,
  inTitle: 0.05,
  inBoilerplate: 0,
  employer: -1.97,
  condition: -0.75,
  years: 2.55,
  repeated: 0.67,
};
