/**
 * Accessibility across page types: axe (WCAG 2.2 A and AA rules) in light and
 * dark, keyboard-only use of a role page, and the skip link.
 */
import { describe, expect, it } from 'vitest';
import { readGuideFiles, readRoleFiles, type GuideFile, type RoleFile } from '../../src/lib/entry-files.ts';
import { axeViolations } from '../support/axe.ts';
import { auditContext, hasChromium } from '../support/browser.ts';
import { servedInChromium } from '../support/session.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const roles = readRoleFiles(`${contentDir}/roles`).filter((file): file is RoleFile => 'data' in file);
const role = roles[0]!;
// A level page of a job: its Experience level navigation, breadcrumbs and guides, checked too.
const variant = roles.find((candidate) => candidate.data.family !== undefined);
const guide = readGuideFiles(`${contentDir}/guides`).find((file): file is GuideFile => 'data' in file);

const PAGES: [string, string][] = [
  ['home', '/'],
  ['browse', '/cover-letters/'],
  ['industry', `/industries/${role.data.industry}/`],
  ['role', `/cover-letters/${role.id}/`],
  ...(variant ? [['level variant', `/cover-letters/${variant.id}/`] as [string, string]] : []),
  ['guides hub', '/guides/'],
  ...(guide ? [['guide', `/guides/${guide.id}/`] as [string, string]] : []),
  ['not found', '/404.html'],
];

describe.runIf(hasChromium())('accessibility', () => {
  const session = servedInChromium();

  for (const scheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`axe and the CSP find nothing on the %s page (${scheme})`, async (_, path) => {
      const context = await session.browser.newContext({ colorScheme: scheme });
      const audit = await auditContext(context);
      const page = await context.newPage();
      await page.goto(session.site.url(path));
      expect(await axeViolations(page)).toEqual([]);
      // No console or page error, and the strict Content-Security-Policy blocks nothing the page needs.
      expect(audit.problems).toEqual([]);
      await context.close();
    });
  }

  it('starts with a working skip link', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.site.url(`/cover-letters/${role.id}/`));
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip.textContent()).resolves.toBe('Skip to content');
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    // The next Tab lands inside the main content, past the header.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('main')))).resolves.toBe(true);
    await page.close();
  });

  it('reaches every control of a role page by Tab, in document order, each with a visible focus ring', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.site.url(`/cover-letters/${role.id}/`));
    // With "Match a job posting" open and showing terms, so its box is in the order too. Set
    // without focusing anything, so the walk below still starts from the top of the page.
    await page.locator('details[data-matcher]').evaluate((details: HTMLDetailsElement) => (details.open = true));
    await page.locator('details[data-matcher][data-ready]').waitFor();
    await page.locator('#matcher-posting').evaluate((box: HTMLTextAreaElement) => {
      box.value = 'Requirements: PostgreSQL, Kubernetes and Terraform. Nice to have: Kafka.';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.locator('[data-matcher-results]:not([hidden])').waitFor();
    // The controls a reader can operate, in document order (margin notes, tabindex -1, repeat a link already in the order).
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href]:not([tabindex="-1"]), button, input, textarea, select, summary, [tabindex="0"]')]
        .filter(
          (el) =>
            !el.closest('[inert], [hidden], fieldset[disabled]') && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
        )
        .filter((el) => getComputedStyle(el).visibility !== 'hidden')
        .map((el, index) => {
          el.dataset.tabOrder = String(index);
          return index;
        }),
    );
    const reached: number[] = [];
    const unringed: string[] = [];
    for (let step = 0; step < expected.length + 40 && reached.length < expected.length; step++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return {
          order: el.dataset.tabOrder,
          ring,
          name: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}"`,
        };
      });
      if (!focus || focus.order === undefined) continue;
      if (reached.includes(Number(focus.order))) break;
      reached.push(Number(focus.order));
      if (!focus.ring) unringed.push(focus.name);
    }
    expect(reached).toEqual(expected);
    expect(unringed).toEqual([]);
    await page.close();
  });
});
