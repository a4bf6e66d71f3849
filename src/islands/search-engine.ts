/**
 * Pagefind in the browser: loaded once, on the first search, from our own
 * origin (`/pagefind/pagefind.js`, under BASE_PATH), and asked for results
 * shaped by `lib/search`. Shared by the header popup and the search page.
 */
import { withBase } from '../lib/paths.ts';
import { hasWords, isEmptyRequest, toPagefindFilters, toSearchTerms, type SearchRequest } from '../lib/search/query.ts';
import { holdsQueryWords, titleAnswers } from '../lib/search/genuine.ts';
import type { PagefindFragment } from '../lib/search/results.ts';

/** Filter value counts, e.g. `{ industry: { Technology: 5 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One page Pagefind found, before its data is loaded. */
export interface PagefindHit {
  id: string;
  data(): Promise<PagefindFragment>;
}

interface PagefindResponse {
  results: PagefindHit[];
  /** Per filter value, how many pages match the words alone (as if no filter were chosen). */
  totalFilters: FilterCounts;
}

/** The part of Pagefind's JavaScript API we use (`pagefind.js` ships no types of its own). */
interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: { filters?: object }): Promise<PagefindResponse>;
}

/** What a search found: every matching page, best first, and how many pages match the words in each filter value. */
export interface SearchOutcome {
  hits: PagefindHit[];
  filterCounts: FilterCounts;
}

const BASE = import.meta.env.BASE_URL;
let loading: Promise<PagefindApi> | undefined;

/**
 * Loads and starts Pagefind, once; a failed load is retried on the next call.
 * The first call decides where Pagefind searches:
 * - in its web worker (`pagefind-worker.js`, same origin) for the search page,
 *   which searches as it loads: decoding the index there keeps the main thread
 *   free, so the page answers input at once (Lighthouse's Total Blocking Time
 *   was 220 ms without it);
 * - on the main thread for the header popup, where searching a few dozen pages
 *   takes a millisecond and the worker's script would add 12 KB to every first
 *   search.
 */
export function loadPagefind(where: { worker: boolean } = { worker: false }): Promise<PagefindApi> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ withBase(BASE, '/pagefind/pagefind.js'))) as PagefindApi;
    // Pagefind's URLs are relative to the indexed folder; baseUrl puts them under BASE_PATH.
    await pagefind.options({ baseUrl: BASE, excerptLength: 22, noWorker: !where.worker });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * A searcher for one search box: each call waits `debounceMs` for the reader
 * to stop typing, and resolves to null when a newer call has replaced it, so
 * a slow answer never overwrites a newer one. A query with no letters or
 * digits (only quotes, brackets, emoji...) can match no word, so it finds
 * nothing without asking Pagefind; an empty request finds nothing but
 * reports how many pages carry each filter value.
 */
export function createSearcher(options: { debounceMs: number; withFilterCounts: boolean; worker: boolean }) {
  let latest = 0;
  return async function search(request: SearchRequest): Promise<SearchOutcome | null> {
    const ticket = ++latest;
    if (options.debounceMs > 0) await new Promise((resolve) => setTimeout(resolve, options.debounceMs));
    if (ticket !== latest) return null;
    const pagefind = await loadPagefind({ worker: options.worker });
    // Pagefind returns counts per filter value with each search only once the filters are loaded.
    if (options.withFilterCounts) await pagefind.filters();
    if (isEmptyRequest(request)) {
      const totals = await pagefind.filters();
      return ticket === latest ? { hits: [], filterCounts: totals } : null;
    }
    if (request.query !== '' && !hasWords(request.query)) return ticket === latest ? { hits: [], filterCounts: {} } : null;
    const terms = request.query ? toSearchTerms(request.query) : null;
    const response = await pagefind.search(terms, { filters: toPagefindFilters(request) });
    // When the best page holds none of the reader's words, every page came from Pagefind's prefix fallback: nothing matched.
    const best = response.results[0];
    if (terms && best && !holdsQueryWords(terms, (await best.data()).content)) {
      return ticket === latest ? { hits: [], filterCounts: {} } : null;
    }
    const hits =
      terms && Object.keys(toPagefindFilters(request)).length === 0
        ? await answeringGuideFirst(pagefind, terms, response.results)
        : response.results;
    return ticket === latest ? { hits, filterCounts: response.totalFilters } : null;
  };
}

/** How many of the best guides are read to find the one whose title answers a general question. */
const GUIDES_CHECKED = 3;

/**
 * Puts first the guide whose title asks the reader's question ("how long
 * should a cover letter be"), however Pagefind ranked it: role pages that use
 * the same words more often otherwise outrank the page written to answer it.
 */
async function answeringGuideFirst(pagefind: PagefindApi, terms: string, hits: PagefindHit[]): Promise<PagefindHit[]> {
  const guides = (await pagefind.search(terms, { filters: { kind: 'Guide' } })).results.slice(0, GUIDES_CHECKED);
  let best: { id: string; extra: number } | undefined;
  for (const guide of guides) {
    const extra = titleAnswers(terms, (await guide.data()).meta.title ?? '');
    if (extra !== undefined && (!best || extra < best.extra)) best = { id: guide.id, extra };
  }
  const answer = best && hits.find((hit) => hit.id === best.id);
  return answer ? [answer, ...hits.filter((hit) => hit !== answer)] : hits;
}
