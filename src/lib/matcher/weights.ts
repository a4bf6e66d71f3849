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
  bias: -2.28,
  requirements: 0.46,
  duties: 0.77,
  preferred: 1.18,
  other: 1.05,
  intro: -1.5,
  about: -1.17,
  listed: -0.03,
  leadsItem: 0.95,
  fillsClause: 0.04,
  parenthetical: -1.55,
  example: -0.03,
  enumerated: 0.45,
  shaped: 0.73,
  named: 1.39,
  rarity: 2.11,
  compoundRarity: 1.64,
  known: 0.93,
  oneWord: -1.45,
  twoWords: -0.61,
  longer: -0.69,
  leadIn: 0.85,
  tool: 0.74,
  credential: 1.42,
  language: 1.33,
  person: -1.17,
  place: -1.95,
  inTitle: 0.04,
  inBoilerplate: 0,
  employer: -1.97,
  condition: -0.78,
  years: 2.54,
  repeated: 0.65,
};
