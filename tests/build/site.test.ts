/**
 * Assertions on the built site: every role has a complete, findable page
 * with correct SEO data, and every link a reader can follow works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readRoleFiles, type RoleFile } from '../../src/lib/entry-files.ts';
import { faqId, tipId } from '../../src/lib/library.ts';
import { ROLE_SECTIONS } from '../../src/lib/sections.ts';
import { brokenLinks, jsonLd, listFiles, meta, readPages, type BuiltPage } from '../support/dist.ts';
import { buildSite } from '../support/site.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const roles = readRoleFiles(`${contentDir}/roles`).filter((file): file is RoleFile => 'data' in file);
const dist = inject('distDir');
const pages = readPages(dist);
const page = (path: string) => pages.find((candidate) => candidate.path === path);
const textOf = (html: string) => html.replace(/\s+/g, ' ').trim();

describe('role pages', () => {
  it('exist for every entry', () => {
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(page(`/cover-letters/${role.id}/`), role.id).toBeDefined();
  });

  it.each(roles.map((role) => [role.id, role] as const))('%s has its heading, sections and SEO data', (id, role) => {
    const { root } = page(`/cover-letters/${id}/`)!;
    expect(root.querySelectorAll('h1').map((h) => h.textContent.trim())).toEqual([`${role.data.title} Cover Letter Example`]);
    const title = root.querySelector('title')!.textContent;
    expect(title).toContain(role.data.title);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(meta(root, 'description')).toBe(role.data.description);
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+/cover-letters/${id}/$`));
    expect(meta(root, 'og:title')).toBe(title);
    expect(meta(root, 'twitter:card')).toBeTruthy();
    for (const section of ROLE_SECTIONS) expect(root.getElementById(section.id), `#${section.id}`).not.toBeNull();
    for (const tip of role.data.tips) expect(root.getElementById(tipId(tip))?.tagName).toBe('H3');
    for (const item of role.data.faq) expect(root.getElementById(faqId(item))?.tagName).toBe('H3');
  });

  it.each(roles.map((role) => [role.id, role] as const))('%s has JSON-LD whose FAQ matches the visible FAQ', (id) => {
    const { root } = page(`/cover-letters/${id}/`)!;
    const data = jsonLd(root);
    expect(data.map((item) => item['@type']).sort()).toEqual(['Article', 'BreadcrumbList', 'FAQPage']);
    const faq = data.find((item) => item['@type'] === 'FAQPage') as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
    const visible = root.querySelectorAll('[data-faq-question]').map((question, index) => ({
      question: textOf(question.textContent),
      answer: textOf(root.querySelectorAll('[data-faq-answer]')[index]!.textContent),
    }));
    expect(faq.mainEntity.map((item) => ({ question: item.name, answer: item.acceptedAnswer.text }))).toEqual(visible);
    const article = data.find((item) => item['@type'] === 'Article') as { headline: string; dateModified: string };
    expect(article.headline).toContain('Cover Letter Example');
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("close with the entry's own MDX body as the next step", () => {
    // The body is compiled apart from the frontmatter (src/integrations/mdx-frontmatter.ts):
    // this proves each page still gets its own body, rendered as prose.
    for (const role of roles) {
      const section = page(`/cover-letters/${role.id}/`)!.root.querySelector('section[aria-labelledby="next-step-heading"]');
      // Markdown typesets quotes and drops emphasis marks; compare words.
      const words = (text: string) => text.replace(/[’']/g, "'").replace(/[*_`]/g, '').split(/\s+/).filter(Boolean);
      const firstWords = words(role.body).slice(0, 8).join(' ');
      expect(section && words(section.textContent).join(' '), role.id).toContain(firstWords);
    }
  });

  it('tie every analysis point to its passage and back', () => {
    for (const role of roles) {
      const { root } = page(`/cover-letters/${role.id}/`)!;
      role.data.analysis.forEach((_, index) => {
        const n = index + 1;
        expect(root.querySelector(`#point-${n} a[href="#passage-${n}"]`), `${role.id} point ${n}`).not.toBeNull();
        expect(root.querySelector(`#passage-${n} a[href="#point-${n}"]`), `${role.id} passage ${n}`).not.toBeNull();
      });
    }
  });
});

describe('every page', () => {
  it('has a unique title and description, lang, and one h1', () => {
    const titles = new Map<string, string>();
    for (const { file, root } of pages) {
      expect(root.querySelector('html')?.getAttribute('lang'), file).toBe('en');
      expect(root.querySelectorAll('h1'), file).toHaveLength(1);
      const title = root.querySelector('title')?.textContent ?? '';
      expect(title.length, `${file} title`).toBeGreaterThan(0);
      expect(title.length, `${file} title`).toBeLessThanOrEqual(60);
      expect(titles.get(title), `${file} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, file);
      const description = meta(root, 'description') ?? '';
      expect(description.length, `${file} description`).toBeGreaterThanOrEqual(50);
      expect(description.length, `${file} description`).toBeLessThanOrEqual(160);
    }
  });

  it('skips no heading level', () => {
    for (const { file, root } of pages) {
      let previous = 0;
      for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        const level = Number(heading.tagName.slice(1));
        expect(level, `${file}: "${heading.textContent.trim()}" jumps from h${previous}`).toBeLessThanOrEqual(previous + 1);
        previous = level;
      }
    }
  });

  it('has a BreadcrumbList when nested', () => {
    for (const { file, path, root } of pages) {
      if (path === '/' || path === '/404.html' || path === '/search/') continue;
      expect(
        jsonLd(root).some((item) => item['@type'] === 'BreadcrumbList'),
        file,
      ).toBe(true);
    }
  });

  it('links only to pages, assets and anchors that exist', () => {
    expect(brokenLinks(dist, pages)).toEqual([]);
  });
});

describe('crawling', () => {
  it('lists every indexable page in the sitemap', () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname.slice(1));
    const listed = new Set(
      sitemaps.flatMap((file) =>
        [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
      ),
    );
    const expected = pages.filter((candidate) => candidate.path !== '/404.html').map((candidate) => candidate.path);
    expect(expected.filter((path) => !listed.has(path))).toEqual([]);
  });

  it('points robots.txt to the sitemap', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });
});

describe('a BASE_PATH build', () => {
  let basePages: BuiltPage[];
  let baseDist: string;

  beforeAll(async () => {
    const site = await buildSite({ basePath: '/letters/', ...(process.env.CONTENT_DIR ? { contentDir: process.env.CONTENT_DIR } : {}) });
    baseDist = site.outDir;
    basePages = readPages(baseDist);
  });

  it('links nowhere outside /letters/, and every link resolves', () => {
    expect(basePages.length).toBe(pages.length);
    expect(brokenLinks(baseDist, basePages, '/letters/')).toEqual([]);
  });

  it('puts canonicals, the sitemap and robots.txt under /letters/', () => {
    for (const { file, root } of basePages) {
      expect(new URL(root.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname, file).toMatch(/^\/letters\//);
    }
    expect(readFileSync(join(baseDist, 'robots.txt'), 'utf8')).toContain('/letters/sitemap-index.xml');
  });

  it('serves social cards from /letters/og/, and names them so', () => {
    const guide = basePages.find((page) => /^guides\/[^/]+\/index\.html$/.test(page.file))!;
    const url = new URL(meta(guide.root, 'og:image')!);
    expect(url.pathname).toBe(`/letters/og/${guide.file.replace(/\/index\.html$/, '.png')}`);
    expect(listFiles(baseDist)).toContain(url.pathname.slice('/letters/'.length));
  });
});
