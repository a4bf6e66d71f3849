/**
 * What a reader's first search costs in bytes: in a fresh Chromium context
 * (empty cache), load Pagefind as the site does, search, and load the data of
 * the first page of results (5), then add up every file fetched from the
 * search bundle at its transfer size (gzipped, as static hosts serve text;
 * Pagefind's own chunks are already compressed and count as they are).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { gzipSize } from '../support/page-weight.ts';

/** Realistic first searches: roles, situations and questions readers type, some of several words. */
export const BENCH_QUERIES = [
  'interview',
  'career change',
  'nursing licence',
  'software engineer',
  'teacher',
  'no experience',
  'salary expectations',
  'remote work',
  'portfolio',
  'customer service',
  'project manager',
  'data analyst',
  'references',
  'employment gap',
  'promotion',
  'internship',
  'sales targets',
  'accountant',
  'leadership',
  'how long should a cover letter be',
] as const;

/** Results a reader sees first: Pagefind loads each result's data only when it is shown. */
const FIRST_PAGE = 5;

/** One query's first search. */
export interface SearchCost {
  query: string;
  /** How many pages matched. */
  results: number;
  /** Bytes transferred from the search bundle. */
  bytes: number;
  /** Files fetched, relative to dist. */
  files: string[];
}

/** Transfer size of one file: gzipped unless gzip does not help (Pagefind's chunks are gzip already). */
export function transferSize(data: Buffer): number {
  return Math.min(data.length, gzipSize(data));
}

/** One first search in a fresh context: what it matched and which bundle files it fetched. */
async function firstSearch(browser: Browser, url: (path: string) => string, dist: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  try {
    const fetched = new Set<string>();
    context.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/')) fetched.add(path.slice(1));
    });
    const page = await context.newPage();
    // The 404 page is the lightest page on the origin; its own files are not counted.
    await page.goto(url('/404.html'));
    const results = await page.evaluate(
      async ({ url, query, first }) => {
        const pagefind = (await import(url)) as {
          options(options: object): Promise<void>;
          init(): Promise<void>;
          search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
        };
        // The same options the site's search islands pass (src/islands/search-engine.ts).
        await pagefind.options({ baseUrl: '/', excerptLength: 22 });
        await pagefind.init();
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, first).map((result) => result.data()));
        return search.results.length;
      },
      { url: url('/pagefind/pagefind.js'), query, first: FIRST_PAGE },
    );
    const files = [...fetched].sort();
    const bytes = files.reduce((sum, file) => sum + transferSize(readFileSync(join(dist, file))), 0);
    return { query, results, bytes, files };
  } finally {
    await context.close();
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/**
 * Serves a folder on a free local port. Not Astro's preview server: that one
 * reads OUT_DIR once per process, and the benchmark serves one site per size.
 */
async function serveFolder(dist: string): Promise<{ url: (path: string) => string; stop: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(dist, normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Runs each query as a first search against the built site in `dist`. */
export async function measureFirstSearches(dist: string, queries: readonly string[] = BENCH_QUERIES): Promise<SearchCost[]> {
  const site = await serveFolder(dist);
  const browser = await launchChromium();
  const costs: SearchCost[] = [];
  try {
    for (const query of queries) {
      // A loaded machine can drop a request; one retry keeps a blip from costing the whole run.
      costs.push(await firstSearch(browser, site.url, dist, query).catch(() => firstSearch(browser, site.url, dist, query)));
    }
  } finally {
    await browser.close();
    await site.stop();
  }
  return costs;
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
