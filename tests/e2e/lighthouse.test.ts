/** Lighthouse on the built site: Accessibility, Best Practices and SEO score 100; Performance is printed. */
import { describe, expect, inject, it } from 'vitest';
import { auditPages, formatScores } from '../audit/lighthouse.ts';
import { hasChromium } from '../support/browser.ts';
import { serveSite, sharedSite } from '../support/site.ts';

describe.runIf(hasChromium())('Lighthouse', () => {
  it('scores 100 for accessibility, best practices and SEO on every audited page', async () => {
    const site = await serveSite(sharedSite(inject('distDir')));
    try {
      const results = await auditPages(site.url);
      console.log(`Lighthouse (mobile)\n${formatScores(results)}`);
      for (const result of results) {
        expect(result.failures, result.path).toEqual([]);
        expect([result.scores.accessibility, result.scores['best-practices'], result.scores.seo], result.path).toEqual([100, 100, 100]);
      }
    } finally {
      await site.stop();
    }
  }, 300_000);
});
