/** A reader opens a role page and follows an analysis point to its passage and back. */
import { describe, expect, it } from 'vitest';
import { readRoleFiles, type RoleFile } from '../../src/lib/entry-files.ts';
import { hasChromium } from '../support/browser.ts';
import { servedInChromium } from '../support/session.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const role = readRoleFiles(`${contentDir}/roles`).find((file): file is RoleFile => 'data' in file)!;

describe.runIf(hasChromium())('role page in Chromium', () => {
  const session = servedInChromium();

  it('follows analysis point 2 to its passage and back, with no console errors', async () => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.site.url(`/cover-letters/${role.id}/`));

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
