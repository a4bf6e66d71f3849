/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * `npm run matcher:train` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on 40 postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
  bias: -2.43,
  requirements: 0.55,
  duties: 0.81,
  preferred: 1.25,
  other: -0.67,
  intro: -0.81,
  about: -1.14,
  listed: 0.19,
  leadsItem: 0.89,
  fillsClause: 0.11,
  parenthetical: -0.93,
  example: 0.13,
  enumerated: 0.42,
  shaped: 0.33,
  named: 1.32,
  rarity: 1.86,
  compoundRarity: 1.8,
  known: 0.94,
  oneWord: -1.42,
  twoWords: -0.78,
  longer: -0.66,
  leadIn: 0.73,
  tool: 0.72,
  credential: 1,
  language: 0.91,
  person: -1.59,
  place: -1.74,
  inTitle: -0.02,
  inBoilerplate: -0.22,
  employer: -1.52,
  condition: -0.9,
  years: 2.53,
  repeated: 0.63,
};
