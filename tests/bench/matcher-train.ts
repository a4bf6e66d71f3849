/**
 * Fits the matcher's weights (src/lib/matcher/weights.ts) to the
 * hand-labelled postings: a logistic regression over each candidate's
 * evidence, labelled by whether a person marked it a key term. Run with
 * `npm run matcher:train` after adding postings or evidence, then check the
 * result with `npm run bench:matcher`, which also reports how well weights
 * fitted without a posting do on it (leave one out).
 *
 *   npm run matcher:train            rewrite weights.ts from every labelled posting
 *   npm run matcher:train -- --print print the weights, write nothing
 */
import { writeFileSync } from 'node:fs';
import { readCommonness } from '../../src/lib/matcher/background.ts';
import { FEATURES, findCandidates, type Candidate } from '../../src/lib/matcher/candidates.ts';
import { readPosting } from '../../src/lib/matcher/posting.ts';
import type { Weights } from '../../src/lib/matcher/weights.ts';
import { loadBackground } from '../../src/integrations/matcher-background.ts';
import { isLabelled, labelledPostings, screenTerms, type PostingFixture } from '../support/postings.ts';

interface Example {
  x: number[];
  y: number;
}

/** Every candidate of every posting, as evidence and whether it was labelled. */
export function examplesOf(fixtures: readonly PostingFixture[], background = loadBackground()): Example[] {
  const commonness = readCommonness(background);
  const tradePhrases = new Set(background.phrases.split('|'));
  return fixtures.flatMap((fixture) => {
    const read = readPosting(fixture.posting);
    const asTerm = (candidate: Candidate) => ({
      term: candidate.term,
      need: 'required' as const,
      snippet: '',
      ...(candidate.alias ? { alias: candidate.alias } : {}),
    });
    // Screen terms teach what to rank first; an `also` term is neither right nor wrong to rank, so it teaches nothing.
    return findCandidates(read.sentences, read.title, commonness, tradePhrases)
      .filter((candidate) => !isLabelled(asTerm(candidate), fixture.also) || isLabelled(asTerm(candidate), screenTerms(fixture)))
      .map((candidate) => ({
        x: FEATURES.map((name) => candidate.features[name]),
        y: Number(isLabelled(asTerm(candidate), screenTerms(fixture))),
      }));
  });
}

/**
 * Logistic regression by gradient descent, with a light L2 penalty so rare
 * evidence cannot run away (heavier penalties did worse leave-one-out).
 */
export function fit(examples: readonly Example[], { steps = 12000, rate = 0.5, penalty = 0.0005 } = {}): Weights {
  const weights = new Array<number>(FEATURES.length).fill(0);
  let bias = 0;
  for (let step = 0; step < steps; step += 1) {
    const gradient = new Array<number>(FEATURES.length).fill(0);
    let biasGradient = 0;
    for (const { x, y } of examples) {
      const logit = x.reduce((sum, value, index) => sum + value * weights[index]!, bias);
      const error = 1 / (1 + Math.exp(-logit)) - y;
      x.forEach((value, index) => (gradient[index]! += error * value));
      biasGradient += error;
    }
    weights.forEach((weight, index) => (weights[index] = weight - rate * (gradient[index]! / examples.length + penalty * weight)));
    bias -= (rate * biasGradient) / examples.length;
  }
  const round = (value: number) => Math.round(value * 100) / 100;
  return { bias: round(bias), ...Object.fromEntries(FEATURES.map((name, index) => [name, round(weights[index]!)])) } as Weights;
}

function weightsModule(weights: Weights, postings: number): string {
  const lines = Object.entries(weights).map(([name, value]) => `  ${name}: ${value},`);
  return `/**
 * How much each piece of evidence counts towards a candidate being a key
 * term: a logistic model's weights, fitted on our hand-labelled postings by
 * \`npm run matcher:train\` (tests/bench/matcher-train.ts), which rewrites this
 * file. A weight above 0 makes a candidate likelier; the bias sets where a
 * candidate with no evidence starts. Fitted on ${postings} postings.
 */
import type { Feature } from './candidates.ts';

export type Weights = Record<Feature | 'bias', number>;

export const WEIGHTS: Weights = {
${lines.join('\n')}
};
`;
}

if (import.meta.main) {
  const fixtures = labelledPostings();
  const weights = fit(examplesOf(fixtures));
  if (process.argv.includes('--print')) console.log(weights);
  else {
    writeFileSync('src/lib/matcher/weights.ts', weightsModule(weights, fixtures.length));
    console.log(`Wrote src/lib/matcher/weights.ts from ${fixtures.length} postings.`);
  }
}
