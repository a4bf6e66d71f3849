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
  bias: -2.35,
  requirements: 0.54,
  duties: 0.63,
  preferred: 1.02,
  other: -0.75,
  intro: -0.81,
  about: -1.19,
  listed: 0.21,
  leadsItem: 0.89,
  fillsClause: 0.03,
  parenthetical: -0.72,
  example: 0.28,
  enumerated: 0.39,
  shaped: 0.35,
  named: 1.35,
  rarity: 1.53,
  compoundRarity: 1.67,
  known: 1,
  oneWord: -1.27,
  twoWords: -0.8,
  longer: -0.59,
  leadIn: 0.75,
  tool: 0.71,
  credential: 0.98,
  language: 0.79,
  person: -1.58,
  place: -1.7,
  inTitle: 0.11,
  inBoilerplate: -0.27,
  employer: -1.64,
  condition: -0.64,
  years: 2.48,
  repeated: 0.64,
};
