/**
 * Search in Chromium, against the real built index: Pagefind's API finds tips
 * and FAQ answers by their words and links to their headings; the header box
 * shows results in its popup and Enter lands on the heading; the search page
 * reads and writes `?q=`; hostile queries break nothing; nothing loads before
 * the reader searches; axe finds no violation. Every page must log no error
 * and break no Content-Security-Policy rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readGuideFiles, readIndustries, readRoleFiles, type GuideFile, type RoleFile } from '../../src/lib/entry-files.ts';
import { faqId, tipId } from '../../src/lib/library.ts';
import { gzipSize } from '../support/page-weight.ts';
import { auditContext, hasChromium, type ContextAudit } from '../support/browser.ts';
import { servedInChromium } from '../support/session.ts';
import { buildSite } from '../support/site.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const roles = readRoleFiles(`${contentDir}/roles`).filter((file): file is RoleFile => 'data' in file);
const industries = readIndustries(`${contentDir}/industries.yaml`);
const guides = readGuideFiles(`${contentDir}/guides`).filter((file): file is GuideFile => 'data' in file);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const FIRST_SEARCH_BUDGET = 150 * 1024;

/** Queries that must never throw, inject markup or leave the page in a broken state. */
const HOSTILE = [
  '"',
  '"""',
  `"how long" 'should' it be"`,
  '([{<>}])',
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '😀🔥👩🏽‍💻',
  'كيف أكتب رسالة تغطية',
  'מכתב מקדים',
  'cover letter '.repeat(154).slice(0, 2000),
  'x'.repeat(2000),
  '     ',
];

/**
 * A searchable case: a role, one of its tips or FAQ questions, the query for it
 * and the heading id it must link to. The phrase alone when no other role
 * shares it (as in the real library); otherwise the phrase with a role title
 * whose words no other role uses, since the dev library's roles are copies.
 */
function searchCase(kind: 'tip' | 'faq') {
  const phrasesOf = (role: RoleFile) =>
    kind === 'tip'
      ? role.data.tips.map((tip) => ({ text: tip.title, id: tipId(tip) }))
      : role.data.faq.map((item) => ({ text: item.question, id: faqId(item) }));
  const uses = new Map<string, number>();
  for (const role of roles) for (const { text } of phrasesOf(role)) uses.set(text.toLowerCase(), (uses.get(text.toLowerCase()) ?? 0) + 1);
  for (const role of roles) {
    const phrase = phrasesOf(role).find(({ text }) => uses.get(text.toLowerCase()) === 1);
    if (phrase) return { role, query: phrase.text, id: phrase.id };
  }
  // `related` names other roles by slug, so it is left out of what a role's page says.
  const textOf = (role: RoleFile) => JSON.stringify({ ...role.data, related: [] }).toLowerCase();
  const role = roles.find((candidate) =>
    candidate.data.title
      .toLowerCase()
      .split(/\W+/)
      .some((word) => word.length >= 4 && roles.every((other) => other === candidate || !textOf(other).includes(word))),
  )!;
  const phrase = phrasesOf(role)[0]!;
  return { role, query: `${role.data.title} ${phrase.text}`, id: phrase.id };
}

const tipCase = searchCase('tip');
const faqCase = searchCase('faq');

describe.runIf(hasChromium())('search', () => {
  const dist = inject('distDir');
  const session = servedInChromium();

  /** A fresh page that records every request and every problem (console and page errors, dialogs, CSP violations). */
  async function openPage(options: BrowserContextOptions = {}): Promise<{ page: Page; context: BrowserContext; audit: ContextAudit }> {
    const context = await session.browser.newContext({ reducedMotion: 'reduce', ...options });
    const audit = await auditContext(context);
    return { page: await context.newPage(), context, audit };
  }

  const pagefindRequests = (audit: ContextAudit) => audit.requests.filter((url) => new URL(url).pathname.includes('/pagefind/'));
  const searchChunks = (audit: ContextAudit) =>
    audit.requests.filter((url) => /\/_astro\/search-(popup|render)/.test(new URL(url).pathname));

  describe('the index, through Pagefind’s JavaScript API', () => {
    let page: Page;
    let audit: ContextAudit;

    beforeAll(async () => {
      ({ page, audit } = await openPage());
      await page.goto(session.site.url('/search/'));
      // A string, so Vitest leaves this import() to the browser rather than rewriting it for Node.
      await page.evaluate(
        `import(${JSON.stringify(session.site.url('/pagefind/pagefind.js'))}).then((module) => { window.pagefindUnderTest = module; })`,
      );
    });

    /** Runs a search in the page and returns each result's URL, filters and sub-result URLs, best first. */
    const query = (term: string | null, filters: Record<string, string> = {}) =>
      page.evaluate(
        async ({ term, filters }) => {
          const pagefind = (
            window as unknown as {
              pagefindUnderTest: { search(term: string | null, options: object): Promise<{ results: { data(): Promise<unknown> }[] }> };
            }
          ).pagefindUnderTest;
          const search = await pagefind.search(term, { filters });
          const data = await Promise.all(search.results.map((result) => result.data()));
          return (data as { url: string; filters: Record<string, string[]>; sub_results: { url: string }[] }[]).map((result) => ({
            url: result.url,
            filters: result.filters,
            subResults: result.sub_results.map((sub) => sub.url),
          }));
        },
        { term, filters },
      );

    it('finds a tip by its words: that role first, with a sub-result linking to the tip', async () => {
      const results = await query(tipCase.query);
      expect(results[0]?.url).toBe(`/cover-letters/${tipCase.role.id}/`);
      expect(results[0]?.subResults).toContain(`/cover-letters/${tipCase.role.id}/#${tipCase.id}`);
    });

    it('finds an FAQ question with a sub-result linking to its heading', async () => {
      const results = await query(faqCase.query);
      expect(results[0]?.url).toBe(`/cover-letters/${faqCase.role.id}/`);
      expect(results[0]?.subResults).toContain(`/cover-letters/${faqCase.role.id}/#${faqCase.id}`);
    });

    it('narrows results to one industry with the industry filter', async () => {
      const industry = industries.find((candidate) => candidate.id === roles[0]!.data.industry)!;
      const inIndustry = roles.filter((role) => role.data.industry === industry.id);
      const filtered = await query(null, { industry: industry.data.name });
      expect(filtered.map((result) => result.url).sort()).toEqual(inIndustry.map((role) => `/cover-letters/${role.id}/`).sort());
      for (const result of filtered) expect(result.filters.industry).toEqual([industry.data.name]);
      if (inIndustry.length < roles.length) expect(filtered.length).toBeLessThan(roles.length);
    });

    it('indexes only role pages and guides, and no navigation, template or form text', async () => {
      const all = await query(null);
      expect(all.map((result) => result.url).sort()).toEqual(
        [...roles.map((role) => `/cover-letters/${role.id}/`), ...guides.map((guide) => `/guides/${guide.id}/`)].sort(),
      );
      // Words that appear only in the header, table of contents, template and filler.
      for (const term of ['Skip to content', 'On this page', 'All cover letters', 'Forget my details', 'Show passage']) {
        const results = await query(`"${term}"`);
        expect(
          results.map((result) => result.url),
          term,
        ).toEqual([]);
      }
    });

    it('answers every hostile query without an error', async () => {
      for (const term of HOSTILE) await expect(query(term), term.slice(0, 30)).resolves.toBeInstanceOf(Array);
      expect(audit.problems).toEqual([]);
    });
  });

  describe('the header box', () => {
    it('fetches no search code or index file on a role page until the reader focuses the box', async () => {
      const { page, context, audit } = await openPage();
      await page.goto(session.site.url(`/cover-letters/${tipCase.role.id}/`), { waitUntil: 'networkidle' });
      expect(pagefindRequests(audit)).toEqual([]);
      expect(searchChunks(audit)).toEqual([]);

      const bundle = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
      await page.locator('#site-search').focus();
      await bundle;
      expect(searchChunks(audit).length).toBeGreaterThan(0);
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it('shows results in its popup as the reader types, and Enter lands on the chosen heading', async () => {
      const { page, context, audit } = await openPage();
      await page.goto(session.site.url('/cover-letters/'));
      const box = page.locator('#site-search');
      await box.click();
      await box.pressSequentially(tipCase.query);
      const popup = page.locator('[data-search-popup]');
      await popup.locator('[role="option"]').first().waitFor();
      await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(page.locator('[data-popup-status]').textContent()).resolves.toMatch(/^\d+ pages? match/);

      const target = `/cover-letters/${tipCase.role.id}/#${tipCase.id}`;
      const options = await popup.locator('[role="option"]').count();
      let chosen = '';
      for (let step = 0; step < options && !chosen.endsWith(target); step++) {
        await box.press('ArrowDown');
        const active = await box.getAttribute('aria-activedescendant');
        chosen = (await page.locator(`#${active}`).getAttribute('href')) ?? '';
        await expect(page.locator(`#${active}`).getAttribute('aria-selected')).resolves.toBe('true');
      }
      expect(chosen).toBe(target);
      await box.press('Enter');
      await page.waitForURL((url) => url.pathname === `/cover-letters/${tipCase.role.id}/` && url.hash === `#${tipCase.id}`);
      await page.waitForFunction((id) => {
        const rect = document.getElementById(id)?.getBoundingClientRect();
        return rect !== undefined && rect.top >= 0 && rect.top < window.innerHeight;
      }, tipCase.id);
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it('is focused by / and Ctrl+K, and Escape closes its popup', async () => {
      const { page, context, audit } = await openPage();
      await page.goto(session.site.url(`/cover-letters/${tipCase.role.id}/`));
      const box = page.locator('#site-search');
      await page.locator('h1').click();
      await page.keyboard.press('/');
      await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(box.inputValue()).resolves.toBe('');
      await page.locator('h1').click();
      await page.keyboard.press('Control+k');
      await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

      await page.keyboard.type(faqCase.query);
      const popup = page.locator('[data-search-popup]');
      await popup.locator('[role="option"]').first().waitFor();
      await page.keyboard.press('Escape');
      await expect(popup.isHidden()).resolves.toBe(true);
      await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(box.inputValue()).resolves.toBe(faqCase.query);
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it('goes to the search page with Enter when no result is chosen, and works as a plain form without JavaScript', async () => {
      for (const javaScriptEnabled of [true, false]) {
        const { page, context } = await openPage({ javaScriptEnabled });
        await page.goto(session.site.url(`/cover-letters/${tipCase.role.id}/`));
        await page.locator('#site-search').fill('rate limiting');
        await page.locator('#site-search').press('Enter');
        await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'rate limiting');
        await context.close();
      }
    });
  });

  describe('the search page', () => {
    it('shows results for ?q= on load, grouped by role, with marked excerpts linking to headings', async () => {
      const { page, context, audit } = await openPage();
      await page.goto(session.site.url(`/search/?q=${encodeURIComponent(tipCase.query)}`));
      const results = page.locator('[data-search-results] > li');
      await results.first().waitFor();
      await expect(page.locator('#search-page-input').inputValue()).resolves.toBe(tipCase.query);
      await expect(page.locator('[data-search-page] [role="status"]').textContent()).resolves.toMatch(/^\d+ pages? match/);
      const first = results.first();
      await expect(first.locator('h2 a').getAttribute('href')).resolves.toBe(`/cover-letters/${tipCase.role.id}/`);
      await expect(first.locator('h2 a').textContent()).resolves.toBe(tipCase.role.data.title);
      await expect(first.locator(`a[href$="#${tipCase.id}"]`).count()).resolves.toBe(1);
      await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0);
      // The page searches as it loads: in Pagefind's worker, so the main thread stays free for the reader.
      expect(pagefindRequests(audit).filter((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toHaveLength(1);
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it('answers job-specific questions with the tip or FAQ heading that answers them', async () => {
      const { page, context, audit } = await openPage();
      const cases = [
        { query: 'rate limiting', heading: /rate limiting/i },
        // Typed in UK spelling; the library is written in US spelling.
        { query: 'multistate nursing licence', heading: /licens/i },
      ];
      for (const { query, heading } of cases) {
        await page.goto(session.site.url(`/search/?q=${encodeURIComponent(query)}`));
        const best = page.locator('[data-search-results] > li').first().locator('a[href*="#"]').first();
        await best.waitFor();
        await expect(best.textContent(), query).resolves.toMatch(heading);
        await expect(best.getAttribute('href'), query).resolves.toMatch(/#(tip|faq)-/);
      }
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it('keeps the URL in step while the reader types and filters', async () => {
      const { page, context, audit } = await openPage();
      await page.goto(session.site.url('/search/'));
      await page.locator('#search-page-input').pressSequentially('rate limiting');
      await page.waitForURL((url) => url.searchParams.get('q') === 'rate limiting');
      await page.locator('[data-search-results] > li').first().waitFor();

      const industry = industries.find((candidate) => candidate.id === roles[0]!.data.industry)!.data.name;
      await page.getByRole('checkbox', { name: new RegExp(`^${industry}\\b`) }).check();
      await page.waitForURL(
        (url) => url.searchParams.getAll('industry').join() === industry && url.searchParams.get('q') === 'rate limiting',
      );
      await page.waitForFunction(
        (name) => [...document.querySelectorAll('[data-search-results] > li')].every((item) => item.textContent?.includes(name)),
        industry,
      );
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it('answers general questions with the guide that answers them, labelled as a guide', async () => {
      const { page, context, audit } = await openPage();
      // Questions readers ask with no job title in them, and the guide each must put first.
      const cases: [string, string][] = [
        ['how to write a cover letter', 'how-to-write-a-cover-letter'],
        ['cover letter format', 'cover-letter-format'],
        ['what font and file type for a cover letter', 'cover-letter-format'],
        ['how to address a cover letter with no name', 'how-to-address-a-cover-letter'],
        ['how to start a cover letter', 'cover-letter-opening-lines'],
        ['how to end a cover letter', 'how-to-end-a-cover-letter'],
        ['how long should a cover letter be', 'how-long-should-a-cover-letter-be'],
        ['tailor my cover letter to the job posting', 'tailor-a-cover-letter-to-the-job'],
        ['career change cover letter', 'career-change-cover-letter'],
        ['explain a gap in employment', 'explain-an-employment-gap'],
        ['cover letter with no experience', 'cover-letter-with-no-experience'],
        ['follow up after applying', 'follow-up-after-applying'],
        ['email cover letter subject line', 'email-cover-letter'],
      ];
      for (const [question, guide] of cases) {
        await page.goto(session.site.url(`/search/?q=${encodeURIComponent(question)}`));
        const first = page.locator('[data-search-results] > li').first();
        await first.waitFor();
        await expect(first.locator('h2 a').getAttribute('href'), question).resolves.toBe(`/guides/${guide}/`);
        await expect(first.locator('.chip').first().textContent(), question).resolves.toBe('Guide');
      }
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it("puts the page for a level first when the reader names it, and shows each result's level", async () => {
      const { page, context, audit } = await openPage();
      await page.goto(session.site.url(`/search/?q=${encodeURIComponent('entry level nurse')}`));
      const first = page.locator('[data-search-results] > li').first();
      await first.waitFor();
      await expect(first.locator('h2 a').getAttribute('href')).resolves.toBe('/cover-letters/entry-level-registered-nurse/');
      await expect(first.locator('.chip').first().textContent()).resolves.toBe('Entry level');
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it('shows the no-results state for words that occur nowhere, not pages sharing a prefix', async () => {
      const { page, context, audit } = await openPage();
      // Pagefind alone answers these with pages saying "none", the longest indexed prefix of "nonexistentword".
      await page.goto(session.site.url(`/search/?q=${encodeURIComponent('zzqxv nonexistentword')}`));
      const empty = page.locator('[data-search-empty]');
      await empty.waitFor();
      await expect(page.locator('[data-search-results] > li').count()).resolves.toBe(0);
      await expect(empty.getByRole('link', { name: 'the guides' }).getAttribute('href')).resolves.toBe('/guides/');
      await page.goto(session.site.url(`/search/?q=nonexistentword`));
      await empty.waitFor();
      await expect(page.locator('[data-search-page] [role="status"]').textContent()).resolves.toContain('No pages match');
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it('says plainly when nothing matches, and offers to browse every role', async () => {
      const { page, context, audit } = await openPage();
      // Pagefind falls back to shorter prefixes of an unknown word ("zqx" finds "Z"), so this word shares no prefix with the library's words.
      await page.goto(session.site.url('/search/?q=blorptastic'));
      const empty = page.locator('[data-search-empty]');
      await empty.waitFor();
      await expect(page.locator('[data-search-page] [role="status"]').textContent()).resolves.toContain('No pages match');
      await expect(page.locator('[data-search-results] > li').count()).resolves.toBe(0);
      await expect(empty.getByRole('link', { name: /browse all/i }).getAttribute('href')).resolves.toBe('/cover-letters/');
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it('moves through results with the arrow keys and opens one with Enter', async () => {
      const { page, context, audit } = await openPage();
      await page.goto(session.site.url(`/search/?q=${encodeURIComponent(faqCase.query)}`));
      await page.locator('[data-search-results] > li').first().waitFor();
      const input = page.locator('#search-page-input');
      await input.focus();
      await input.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const focused = page.locator(':focus');
      const href = await focused.getAttribute('href');
      expect(href).toMatch(/^\/cover-letters\/[^/]+\/(#.+)?$/);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect(input.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
      expect(audit.problems).toEqual([]);
      await context.close();
    });

    it('shows a sensible state for every hostile query, and injects nothing', async () => {
      const { page, context, audit } = await openPage();
      await page.goto(session.site.url('/search/'));
      const input = page.locator('#search-page-input');
      const status = page.locator('[data-search-page] [role="status"]');
      for (const term of HOSTILE) {
        await input.fill('');
        await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-search-start]')!.hidden);
        await input.fill(term);
        if (term.trim() === '') {
          await expect(status.textContent()).resolves.toBe('');
          await expect(page.locator('[data-search-start]').isVisible()).resolves.toBe(true);
        } else {
          await page.waitForFunction(() => document.querySelector('[data-search-page] [role="status"]')?.textContent !== '');
          await expect(status.textContent(), term.slice(0, 30)).resolves.toMatch(/^(No pages match|\d+ pages? match)/);
        }
        await expect(page.locator('[data-search-page] script, [data-search-page] img').count()).resolves.toBe(0);
      }
      await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
      expect(audit.problems).toEqual([]);
      await context.close();
    });
  });

  describe('accessibility', () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`axe finds nothing on /search/ with results shown (${colorScheme})`, async () => {
        const { page, context } = await openPage({ colorScheme });
        await page.goto(session.site.url(`/search/?q=${encodeURIComponent(tipCase.query)}`));
        await page.locator('[data-search-results] > li').first().waitFor();
        const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(
          result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
        ).toEqual([]);
        await context.close();
      });

      it(`axe finds nothing with the header popup open and a result chosen (${colorScheme})`, async () => {
        const { page, context } = await openPage({ colorScheme });
        await page.goto(session.site.url(`/cover-letters/${tipCase.role.id}/`));
        await page.locator('#site-search').click();
        await page.keyboard.type(faqCase.query);
        await page.locator('[data-search-popup] [role="option"]').first().waitFor();
        await page.keyboard.press('ArrowDown');
        const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(
          result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
        ).toEqual([]);
        await context.close();
      });
    }
  });

  it(`transfers at most ${FIRST_SEARCH_BUDGET / 1024} KB gzipped for a first search, Pagefind and our code included`, async () => {
    const { page, context, audit } = await openPage();
    await page.goto(session.site.url(`/cover-letters/${tipCase.role.id}/`), { waitUntil: 'networkidle' });
    const before = audit.requests.length;
    await page.locator('#site-search').click();
    // Five common words, typed as a reader would: several index files, and every role's data for the popup.
    await page.keyboard.type('how long should it be');
    await page.locator('[data-search-popup] [role="option"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    // Every file the first search fetched, weighed as a static host would send it (gzip).
    const files = [...new Set(audit.requests.slice(before).map((url) => decodeURIComponent(new URL(url).pathname).slice(1)))];
    const bytes = files.reduce((total, file) => total + gzipSize(readFileSync(join(dist, file))), 0);
    console.info(`first search: ${(bytes / 1024).toFixed(1)} KB gzipped in ${files.length} files (${files.join(', ')})`);
    expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(bytes).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    expect(audit.problems).toEqual([]);
    await context.close();
  });
});

describe.runIf(hasChromium())('search under BASE_PATH', () => {
  const session = servedInChromium(() =>
    buildSite({ basePath: '/letters/', ...(process.env.CONTENT_DIR ? { contentDir: process.env.CONTENT_DIR } : {}) }),
  );

  it('loads Pagefind from /letters/pagefind/ and links every result under /letters/', async () => {
    const page = await session.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(session.site.url(`/search/?q=${encodeURIComponent(tipCase.query)}`));
    await page.locator('[data-search-results] > li').first().waitFor();
    const hrefs = await page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/letters\/cover-letters\//);
    expect(hrefs).toContain(`/letters/cover-letters/${tipCase.role.id}/#${tipCase.id}`);
    expect(requests).toContain('/letters/pagefind/pagefind.js');
    expect(requests.filter((path) => path.includes('/pagefind/') && !path.startsWith('/letters/'))).toEqual([]);
    await page.close();
  });
});
