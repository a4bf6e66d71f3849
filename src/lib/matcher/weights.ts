/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * `npm run matcher:train` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on 48 postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
  bias: -2.04,
  requirements: 0.5,
  duties: 0.64,
  preferred: 0.98,
  other: -0.76,
  intro: -0.84,
  about: -1.21,
  listed: 0.19,
  leadsItem: 0.91,
  fillsClause: 0.02,
  parenthetical: -0.78,
  example: 0.27,
  enumerated: 0.41,
  shaped: 0.17,
  named: 0.97,
  rarity: 1.22,
  compoundRarity: 1.9,
  known: 0.96,
  oneWord: -0.44,
  twoWords: -1.14,
  longer: -0.86,
  leadIn: 0.74,
  tool: 0.67,
  credential: 1.07,
  language: 0.5,
  person: -1.53,
  place: -1.66,
  inTitle: 0.17,
  inBoilerplate: -0.28,
  employer: -1.63,
  condition: -0.55,
  years: 2.25,
  repeated: 0.59,
  plainWord: -1.1,
};
