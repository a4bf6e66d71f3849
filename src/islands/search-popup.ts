/**
 * The header search popup, imported by the loader when the reader first
 * focuses the header box. The box becomes an ARIA combobox (the APG
 * "list autocomplete" pattern): focus stays in the box while arrow keys move
 * through the results, Enter opens the chosen one, Escape closes the popup.
 * Results are real links (`<a role="option">`), so a click, a middle click or
 * "open in new tab" all work. Enter with nothing chosen submits the form to
 * the full search page.
 */
import { normalizeQuery, toSearchParams } from '../lib/search/query.ts';
import { describeCount, type RoleResult } from '../lib/search/results.ts';
import { withBase } from '../lib/paths.ts';
import { createSearcher, loadPagefind } from './search-engine.ts';
import { element, loadRoles, renderExcerpt, sectionChip } from './search-render.ts';

const MAX_ROLES = 5;
const MAX_MATCHES = 2;
const SEARCH_PAGE = withBase(import.meta.env.BASE_URL, '/search/');

const OPTION_CLASSES =
  'block rounded-md px-3 py-2 text-stone-900 no-underline hover:bg-stone-100 aria-selected:bg-accent-50 aria-selected:outline-2 aria-selected:outline-accent-700 dark:text-stone-100 dark:hover:bg-stone-800 dark:aria-selected:bg-accent-800/40 dark:aria-selected:outline-accent-300';

/** Turns the header box into a combobox with a results popup; safe to call twice. */
export function mountPopup(input: HTMLInputElement): void {
  const root = input.closest<HTMLElement>('[data-search-root]');
  const popup = root?.querySelector<HTMLElement>('[data-search-popup]');
  const listbox = root?.querySelector<HTMLElement>('[data-popup-listbox]');
  const count = root?.querySelector<HTMLElement>('[data-popup-count]');
  const empty = root?.querySelector<HTMLElement>('[data-popup-empty]');
  const all = root?.querySelector<HTMLAnchorElement>('[data-popup-all]');
  const status = root?.querySelector<HTMLElement>('[data-popup-status]');
  if (!root || !popup || !listbox || !count || !empty || !all || !status || input.hasAttribute('role')) return;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  const search = createSearcher({ debounceMs: 60, withFilterCounts: false, worker: false });
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let shown = '';

  function setActive(index: number) {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[index];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function setOpen(open: boolean) {
    popup!.hidden = !open;
    input.setAttribute('aria-expanded', String(open && options.length > 0));
    if (!open) setActive(-1);
  }

  function render(roles: RoleResult[], total: number, query: string) {
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    listbox!.replaceChildren(...roles.map((role, index) => renderGroup(role, index)));
    const sentence = describeCount(total, query);
    count!.textContent = total > roles.length ? `${sentence}. Top ${roles.length}:` : sentence;
    status!.textContent = sentence;
    listbox!.hidden = roles.length === 0;
    empty!.hidden = roles.length > 0;
    shown = query;
    setOpen(root!.contains(document.activeElement));
  }

  function renderGroup(role: RoleResult, index: number): HTMLElement {
    const group = element('div', 'py-1');
    const label = element('div', 'flex flex-wrap items-baseline gap-x-2 px-3 pt-2 pb-1');
    const title = element('span', 'font-semibold', role.title);
    title.id = `site-search-role-${index}`;
    label.append(
      title,
      element('span', 'text-xs text-stone-700 dark:text-stone-300', [role.kind, role.industry, role.level].filter(Boolean).join(' · ')),
    );
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', title.id);
    group.append(label);
    for (const match of role.matches) {
      const id = `site-search-option-${options.length}`;
      const option = element('a', OPTION_CLASSES);
      option.href = match.url;
      option.id = id;
      option.tabIndex = -1;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      const line = element('span', 'flex items-start justify-between gap-3');
      line.append(element('span', 'font-medium text-accent-800 dark:text-accent-200', match.heading));
      if (match.section) line.append(sectionChip(match.section));
      const excerpt = element('span', 'mt-0.5 line-clamp-2 block text-sm text-stone-700 dark:text-stone-300');
      excerpt.append(renderExcerpt(match.excerpt));
      // The option is named by its content; the role, shown once above the group, is said with each option too.
      option.append(line, element('span', 'sr-only', `, ${role.title}: `), excerpt);
      options.push(option);
      group.append(option);
    }
    return group;
  }

  async function update() {
    const query = normalizeQuery(input.value);
    all!.href = query ? `${SEARCH_PAGE}?${toSearchParams({ query, filters: { industry: [], level: [] } }).toString()}` : SEARCH_PAGE;
    if (!query) {
      shown = '';
      status!.textContent = '';
      return setOpen(false);
    }
    try {
      const outcome = await search({ query, filters: { industry: [], level: [] } });
      if (!outcome) return;
      const roles = await loadRoles(outcome.hits.slice(0, MAX_ROLES), MAX_MATCHES);
      // The reader may have typed on while the result data loaded.
      if (normalizeQuery(input.value) === query) render(roles, outcome.hits.length, query);
    } catch {
      status!.textContent = 'Search is unavailable right now. Press Enter to try the search page.';
    }
  }

  /** Opens an option as a click would; on this same page, moves focus to the heading it links to. */
  function follow(option: HTMLAnchorElement) {
    setOpen(false);
    option.click();
    if (option.pathname !== location.pathname || !option.hash) return;
    const target = document.getElementById(decodeURIComponent(option.hash.slice(1)));
    if (!target) return;
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => {
    if (shown && shown === normalizeQuery(input.value)) setOpen(true);
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const open = !popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(shown !== '');
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 && step === -1 ? options.length - 1 : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      follow(options[active]!);
    } else if (event.key === 'Escape' && open) {
      // The first Escape closes the popup; the next one clears the box, as the browser does.
      event.preventDefault();
      setOpen(false);
    }
  });
  // Clicking a result must not blur the box first, or the popup would close under the pointer.
  popup.addEventListener('mousedown', (event) => {
    if (event.target instanceof Element && event.target.closest('[role="option"]')) event.preventDefault();
  });
  listbox.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[role="option"]') : null;
    if (option && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) setOpen(false);
  });
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) setOpen(false);
  });

  // The reader is about to search: fetch Pagefind now, so the first keystroke finds it ready.
  loadPagefind().catch(() => undefined);
  if (input.value.trim()) void update();
}
