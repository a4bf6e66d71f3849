/**
 * Guides on the built site: a hub listing each guide, a header link, pages
 * with breadcrumbs and Article JSON-LD, quotes that match the letters they
 * come from, and every role page sending readers to 2 or 3 guides.
 */
import { describe, expect, inject, it } from 'vitest';
import { readGuideFiles, readRoleFiles, type GuideFile, type RoleFile } from '../../src/lib/entry-files.ts';
import { findPassageRefs, passageText } from '../../src/lib/guides.ts';
import { jsonLd, meta, readPages } from '../support/dist.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const guides = readGuideFiles(`${contentDir}/guides`).filter((file): file is GuideFile => 'data' in file);
const roles = readRoleFiles(`${contentDir}/roles`).filter((file): file is RoleFile => 'data' in file);
const pages = readPages(inject('distDir'));
const page = (path: string) => pages.find((candidate) => candidate.path === path)?.root;

describe('guides', () => {
  it('exist, and the hub lists each with its description', () => {
    expect(guides.length).toBeGreaterThan(0);
    const hub = page('/guides/')!;
    for (const guide of guides) {
      const link = hub.querySelector(`main a[href="/guides/${guide.id}/"]`);
      expect(link?.textContent.trim(), guide.id).toBe(guide.data.title);
      expect(link!.closest('li')!.textContent).toContain(guide.data.description);
    }
  });

  it('are linked from the site header on every page', () => {
    for (const { file, root } of pages) {
      expect(root.querySelector('header[role="banner"] nav a[href="/guides/"]')?.textContent.trim(), file).toBe('Guides');
    }
  });

  it.each(guides.map((guide) => [guide.id, guide] as const))('%s has its title, breadcrumbs and Article JSON-LD', (id, guide) => {
    const root = page(`/guides/${id}/`)!;
    expect(root.querySelector('h1')?.textContent.trim()).toBe(guide.data.title);
    expect(meta(root, 'description')).toBe(guide.data.description);
    const data = jsonLd(root);
    expect(data.map((item) => item['@type']).sort()).toEqual(['Article', 'BreadcrumbList']);
    const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList') as { itemListElement: { name: string }[] };
    expect(crumbs.itemListElement.map((crumb) => crumb.name)).toEqual(['Home', 'Guides', guide.data.title]);
    expect(root.querySelectorAll('nav[aria-label="Breadcrumb"] a').map((link) => link.textContent.trim())).toEqual([
      'Home',
      'Guides',
      guide.data.title,
    ]);
  });

  it('quote each passage word for word from its letter, linked to that passage', () => {
    for (const guide of guides) {
      const root = page(`/guides/${guide.id}/`)!;
      const figures = root.querySelectorAll('article figure');
      const refs = findPassageRefs(guide.body);
      expect(figures, guide.id).toHaveLength(refs.length);
      refs.forEach((ref, index) => {
        const role = roles.find((candidate) => candidate.id === ref.role)!;
        expect(figures[index]!.querySelector('blockquote')!.textContent.trim()).toBe(`“${passageText(role, ref.point)}”`);
        expect(figures[index]!.querySelector('figcaption a')!.getAttribute('href')).toBe(
          `/cover-letters/${ref.role}/#passage-${ref.point}`,
        );
      });
    }
  });

  it('are sent to from every role page, 2 or 3 each', () => {
    for (const role of roles) {
      const links = page(`/cover-letters/${role.id}/`)!
        .querySelectorAll('[data-guide-link]')
        .map((link) => link.getAttribute('href'));
      expect(links.length, role.id).toBeGreaterThanOrEqual(Math.min(2, guides.length));
      expect(links.length, role.id).toBeLessThanOrEqual(3);
      for (const href of links) expect(page(href!), `${role.id} → ${href}`).toBeDefined();
    }
  });

  it('send a career-change page to the career-change guide', () => {
    const guide = guides.find((candidate) => candidate.data.topics[0] === 'career-change')!;
    expect(guide).toBeDefined();
    for (const role of roles.filter((candidate) => candidate.data.level === 'career-change')) {
      expect(
        page(`/cover-letters/${role.id}/`)!
          .querySelectorAll('[data-guide-link]')
          .map((link) => link.getAttribute('href')),
        role.id,
      ).toContain(`/guides/${guide.id}/`);
    }
  });
});
