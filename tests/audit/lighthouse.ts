/**
 * Lighthouse (mobile profile) on Debian's Chromium against a served build.
 * Shared by `npm run audit` and the audit test; scores are 0 to 100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The pages we audit, as paths under the site's base. */
export const AUDITED_PAGES = ['/', '/cover-letters/', '/cover-letters/backend-developer/', '/search/?q=interview'];

/** The metrics behind the Performance score, for finding what costs points. */
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;
type Metric = keyof typeof METRICS;

export interface AuditResult {
  path: string;
  scores: Record<Category, number>;
  /** Milliseconds, except CLS (unitless). */
  metrics: Record<Metric, number>;
  /** Titles of audits that scored below 1 in the asserted categories, for the log. */
  failures: string[];
}

/** Audits each URL in one Chromium; `url(path)` maps a path to the served site. */
export async function auditPages(url: (path: string) => string, paths = AUDITED_PAGES): Promise<AuditResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const results: AuditResult[] = [];
    for (const path of paths) {
      const run = await lighthouse(url(path), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<
        Category,
        number
      >;
      const failures = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${lhr.audits[ref.id]?.title}`),
      );
      const metrics = Object.fromEntries(
        Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? Number.NaN]),
      ) as Record<Metric, number>;
      results.push({ path, scores, metrics, failures });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** A table of scores and performance metrics for the log. */
export function formatScores(results: AuditResult[]): string {
  const metric = (key: Metric, value: number) => (key === 'cls' ? value.toFixed(3) : `${Math.round(value)} ms`);
  const header = `${'page'.padEnd(36)} ${CATEGORIES.map((id) => id.padStart(15)).join('')}   ${Object.keys(METRICS)
    .map((key) => key.toUpperCase().padStart(8))
    .join('')}`;
  const rows = results.map(
    (result) =>
      `${result.path.padEnd(36)} ${CATEGORIES.map((id) => String(result.scores[id]).padStart(15)).join('')}   ${(
        Object.keys(METRICS) as Metric[]
      )
        .map((key) => metric(key, result.metrics[key]).padStart(8))
        .join('')}`,
  );
  return [header, ...rows].join('\n');
}
