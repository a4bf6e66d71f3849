/**
 * Spellings that mean one thing, so a letter saying "Postgres" covers a
 * posting's "PostgreSQL". Small on purpose: each line is a variant readers
 * really write, and tests/unit/matcher-match.test.ts checks every one.
 * The first spelling of a line is the one the others are read as.
 */
import { tokenize } from './tokens.ts';

export const VARIANTS: readonly (readonly string[])[] = [
  ['PostgreSQL', 'Postgres'],
  ['JavaScript', 'JS'],
  ['TypeScript', 'TS'],
  ['Kubernetes', 'K8s'],
  ['Node.js', 'Node', 'NodeJS'],
  ['.NET', 'dotnet'],
  ['C#', 'C sharp'],
  ['CI/CD', 'CI CD', 'continuous integration and continuous delivery', 'continuous integration and delivery'],
  ['AWS', 'Amazon Web Services'],
  ['GCP', 'Google Cloud Platform', 'Google Cloud'],
  ['registered nurse', 'RN'],
  ['licensed practical nurse', 'LPN'],
  ['certified nursing assistant', 'CNA'],
  ['license', 'licence'],
  ['EHR', 'electronic health record', 'EMR', 'electronic medical record'],
  ['CRM', 'customer relationship management'],
  ['POS', 'point of sale', 'point-of-sale'],
  ['CPR', 'cardiopulmonary resuscitation'],
  ['BLS', 'Basic Life Support'],
  ['ACLS', 'Advanced Cardiac Life Support'],
  ['CDL', "commercial driver's license", 'commercial driver license'],
  ['GAAP', 'generally accepted accounting principles'],
  ['SEO', 'search engine optimization'],
  ['UX', 'user experience'],
  ['AML', 'anti-money laundering'],
  ['KYC', 'Know Your Customer'],
  ['FIFO', 'first in, first out', 'first-in, first-out'],
];

/** Each variant's token keys, longest first, with the keys it is read as. */
const RULES = VARIANTS.flatMap((spellings) => {
  const canonical = keysOf(spellings[0]!);
  return spellings.slice(1).map((spelling) => ({ from: keysOf(spelling), to: canonical }));
}).sort((a, b) => b.from.length - a.from.length);

function keysOf(text: string): string[] {
  return tokenize(text).map((token) => token.key);
}

/** Token keys with every variant rewritten to its first spelling: ["postgres"] → ["postgresql"]. */
export function canonicalKeys(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < keys.length;) {
    const rule = RULES.find(({ from }) => from.every((key, offset) => keys[index + offset] === key));
    if (rule) {
      out.push(...rule.to);
      index += rule.from.length;
    } else {
      out.push(keys[index]!);
      index += 1;
    }
  }
  return out;
}
