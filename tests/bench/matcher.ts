/**
 * `npm run bench:matcher`: the job-posting matcher's methods, compared on
 * the hand-labelled postings (tests/fixtures/postings): precision of the top
 * 15, recall in the top 25 of the terms both labellers chose and of each
 * labeller's screen terms, the gzipped bytes a reader would download, and
 * the median time to read a 1,500-word posting. A last row scores a person:
 * the second labeller's list against the first's, the agreement any method
 * is measured against. Prints a Markdown table for the README. Speed is
 * reported, never asserted.
 *
 * Methods:
 * - ours: the statistical scorer shipped in src/lib/matcher (evidence from the
 *   posting's structure and a background built from our library and English
 *   word frequency, weighed by weights fitted to the fixtures). Also scored
 *   leave-one-out: each posting read with weights fitted without it, the
 *   fairest guess at how it does on a posting it has never seen.
 * - compromise: the noun phrases of compromise (a well-kept English NLP
 *   library), from the same sentences ours reads (boilerplate dropped), ranked
 *   by where they stand (requirements, duties, preferred before the rest),
 *   then how often they occur, then order.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import nlp from 'compromise';
import { loadBackground } from '../../src/integrations/matcher-background.ts';
import { createExtractor } from '../../src/lib/matcher/extract.ts';
import { readPosting, type Part } from '../../src/lib/matcher/posting.ts';
import { comparableKeys } from '../../src/lib/matcher/match.ts';
import type { KeyTerm, PostingTerms } from '../../src/lib/matcher/types.ts';
import { agreement, labelledPostings, pooled, scorePosting, type PostingFixture } from '../support/postings.ts';
import { examplesOf, fit } from './matcher-train.ts';

type Extract = (posting: string) => PostingTerms;

const background = loadBackground();
const ours = createExtractor(background);

const PART_RANK: Record<Part, number> = {
  requirements: 0,
  duties: 0,
  preferred: 1,
  other: 2,
  intro: 3,
  about: 4,
  title: 5,
  boilerplate: 5,
};

/** compromise's noun phrases, without leading determiners and possessives, ranked by part, count and order. */
function compromiseNouns(posting: string): PostingTerms {
  const read = readPosting(posting);
  const found = new Map<string, { term: KeyTerm; rank: number; count: number; order: number }>();
  for (const sentence of read.sentences) {
    if (sentence.part === 'boilerplate' || sentence.part === 'title') continue;
    const nouns = nlp(sentence.text).nouns().out('array') as string[];
    for (const noun of nouns) {
      const term = noun
        .replace(/^(?:(?:a|an|the|our|your|their|its|this|that|these|those|some|any|every|each)\s+)+/i, '')
        .replace(/[.,;:()]+$/g, '')
        .trim();
      const key = comparableKeys(term).join(' ');
      if (!key) continue;
      const known = found.get(key);
      if (known) known.count += 1;
      else
        found.set(key, {
          term: { term, need: sentence.part === 'preferred' || sentence.prefers ? 'preferred' : 'required', snippet: sentence.text },
          rank: PART_RANK[sentence.part],
          count: 1,
          order: found.size,
        });
    }
  }
  const terms = [...found.values()]
    .sort((a, b) => a.rank - b.rank || b.count - a.count || a.order - b.order)
    .slice(0, 25)
    .map((entry) => entry.term);
  return { terms, trimmed: read.trimmed, fewTerms: terms.length < 5 };
}

/** Each posting read by weights fitted on all the others. */
function leaveOneOut(fixtures: readonly PostingFixture[]) {
  return fixtures.map((fixture) => {
    const others = fixtures.filter((other) => other !== fixture);
    const extract = createExtractor(background, fit(examplesOf(others, background)));
    return scorePosting(extract(fixture.posting).terms, fixture);
  });
}

/** A posting of about 1,500 words: fixtures joined until long enough. */
function longPosting(fixtures: readonly PostingFixture[]): string {
  let text = '';
  for (let index = 0; text.split(/\s+/).length < 1500; index += 1) text += `${fixtures[index % fixtures.length]!.posting}\n`;
  return text
    .split(/(?<=\s)/)
    .slice(0, 1500)
    .join('');
}

function medianMs(extract: Extract, posting: string, runs = 40): number {
  for (let warm = 0; warm < 5; warm += 1) extract(posting);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    extract(posting);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Gzipped bytes of a minified browser bundle of `source`. */
async function bundleBytes(source: string, resolveDir: string): Promise<number> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    plugins: [
      {
        name: 'matcher-background',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^virtual:matcher-background$/ }, () => ({ path: 'background', namespace: 'virtual' }));
          esbuild.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({
            contents: `export default ${JSON.stringify(background)};`,
            loader: 'js',
          }));
        },
      },
    ],
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

const fixtures = labelledPostings();
const long = longPosting(fixtures);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const rows = [
  {
    method: 'Ours: statistical scorer, fitted weights',
    score: pooled(fixtures.map((fixture) => scorePosting(ours(fixture.posting).terms, fixture))),
    bytes: await bundleBytes(`export * from './src/lib/matcher/index.ts';`, process.cwd()),
    ms: medianMs(ours, long),
  },
  {
    method: 'Ours, leave one out (each posting unseen by its weights)',
    score: pooled(leaveOneOut(fixtures)),
    bytes: undefined,
    ms: undefined,
  },
  {
    method: 'compromise 14 noun phrases, ranked by part and count',
    score: pooled(fixtures.map((fixture) => scorePosting(compromiseNouns(fixture.posting).terms, fixture))),
    bytes: await bundleBytes(
      `import nlp from 'compromise'; export const nouns = (text: string) => nlp(text).nouns().out('array');`,
      process.cwd(),
    ),
    ms: medianMs(compromiseNouns, long),
  },
];

const people = agreement(fixtures);
const cells = (row: (typeof rows)[number]) => [
  percent(row.score.precision),
  percent(row.score.consensusRecall),
  percent(row.score.recall),
  percent(row.score.secondRecall),
  row.bytes === undefined ? '—' : kb(row.bytes),
  row.ms === undefined ? '—' : `${row.ms.toFixed(1)} ms`,
];

console.log(
  `${fixtures.length} labelled postings, each labelled by two people; a posting of ${long.split(/\s+/).length} words for time.\n`,
);
console.log(
  '| Method | Precision (top 15) | Recall: terms both chose | Recall: first labeller (fitted to) | Recall: second labeller (held out) | Gzipped JS | Median time, 1,500 words |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.method} | ${cells(row).join(' | ')} |`);
console.log(`| A second person: their screen list of up to 25, unranked | — | — | ${percent(people.firstInSecond)} | — | — | — |`);
console.log(`\nThe first labeller's list holds ${percent(people.secondInFirst)} of the second's screen terms.`);
