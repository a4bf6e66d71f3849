/** The inline Markdown subset of entries, and the build's check that its links reach real pages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRoleSource, type RoleFile } from '../../src/lib/entry-files.ts';
import { checkEntryLinks } from '../../src/lib/entry-links.ts';
import { hrefProblem, parseInline, toPlainInline } from '../../src/lib/inline-markdown.ts';

describe('inline Markdown', () => {
  it('reads links, emphasis and strong, leaving the rest as text', () => {
    expect(parseInline('See the [length guide](/guides/length/#cut) for *why* it **matters**.')).toEqual([
      { kind: 'text', text: 'See the ' },
      { kind: 'link', text: 'length guide', href: '/guides/length/#cut' },
      { kind: 'text', text: ' for ' },
      { kind: 'em', text: 'why' },
      { kind: 'text', text: ' it ' },
      { kind: 'strong', text: 'matters' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps markup and stray marks as plain text, never as HTML', () => {
    expect(parseInline('<b>5 * 3</b> and [broken](link')).toEqual([{ kind: 'text', text: '<b>5 * 3</b> and [broken](link' }]);
  });

  it('gives structured data the words a reader sees', () => {
    expect(toPlainInline('Read the [format guide](/guides/format/) *first*.')).toBe('Read the format guide first.');
  });

  it('allows our own paths and https pages only', () => {
    expect(hrefProblem('/guides/format/')).toBeUndefined();
    expect(hrefProblem('https://www.ncsbn.org/')).toBeUndefined();
    expect(hrefProblem('javascript:alert(1)')).toMatch(/must be a path on this site/);
    expect(hrefProblem('//evil.example/')).toMatch(/must be a path on this site/);
  });
});

describe('links inside role entries', () => {
  const read = (name: string, id: string) => {
    const entry = readRoleSource(`tests/fixtures/roles/${name}.mdx`, readFileSync(`tests/fixtures/roles/${name}.mdx`, 'utf8')) as RoleFile;
    return { ...entry, id, filePath: `content/roles/${id}.mdx` };
  };
  const industries = [{ id: 'technology', data: { name: 'Technology', description: '', intro: '', order: 1 } }];

  it('accepts links to pages and headings that exist', () => {
    const linking = read('valid', 'backend-developer');
    linking.data.tips[0]!.body = 'Read [the FAQ](/cover-letters/devops-engineer/#faq) and [all guides](/guides/).';
    expect(checkEntryLinks([linking, read('valid', 'devops-engineer')], [], industries)).toEqual([]);
  });

  it('names the file and field of a link to a missing page or heading', () => {
    const roles = [read('tip-broken-links', 'backend-developer'), read('valid', 'devops-engineer')];
    expect(checkEntryLinks(roles, [], industries)).toEqual([
      'content/roles/backend-developer.mdx: tips[0].body: link "/cover-letters/devops-engineer/#no-such-heading": /cover-letters/devops-engineer/ has no #no-such-heading',
      'content/roles/backend-developer.mdx: tips[0].body: link "/cover-letters/astronaut/" goes to /cover-letters/astronaut/, which is not a page on this site',
    ]);
  });
});
