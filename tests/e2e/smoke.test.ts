/** A reader opens a role page and follows an analysis point to its passage and back. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readRoleFiles, type RoleFile } from '../../src/lib/entry-files.ts';
import { hasChromium, launchChromium } from '../support/browser.ts';
import { serveSite, sharedSite } from '../support/site.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const role = readRoleFiles(`${contentDir}/roles`).find((file): file is RoleFile => 'data' in file)!;

describe.runIf(hasChromium())('role page in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveSite>>;

  beforeAll(async () => {
    site = await serveSite(sharedSite(inject('distDir')));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('follows analysis point 2 to its passage and back, with no console errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url(`/cover-letters/${role.id}/`));

    await expect(page.locator('h1').textContent()).resolves.toBe(`${role.data.title} Cover Letter Example`);
    await page
      .locator('#point-2')
      .getByRole('link', { name: /passage 2/i })
      .click();
    expect(new URL(page.url()).hash).toBe('#passage-2');
    const passage = page.locator('#passage-2');
    await expect(passage.isVisible()).resolves.toBe(true);
    // The targeted passage is highlighted more strongly than the others.
    const [targeted, other] = await Promise.all([
      passage.evaluate((el) => getComputedStyle(el).backgroundColor),
      page.locator('#passage-1').evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
    expect(targeted).not.toBe(other);

    await passage.getByRole('link').click();
    expect(new URL(page.url()).hash).toBe('#point-2');
    await expect(page.locator('#point-2 h3').textContent()).resolves.toContain(role.data.analysis[1]!.title);
    expect(errors).toEqual([]);
    await page.close();
  });
});
