/**
 * `npm run audit`: builds the site into a temporary folder, serves it and
 * prints Lighthouse scores for the audited pages. Exits 1 if Accessibility,
 * Best Practices or SEO is below 100 anywhere.
 */
import { buildSite, serveSite } from '../support/site.ts';
import { auditPages, formatScores } from './lighthouse.ts';

const site = await serveSite(await buildSite());
try {
  const results = await auditPages(site.url);
  console.log(formatScores(results));
  const failures = results.flatMap((result) => result.failures.map((failure) => `${result.path}: ${failure}`));
  if (failures.length > 0) {
    console.error(`\nBelow 100:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
} finally {
  await site.stop();
}
