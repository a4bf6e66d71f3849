/**
 * The template filler in Chromium: a reader fills the form, watches the letter,
 * copies and downloads it, comes back on another role, and forgets their
 * details. Every test also checks that nothing left the page's origin, and
 * that the page logged no error and broke no Content-Security-Policy rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readRoleFiles, type RoleFile } from '../../src/lib/entry-files.ts';
import { toFields } from '../../src/lib/filler/fields.ts';
import { toParagraphs, toPlainText } from '../../src/lib/filler/letter.ts';
import { parseTemplate } from '../../src/lib/placeholders.ts';
import { auditContext, hasChromium, type ContextAudit } from '../support/browser.ts';
import { servedInChromium } from '../support/session.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const roles = readRoleFiles(`${contentDir}/roles`).filter((file): file is RoleFile => 'data' in file);
const mostRepeated = (role: RoleFile) =>
  Math.max(...parseTemplate(role.data.template).placeholders.map((placeholder) => placeholder.occurrences));
// The role whose template repeats a placeholder most, so "every occurrence" means more than one where content allows.
const roleA = [...roles].sort((a, b) => mostRepeated(b) - mostRepeated(a))[0]!;
const fieldsA = toFields(roleA.data.template);
const roleB = roles.find(
  (role) =>
    role.id !== roleA.id && toFields(role.data.template).some((field) => field.shared && fieldsA.some((own) => own.key === field.key)),
)!;
const sharedKey = fieldsA.find((field) => field.shared && toFields(roleB.data.template).some((other) => other.key === field.key))!.key;
const ownField = fieldsA.find((field) => !field.shared)!;
// A multi-line field, if the template has one, to carry a line break through the clipboard.
const longField = fieldsA.find((field) => !field.shared && field.multiline) ?? ownField;

const XSS = '<img src=x onerror=alert(1)>';
const ISLAND_BUDGET = 6 * 1024;

/** The island's script on a built role page and every module it imports up front (dynamic imports excluded), by file. */
function islandModules(dist: string, slug: string): Map<string, Buffer> {
  const html = readFileSync(join(dist, 'cover-letters', slug, 'index.html'), 'utf8');
  const entry = /<script type="module" src="[^"]*\/(_astro\/TemplateFiller[^"]+\.js)"/.exec(html)?.[1];
  const modules = new Map<string, Buffer>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    const code = readFileSync(join(dist, file));
    modules.set(file, code);
    for (const match of code.toString('utf8').matchAll(/(?:^|[;}])\s*import\s*(?:[\w{},\s*$]+from\s*)?["']\.\/([^"']+)["']/g))
      visit(`_astro/${match[1]}`);
  };
  if (entry) visit(entry);
  return modules;
}

describe('template filler bundle', () => {
  const dist = inject('distDir');
  const modules = islandModules(dist, roles[0]!.id);

  it(`is at most ${ISLAND_BUDGET / 1024} KB gzipped on a role page, without the .docx code`, () => {
    expect(modules.size).toBeGreaterThan(0);
    const gzipped = [...modules.values()].reduce((total, code) => total + gzipSync(code, { level: 9 }).length, 0);
    console.info(`template filler island: ${gzipped} bytes gzipped in ${modules.size} files (${[...modules.keys()].join(', ')})`);
    expect(gzipped).toBeLessThanOrEqual(ISLAND_BUDGET);
  });

  it('loads the docx library only through a dynamic import from its own origin', () => {
    const code = [...modules.values()].map((buffer) => buffer.toString('utf8')).join('\n');
    expect(code).not.toContain('schemas.openxmlformats.org/wordprocessingml');
    expect(code).toMatch(/import\(`\.\/[^`]+\.js`\)|import\("\.\/[^"]+\.js"\)/);
  });
});

describe.runIf(hasChromium())('template filler in Chromium', () => {
  const session = servedInChromium();

  /** A fresh browser profile that records every request and every problem on its pages. */
  async function newContext(options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; audit: ContextAudit }> {
    const context = await session.browser.newContext({ acceptDownloads: true, ...options });
    return { context, audit: await auditContext(context) };
  }

  /** Every request went to the page's own origin, and nothing went wrong. */
  function expectClean(audit: ContextAudit) {
    expect(audit.requests.length).toBeGreaterThan(0);
    expect(audit.requests.filter((url) => new URL(url).origin !== session.site.origin)).toEqual([]);
    expect(audit.problems).toEqual([]);
  }

  async function openRole(context: BrowserContext, slug: string): Promise<Page> {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(session.site.url(`/cover-letters/${slug}/`));
    await page.locator('template-filler[data-ready]').waitFor();
    return page;
  }

  const field = (page: Page, key: string) => page.locator(`template-filler [data-key="${key}"]`);
  const marks = (page: Page, key: string) => page.locator(`[data-filler-preview] [data-mark="${key}"]`);
  const status = (page: Page) => page.locator('[data-filler-status]');
  const waitForStatus = (page: Page, pattern: RegExp) =>
    page.waitForFunction(
      (source) => new RegExp(source).test(document.querySelector('[data-filler-status]')?.textContent ?? ''),
      pattern.source,
    );

  it('fills every occurrence of two placeholders as the reader types, and counts them', async () => {
    const { context, audit } = await newContext();
    const page = await openRole(context, roleA.id);
    const [first, second] = [...parseTemplate(roleA.data.template).placeholders].sort((a, b) => b.occurrences - a.occurrences);
    await expect(page.locator('[data-filler-count]').first().textContent()).resolves.toBe('0');

    await field(page, first!.key).fill('Northwind Traders');
    await field(page, second!.key).fill('Grace Hopper');

    await expect(marks(page, first!.key).allTextContents()).resolves.toEqual(Array(first!.occurrences).fill('Northwind Traders'));
    await expect(marks(page, second!.key).allTextContents()).resolves.toEqual(Array(second!.occurrences).fill('Grace Hopper'));
    await expect(marks(page, first!.key).first().getAttribute('class')).resolves.toContain('filled');
    // Everything else still shows its placeholder, marked.
    const open = fieldsA.find((candidate) => ![first!.key, second!.key].includes(candidate.key))!;
    await expect(marks(page, open.key).first().getAttribute('class')).resolves.toContain('placeholder');
    await expect(page.locator('[data-filler-count]').first().locator('..').textContent()).resolves.toBe(`2 of ${fieldsA.length} filled`);
    await expect(page.locator('[data-filler-words]').textContent()).resolves.toMatch(
      /^\d+ words, (aim for|within the recommended|over the recommended)/,
    );
    expectClean(audit);
    await context.close();
  });

  it('copies exactly the filled letter to the clipboard, and says how many placeholders are open', async () => {
    const { context, audit } = await newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.origin });
    const page = await openRole(context, roleA.id);
    const values = {
      [sharedKey]: 'Northwind',
      [longField.key]: `Cut p99 latency from 900 ms to 180 ms.${longField.multiline ? '\n' : ' '}Then halved it again.`,
    };
    for (const [key, value] of Object.entries(values)) await field(page, key).fill(value);

    await page.getByRole('button', { name: 'Copy letter' }).click();
    await waitForStatus(page, /copied/i);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(toPlainText(toParagraphs(roleA.data.template), values));
    await expect(status(page).textContent()).resolves.toBe(`Letter copied. ${fieldsA.length - 2} placeholders are still unfilled.`);
    expectClean(audit);
    await context.close();
  });

  it('selects the letter and says to press Ctrl+C when there is no Clipboard API', async () => {
    const { context, audit } = await newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    const page = await openRole(context, roleA.id);
    await field(page, sharedKey).fill('Northwind');
    await page.getByRole('button', { name: 'Copy letter' }).click();
    await waitForStatus(page, /Ctrl\+C/);
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    const letter = toPlainText(toParagraphs(roleA.data.template), { [sharedKey]: 'Northwind' });
    expect(selected.replace(/\s+/g, ' ').trim()).toBe(letter.replace(/\s+/g, ' '));
    expectClean(audit);
    await context.close();
  });

  it('remembers shared fields on another role after a reload, and forgets them on request', async () => {
    const { context, audit } = await newContext();
    let page = await openRole(context, roleA.id);
    await field(page, sharedKey).fill('Ada Lovelace & Co');
    await field(page, ownField.key).fill('Only for this role');

    await page.reload();
    await page.locator('template-filler[data-ready]').waitFor();
    await expect(field(page, sharedKey).inputValue()).resolves.toBe('Ada Lovelace & Co');
    await expect(field(page, ownField.key).inputValue()).resolves.toBe('Only for this role');

    page = await openRole(context, roleB.id);
    await expect(field(page, sharedKey).inputValue()).resolves.toBe('Ada Lovelace & Co');
    await expect(marks(page, sharedKey).first().textContent()).resolves.toBe('Ada Lovelace & Co');
    for (const other of toFields(roleB.data.template).filter((candidate) => !candidate.shared)) {
      await expect(field(page, other.key).inputValue()).resolves.toBe('');
    }

    await page.getByRole('button', { name: 'Forget my details' }).click();
    await waitForStatus(page, /forgotten/);
    await expect(field(page, sharedKey).inputValue()).resolves.toBe('');
    page = await openRole(context, roleA.id);
    await expect(field(page, sharedKey).inputValue()).resolves.toBe('');
    await expect(field(page, ownField.key).inputValue()).resolves.toBe('');
    expectClean(audit);
    await context.close();
  });

  it('carries shared details between the levels of one job', async () => {
    const variant = roles.find(
      (candidate) => candidate.data.family !== undefined && roles.some((root) => root.id === candidate.data.family),
    )!;
    const key = 'YOUR NAME';
    const { context, audit } = await newContext();
    const page = await openRole(context, variant.data.family!);
    await field(page, key).fill('Ama Owusu');
    await openRole(context, variant.id);
    await expect(field(page, key).inputValue()).resolves.toBe('Ama Owusu');
    await expect(marks(page, key).first().textContent()).resolves.toBe('Ama Owusu');
    expectClean(audit);
    await context.close();
  });

  it('shows markup the reader types as text, and opens no dialog', async () => {
    const { context, audit } = await newContext();
    const page = await openRole(context, roleA.id);
    const values = [XSS, '</script><script>alert(2)</script>', '{{x}} $& $1', '[COMPANY NAME]', 'שלום עולם 👩🏽‍💻'];
    const keys = fieldsA.slice(0, values.length).map((candidate) => candidate.key);
    for (const [index, key] of keys.entries()) await field(page, key).fill(values[index]!);

    for (const [index, key] of keys.entries()) await expect(marks(page, key).first().textContent()).resolves.toBe(values[index]);
    await expect(page.locator('[data-filler-preview] img, [data-filler-preview] script').count()).resolves.toBe(0);
    // Let an injected onerror handler fire, if one had been created.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expectClean(audit);
    await context.close();
  });

  it('keeps filling when localStorage throws', async () => {
    const { context, audit } = await newContext();
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
      Storage.prototype.removeItem = refuse;
    });
    const page = await openRole(context, roleA.id);
    await field(page, sharedKey).fill('Northwind');
    await field(page, ownField.key).fill('Still here');
    await expect(marks(page, sharedKey).first().textContent()).resolves.toBe('Northwind');
    await expect(field(page, ownField.key).inputValue()).resolves.toBe('Still here');
    await page.getByRole('button', { name: 'Forget my details' }).click();
    await waitForStatus(page, /form is empty/);
    expectClean(audit);
    await context.close();
  });

  it('downloads .txt and .docx files named after the role, with the typed values in them', async () => {
    const { context, audit } = await newContext();
    const page = await openRole(context, roleA.id);
    const values = { [sharedKey]: `Northwind ${XSS} & "Sons"`, [ownField.key]: 'שלום 🚀 $& {{x}}' };
    for (const [key, value] of Object.entries(values)) await field(page, key).fill(value);

    const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .txt' }).click()]);
    expect(txt.suggestedFilename()).toBe(`${roleA.id}-cover-letter.txt`);
    const text = readFileSync(await txt.path(), 'utf8');
    expect(text).toBe(`${toPlainText(toParagraphs(roleA.data.template), values)}\n`);

    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .docx' }).click()]);
    expect(word.suggestedFilename()).toBe(`${roleA.id}-cover-letter.docx`);
    const files = unzipSync(new Uint8Array(readFileSync(await word.path())));
    const xml = strFromU8(files['word/document.xml']!);
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) =>
      match[1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    for (const value of Object.values(values)) expect(runs).toContain(value);
    await waitForStatus(page, /Downloaded .*\.docx/);
    expectClean(audit);
    await context.close();
  });

  it('shows the template as readable, selectable text without JavaScript', async () => {
    const { context, audit } = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.site.url(`/cover-letters/${roleA.id}/`));
    const preview = page.locator('[data-filler-preview]');
    const shown = (await preview.innerText()).replace(/\s+/g, ' ').trim();
    expect(shown).toBe(roleA.data.template.replace(/\s+/g, ' ').trim());
    await expect(preview.evaluate((element) => getComputedStyle(element).userSelect)).resolves.not.toBe('none');
    // Chromium with scripting switched off for automation still parses <noscript> as text, so read it rather than look.
    await expect(page.locator('template-filler noscript').textContent()).resolves.toContain('This form needs JavaScript');
    await expect(field(page, sharedKey).isDisabled()).resolves.toBe(true);
    expectClean(audit);
    await context.close();
  });

  it('takes the same space before and after it switches on', async () => {
    const viewport = { width: 1280, height: 900 };
    // The view a reader has before the island runs: the same page with its script held back.
    const before = await session.browser.newContext({ viewport });
    await before.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    const waiting = await before.newPage();
    await waiting.goto(session.site.url(`/cover-letters/${roleA.id}/`));
    const { context, audit } = await newContext({ viewport });
    const page = await openRole(context, roleA.id);
    const box = (target: Page) => target.locator('template-filler').evaluate((element) => JSON.stringify(element.getBoundingClientRect()));
    await expect(field(waiting, sharedKey).isDisabled()).resolves.toBe(true);
    await expect(field(page, sharedKey).isDisabled()).resolves.toBe(false);
    expect(await box(page)).toBe(await box(waiting));
    await before.close();
    expectClean(audit);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations in the %s color scheme', async (colorScheme) => {
    const { context, audit } = await newContext({ colorScheme });
    const page = await openRole(context, roleA.id);
    await field(page, sharedKey).fill('Northwind');
    await field(page, ownField.key).focus();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    expectClean(audit);
    await context.close();
  });
});
