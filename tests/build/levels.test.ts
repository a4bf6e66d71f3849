/**
 * Levels of one job: every page of a family shows the same "Experience level"
 * links in level order, with exactly one marked current; listings read a
 * family as one job with its levels.
 */
import { describe, expect, inject, it } from 'vitest';
import { readRoleFiles, type RoleFile } from '../../src/lib/entry-files.ts';
import { familyMembers, groupFamilies, isFamilyRoot } from '../../src/lib/library.ts';
import { LEVEL_LABELS } from '../../src/lib/role-schema.ts';
import { jsonLd, readPages } from '../support/dist.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const roles = readRoleFiles(`${contentDir}/roles`).filter((file): file is RoleFile => 'data' in file);
const pages = readPages(inject('distDir'));
const page = (path: string) => pages.find((candidate) => candidate.path === path)!.root;
const families = groupFamilies(roles).filter((family) => family.members.length > 1);

function levelLinks(path: string) {
  const navs = page(path).querySelectorAll('nav[aria-label="Experience level"]');
  expect(navs, path).toHaveLength(1);
  return navs[0]!.querySelectorAll('a').map((link) => ({
    text: link.textContent.trim(),
    href: link.getAttribute('href'),
    current: link.getAttribute('aria-current'),
  }));
}

describe('levels of one job', () => {
  it('exist in the library', () => {
    expect(families.length).toBeGreaterThan(0);
  });

  it.each(families.map((family) => [family.root.id, family] as const))(
    '%s: every page shows the same level links, in level order, one current',
    (_, { members }) => {
      const expected = members.map((member) => ({ text: LEVEL_LABELS[member.data.level], href: `/cover-letters/${member.id}/` }));
      for (const member of members) {
        const links = levelLinks(`/cover-letters/${member.id}/`);
        expect(links.map(({ text, href }) => ({ text, href }))).toEqual(expected);
        expect(links.filter((link) => link.current === 'page').map((link) => link.href)).toEqual([`/cover-letters/${member.id}/`]);
      }
    },
  );

  it('leave a job with one page without level links', () => {
    const single = roles.filter((role) => familyMembers(role, roles).length === 1);
    for (const role of single) {
      expect(page(`/cover-letters/${role.id}/`).querySelector('nav[aria-label="Experience level"]'), role.id).toBeNull();
    }
  });

  it("put a level page under its job's page in the breadcrumbs", () => {
    for (const { root, members } of families) {
      for (const member of members.filter((candidate) => !isFamilyRoot(candidate))) {
        const crumbs = jsonLd(page(`/cover-letters/${member.id}/`)).find((item) => item['@type'] === 'BreadcrumbList') as {
          itemListElement: { name: string; item: string }[];
        };
        const names = crumbs.itemListElement.map((crumb) => crumb.name);
        expect(names.slice(-2), member.id).toEqual([root.data.title, LEVEL_LABELS[member.data.level]]);
      }
    }
  });
});

describe('listings', () => {
  it('/cover-letters/ links every page, each job once as a heading with its levels beneath', () => {
    const root = page('/cover-letters/');
    const hrefs = new Set(root.querySelectorAll('main a').map((link) => link.getAttribute('href')));
    for (const role of roles) expect(hrefs.has(`/cover-letters/${role.id}/`), role.id).toBe(true);
    const headings = root.querySelectorAll('main li h3 a').map((link) => link.getAttribute('href'));
    expect(headings.sort()).toEqual(
      roles
        .filter(isFamilyRoot)
        .map((role) => `/cover-letters/${role.id}/`)
        .sort(),
    );
    for (const { root: job, members } of families) {
      const list = root.querySelector(`ul[aria-label="Levels of ${job.data.title}"]`);
      expect(
        list?.querySelectorAll('a').map((link) => link.textContent.trim()),
        job.id,
      ).toEqual(members.map((member) => LEVEL_LABELS[member.data.level]));
    }
  });

  it('industry pages list each of their jobs once, with its levels', () => {
    for (const { root: job, members } of families) {
      const industryPage = page(`/industries/${job.data.industry}/`);
      const cards = industryPage.querySelectorAll(`main li h3 a[href="/cover-letters/${job.id}/"]`);
      expect(cards, job.id).toHaveLength(1);
      expect(industryPage.querySelectorAll(`ul[aria-label="Levels of ${job.data.title}"] a`)).toHaveLength(members.length);
    }
  });

  it('every industry page lists at least 6 jobs, each a link to its main page', () => {
    const industryPages = pages.filter((candidate) => /^\/industries\/[^/]+\/$/.test(candidate.path));
    expect(industryPages.length).toBeGreaterThan(0);
    for (const { path, root } of industryPages) {
      const jobs = root.querySelectorAll('main li h3 a').map((link) => link.getAttribute('href')!.split('/')[2]!);
      expect(jobs.length, path).toBeGreaterThanOrEqual(6);
      for (const id of jobs) expect(isFamilyRoot(roles.find((role) => role.id === id)!), `${path}: ${id}`).toBe(true);
    }
  });

  it("the home page's popular roles are one per job", () => {
    const cards = page('/')
      .querySelectorAll('#featured-heading ~ ul > li h3 a')
      .map((link) => link.getAttribute('href')!.split('/')[2]);
    expect(cards.length).toBeGreaterThan(0);
    for (const id of cards) expect(isFamilyRoot(roles.find((role) => role.id === id)!), id).toBe(true);
  });
});
