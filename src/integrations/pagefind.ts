/**
 * The search index. After `astro build`, Pagefind's Node API indexes the
 * built pages and writes its bundle to `dist/pagefind/`; any Pagefind error
 * fails the build, because a site whose search silently lost its index is
 * broken. Under `astro dev` there are no built pages, so the same index is
 * built in memory from the dev server's own role pages on the first search
 * request (and again after any file changes), and served at `/pagefind/`.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { ViteDevServer } from 'vite';
import { rolePath, withBase } from '../lib/paths.ts';
import { INDEX_CHUNK_SIZE, PAGEFIND_DIR, PAGEFIND_EXCLUDE } from '../lib/search/index-config.ts';

/** Adds the Pagefind index to `astro build` and serves a live one under `astro dev`. */
export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'dear-hiring:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => serveDevIndex(server, base, logger),
      'astro:build:done': ({ dir, logger }) => indexBuiltSite(dir, logger),
    },
  };
}

/** Indexes every built page under `dir` and writes the bundle beside them; throws on any Pagefind error. */
export async function indexBuiltSite(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const site = fileURLToPath(dir);
  try {
    const index = await createIndex();
    const { page_count } = expectOk(await index.addDirectory({ path: site }), `index the pages in ${site}`);
    if (page_count === 0) throw new Error(`Pagefind found no HTML pages to index in ${site}`);
    const outputPath = fileURLToPath(new URL(`${PAGEFIND_DIR}/`, dir));
    expectOk(await index.writeFiles({ outputPath }), `write the search bundle to ${outputPath}`);
    logger.info(`Indexed ${page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}

async function createIndex(): Promise<pagefind.PagefindIndex> {
  // The Pagefind service starts with the first call and reads its environment then.
  const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const response = await pagefind.createIndex({ excludeSelectors: [...PAGEFIND_EXCLUDE] }).finally(() => {
    if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previous;
  });
  const { index } = expectOk(response, 'start');
  if (!index) throw new Error('Pagefind could not start: it returned no index');
  return index;
}

function expectOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/** Serves `/pagefind/*` in dev from an index of the dev server's own role pages, built on first use. */
function serveDevIndex(server: ViteDevServer, base: string, logger: AstroIntegrationLogger): void {
  const prefix = withBase(base, `/${PAGEFIND_DIR}/`);
  let bundle: Promise<Map<string, Uint8Array>> | undefined;
  // Any edit may change a page, so the next search rebuilds the index (a second or two for the library).
  server.watcher.on('all', () => {
    bundle = undefined;
  });
  server.httpServer?.once('close', () => void pagefind.close());
  server.middlewares.use((request, response, next) => {
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
    if (!path.startsWith(prefix)) return next();
    bundle ??= buildDevIndex(originOf(request), base, logger);
    bundle.then(
      (files) => {
        const file = files.get(path.slice(prefix.length));
        response.statusCode = file ? 200 : 404;
        response.setHeader('Content-Type', contentType(path));
        response.setHeader('Cache-Control', 'no-store');
        response.end(file ?? 'Not in the search bundle');
      },
      (error: unknown) => {
        bundle = undefined;
        next(error);
      },
    );
  });
}

async function buildDevIndex(origin: string, base: string, logger: AstroIntegrationLogger): Promise<Map<string, Uint8Array>> {
  const started = performance.now();
  const list = withBase(base, '/cover-letters/');
  const listing = await fetchText(new URL(list, origin));
  // The list page links every role; its links are the library's slugs, in order.
  const slugs = [...new Set([...listing.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? ''))]
    .filter((href) => href.startsWith(list) && /^[a-z0-9-]+\/$/.test(href.slice(list.length)))
    .map((href) => href.slice(list.length, -1));
  const index = await createIndex();
  try {
    for (const slug of slugs) {
      const content = await fetchText(new URL(withBase(base, rolePath(slug)), origin));
      expectOk(await index.addHTMLFile({ url: rolePath(slug), content }), `index ${rolePath(slug)}`);
    }
    const { files } = expectOk(await index.getFiles(), 'build the search bundle');
    logger.info(`Dev search: indexed ${slugs.length} role pages in ${Math.round(performance.now() - started)} ms.`);
    return new Map(files.map((file) => [file.path, file.content]));
  } finally {
    await index.deleteIndex();
  }
}

async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Dev search: ${url.pathname} answered ${response.status}`);
  return response.text();
}

function originOf(request: IncomingMessage): string {
  return `http://${request.headers.host ?? 'localhost'}`;
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  wasm: 'application/wasm',
};

function contentType(path: string): string {
  return CONTENT_TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}
