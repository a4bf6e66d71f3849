/**
 * The bytes a reader's first search transfers on the built site: typed into
 * the header box of a fresh browser, with our popup's code, Pagefind, the
 * index chunks and the first results' data all counted (gzipped). Bytes are
 * deterministic for a given build, so the budget is enforced here; the
 * benchmark reports the same figures for generated libraries of 1,000+ roles.
 */
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { BUDGETS } from '../support/budgets.ts';
import { measureFirstSearches } from '../support/first-search.ts';
import { kb } from '../support/page-weight.ts';

describe.runIf(hasChromium())('first search', () => {
  it(`transfers at most ${kb(BUDGETS.firstSearch)} for each of the benchmark's queries`, async () => {
    const costs = await measureFirstSearches(inject('distDir'));
    for (const cost of costs) {
      console.log(
        `first search  ${cost.query.padEnd(36)} ${String(cost.results).padStart(3)} ${cost.results === 1 ? 'role ' : 'roles'}  ${kb(cost.bytes)} / ${kb(BUDGETS.firstSearch)}`,
      );
    }
    expect(costs.filter((cost) => cost.results > 0).length).toBeGreaterThan(costs.length / 2);
    for (const cost of costs) {
      // Index chunks grow with PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: see README, Search.
      const fetched = `${cost.query}: fetched ${cost.files.join(', ')}`;
      // A search that fetched no Pagefind file measured nothing.
      expect(
        cost.files.some((file) => file.startsWith('pagefind/pagefind')),
        fetched,
      ).toBe(true);
      expect(cost.bytes, fetched).toBeLessThanOrEqual(BUDGETS.firstSearch);
    }
  }, 180_000);
});
