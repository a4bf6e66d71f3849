/**
 * Guides against the role library: quoted passages and linked pages must
 * exist (each failure names the guide file and line), and every role page
 * gets the guides that fit its reader.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGuideSource, readRoleSource, type RoleFile } from '../../src/lib/entry-files.ts';
import { checkGuide } from '../../src/lib/guide-rules.ts';
import { checkGuides, findPageRefs, findPassageRefs, guidesForRole, passageText, type GuideEntry } from '../../src/lib/guides.ts';

const guide = (name: string) => {
  const filePath = `tests/fixtures/guides/${name}.mdx`;
  const entry = readGuideSource(filePath, readFileSync(filePath, 'utf8'));
  if (!('data' in entry)) throw new Error(entry.problems.join('\n'));
  return entry;
};
const role = (id: string, changes: Partial<RoleFile['data']> = {}): RoleFile => {
  const entry = readRoleSource('tests/fixtures/roles/valid.mdx', readFileSync('tests/fixtures/roles/valid.mdx', 'utf8')) as RoleFile;
  return { ...entry, id, filePath: `content/roles/${id}.mdx`, data: { ...entry.data, ...changes } };
};
const roles = ['backend-developer', 'frontend-developer', 'devops-engineer'].map((id) => role(id));

describe('guide references', () => {
  it('finds each Passage and page link with its line', () => {
    const body =
      'Intro.\n\n<Passage role="chef" point={2} />\n<RoleLink role="nurse" to="faq">x</RoleLink> <GuideLink guide="length">y</GuideLink>';
    expect(findPassageRefs(body)).toEqual([{ role: 'chef', point: 2, line: 3 }]);
    expect(findPageRefs(body)).toEqual([
      { kind: 'role', slug: 'nurse', line: 4 },
      { kind: 'guide', slug: 'length', line: 4 },
    ]);
  });

  it('reads the words of a marked passage', () => {
    expect(passageText(roles[0]!, 1)).toMatch(/^Last March, the order service I own/);
    expect(passageText(roles[0]!, 9)).toBeUndefined();
  });

  it('accepts a guide whose passages and links exist', () => {
    expect(checkGuides([guide('valid')], roles)).toEqual([]);
  });

  it('names the file and line of a passage that does not exist', () => {
    expect(checkGuides([guide('passage-missing')], roles)).toEqual([
      'tests/fixtures/guides/passage-missing.mdx: line 14: <Passage role="backend-developer" point={9}>: content/roles/backend-developer.mdx has no passage for point 9 (it has 5 points)',
    ]);
  });

  it('names the file and line of a link to a role that does not exist', () => {
    expect(checkGuides([guide('link-missing')], roles)).toEqual([
      'tests/fixtures/guides/link-missing.mdx: line 18: <RoleLink role="astronaut"> points at a page that does not exist',
    ]);
  });

  it('holds a short guide to the standard, naming the figures', () => {
    expect(checkGuide(guide('valid'))).toEqual([
      expect.stringMatching(/^tests\/fixtures\/guides\/valid\.mdx: has \d+ words of its own; at least 1200 are needed$/),
      'tests/fixtures/guides/valid.mdx: quotes 1 passages with <Passage>; at least 3 are needed',
      'tests/fixtures/guides/valid.mdx: links 2 role pages in its text; at least 3 are needed',
    ]);
  });
});

describe('guides for a role page', () => {
  const make = (id: string, topics: GuideEntry['data']['topics'], roleIds: string[] = [], order = 10): GuideEntry => ({
    id,
    data: { title: id, description: '', updated: new Date(0), topics, roles: roleIds, order },
  });
  const guides = [
    make('pillar', ['basics'], [], 1),
    make('length', ['length'], ['frontend-developer'], 6),
    make('career', ['career-change'], [], 8),
    make('no-experience', ['no-experience'], [], 10),
    make('email', ['email'], ['backend-developer'], 12),
  ];

  it('gives a career changer the career-change guide first', () => {
    expect(guidesForRole(role('career-change-to-x', { level: 'career-change' }), guides).map((g) => g.id)[0]).toBe('career');
  });

  it('gives an entry-level reader the no-experience guide, then guides naming the role, then the pillar', () => {
    expect(guidesForRole(role('backend-developer', { level: 'entry' }), guides).map((g) => g.id)).toEqual([
      'no-experience',
      'email',
      'pillar',
    ]);
  });

  it("lets a level page inherit the guides that name its job's main page", () => {
    const variant = role('senior-frontend-developer', { level: 'senior', family: 'frontend-developer' });
    expect(guidesForRole(variant, guides).map((g) => g.id)).toEqual(['length', 'pillar', 'career']);
  });

  it('never gives more than three, nor the same guide twice', () => {
    const picked = guidesForRole(role('frontend-developer', { level: 'career-change' }), guides);
    expect(picked).toHaveLength(3);
    expect(new Set(picked).size).toBe(3);
  });
});
