/**
 * DOM building for search results, shared by the header popup and the search
 * page. Everything is text nodes and elements we create: no string from a
 * page or a query ever reaches innerHTML, so none can become markup.
 */
import type { ExcerptRun } from '../lib/search/excerpt.ts';
import type { PagefindHit } from './search-engine.ts';
import { toRoleResult, type RoleResult } from '../lib/search/results.ts';

// Matches read like the letter's highlighted passages, in both themes.
const MARK_CLASSES = 'rounded-sm bg-highlight px-0.5 text-stone-900 dark:bg-amber-900/60 dark:text-stone-50';

/** Creates an element with classes and, optionally, text. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as text with its matching words in `<mark>` elements. */
export function renderExcerpt(runs: readonly ExcerptRun[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const run of runs) {
    if (run.marked) fragment.append(element('mark', MARK_CLASSES, run.text));
    else fragment.append(document.createTextNode(run.text));
  }
  return fragment;
}

/** A small label naming a match's page section ("Tips", "FAQ"). */
export function sectionChip(section: string): HTMLElement {
  return element('span', 'chip shrink-0', section);
}

/** Loads the data of the given hits, in order, as role results. */
export function loadRoles(hits: readonly PagefindHit[], maxMatches: number): Promise<RoleResult[]> {
  return Promise.all(hits.map(async (hit) => toRoleResult(await hit.data(), maxMatches)));
}
