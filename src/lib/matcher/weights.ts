/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * `npm run matcher:train` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on 22 postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
  bias: -2.33,
  requirements: 0.49,
  duties: 0.79,
  preferred: 1.14,
  other: 0.98,
  intro: -1.04,
  about: -1.27,
  listed: 0.01,
  leadsItem: 0.87,
  fillsClause: 0.36,
  parenthetical: -1.98,
  example: -0.01,
  enumerated: 0.45,
  shaped: 0.9,
  named: 1.37,
  rarity: 2.1,
  compoundRarity: 1.78,
  known: 0.88,
  oneWord: -1.38,
  twoWords: -0.62,
  longer: -0.55,
  leadIn: 0.65,
  tool: 0.88,
  credential: 1.43,
  language: 1.03,
  person: -1.03,
  place: -2.36,
  inTitle: -0.03,
  inBoilerplate: 0.24,
  employer: -2.23,
  condition: -0.86,
  years: 2.35,
  repeated: 0.71,
};
