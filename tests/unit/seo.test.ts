import { describe, expect, it } from 'vitest';
import { breadcrumbList, buildHead, faqPage, pageTitle, roleTitle, serializeJsonLd } from '../../src/lib/seo.ts';
import { absoluteUrl, withBase } from '../../src/lib/paths.ts';

describe('titles', () => {
  it('appends the site name when it fits in 60 characters', () => {
    expect(roleTitle('Chef')).toBe('Chef Cover Letter Example | Dear Hiring');
  });

  it('drops the site name rather than exceed 60 characters', () => {
    const title = roleTitle('Software Engineer (New Graduate)');
    expect(title).toBe('Software Engineer (New Graduate) Cover Letter Example');
    expect(title.length).toBeLessThanOrEqual(60);
  });

  it('shortens a title that is too long on its own', () => {
    expect(pageTitle('x'.repeat(80)).length).toBe(60);
  });
});

describe('head tags', () => {
  it('builds title, description, canonical, Open Graph and Twitter tags', () => {
    const tags = buildHead({ title: 'T', description: 'D', canonical: 'https://e.org/a/' });
    const find = (key: string) => tags.find((tag) => tag.attrs.name === key || tag.attrs.property === key || tag.attrs.rel === key);
    expect(tags[0]).toEqual({ tag: 'title', attrs: {}, content: 'T' });
    expect(find('canonical')?.attrs.href).toBe('https://e.org/a/');
    expect(find('og:url')?.attrs.content).toBe('https://e.org/a/');
    expect(find('twitter:card')?.attrs.content).toBe('summary');
  });

  it("names a page's social card with its size and alt text, and asks for Twitter's large card", () => {
    const image = { url: 'https://e.org/og/guides/a.png', width: 1200, height: 630, alt: 'A. Guide. Dear Hiring.' };
    const tags = buildHead({ title: 'T', description: 'D', canonical: 'https://e.org/a/', image });
    const content = (key: string) => tags.find((tag) => tag.attrs.name === key || tag.attrs.property === key)?.attrs.content;
    expect(content('og:image')).toBe('https://e.org/og/guides/a.png');
    expect(content('og:image:type')).toBe('image/png');
    expect(content('og:image:width')).toBe('1200');
    expect(content('og:image:height')).toBe('630');
    expect(content('og:image:alt')).toBe('A. Guide. Dear Hiring.');
    expect(content('twitter:card')).toBe('summary_large_image');
    expect(content('twitter:image')).toBe('https://e.org/og/guides/a.png');
    expect(content('twitter:image:alt')).toBe('A. Guide. Dear Hiring.');
    expect(tags.filter((tag) => tag.attrs.name === 'twitter:card')).toHaveLength(1);
  });

  it('names no image on a page without a card', () => {
    const tags = buildHead({ title: 'T', description: 'D', canonical: 'https://e.org/a/' });
    expect(tags.filter((tag) => /image/.test(tag.attrs.name ?? tag.attrs.property ?? ''))).toEqual([]);
  });

  it('serialises JSON-LD so text cannot close the script element', () => {
    const json = serializeJsonLd({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});

describe('structured data', () => {
  it('numbers breadcrumb positions from 1', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://e.org/' },
        { name: 'A', url: 'https://e.org/a/' },
      ]),
    ).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Home' },
        { position: 2, name: 'A', item: 'https://e.org/a/' },
      ],
    });
  });

  it('keeps FAQ text exactly as given', () => {
    expect(faqPage([{ question: 'Q?', answer: 'A & <b>' }])).toMatchObject({
      mainEntity: [{ name: 'Q?', acceptedAnswer: { text: 'A & <b>' } }],
    });
  });
});

describe('paths', () => {
  it('joins a base path and a page path', () => {
    expect(withBase('/', '/search/')).toBe('/search/');
    expect(withBase('/letters/', '/search/')).toBe('/letters/search/');
    expect(withBase('/letters', 'cover-letters/')).toBe('/letters/cover-letters/');
    expect(absoluteUrl('https://e.org', '/letters/', '/a/')).toBe('https://e.org/letters/a/');
  });
});
