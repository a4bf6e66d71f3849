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
  requirements: 0.54,
  duties: 0.85,
  preferred: 1.24,
  other: 0.97,
  intro: -1.21,
  about: -1.21,
  listed: 0.01,
  leadsItem: 0.81,
  fillsClause: 0.31,
  parenthetical: -1.88,
  example: 0.04,
  enumerated: 0.48,
  shaped: 0.82,
  named: 1.25,
  rarity: 2.18,
  compoundRarity: 1.89,
  known: 0.77,
  oneWord: -1.53,
  twoWords: -0.81,
  longer: -0.67,
  leadIn: 0.71,
  tool: 0.91,
  credential: 1.49,
  language: 1.1,
  person: -1.02,
  place: -2.27,
  inTitle: 0.07,
  inBoilerplate: 0.3,
  employer: -2.1,
  condition: -0.79,
  years: 2.8,
  repeated: 0.56,
};
