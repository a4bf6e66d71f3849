/**
 * The job-posting matcher in Chromium: a reader opens "Match a job posting",
 * pastes a posting, sees its key terms sorted into "Not in your letter yet" and
 * "In your letter", and watches a term move as they write it into the template.
 * Every test also checks that nothing left the page's origin and that the page
 * logged no error and broke no Content-Security-Policy rule.
 *
 * The assertions name terms any engine must find in the posting below
 * (PostgreSQL, Kubernetes and Terraform required, Kafka nice to have), so they
 * hold for the real engine as for a stand-in.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readRoleFiles, type RoleFile } from '../../src/lib/entry-files.ts';
import { toFields } from '../../src/lib/filler/fields.ts';
import { toParagraphs, toWrittenText } from '../../src/lib/filler/letter.ts';
import { POSTING_KEY } from '../../src/lib/matcher/posting-memory.ts';
import { axeViolations } from '../support/axe.ts';
import { auditContext, hasChromium, type ContextAudit } from '../support/browser.ts';
import { weighOnDemand } from '../support/page-weight.ts';
import { servedInChromium } from '../support/session.ts';

const REQUIRED = ['PostgreSQL', 'Kubernetes', 'Terraform'];
const PREFERRED = ['Kafka'];

const POSTING = `Platform Engineer
Brightwater Labs · Remote (US) · Full-time

About the role
You will run the platform our 40 product engineers ship on: the build pipelines, the clusters and the databases behind them.

What you'll do
- Operate our services on Kubernetes across three regions
- Keep PostgreSQL fast and safe: tuning, backups and failover drills
- Manage cloud infrastructure as code with Terraform

Requirements
- 4+ years running production infrastructure
- Hands-on Kubernetes experience, including cluster upgrades
- Strong PostgreSQL administration
- Terraform modules you have written and reviewed

Nice to have
- Kafka or another event streaming platform
- A habit of writing short runbooks
`;

const contentDir = process.env.CONTENT_DIR ?? 'content';
const roles = readRoleFiles(`${contentDir}/roles`).filter((file): file is RoleFile => 'data' in file);
const names = (text: string, term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${term}(?![\\p{L}\\p{N}])`, 'iu').test(text);
const namesNone = (role: RoleFile) =>
  [...REQUIRED, ...PREFERRED].every((term) => !names(toWrittenText(toParagraphs(role.data.template), {}), term));
// A technology role whose template's own words name none of the posting's terms, so every one starts out missing.
const role = roles.find((candidate) => candidate.data.industry === 'technology' && namesNone(candidate)) ?? roles.find(namesNone)!;
// A field for the reader's own words, to write a missing term into.
const field = toFields(role.data.template).find((candidate) => !candidate.shared)!;
// A page for another kind of job altogether: the posting still reads the same.
const otherRole = roles.find((candidate) => candidate.data.industry !== role.data.industry && namesNone(candidate))!;
const STATUS = /^(\d+) of (\d+) key terms? in your letter$/;

describe.runIf(hasChromium())('job-posting matcher in Chromium', () => {
  const dist = inject('distDir');
  // What opening the disclosure fetches: the matcher's UI, the engine and its data.
  const onDemand = weighOnDemand(dist, `cover-letters/${role.id}/index.html`, /\/PostingMatcher\.[^/]+\.js$/).files;
  const session = servedInChromium();

  async function open(
    slug = role.id,
    options: BrowserContextOptions = {},
  ): Promise<{ page: Page; context: BrowserContext; audit: ContextAudit }> {
    const context = await session.browser.newContext(options);
    const audit = await auditContext(context);
    const page = await context.newPage();
    await page.goto(session.site.url(`/cover-letters/${slug}/`));
    if (options.javaScriptEnabled !== false) await page.locator('template-filler[data-ready]').waitFor();
    return { page, context, audit };
  }

  /** Every request went to the page's own origin, and nothing went wrong. */
  function expectClean(audit: ContextAudit) {
    expect(audit.requests.length).toBeGreaterThan(0);
    expect(audit.requests.filter((url) => new URL(url).origin !== session.site.origin)).toEqual([]);
    expect(audit.problems).toEqual([]);
  }

  const box = (page: Page) => page.locator('#matcher-posting');
  const status = (page: Page) => page.locator('[data-matcher-status]');
  const term = (page: Page, list: 'in' | 'missing', name: string) =>
    page
      .locator(`[data-matcher-list="${list}"] > li`)
      .filter({ has: page.locator('.matcher-term-name', { hasText: new RegExp(`^${name.replace(/[.+#]/g, '\\$&')}$`, 'i') }) });
  const listed = (page: Page, list: 'in' | 'missing') => page.locator(`[data-matcher-list="${list}"] .matcher-term-name`).allTextContents();

  async function openMatcher(page: Page) {
    await page.locator('details[data-matcher] > summary').click();
    await page.locator('details[data-matcher][data-ready]').waitFor();
  }

  /** Pastes a posting and waits until the lists show one of its terms, in either list. */
  async function paste(page: Page, posting: string, shows = 'Kubernetes') {
    await box(page).fill(posting);
    await term(page, 'missing', shows)
      .or(term(page, 'in', shows))
      .first()
      .waitFor();
  }

  /** The status line's two numbers: terms in the letter, and all terms. */
  async function counts(page: Page): Promise<[number, number]> {
    const match = STATUS.exec((await status(page).textContent()) ?? '');
    expect(match, 'the status line reads "N of M key terms in your letter"').not.toBeNull();
    return [Number(match![1]), Number(match![2])];
  }

  /** A role page with the matcher open and a posting pasted into it. */
  async function withPosting(posting = POSTING, slug = role.id, options: BrowserContextOptions = {}) {
    const opened = await open(slug, options);
    await openMatcher(opened.page);
    await paste(opened.page, posting);
    return opened;
  }

  /** Ends a test: nothing left the origin, nothing went wrong, and the browser context closes. */
  async function finish({ context, audit }: { context: BrowserContext; audit: ContextAudit }) {
    expectClean(audit);
    await context.close();
  }

  it('fetches none of the matcher until its disclosure opens, then only files from our own origin', async () => {
    const opened = await open();
    const { page, audit } = opened;
    expect(onDemand.length).toBeGreaterThan(0);
    const urls = onDemand.map((file) => session.site.url(file));
    // Reaching the disclosure is not opening it.
    await page.locator('details[data-matcher] > summary').focus();
    expect(audit.requests.filter((url) => urls.includes(url))).toEqual([]);

    await openMatcher(page);
    await paste(page, POSTING);
    for (const url of urls) expect(audit.requests).toContain(url);
    await finish(opened);
  });

  it('lists the posting’s key terms with where the posting uses them, must-haves first', async () => {
    const opened = await withPosting();
    const { page } = opened;

    for (const name of [...REQUIRED, ...PREFERRED]) {
      const item = term(page, 'missing', name);
      await expect(item.count(), name).resolves.toBe(1);
      const label = REQUIRED.includes(name) ? 'Must-have' : 'Nice to have';
      await expect(item.locator('.chip').textContent(), name).resolves.toBe(label);
      // The snippet is the posting's own words around the term, with the term marked.
      const snippet = item.locator('.matcher-snippet');
      await expect(snippet.textContent(), name).resolves.toMatch(new RegExp(name, 'i'));
      await expect(snippet.locator('mark').textContent(), name).resolves.toMatch(new RegExp(`^${name}$`, 'i'));
    }
    const missing = (await listed(page, 'missing')).map((name) => name.toLowerCase());
    const kafka = missing.indexOf('kafka');
    for (const name of REQUIRED) expect(missing.indexOf(name.toLowerCase()), `${name} before Kafka`).toBeLessThan(kafka);

    const [inLetter, total] = await counts(page);
    expect(inLetter + missing.length).toBe(total);
    await expect(listed(page, 'in')).resolves.toHaveLength(inLetter);
    await expect(page.getByRole('heading', { name: 'Not in your letter yet' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'In your letter', exact: true }).isVisible()).resolves.toBe(true);
    await finish(opened);
  });

  it('moves a term to "In your letter" as the reader writes it into the template, and back on Reset', async () => {
    const opened = await withPosting();
    const { page } = opened;
    const [before, total] = await counts(page);

    await page.locator(`#${field.id}`).fill('I have run Kubernetes in production since 2019');
    await term(page, 'in', 'Kubernetes').waitFor();
    await expect(term(page, 'missing', 'Kubernetes').count()).resolves.toBe(0);
    await expect(counts(page)).resolves.toEqual([before + 1, total]);

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await term(page, 'missing', 'Kubernetes').waitFor();
    await expect(counts(page)).resolves.toEqual([before, total]);
    await finish(opened);
  });

  it('keeps the posting in sessionStorage for the tab, never in localStorage, and has it back after a reload', async () => {
    const opened = await withPosting();
    const { page } = opened;
    // The filler's own memory is in localStorage: the posting must not join it.
    await page.locator(`#${field.id}`).fill('Wrote the Terraform modules');
    await expect(page.evaluate((key) => sessionStorage.getItem(key), POSTING_KEY)).resolves.toBe(POSTING);
    const local = await page.evaluate(() => Object.values({ ...localStorage }).join('\n'));
    expect(local).toContain('Wrote the Terraform modules');
    expect(local).not.toContain('Brightwater');
    expect(local).not.toContain('failover drills');

    await page.reload();
    await page.locator('template-filler[data-ready]').waitFor();
    await openMatcher(page);
    await expect(box(page).inputValue()).resolves.toBe(POSTING);
    await term(page, 'missing', 'PostgreSQL').waitFor();
    await finish(opened);
  });

  it('says what to paste, and counts nothing, while the box is empty', async () => {
    const opened = await open();
    const { page } = opened;
    await openMatcher(page);
    await expect(page.locator('#matcher-posting-hint').isVisible()).resolves.toBe(true);
    await expect(box(page).getAttribute('aria-describedby')).resolves.toBe('matcher-posting-hint');
    await expect(status(page).textContent()).resolves.toBe('');
    await expect(page.locator('[data-matcher-results]').isVisible()).resolves.toBe(false);

    await paste(page, POSTING);
    await box(page).fill('   \n  ');
    await page.locator('[data-matcher-results]').waitFor({ state: 'hidden' });
    await expect(status(page).textContent()).resolves.toBe('');
    await expect(page.evaluate((key) => sessionStorage.getItem(key), POSTING_KEY)).resolves.toBeNull();
    await finish(opened);
  });

  it('shows pasted HTML as text, never as markup', async () => {
    const opened = await open();
    const { page } = opened;
    const images = await page.locator('img').count();
    await openMatcher(page);
    await paste(
      page,
      `Requirements: <img src=x onerror=alert(1)>PostgreSQL and <b>Kubernetes</b> with Terraform, <script>alert(2)</script>`,
    );
    await expect(page.locator('img').count()).resolves.toBe(images);
    await expect(page.locator('details[data-matcher] b, details[data-matcher] script').count()).resolves.toBe(0);
    // The engine reads pasted HTML for the text it shows: the terms and their snippets, with no tags left.
    const snippets = (await page.locator('.matcher-snippet').allTextContents()).join('\n');
    expect(snippets).toContain('PostgreSQL and Kubernetes with Terraform');
    expect(snippets).not.toMatch(/<|alert/);
    // No alert ran: a dialog would be in the audit's problems.
    await finish(opened);
  });

  it('reads a 100,000-character paste and says only its first part was read', async () => {
    const long = `${POSTING}\n${'We write things down and ship small changes often. '.repeat(2_000)}`.slice(0, 100_000);
    expect(long).toHaveLength(100_000);
    const opened = await withPosting(long);
    const { page } = opened;
    await expect(page.locator('.matcher-note').first().textContent()).resolves.toMatch(/only its first [\d,]+ characters were read/);
    await expect(page.locator('.matcher-note').first().isVisible()).resolves.toBe(true);
    await counts(page);
    await finish(opened);
  });

  it('says few terms were found in a posting in another language', async () => {
    const opened = await open();
    const { page } = opened;
    await openMatcher(page);
    await box(page).fill(
      'Cuisinier ou cuisinière\n\nNous recherchons une personne motivée pour rejoindre notre équipe de cuisine. ' +
        'Vous préparez les entrées et les plats du jour, vous respectez les règles d’hygiène et vous aidez au nettoyage ' +
        'en fin de service. Horaires du mardi au samedi, de onze heures à quinze heures puis le soir.',
    );
    const note = page.locator('.matcher-note', { hasText: /few key terms/i });
    await note.waitFor();
    await expect(note.textContent()).resolves.toMatch(/another language/);
    await expect(status(page).textContent()).resolves.not.toBe('');
    await finish(opened);
  });

  it('reads a posting for another job than the page’s all the same', async () => {
    const opened = await withPosting(POSTING, otherRole.id);
    const { page } = opened;
    for (const name of REQUIRED) await expect(term(page, 'missing', name).count(), name).resolves.toBe(1);
    await finish(opened);
  });

  it('is used by keyboard alone: Enter opens it, Tab reaches the box, each with a visible focus ring', async () => {
    const opened = await open();
    const { page } = opened;
    // "Template" in the page's contents is how a keyboard reader arrives at the section.
    await page.locator('nav[aria-label="On this page"] a[href="#template"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const ring = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      });
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Match a job posting');
    await expect(ring()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('details[data-matcher][data-ready]').waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('matcher-posting');
    await expect(ring()).resolves.toBe(true);
    await page.keyboard.insertText(POSTING);
    await term(page, 'missing', 'Terraform').waitFor();
    await finish(opened);
  });

  it('says it needs JavaScript when scripts are off, and takes the same place on the page when they run', async () => {
    const viewport = { width: 1280, height: 900 };
    const { page, context } = await open(role.id, { javaScriptEnabled: false, viewport });
    const place = (target: Page) => target.locator('template-filler').evaluate((element) => element.getBoundingClientRect().top + scrollY);
    const withoutScripts = await place(page);
    await page.locator('details[data-matcher] > summary').click();
    const notice = page.locator('details[data-matcher] noscript p');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toMatch(/^The matcher needs JavaScript/);
    await expect(box(page).isDisabled()).resolves.toBe(true);
    await context.close();

    const withScripts = await open(role.id, { viewport });
    await expect(place(withScripts.page)).resolves.toBe(withoutScripts);
    await expect(box(withScripts.page).isDisabled()).resolves.toBe(false);
    await withScripts.context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe with the disclosure open and both lists and a note showing (${scheme})`, async () => {
      const opened = await withPosting(`${POSTING}\n${'x '.repeat(15_000)}`, role.id, { colorScheme: scheme });
      const { page } = opened;
      await page.locator(`#${field.id}`).fill('Kubernetes');
      await term(page, 'in', 'Kubernetes').waitFor();
      await page.locator('.matcher-note').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await finish(opened);
    });
  }
});
