/**
 * Debian's Chromium, driven by Playwright. Never downloads a browser: the
 * binary comes from `apt-get install chromium` (see .ci/run). In CI a missing
 * browser fails the run instead of skipping the tests.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Whether browser tests can run here; in CI the answer must be yes. */
export function hasChromium(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: CI must install it (apt-get install -y chromium)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** What a browser context did: every request, and everything a reader should never meet. */
export interface ContextAudit {
  requests: string[];
  /** Console errors, uncaught page errors, dialogs, and Content-Security-Policy violations. */
  problems: string[];
}

/** Starts recording a fresh context's requests and problems, on every page it opens. */
export async function auditContext(context: BrowserContext): Promise<ContextAudit> {
  const audit: ContextAudit = { requests: [], problems: [] };
  context.on('request', (request) => audit.requests.push(request.url()));
  const watch = (page: Page) => {
    page.on('console', (message) => message.type() === 'error' && audit.problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => audit.problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      audit.problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  // The browser reports a blocked resource only as an event; logged as an error, `problems` collects it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return audit;
}
