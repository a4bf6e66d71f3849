import { describe, expect, it } from 'vitest';
import { blankFrontmatter } from '../../src/integrations/mdx-frontmatter.ts';

describe('blankFrontmatter', () => {
  const source = '---\ntitle: Chef\nintro: |\n  Two lines\n  of intro.\n---\n\nYour next step: **fill in** the template.\n';

  it('drops the frontmatter and keeps the body as written', () => {
    expect(blankFrontmatter(source)?.trim()).toBe('Your next step: **fill in** the template.');
    expect(blankFrontmatter(source)).not.toContain('title');
  });

  it('keeps every body line on its line number, so MDX errors point at the file’s real line', () => {
    const lines = blankFrontmatter(source)!.split('\n');
    expect(lines.indexOf('Your next step: **fill in** the template.')).toBe(
      source.split('\n').indexOf('Your next step: **fill in** the template.'),
    );
  });

  it('leaves a file without frontmatter alone', () => {
    expect(blankFrontmatter('Just a body.\n')).toBeUndefined();
  });
});
