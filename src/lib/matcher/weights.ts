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
  bias: -2.32,
  requirements: 0.49,
  duties: 0.78,
  preferred: 1.15,
  other: 0.99,
  intro: -1.17,
  about: -1.29,
  listed: -0.02,
  leadsItem: 0.87,
  fillsClause: 0.36,
  parenthetical: -1.95,
  example: 0.04,
  enumerated: 0.46,
  shaped: 0.84,
  named: 1.35,
  rarity: 2.14,
  compoundRarity: 1.82,
  known: 0.74,
  oneWord: -1.41,
  twoWords: -0.61,
  longer: -0.56,
  leadIn: 0.66,
  tool: 0.91,
  credential: 1.45,
  language: 1.05,
  person: -1,
  place: -2.34,
  inTitle: 0.02,
  inBoilerplate: 0.3,
  employer: -2.23,
  condition: -0.85,
  years: 2.38,
  repeated: 0.66,
};
