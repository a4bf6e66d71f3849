/**
 * The search page (/search/). Reads the query and filters from the URL on
 * load, searches as the reader types or ticks a filter, and keeps the URL in
 * step (history.replaceState, so Back leaves the page rather than replaying
 * keystrokes). Results are grouped by role: the role's link, its industry and
 * level, then its best matches, each a link to the heading that matched.
 * Arrow keys move from the box through the result links; Escape returns.
 */
import { SEARCH_FILTERS } from '../lib/search/index-config.ts';
import { isEmptyRequest, normalizeQuery, readRequest, toSearchParams, type SearchRequest } from '../lib/search/query.ts';
import { describeCount, type RoleResult } from '../lib/search/results.ts';
import { createSearcher, type FilterCounts, type PagefindHit } from './search-engine.ts';
import { element, loadRoles, renderExcerpt, sectionChip } from './search-render.ts';

const PAGE_SIZE = 10;
const MAX_MATCHES = 3;

/** Switches on the search page, if this is it. */
export function mountSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-page-input');
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const form = input?.form;
  const filters = page?.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const filterSummary = filters?.querySelector<HTMLElement>('[data-filter-summary]');
  const count = page?.querySelector<HTMLElement>('[data-search-count]');
  const list = page?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = page?.querySelector<HTMLButtonElement>('[data-search-more]');
  const empty = page?.querySelector<HTMLElement>('[data-search-empty]');
  const start = page?.querySelector<HTMLElement>('[data-search-start]');
  const filtersHint = page?.querySelector<HTMLElement>('[data-search-has-filters]');
  const clearFilters = page?.querySelector<HTMLButtonElement>('[data-search-clear-filters]');
  if (
    !input ||
    !form ||
    !filters ||
    !filterSummary ||
    !count ||
    !list ||
    !more?.parentElement ||
    !empty ||
    !start ||
    !filtersHint ||
    !clearFilters
  )
    return;
  const moreBox = more.parentElement;
  const boxes = [...filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const search = createSearcher({ debounceMs: 100, withFilterCounts: true, worker: true });
  let hits: PagefindHit[] = [];
  let shown = 0;
  let runs = 0;

  function currentRequest(): SearchRequest {
    const chosen = (key: string) => boxes.filter((box) => box.name === key && box.checked).map((box) => box.value);
    return {
      query: normalizeQuery(input!.value),
      filters: Object.fromEntries(SEARCH_FILTERS.map(({ key }) => [key, chosen(key)])) as SearchRequest['filters'],
    };
  }

  function showFilterCounts(counts: FilterCounts) {
    for (const box of boxes) {
      const slot = box.parentElement?.querySelector('[data-filter-count]');
      slot?.replaceChildren(String(counts[box.name]?.[box.value] ?? 0), element('span', 'sr-only', ' matching roles'));
    }
  }

  async function run(request: SearchRequest) {
    const generation = ++runs;
    const params = toSearchParams(request).toString();
    history.replaceState(history.state, '', params ? `${location.pathname}?${params}` : location.pathname);
    const chosen = SEARCH_FILTERS.reduce((total, { key }) => total + request.filters[key].length, 0);
    filtersHint!.hidden = chosen === 0;
    filterSummary!.textContent = chosen > 0 ? `(${chosen} chosen)` : '';
    try {
      const outcome = await search(request);
      if (!outcome) return;
      const roles = await loadRoles(outcome.hits.slice(0, PAGE_SIZE), MAX_MATCHES);
      if (generation !== runs) return;
      hits = outcome.hits;
      shown = roles.length;
      list!.replaceChildren(...roles.map(renderRole));
      showFilterCounts(outcome.filterCounts);
      const idle = isEmptyRequest(request);
      start!.hidden = !idle;
      count!.textContent = idle ? '' : describeCount(hits.length, request.query);
      empty!.hidden = idle || hits.length > 0;
      moreBox.hidden = shown >= hits.length;
    } catch {
      if (generation === runs) count!.textContent = 'Search could not load. Check your connection and reload the page.';
    }
  }

  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(currentRequest());
  });
  input.addEventListener('input', () => void run(currentRequest()));
  filters.addEventListener('change', () => void run(currentRequest()));
  clearFilters.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    void run(currentRequest());
    input.focus();
  });
  async function showMore() {
    const generation = runs;
    const next = await loadRoles(hits.slice(shown, shown + PAGE_SIZE), MAX_MATCHES);
    if (generation !== runs) return;
    const items = next.map(renderRole);
    list!.append(...items);
    shown += next.length;
    moreBox.hidden = shown >= hits.length;
    // Focus moves to the first new role, so keyboard readers continue where the list grew.
    items[0]?.querySelector('a')?.focus();
  }
  more.addEventListener('click', () => void showMore());
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' || event.isComposing) return;
    const first = resultLinks()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (!(event.target instanceof HTMLAnchorElement)) return;
    const links = resultLinks();
    const index = links.indexOf(event.target);
    const target =
      event.key === 'ArrowDown'
        ? links[index + 1]
        : event.key === 'ArrowUp'
          ? (links[index - 1] ?? input)
          : event.key === 'Escape'
            ? input
            : undefined;
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
    event.preventDefault();
    target?.focus();
  });

  const initial = readRequest(new URLSearchParams(location.search));
  input.value = initial.query;
  for (const box of boxes) box.checked = initial.filters[box.name as keyof SearchRequest['filters']]?.includes(box.value) ?? false;
  // Beside the results on wide screens the filters stay open; on narrow ones they fold away above them.
  const wide = window.matchMedia('(min-width: 64rem)');
  filters.open = wide.matches || boxes.some((box) => box.checked);
  wide.addEventListener('change', () => (filters.open = wide.matches));
  // The filters keep their place from the first paint (invisible until now), so nothing shifts.
  filters.classList.remove('invisible');
  void run(initial);
}

function renderRole(role: RoleResult): HTMLLIElement {
  const item = element('li', 'rounded-lg border border-stone-200 bg-white p-4 shadow-xs sm:p-5 dark:border-stone-700 dark:bg-stone-900');
  const head = element('div', 'flex flex-wrap items-center gap-x-3 gap-y-1');
  const heading = element('h2', 'text-xl font-semibold tracking-tight');
  const link = element(
    'a',
    'text-stone-900 underline decoration-stone-400 decoration-1 underline-offset-4 hover:decoration-2 dark:text-stone-50 dark:decoration-stone-500',
    role.title,
  );
  link.href = role.url;
  link.dataset.searchResult = '';
  heading.append(link);
  const about = element('p', 'flex flex-wrap items-center gap-2 text-sm text-stone-700 dark:text-stone-300');
  if (role.kind) about.append(element('span', 'chip', role.kind));
  if (role.industry) about.append(element('span', '', role.industry));
  if (role.level) about.append(element('span', 'chip', role.level));
  head.append(heading, about);

  const matches = element('ul', 'mt-3 space-y-3 border-l-2 border-accent-200 pl-4 dark:border-accent-800');
  for (const match of role.matches) {
    const line = element('div', 'flex flex-wrap items-center gap-x-2 gap-y-1');
    const anchor = element('a', 'link', match.heading);
    anchor.href = match.url;
    anchor.dataset.searchResult = '';
    line.append(anchor);
    if (match.section) line.append(sectionChip(match.section));
    const excerpt = element('p', 'mt-1 text-sm text-stone-700 dark:text-stone-300');
    excerpt.dir = 'auto';
    excerpt.append(renderExcerpt(match.excerpt));
    const entry = element('li');
    entry.append(line, excerpt);
    matches.append(entry);
  }
  item.append(head, matches);
  if (role.moreMatches > 0) {
    const rest = role.moreMatches === 1 ? '1 more match' : `${role.moreMatches} more matches`;
    item.append(element('p', 'mt-2 pl-4 text-sm text-stone-700 dark:text-stone-300', `${rest} on this page`));
  }
  return item;
}
