/**
 * The search request: what the reader typed and which filters they chose,
 * cleaned for Pagefind and kept in the URL (`?q=...&industry=...&level=...`)
 * so a search can be shared, bookmarked and reloaded.
 */
import { SEARCH_FILTERS, type SearchFilterKey } from './index-config.ts';

/** Longer queries are cut: no real question needs more, and every extra word costs the reader index chunks. */
export const MAX_QUERY_LENGTH = 120;

/** What the reader asked for: cleaned text and the chosen value(s) of each filter. */
export interface SearchRequest {
  query: string;
  filters: Record<SearchFilterKey, string[]>;
}

/**
 * Cleans typed text into a query: control characters become spaces, runs of
 * whitespace collapse, and text past MAX_QUERY_LENGTH is cut at a word
 * boundary (never inside a character). Returns '' when nothing is left.
 */
export function normalizeQuery(raw: string): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_QUERY_LENGTH) return cleaned;
  const cut = chars.slice(0, MAX_QUERY_LENGTH).join('');
  const space = cut.lastIndexOf(' ');
  return (space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space) : cut).trim();
}

// Words so common that every page contains them; matching on them ranks pages by
// how often they say "in" rather than by the reader's topic.
export const FUNCTION_WORDS = new Set(
  'a an and are as at be but by do for from i if in is it me my of on or so the to was we with you your'.split(' '),
);

// The library is written in US English (see WRITING.md); readers elsewhere type
// "licence" or "programme", which Pagefind's stemmer keeps apart from "license"
// and "program". Only words whose UK form appears in readers' queries, and
// whose rewrite cannot change another word ("our" endings and "-ise" verbs
// are too ambiguous to rewrite by rule).
const US_SPELLING: Record<string, string> = {
  licence: 'license',
  licences: 'licenses',
  licenced: 'licensed',
  programme: 'program',
  programmes: 'programs',
  centre: 'center',
  centres: 'centers',
  colour: 'color',
  behaviour: 'behavior',
  favourite: 'favorite',
  honour: 'honor',
  labour: 'labor',
  neighbourhood: 'neighborhood',
  analyse: 'analyze',
  analysed: 'analyzed',
  catalogue: 'catalog',
  judgement: 'judgment',
  modelling: 'modeling',
  travelling: 'traveling',
  enrolment: 'enrollment',
  paediatric: 'pediatric',
  anaesthesia: 'anesthesia',
  orthopaedic: 'orthopedic',
};

/** A word in US spelling: the list above, and "-isation" nouns ("organisation" → "organization"). */
export function toUsSpelling(word: string): string {
  const lower = word.toLowerCase();
  const listed = US_SPELLING[lower];
  if (listed) return listed;
  return /^\p{L}{3,}isations?$/u.test(lower) ? word.replace(/isation(s?)$/i, 'ization$1') : word;
}

/**
 * The words to send to the index: the query in US spelling, without function
 * words unless that would leave nothing ("how long should it be" keeps "how
 * long should").
 */
export function toSearchTerms(query: string): string {
  const words = query.split(' ').filter(Boolean).map(toUsSpelling);
  const content = words.filter((word) => !FUNCTION_WORDS.has(word.toLowerCase()));
  return (content.length > 0 ? content : words).join(' ');
}

/** Whether a query has any letter or digit in it: only those can match words on a page. */
export function hasWords(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

/** Whether a request asks for nothing at all (no text, no filter). */
export function isEmptyRequest(request: SearchRequest): boolean {
  return request.query === '' && SEARCH_FILTERS.every(({ key }) => request.filters[key].length === 0);
}

/** Reads a request from a URL's query string; unknown parameters are ignored. */
export function readRequest(params: URLSearchParams): SearchRequest {
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map(({ key }) => [
      key,
      [
        ...new Set(
          params
            .getAll(key)
            .map((value) => value.trim())
            .filter(Boolean),
        ),
      ],
    ]),
  ) as SearchRequest['filters'];
  return { query: normalizeQuery(params.get('q') ?? ''), filters };
}

/** The query string for a request: `q` first, then each filter value; empty parts are left out. */
export function toSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.query) params.set('q', request.query);
  for (const { key } of SEARCH_FILTERS) for (const value of request.filters[key]) params.append(key, value);
  return params;
}

/** Pagefind's `filters` option: any chosen value within a filter, and every filter with a choice must match. */
export function toPagefindFilters(request: SearchRequest): Record<string, { any: string[] }> {
  return Object.fromEntries(
    SEARCH_FILTERS.filter(({ key }) => request.filters[key].length > 0).map(({ key }) => [key, { any: request.filters[key] }]),
  );
}
