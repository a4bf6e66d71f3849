/**
 * What a page costs a reader on first load, in gzipped bytes: its HTML, the
 * stylesheets it links, and the JavaScript it runs on load (module scripts
 * and everything they import statically; dynamic `import()` is on demand).
 * Used by the budget test and printed by the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Files counted, relative to dist. */
  files: string[];
}

/** Gzipped size of a buffer at the compression level static hosts use by default. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 6 }).length;
}

const STATIC_IMPORT = /(?:^|[;\s})])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/** A module's static imports, as paths relative to dist. */
function staticImports(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  return [...code.matchAll(STATIC_IMPORT)].map((match) => posix.normalize(posix.join(posix.dirname(file), match[1]!)));
}

/** Maps a URL in the page to a file in dist, or undefined for another origin. */
function localFile(url: string, base: string): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
  return url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
}

/** Weighs one built page (`file` relative to dist). */
export function weighPage(dist: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  const root = parse(html);
  const files = new Set<string>();
  let css = 0;
  for (const link of root.querySelectorAll('link[rel="stylesheet"]')) {
    const local = localFile(link.getAttribute('href') ?? '', base);
    if (local && !files.has(local)) {
      files.add(local);
      css += gzipSize(readFileSync(join(dist, local)));
    }
  }
  let js = 0;
  const queue = root
    .querySelectorAll('script[src], link[rel="modulepreload"]')
    .map((el) => localFile(el.getAttribute('src') ?? el.getAttribute('href') ?? '', base))
    .filter((local): local is string => Boolean(local));
  // Inline executable scripts count too (JSON-LD is data, not code).
  for (const script of root.querySelectorAll('script:not([src])')) {
    if (script.getAttribute('type') !== 'application/ld+json') js += gzipSize(script.textContent);
  }
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (files.has(next)) continue;
    files.add(next);
    js += gzipSize(readFileSync(join(dist, next)));
    queue.push(...staticImports(dist, next));
  }
  return { html: gzipSize(html), css, js, files: [...files] };
}

const DYNAMIC_IMPORT = /\bimport\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g;

/** A module's dynamic `import()`s, as paths relative to dist. */
function dynamicImports(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  return [...code.matchAll(DYNAMIC_IMPORT)].map((match) => posix.normalize(posix.join(posix.dirname(file), match[1]!)));
}

export interface OnDemandWeight {
  /** The page script whose dynamic imports were followed. */
  entry: string;
  /** Every module those imports pull in, statically or by further imports, as paths relative to dist. */
  reachable: string[];
  /** The part of `reachable` the page has not loaded already: what opening the feature fetches. */
  files: string[];
  /** The gzipped weight of `files`. */
  js: number;
}

/**
 * What one of a page's scripts fetches later, by `import()`: the page script
 * whose file name matches `entry` is found in the page, its dynamic imports
 * are followed to every module they pull in, and the modules the page already
 * loads (shared helpers) are left out of the weight.
 */
export function weighOnDemand(dist: string, file: string, entry: RegExp, base = '/'): OnDemandWeight {
  const root = parse(readFileSync(join(dist, file), 'utf8'));
  const script = root
    .querySelectorAll('script[src]')
    .map((el) => localFile(el.getAttribute('src') ?? '', base))
    .find((local): local is string => local !== undefined && entry.test(local));
  if (!script) throw new Error(`${file}: no script matching ${entry} (the feature's loader is missing from the page)`);
  const reachable = new Set<string>();
  const queue = dynamicImports(dist, script);
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (reachable.has(next)) continue;
    reachable.add(next);
    queue.push(...staticImports(dist, next), ...dynamicImports(dist, next));
  }
  const onLoad = new Set(weighPage(dist, file, base).files);
  const files = [...reachable].filter((module) => !onLoad.has(module));
  const js = files.reduce((total, module) => total + gzipSize(readFileSync(join(dist, module))), 0);
  return { entry: script, reachable: [...reachable], files, js };
}

/** "12.3 KB" */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
