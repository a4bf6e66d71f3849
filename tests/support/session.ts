/**
 * What every browser test file starts from: the shared build of the site
 * served locally and Chromium open, both for the tests of one describe block
 * and both closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveSite, sharedSite } from './site.ts';

export interface Session {
  browser: Browser;
  site: Awaited<ReturnType<typeof serveSite>>;
}

/** Call inside a describe block; the session is ready once its tests run. */
export function servedInChromium(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.site = await serveSite(sharedSite(inject('distDir')));
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.stop();
  });
  return session;
}
