/** A malformed entry stops the real build with a message naming the file, the field and the fault. */
import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExpectingFailure } from '../support/site.ts';
import { temporaryDir } from '../support/temp.ts';

/** A content folder holding the real industries and the given fixture entries (and guides). */
function contentWith(fixtures: Record<string, string>, guides: Record<string, string> = {}): string {
  const dir = temporaryDir('content');
  mkdirSync(join(dir, 'roles'));
  mkdirSync(join(dir, 'guides'));
  copyFileSync('content/industries.yaml', join(dir, 'industries.yaml'));
  for (const [slug, fixture] of Object.entries(fixtures))
    copyFileSync(`tests/fixtures/roles/${fixture}.mdx`, join(dir, 'roles', `${slug}.mdx`));
  for (const [slug, fixture] of Object.entries(guides))
    copyFileSync(`tests/fixtures/guides/${fixture}.mdx`, join(dir, 'guides', `${slug}.mdx`));
  return dir;
}

describe('a build with a malformed entry', () => {
  it('fails on a schema error, naming the file, field and line', async () => {
    const output = await buildExpectingFailure({ contentDir: contentWith({ 'broken-role': 'template-unclosed-bracket' }) });
    expect(output).toContain('roles → broken-role');
    expect(output).toMatch(/roles\/broken-role\.mdx/);
    expect(output).toMatch(/template: template line 5: `\[POSITION TITLE.*` is never closed/);
  });

  it('fails on a related role that does not exist, naming the file', async () => {
    const output = await buildExpectingFailure({
      contentDir: contentWith({
        'backend-developer': 'unknown-related',
        'devops-engineer': 'valid',
        'data-analyst': 'valid',
        'software-engineer-new-graduate': 'valid',
      }),
    });
    expect(output).toMatch(/roles\/backend-developer\.mdx: related role "astronaut" does not exist/);
  });

  it('fails on two pages of one job at the same level, naming both files', async () => {
    const output = await buildExpectingFailure({
      contentDir: contentWith({
        'backend-developer': 'valid',
        'frontend-developer': 'valid',
        'mid-level-frontend-developer': 'family-level-taken',
        'devops-engineer': 'valid',
        'data-analyst': 'valid',
        'software-engineer-new-graduate': 'valid',
      }),
    });
    expect(output).toMatch(
      /roles\/mid-level-frontend-developer\.mdx: \S*roles\/frontend-developer\.mdx is already the mid page of family "frontend-developer"/,
    );
  });

  it('fails on a guide quoting a passage that does not exist, or linking a missing page, naming file and line', async () => {
    // The real role library, so only the guides are at fault.
    const dir = contentWith({}, { 'cover-letter-length': 'passage-missing', 'cover-letter-basics': 'link-missing' });
    cpSync(`${process.env.CONTENT_DIR ?? 'content'}/roles`, join(dir, 'roles'), { recursive: true });
    const output = await buildExpectingFailure({ contentDir: dir });
    expect(output).toMatch(
      /guides\/cover-letter-length\.mdx: line 14: <Passage role="backend-developer" point=\{9\}>: \S*roles\/backend-developer\.mdx has no passage for point 9/,
    );
    expect(output).toMatch(/guides\/cover-letter-basics\.mdx: line 18: <RoleLink role="astronaut"> points at a page that does not exist/);
  });

  it('fails on a link inside an entry to a page that does not exist, naming the file and field', async () => {
    const dir = contentWith({}, {});
    cpSync(`${process.env.CONTENT_DIR ?? 'content'}/roles`, join(dir, 'roles'), { recursive: true });
    copyFileSync('tests/fixtures/roles/tip-broken-links.mdx', join(dir, 'roles', 'backend-developer.mdx'));
    const output = await buildExpectingFailure({ contentDir: dir });
    expect(output).toMatch(
      /roles\/backend-developer\.mdx: tips\[0\]\.body: link "\/cover-letters\/astronaut\/" goes to \/cover-letters\/astronaut\/, which is not a page on this site/,
    );
  });
});
