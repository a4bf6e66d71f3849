/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * `npm run matcher:train` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on 32 postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
  bias: -2.32,
  requirements: 0.47,
  duties: 0.76,
  preferred: 1.23,
  other: 1.07,
  intro: -1.31,
  about: -1.27,
  listed: -0.14,
  leadsItem: 0.98,
  fillsClause: 0.14,
  parenthetical: -1.4,
  example: 0.03,
  enumerated: 0.47,
  shaped: 0.56,
  named: 1.42,
  rarity: 2.14,
  compoundRarity: 1.81,
  known: 0.84,
  oneWord: -1.4,
  twoWords: -0.65,
  longer: -0.78,
  leadIn: 0.58,
  tool: 0.75,
  credential: 1.38,
  language: 1.4,
  person: -1.16,
  place: -2.05,
  inTitle: 0.18,
  inBoilerplate: 0.05,
  employer: -2.13,
  condition: -0.78,
  years: 2.63,
  repeated: 0.71,
};
