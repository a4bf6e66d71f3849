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
  bias: -2.37,
  requirements: 0.55,
  duties: 0.65,
  preferred: 1.05,
  other: -0.79,
  intro: -0.78,
  about: -1.18,
  listed: 0.2,
  leadsItem: 0.89,
  fillsClause: 0.03,
  parenthetical: -0.73,
  example: 0.27,
  enumerated: 0.38,
  shaped: 0.36,
  named: 1.34,
  rarity: 1.54,
  compoundRarity: 1.67,
  known: 1,
  oneWord: -1.27,
  twoWords: -0.8,
  longer: -0.6,
  leadIn: 0.75,
  tool: 0.72,
  credential: 0.98,
  language: 0.8,
  person: -1.57,
  place: -1.69,
  inTitle: 0.11,
  inBoilerplate: -0.27,
  employer: -1.63,
  condition: -0.63,
  years: 2.48,
  repeated: 0.61,
};
