/**
 * Byte budgets on the built site (gzipped, deterministic). Each figure is
 * printed next to its budget so the test log shows the headroom.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../support/budgets.ts';
import { listFiles } from '../support/dist.ts';
import { kb, weighOnDemand, weighPage } from '../support/page-weight.ts';

const dist = inject('distDir');

const htmlFiles = listFiles(dist).filter((file) => file.endsWith('.html'));
// Guides are long reading pages like role pages, and are held to the same budgets.
const rolePages = htmlFiles.filter((file) => /^(cover-letters|guides)\/[^/]+\/index\.html$/.test(file));
const otherPages = [
  'index.html',
  'cover-letters/index.html',
  'guides/index.html',
  '404.html',
  ...htmlFiles.filter((file) => file.startsWith('industries/')),
];

function report(label: string, figures: Record<string, [number, number?]>) {
  const parts = Object.entries(figures).map(([name, [value, budget]]) => `${name} ${kb(value)}${budget ? ` / ${kb(budget)}` : ''}`);
  console.log(`budget  ${label.padEnd(48)} ${parts.join('   ')}`);
}

describe('byte budgets (gzipped)', () => {
  it('keeps every role page and guide within 40 KB HTML, 12 KB CSS and 6 KB of JavaScript on load', () => {
    expect(rolePages.length).toBeGreaterThan(0);
    const heaviest = { html: 0, css: 0, js: 0 };
    for (const file of rolePages) {
      const weight = weighPage(dist, file);
      expect(weight.html, `${file} HTML`).toBeLessThanOrEqual(BUDGETS.rolePage.html);
      expect(weight.css, `${file} CSS`).toBeLessThanOrEqual(BUDGETS.rolePage.css);
      expect(weight.js, `${file} JS (${weight.files.join(', ')})`).toBeLessThanOrEqual(BUDGETS.rolePage.js);
      for (const key of ['html', 'css', 'js'] as const) heaviest[key] = Math.max(heaviest[key], weight[key]);
    }
    report(`heaviest of ${rolePages.length} role and guide pages`, {
      html: [heaviest.html, BUDGETS.rolePage.html],
      css: [heaviest.css, BUDGETS.rolePage.css],
      js: [heaviest.js, BUDGETS.rolePage.js],
    });
  });

  it('loads at most 2 KB of JavaScript on home, browse, guides hub, industry and 404 pages', () => {
    for (const file of otherPages) {
      const weight = weighPage(dist, file);
      expect(weight.js, `${file} JS (${weight.files.join(', ')})`).toBeLessThanOrEqual(BUDGETS.otherPages.js);
      expect(weight.css, `${file} CSS`).toBeLessThanOrEqual(BUDGETS.otherPages.css);
      report(file, { html: [weight.html], css: [weight.css, BUDGETS.otherPages.css], js: [weight.js, BUDGETS.otherPages.js] });
    }
  });

  it('fetches the posting matcher only when its disclosure opens, within 40 KB, with nothing of it preloaded', () => {
    const pages = rolePages.filter((file) => file.startsWith('cover-letters/'));
    expect(pages.length).toBeGreaterThan(0);
    let heaviest = 0;
    for (const file of pages) {
      const matcher = weighOnDemand(dist, file, /\/PostingMatcher\.[^/]+\.js$/);
      const onLoad = weighPage(dist, file);
      // The UI, the engine and its data sit behind the import(); none of it is a modulepreload or a script of the page.
      const preloaded = parse(readFileSync(join(dist, file), 'utf8'))
        .querySelectorAll('link[rel="modulepreload"]')
        .map((link) => (link.getAttribute('href') ?? '').replace(/^\//, ''));
      expect(
        preloaded.filter((href) => matcher.reachable.includes(href)),
        file,
      ).toEqual([]);
      expect(matcher.files.length, file).toBeGreaterThan(0);
      const code = (files: string[]) => files.map((module) => readFileSync(join(dist, module), 'utf8')).join('\n');
      expect(code(matcher.files), `${file}: the matcher's UI is fetched on demand`).toContain('No key terms found in this posting.');
      expect(code(onLoad.files), `${file}: the matcher's UI is not on load`).not.toContain('No key terms found in this posting.');
      expect(matcher.js, `${file} matcher (${matcher.files.join(', ')})`).toBeLessThanOrEqual(BUDGETS.matcher);
      heaviest = Math.max(heaviest, matcher.js);
    }
    report(`posting matcher, on opening (${pages.length} role pages)`, { js: [heaviest, BUDGETS.matcher] });
  });

  it('keeps the search page, whose UI runs on load, within 6 KB of JavaScript', () => {
    const weight = weighPage(dist, 'search/index.html');
    expect(weight.js, `search JS (${weight.files.join(', ')})`).toBeLessThanOrEqual(BUDGETS.searchPage.js);
    expect(weight.css, 'search CSS').toBeLessThanOrEqual(BUDGETS.searchPage.css);
    report('search/index.html', { html: [weight.html], css: [weight.css, BUDGETS.searchPage.css], js: [weight.js, BUDGETS.searchPage.js] });
  });
});

describe('nothing from another origin', () => {
  const textFiles = listFiles(dist).filter(
    (file) => /\.(html|css|js|mjs|svg|xml|webmanifest)$/.test(file) && !file.startsWith('pagefind/'),
  );

  it('references no third-party script, style, image, font, frame or preconnect', () => {
    const offenders: string[] = [];
    for (const file of textFiles.filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(dist, file), 'utf8');
      const tags = html.match(/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/gi) ?? [];
      for (const tag of tags) {
        // Canonical, sitemap and Open Graph URLs name our own site and load nothing.
        if (/rel="(canonical|alternate|sitemap)"/.test(tag)) continue;
        if (/\s(src|href|srcset|data)="(https?:)?\/\//i.test(tag)) offenders.push(`${file}: ${tag}`);
      }
    }
    for (const file of textFiles.filter((name) => name.endsWith('.css'))) {
      const css = readFileSync(join(dist, file), 'utf8');
      for (const match of css.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi)) offenders.push(`${file}: ${match[1]}`);
      for (const match of css.matchAll(/@import\s+["']?((?:https?:)?\/\/[^"');]+)/gi)) offenders.push(`${file}: ${match[1]}`);
    }
    expect(offenders).toEqual([]);
  });

  it('ships no web fonts', () => {
    expect(listFiles(dist).filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
    for (const file of textFiles.filter((name) => name.endsWith('.css'))) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/@font-face/);
    }
  });
});
