/**
 * The search index as built: Pagefind indexed exactly the role pages, and each
 * role page gives it the filters and metadata the search UI shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, inject, it } from 'vitest';
import { indexBuiltSite } from '../../src/integrations/pagefind.ts';
import { readGuideFiles, readIndustries, readRoleFiles, type GuideFile, type RoleFile } from '../../src/lib/entry-files.ts';
import { LEVEL_LABELS } from '../../src/lib/role-schema.ts';
import { PAGEFIND_DIR } from '../../src/lib/search/index-config.ts';
import { readPages } from '../support/dist.ts';
import { temporaryDir } from '../support/temp.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const roles = readRoleFiles(`${contentDir}/roles`).filter((file): file is RoleFile => 'data' in file);
const industries = readIndustries(`${contentDir}/industries.yaml`);
const guides = readGuideFiles(`${contentDir}/guides`).filter((file): file is GuideFile => 'data' in file);
const dist = inject('distDir');
const pages = readPages(dist);

describe('search index', () => {
  it('holds exactly the role pages and guides', () => {
    const entry = JSON.parse(readFileSync(join(dist, PAGEFIND_DIR, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en?.page_count).toBe(roles.length + guides.length);
    expect(existsSync(join(dist, PAGEFIND_DIR, 'pagefind.js'))).toBe(true);
    const bodies = pages.filter((page) => page.root.querySelector('[data-pagefind-body]')).map((page) => page.path);
    expect(bodies.sort()).toEqual(
      [...roles.map((role) => `/cover-letters/${role.id}/`), ...guides.map((guide) => `/guides/${guide.id}/`)].sort(),
    );
  });

  it.each(roles.map((role) => [role.id, role] as const))('%s gives Pagefind its title, industry and level', (id, role) => {
    const { root } = pages.find((page) => page.path === `/cover-letters/${id}/`)!;
    const body = root.querySelector('[data-pagefind-body]')!;
    expect(body.getAttribute('data-pagefind-meta')).toBe(`title:${role.data.title}`);
    const industry = industries.find((candidate) => candidate.id === role.data.industry)!.data.name;
    const filter = (key: string) => root.querySelectorAll(`[data-pagefind-filter="${key}"]`).map((element) => element.textContent.trim());
    expect(filter('industry')).toEqual([industry]);
    expect(filter('level')).toEqual([LEVEL_LABELS[role.data.level]]);
    // Tip titles and FAQ questions outweigh body text (weight 1); Pagefind takes 0 to 10.
    const weights = root.querySelectorAll('#tips h3, #faq h3').map((heading) => Number(heading.getAttribute('data-pagefind-weight') ?? 5));
    expect(weights).toHaveLength(role.data.tips.length + role.data.faq.length);
    for (const weight of weights) expect(weight).toBeGreaterThan(1);
  });
});

describe('the Pagefind integration', () => {
  it('fails the build, rather than logging and carrying on, when there is nothing to index', async () => {
    const empty = temporaryDir('empty');
    const logged: string[] = [];
    const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
    await expect(indexBuiltSite(pathToFileURL(`${empty}/`), logger)).rejects.toThrow(`Pagefind found no HTML pages to index in ${empty}/`);
    expect(existsSync(join(empty, PAGEFIND_DIR))).toBe(false);
    expect(logged).toEqual([]);
  });
});
