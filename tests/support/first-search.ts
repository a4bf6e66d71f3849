/**
 * What a reader's first search costs in bytes: in a fresh Chromium context
 * (empty cache), open a page, type the query into the header search box as a
 * reader would, and wait for the popup's results (its first 5 roles' data
 * loaded). Every file fetched from the moment the reader focuses the box
 * counts at its transfer size (gzipped, as static hosts serve text;
 * Pagefind's own chunks are already compressed and count as they are): our
 * popup's chunk, pagefind.js, its wasm, the index chunks and the result
 * fragments. The site's own query cleaning applies, as it does for a reader.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { gzipSize } from './page-weight.ts';

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

/** One query's first search. */
export interface SearchCost {
  query: string;
  /** How many roles matched, as the popup announces it. */
  results: number;
  /** Bytes transferred for the search: our popup's code and the search bundle. */
  bytes: number;
  /** Files fetched, relative to dist. */
  files: string[];
}

/** Transfer size of one file: gzipped unless gzip does not help (Pagefind's chunks are gzip already). */
export function transferSize(data: Buffer): number {
  return Math.min(data.length, gzipSize(data));
}

/** One first search in a fresh context: what it matched and which files it fetched. */
async function firstSearch(browser: Browser, url: (path: string) => string, dist: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  try {
    // The 404 page is the lightest page with the header search box; what it loads itself is not counted.
    const page = await context.newPage();
    await page.goto(url('/404.html'), { waitUntil: 'networkidle' });
    const fetched = new Set<string>();
    context.on('requestfinished', (request) => fetched.add(new URL(request.url()).pathname.slice(1)));
    await page.locator('#site-search').fill(query);
    // The popup announces the count once the first roles' data has loaded.
    const status = page.locator('[data-popup-status]');
    await status.filter({ hasText: /match/ }).waitFor({ timeout: 60_000 });
    const announced = (await status.textContent()) ?? '';
    const files = [...fetched].filter((file) => existsSync(join(dist, file))).sort();
    const bytes = files.reduce((sum, file) => sum + transferSize(readFileSync(join(dist, file))), 0);
    return { query, results: Number(/^\d+/.exec(announced)?.[0] ?? 0), bytes, files };
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
