/**
 * The role page as a reading and writing tool, in Chromium: each hint shows
 * once; the letter's placeholders lead to their fields and back; on a phone
 * the count and the letter stay one tap away; margin notes sit beside their
 * passages on wide screens without JavaScript; the print button prints the
 * reader's letter alone.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readRoleFiles, type RoleFile } from '../../src/lib/entry-files.ts';
import { toFields } from '../../src/lib/filler/fields.ts';
import { auditContext, hasChromium, type ContextAudit } from '../support/browser.ts';
import { servedInChromium } from '../support/session.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const roles = readRoleFiles(`${contentDir}/roles`).filter((file): file is RoleFile => 'data' in file);
// A role with many fields, so "a later field" is far down the form.
const role = [...roles].sort((a, b) => toFields(b.data.template).length - toFields(a.data.template).length)[0]!;
const fields = toFields(role.data.template);
const later = fields[Math.min(fields.length - 1, 9)]!;

describe.runIf(hasChromium())('the role page as a tool', () => {
  const session = servedInChromium();

  async function open(options: BrowserContextOptions = {}): Promise<{ page: Page; context: BrowserContext; audit: ContextAudit }> {
    const context = await session.browser.newContext({ reducedMotion: 'reduce', ...options });
    const audit = await auditContext(context);
    const page = await context.newPage();
    await page.goto(session.site.url(`/cover-letters/${role.id}/`));
    if (options.javaScriptEnabled !== false) await page.locator('template-filler[data-ready]').waitFor();
    return { page, context, audit };
  }
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

  it('shows each hint once, as the field description screen readers announce', async () => {
    const { page, context, audit } = await open();
    await expect(page.locator('template-filler input[placeholder], template-filler textarea[placeholder]').count()).resolves.toBe(0);
    for (const field of fields.filter((candidate) => candidate.hint)) {
      const container = page.locator(`.filler-field:has(#${field.id})`);
      await expect(container.getByText(field.hint!, { exact: false }).count(), field.key).resolves.toBe(1);
      await expect(page.locator(`#${field.id}`).getAttribute('aria-describedby')).resolves.toBe(`${field.id}-hint`);
    }
    expect(audit.problems).toEqual([]);
    await context.close();
  });

  it('takes the reader from a placeholder in the letter to its field, by click or Enter, and back', async () => {
    const { page, context, audit } = await open({ viewport: { width: 1280, height: 900 } });
    const mark = page.locator(`[data-filler-preview] [data-mark="${later.key}"]`).first();
    await mark.click();
    await expect(focusedId(page)).resolves.toBe(later.id);
    await expect(page.locator(`#${later.id}`).isVisible()).resolves.toBe(true);

    await page.locator(`[data-filler-preview] [data-mark="${fields[0]!.key}"]`).first().focus();
    await page.keyboard.press('Enter');
    await expect(focusedId(page)).resolves.toBe(fields[0]!.id);

    // From the field, "Show in the letter" appears beside it and leads to its first place in the letter.
    await page.locator(`#${later.id}`).focus();
    const back = page.locator(`.filler-field:has(#${later.id}) .filler-to-letter`);
    await expect(back.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Show in the letter');
    await page.keyboard.press('Enter');
    await expect(focusedId(page)).resolves.toBe(`${later.id}-mark`);
    expect(audit.problems).toEqual([]);
    await context.close();
  });

  it('keeps "N of M filled · View letter" in view on a 390 px phone, and the letter leads back to the field', async () => {
    const { page, context, audit } = await open({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const bar = page.locator('[data-filler-bar]');
    await expect(bar.isVisible()).resolves.toBe(false);
    await page.locator(`#${fields[0]!.id}`).fill('Northwind');
    await page.locator(`#${later.id}`).focus();
    await page.locator(`#${later.id}`).fill('Typed on a phone');
    await expect(bar.isVisible()).resolves.toBe(true);
    await expect(bar.innerText()).resolves.toMatch(new RegExp(`^2 of ${fields.length} filled\\s*·\\s*View letter$`));
    const box = (await bar.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);

    await bar.getByRole('link', { name: 'View letter' }).click();
    await page.waitForFunction(() => {
      const heading = document.getElementById('filler-letter')!.getBoundingClientRect();
      return heading.top >= 0 && heading.top < window.innerHeight;
    });
    const back = page.getByRole('link', { name: 'Back to your details' });
    await expect(back.getAttribute('href')).resolves.toBe(`#${later.id}`);
    await back.click();
    await expect(focusedId(page)).resolves.toBe(later.id);
    expect(audit.problems).toEqual([]);
    await context.close();
  });

  it('sets each analysis title in the margin beside its passage at 1440 px, without JavaScript', async () => {
    const { page, context } = await open({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });
    const letter = (await page.locator('article.letter').boundingBox())!;
    for (let point = 1; point <= role.data.analysis.length; point++) {
      const passage = page.locator(`#passage-${point}`);
      const note = passage.locator('.margin-note');
      await expect(note.textContent(), `note ${point}`).resolves.toContain(role.data.analysis[point - 1]!.title);
      await expect(note.getAttribute('aria-hidden')).resolves.toBe('true');
      const noteBox = (await note.boundingBox())!;
      const passageBox = (await passage.boundingBox())!;
      // In the right margin, not over the letter, and level with the passage's lines.
      expect(noteBox.x, `note ${point}`).toBeGreaterThanOrEqual(letter.x + letter.width);
      expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(1440);
      expect(noteBox.y, `note ${point}`).toBeGreaterThanOrEqual(passageBox.y - 4);
      expect(noteBox.y, `note ${point}`).toBeLessThan(passageBox.y + passageBox.height);
    }
    // Narrower screens keep the numbered links only.
    await page.setViewportSize({ width: 1024, height: 900 });
    await expect(page.locator('.margin-note').first().isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('prints only the reader’s letter, with their values, after "Print or save as PDF"', async () => {
    const { page, context, audit } = await open({ viewport: { width: 1280, height: 900 } });
    await page.locator(`#${fields[0]!.id}`).fill('Northwind Traders');
    // The print dialog itself is the browser's; count the calls instead of opening it.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    const preview = page.locator('[data-filler-preview]');
    await expect(preview.isVisible()).resolves.toBe(true);
    await expect(preview.innerText()).resolves.toContain('Northwind Traders');
    for (const hidden of ['header[role="banner"]', 'h1', '#example', '#analysis', '.filler-fields', '[data-filler-status]', 'footer']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    await expect(preview.evaluate((element) => getComputedStyle(element).fontFamily)).resolves.toMatch(/Charter|Georgia|serif/);
    const blank = preview.locator('.placeholder').first();
    await expect(blank.evaluate((element) => getComputedStyle(element).borderBottomStyle)).resolves.toBe('dashed');
    // After printing, the page is whole again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    expect(audit.problems).toEqual([]);
    await context.close();
  });
});
