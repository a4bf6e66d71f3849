/**
 * The role schema against fixtures: a valid entry passes, and each broken
 * fixture fails with a message naming its file and the field at fault.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRoleSource, type RoleFile } from '../../src/lib/entry-files.ts';
import { checkLibrary } from '../../src/lib/library.ts';

const fixture = (name: string) => {
  const filePath = `tests/fixtures/roles/${name}.mdx`;
  return readRoleSource(filePath, readFileSync(filePath, 'utf8'));
};

describe('role schema', () => {
  it('accepts a complete entry', () => {
    const entry = fixture('valid');
    expect(entry.problems).toEqual([]);
    expect((entry as RoleFile).data.letter.body).toHaveLength(5);
  });

  // fixture → [field named in the message, what the message says]
  const broken: [string, string, string | RegExp][] = [
    ['missing-title', 'title', 'title is required'],
    ['unknown-level', 'level', 'level must be one of entry, mid, senior, career-change'],
    ['description-too-short', 'description', 'at least 70 characters'],
    ['description-too-long', 'description', 'at most 160 characters'],
    ['bad-date', 'updated', 'YYYY-MM-DD'],
    ['too-few-related', 'related', 'at least 3 roles'],
    ['too-many-related', 'related', 'at most 5 roles'],
    ['intro-one-paragraph', 'intro', 'at least 2 paragraphs'],
    ['letter-three-paragraphs', 'letter.body', 'at least 4 paragraphs'],
    ['letter-missing-signoff', 'letter.signoff', 'is required'],
    ['letter-missing-name', 'letter.name', 'is required'],
    ['letter-missing-employer', 'letter.employer', 'is required'],
    ['analysis-three-points', 'analysis', 'at least 4 points'],
    ['analysis-seven-points', 'analysis', 'at most 6 points'],
    ['point-without-passage', 'letter.body', 'analysis point 3 has no passage'],
    ['passage-without-point', 'letter.body', 'passage {9: …} has no analysis point 9'],
    ['template-unclosed-bracket', 'template', /template line 5: `\[POSITION TITLE .*` is never closed/],
    ['template-empty-placeholder', 'template', 'template line 1: an empty placeholder `[]`'],
    ['template-nested-bracket', 'template', /template line 7: .* opens a bracket inside another placeholder/],
    ['template-too-few-placeholders', 'template', 'has 4 distinct placeholders; at least 8 are needed'],
    ['tips-two', 'tips', 'at least 3 tips'],
    ['faq-two', 'faq', 'at least 3 questions'],
  ];

  it.each(broken)('rejects %s, naming the file and %s', (name, field, message) => {
    const problems = fixture(name).problems;
    const match = problems.find((problem) => problem.startsWith(`tests/fixtures/roles/${name}.mdx: ${field}: `));
    expect(match, problems.join('\n')).toBeDefined();
    expect(match).toMatch(typeof message === 'string' ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : message);
  });

  it('reports YAML that does not parse, and a missing frontmatter block', () => {
    expect(fixture('invalid-yaml').problems[0]).toMatch(/^tests\/fixtures\/roles\/invalid-yaml\.mdx: frontmatter is not valid YAML/);
    expect(fixture('no-frontmatter').problems[0]).toBe(
      'tests/fixtures/roles/no-frontmatter.mdx: no frontmatter between --- lines at the top',
    );
  });
});

describe('library rules', () => {
  const industries = [{ id: 'technology', data: { name: 'Technology', description: '', intro: '', order: 1 } }];
  const others = ['frontend-developer', 'devops-engineer', 'data-analyst', 'software-engineer-new-graduate'].map((id) => ({
    ...(fixture('valid') as RoleFile),
    id,
    filePath: `content/roles/${id}.mdx`,
  }));
  const withOthers = (name: string) => [{ ...(fixture(name) as RoleFile), id: 'backend-developer' }, ...others];

  it('accepts an entry whose industry and related roles exist', () => {
    expect(checkLibrary(withOthers('valid'), industries).filter((p) => p.startsWith('tests/'))).toEqual([]);
  });

  it('rejects an industry that does not exist, naming the file', () => {
    expect(checkLibrary(withOthers('unknown-industry'), industries)).toContainEqual(
      'tests/fixtures/roles/unknown-industry.mdx: industry "astrology" does not exist in content/industries.yaml (known: technology)',
    );
  });

  it('rejects a related role that does not exist, naming the file', () => {
    expect(checkLibrary(withOthers('unknown-related'), industries)).toContainEqual(
      'tests/fixtures/roles/unknown-related.mdx: related role "astronaut" does not exist (no content/roles/astronaut.mdx)',
    );
  });

  it('rejects a family that has no entry, naming the file', () => {
    expect(checkLibrary(withOthers('family-unknown'), industries)).toContainEqual(
      'tests/fixtures/roles/family-unknown.mdx: family "astronaut" has no entry (no content/roles/astronaut.mdx)',
    );
  });

  it('rejects two pages of one job at the same level, naming both files', () => {
    const problems = checkLibrary(withOthers('family-level-taken'), industries);
    expect(problems).toContainEqual(
      'tests/fixtures/roles/family-level-taken.mdx: content/roles/frontend-developer.mdx is already the mid page of family "frontend-developer"; each level of a job has one page',
    );
  });

  it('rejects a family that is itself a level of another job', () => {
    const variant = { ...(fixture('family-level-taken') as RoleFile), id: 'mid-level-frontend-developer' };
    const nested = {
      ...(fixture('family-unknown') as RoleFile),
      data: { ...(fixture('family-unknown') as RoleFile).data, family: variant.id },
    };
    expect(checkLibrary([nested, variant, ...others], industries)).toContainEqual(
      'tests/fixtures/roles/family-unknown.mdx: family "mid-level-frontend-developer" is itself a level of "frontend-developer"; name the job\'s main entry',
    );
  });
});
