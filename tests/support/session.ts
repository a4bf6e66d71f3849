/**
 * What every browser test file starts from: a build of the site (the shared
 * one, unless a test asks for another) served locally and Chromium open, both
 * for the tests of one describe block and both closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveSite, sharedSite, type BuiltSite } from './site.ts';

export interface Session {
  browser: Browser;
  site: Awaited<ReturnType<typeof serveSite>>;
}

/**
 * Call inside a describe block; the session is ready once its tests run.
 * `build` gives the site to serve: the shared build unless another is asked for.
 */
export function servedInChromium(build: () => BuiltSite | Promise<BuiltSite> = () => sharedSite(inject('distDir'))): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.site = await serveSite(await build());
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.stop();
  });
  return session;
}
