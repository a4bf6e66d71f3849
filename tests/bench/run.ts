/**
 * `npm run bench`: how the build scales. Generates synthetic role libraries
 * of N = 100, 1,000 and 5,000 entries (10,000 more with `--large`), builds
 * each with our real build (Astro, then Pagefind) and with a bare Astro + MDX
 * baseline over the same files, measures time, peak memory and sizes, and
 * what a reader's first search transfers. Social cards are off in those
 * builds (the baseline has none); what they cost is measured on the real
 * library: built without cards, then with an empty card cache, then again
 * with that cache. Finally it weighs the real site's pages against the
 * budgets. Prints, and exits non-zero only if a build fails:
 * speed on a shared machine is reported, never asserted.
 *
 *   npm run bench                      100, 1,000 and 5,000
 *   npm run bench -- --large           and 10,000
 *   npm run bench -- --sizes 100,1000  only these sizes (while developing)
 *   npm run bench -- --keep            keep the generated content and builds
 *
 * Run it while no other build of this checkout runs: every build of the site
 * rewrites `.astro/content-modules.mjs` (the map of MDX entries it bundles)
 * under the project root, so a concurrent build over other content can swap
 * it mid-build.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { slugify } from '../../src/lib/text.ts';
import { auditPages, formatScores } from '../audit/lighthouse.ts';
import { listFiles } from '../support/dist.ts';
import { measureFirstSearches } from '../support/first-search.ts';
import { weighPage } from '../support/page-weight.ts';
import { serveSite, sharedSite } from '../support/site.ts';
import { generateLibrary } from './generate.ts';
import { folderBytes, measure, type Measured } from './measure.ts';
import {
  cardsReport,
  figuresTable,
  ratiosReport,
  searchTable,
  weightsReport,
  type BuildFigures,
  type CardFigures,
  type SiteWeights,
  type SizeResult,
} from './report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND_CLI = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
// Relative to --root, as Astro reads it.
const SITE_CONFIG = 'tests/bench/site.config.mjs';
const BASELINE = join(ROOT, 'tests/bench/baseline');
const SEED = 20_260_601;
// Above Node's default heap limit (about 4 GB here), which a bare Astro build
// nears at 5,000 entries: the benchmark measures memory rather than crash on it.
// Both builds get the same limit.
const HEAP_LIMIT_MB = 16_384;

const { values: flags } = parseArgs({
  options: {
    large: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = flags.sizes ? flags.sizes.split(',').map((size) => Number(size.trim())) : [100, 1000, 5000, ...(flags.large ? [10_000] : [])];
if (sizes.some((size) => !Number.isInteger(size) || size < 6)) {
  console.error(`--sizes takes whole numbers of at least 6, e.g. --sizes 100,1000; got "${flags.sizes}"`);
  process.exit(1);
}

// Inside the checkout (and git-ignored): Astro's prerender bundle is written
// under the working folder and must resolve packages from node_modules.
mkdirSync(join(ROOT, '.bench'), { recursive: true });
const workspace = mkdtempSync(join(ROOT, '.bench', 'run-'));
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The environment of a build: our variables, no inherited base path, telemetry off, a roomy heap. */
function buildEnv(variables: Record<string, string>): NodeJS.ProcessEnv {
  const { BASE_PATH: _base, NODE_OPTIONS: _options, ...inherited } = process.env;
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: `--max-old-space-size=${HEAP_LIMIT_MB}`, ...variables };
}

/**
 * Runs a measured step; a failure stops the benchmark with the step's output.
 * Builds run in a folder of their own that holds their OUT_DIR: Astro writes
 * its prerender bundle into OUT_DIR when OUT_DIR is under the working folder,
 * and otherwise into `<working folder>/.astro/.prerender`, which concurrent
 * builds from the same folder share and overwrite.
 */
async function step(label: string, args: string[], cwd: string, variables: Record<string, string>, logDir = cwd): Promise<Measured> {
  log(`${label}…`);
  const result = await measure(process.execPath, args, { cwd, env: buildEnv(variables) });
  // Kept with --keep, for reading phase timings afterwards.
  writeFileSync(join(logDir, `${slugify(label)}.log`), result.output);
  if (result.exitCode !== 0) {
    console.error(result.output.split('\n').slice(-60).join('\n'));
    throw new Error(`${label} failed (exit ${result.exitCode}); its last output is above`);
  }
  log(
    `${label}: ${seconds(result.wallMs)}, peak ${(result.peakRss.other / 2 ** 20).toFixed(0)} MB + Pagefind ${(result.peakRss.pagefind / 2 ** 20).toFixed(0)} MB`,
  );
  return result;
}

const htmlPages = (dist: string) => listFiles(dist).filter((file) => file.endsWith('.html'));

/** Our build's own log says how long Pagefind took; the rest of the process is Astro. */
function pagefindMsFrom(output: string): number {
  const match = /Indexed (\d+) pages for search in (\d+) ms/.exec(output);
  if (!match)
    throw new Error(
      `the build log has no "Indexed N pages for search in X ms" line; did src/integrations/pagefind.ts change its message?\n${output.slice(-2000)}`,
    );
  return Number(match[2]);
}

async function benchSize(n: number, corpus: string): Promise<SizeResult> {
  const dir = join(workspace, String(n));
  const content = join(dir, 'content');
  log(`N = ${n.toLocaleString('en')}: generating ${n} entries`);
  const library = generateLibrary({ count: n, seed: SEED, corpus });
  mkdirSync(join(content, 'roles'), { recursive: true });
  writeFileSync(join(content, 'industries.yaml'), library.industriesYaml);
  for (const role of library.roles) writeFileSync(join(content, 'roles', `${role.id}.mdx`), role.source);

  const bareDist = join(dir, 'bare-dist');
  const bareBuild = await step(`N = ${n}: bare Astro + MDX build`, [ASTRO, 'build', '--root', BASELINE], dir, {
    CONTENT_DIR: content,
    OUT_DIR: bareDist,
    CACHE_DIR: join(dir, 'bare-cache'),
  });
  const barePages = htmlPages(bareDist).length;
  const bareIndex = await step(`N = ${n}: Pagefind CLI over the bare build`, [PAGEFIND_CLI, '--site', bareDist], dir, {});
  const bare: BuildFigures = {
    pages: barePages,
    astroMs: bareBuild.wallMs,
    astroCpuMs: bareBuild.cpuMs.other,
    astroPeakRss: bareBuild.peakRss.other,
    pagefindMs: bareIndex.wallMs,
    pagefindCpuMs: bareIndex.cpuMs.pagefind,
    pagefindPeakRss: bareIndex.peakRss.pagefind,
    distBytes: folderBytes(bareDist),
    indexBytes: folderBytes(join(bareDist, 'pagefind')),
  };

  const ourDist = join(dir, 'dist');
  const ourBuild = await step(`N = ${n}: our build (Astro and Pagefind)`, [ASTRO, 'build', '--root', ROOT, '--config', SITE_CONFIG], dir, {
    CONTENT_DIR: content,
    OUT_DIR: ourDist,
    CACHE_DIR: join(dir, 'cache'),
    // Like for like with the baseline, which has no cards; their cost is measured on the real library.
    OG_CARDS: 'off',
  });
  const pagefindMs = pagefindMsFrom(ourBuild.output);
  const ours: BuildFigures = {
    pages: htmlPages(ourDist).length,
    astroMs: ourBuild.wallMs - pagefindMs,
    astroCpuMs: ourBuild.cpuMs.other,
    astroPeakRss: ourBuild.peakRss.other,
    pagefindMs,
    pagefindCpuMs: ourBuild.cpuMs.pagefind,
    pagefindPeakRss: ourBuild.peakRss.pagefind,
    distBytes: folderBytes(ourDist),
    indexBytes: folderBytes(join(ourDist, 'pagefind')),
  };

  log(`N = ${n}: first searches in Chromium`);
  // Measuring search is not building: a failure here is reported, and the run goes on.
  const search = await measureFirstSearches(ourDist).catch((error: unknown) => {
    console.error(`N = ${n}: could not measure first searches: ${(error as Error).message}`);
    return [];
  });
  // Each size's builds take up to a few GB of disk; the next size does not need them.
  if (!flags.keep) rmSync(dir, { recursive: true, force: true });
  return { n, ours, bare, search };
}

/** Where the real library's build with warm card cache is written: weighed, searched and audited. */
const REAL_DIST = join(workspace, 'real-dist');

/**
 * The real library built three times, each with an empty Astro cache so only
 * the cards differ: without cards, with an empty card cache (every card
 * drawn), and again with that cache (every card reused).
 */
async function measureCards(): Promise<CardFigures> {
  const cardCache = join(workspace, 'card-cache');
  // From the project root, as `npm run build` runs: guides read their source files by paths
  // relative to it (src/data/guides.ts). OUT_DIR is under the root, so the prerender bundle
  // still goes into OUT_DIR, apart from other builds.
  const build = (label: string, outDir: string, variables: Record<string, string>) =>
    step(
      `the real library: ${label}`,
      [ASTRO, 'build', '--root', ROOT, '--config', SITE_CONFIG],
      ROOT,
      { OUT_DIR: outDir, CACHE_DIR: join(workspace, `${slugify(label)}-astro-cache`), ...variables },
      workspace,
    );
  const off = await build('build without cards', join(workspace, 'real-dist-no-cards'), { OG_CARDS: 'off' });
  const cold = await build('build with cards, empty cache', join(workspace, 'real-dist-cold'), { OG_CACHE_DIR: cardCache });
  const warm = await build('build with cards, warm cache', REAL_DIST, { OG_CACHE_DIR: cardCache });
  return {
    cards: listFiles(REAL_DIST).filter((file) => file.startsWith('og/') && file.endsWith('.png')).length,
    offMs: off.wallMs,
    coldMs: cold.wallMs,
    warmMs: warm.wallMs,
  };
}

/** Weighs the real library's heaviest pages and social card, and its first searches. */
async function weighRealSite(): Promise<SiteWeights> {
  const dist = REAL_DIST;
  const weights: SiteWeights = {
    roleHtml: 0,
    roleCss: 0,
    roleJs: 0,
    browseCss: 0,
    browseJs: 0,
    searchCss: 0,
    searchJs: 0,
    rolePages: 0,
    browsePages: 0,
    socialCard: 0,
    firstSearch: [],
  };
  for (const file of listFiles(dist).filter((name) => name.startsWith('og/'))) {
    weights.socialCard = Math.max(weights.socialCard, statSync(join(dist, file)).size);
  }
  for (const file of htmlPages(dist)) {
    const weight = weighPage(dist, file);
    if (/^cover-letters\/[^/]+\/index\.html$/.test(file)) {
      weights.rolePages++;
      weights.roleHtml = Math.max(weights.roleHtml, weight.html);
      weights.roleCss = Math.max(weights.roleCss, weight.css);
      weights.roleJs = Math.max(weights.roleJs, weight.js);
    } else if (file === 'search/index.html') {
      weights.searchCss = weight.css;
      weights.searchJs = weight.js;
    } else {
      weights.browsePages++;
      weights.browseCss = Math.max(weights.browseCss, weight.css);
      weights.browseJs = Math.max(weights.browseJs, weight.js);
    }
  }
  weights.firstSearch = await measureFirstSearches(dist).catch((error: unknown) => {
    console.error(`the real library: could not measure first searches: ${(error as Error).message}`);
    return [];
  });
  return weights;
}

/** Lighthouse (mobile) on the real library's audited pages; a failure is reported, and the run goes on. */
async function auditRealSite(): Promise<string> {
  log('the real library: Lighthouse');
  const site = await serveSite(sharedSite(REAL_DIST));
  try {
    return formatScores(await auditPages(site.url));
  } catch (error) {
    return `could not run Lighthouse: ${(error as Error).message}`;
  } finally {
    await site.stop();
  }
}

const rolesDir = join(ROOT, 'content/roles');
const corpus = readdirSync(rolesDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => readFileSync(join(rolesDir, name), 'utf8'))
  .join('\n');

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
log(`workspace ${workspace}; sizes ${sizes.join(', ')}; load average ${load()}`);
try {
  const cards = await measureCards();
  const weights = await weighRealSite();
  // Before the large builds, while the machine is as quiet as it gets.
  const lighthouse = await auditRealSite();
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await benchSize(n, corpus));
  console.log(`\nBuild scaling (load average now ${load()})`);
  console.log(`ours = our site: Astro, then Pagefind's Node API; bare = Astro + MDX, one plain layout, then the Pagefind CLI.`);
  console.log(`Seconds and ms/page are wall clock; CPU ms/page is user + system time of every process but Pagefind's.\n`);
  console.log(figuresTable(results));
  console.log(`\nOurs ÷ bare, against the targets\n`);
  console.log(ratiosReport(results));
  console.log(`\nFirst search per query: roles matched and bytes transferred (our search code and Pagefind's files, gzipped)\n`);
  console.log(searchTable(results));
  console.log(`\nSocial cards: the real library's whole build (Astro and Pagefind), wall clock\n`);
  console.log(cardsReport(cards));
  console.log(`\nThe real library's page weights against the budgets\n`);
  console.log(weightsReport(weights));
  console.log(`\nLighthouse (mobile) on the real library: Performance should be 100\n`);
  console.log(lighthouse);
  if (flags.keep) {
    writeFileSync(join(workspace, 'results.json'), JSON.stringify({ cards, weights, results }, null, 2));
    console.log(`\nContent, builds, logs and raw figures (results.json) kept in ${workspace}`);
  }
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  if (!flags.keep) rmSync(workspace, { recursive: true, force: true });
}
