import { describe, expect, it } from 'vitest';
import { describeCount, sectionAt, toRoleResult, type PagefindFragment, type PagefindSubResult } from '../../src/lib/search/results.ts';

const anchors = [
  { element: 'section', id: 'intro', location: 10 },
  { element: 'h2', id: 'intro-heading', text: 'Why the cover letter matters here', location: 10 },
  { element: 'section', id: 'tips', location: 100 },
  { element: 'h2', id: 'tips-heading', text: 'Tips', location: 100 },
  { element: 'h3', id: 'tip-name-one-system', text: 'Name one system', location: 120 },
  { element: 'section', id: 'faq', location: 200 },
  { element: 'h3', id: 'faq-how-long', text: 'How long should it be?', location: 210 },
];

const sub = (title: string, url: string, scores: number[], anchor?: (typeof anchors)[number]): PagefindSubResult => ({
  title,
  url,
  excerpt: `about <mark>${title}</mark>`,
  weighted_locations: scores.map((balanced_score, index) => ({ weight: 1, balanced_score, location: index })),
  ...(anchor ? { anchor } : {}),
});

const fragment = (subResults: PagefindSubResult[]): PagefindFragment => ({
  url: '/letters/cover-letters/chef/',
  excerpt: 'the <mark>page</mark> excerpt',
  content: 'The whole page excerpt, as Pagefind indexed it.',
  meta: { title: 'Chef', industry: 'Hospitality', level: 'Senior' },
  anchors,
  sub_results: subResults,
});

describe('sectionAt', () => {
  it('names the page section a location falls in', () => {
    expect(sectionAt(anchors, 5)).toBeUndefined();
    expect(sectionAt(anchors, 10)).toBe('Why it matters');
    expect(sectionAt(anchors, 120)).toBe('Tips');
    expect(sectionAt(anchors, 999)).toBe('FAQ');
  });
});

describe('toRoleResult', () => {
  const result = toRoleResult(
    fragment([
      sub('Chef', '/letters/cover-letters/chef/', [1]),
      sub('Name one system', '/letters/cover-letters/chef/#tip-name-one-system', [5, 5], anchors[4]),
      sub('How long should it be?', '/letters/cover-letters/chef/#faq-how-long', [20], anchors[6]),
    ]),
    2,
  );

  it('carries the role title, industry and level from the page metadata', () => {
    expect(result).toMatchObject({ url: '/letters/cover-letters/chef/', title: 'Chef', industry: 'Hospitality', level: 'Senior' });
  });

  it('lists the strongest matches first, with their section and a marked excerpt', () => {
    expect(result.matches).toEqual([
      {
        url: '/letters/cover-letters/chef/#faq-how-long',
        heading: 'How long should it be?',
        section: 'FAQ',
        excerpt: [
          { text: 'about ', marked: false },
          { text: 'How long should it be?', marked: true },
        ],
      },
      expect.objectContaining({ url: '/letters/cover-letters/chef/#tip-name-one-system', section: 'Tips' }),
    ]);
    expect(result.moreMatches).toBe(1);
  });

  it('calls a match before the first linked heading the overview, with no section', () => {
    const [match] = toRoleResult(fragment([sub('Chef', '/letters/cover-letters/chef/', [1])]), 3).matches;
    expect(match).toMatchObject({ url: '/letters/cover-letters/chef/', heading: 'Overview' });
    expect(match).not.toHaveProperty('section');
  });

  it('falls back to the page itself when Pagefind gives no sub-results', () => {
    const fallback = toRoleResult(fragment([]), 3);
    expect(fallback.matches).toEqual([
      {
        url: '/letters/cover-letters/chef/',
        heading: 'Overview',
        excerpt: [
          { text: 'the ', marked: false },
          { text: 'page', marked: true },
          { text: ' excerpt', marked: false },
        ],
      },
    ]);
    expect(fallback.moreMatches).toBe(0);
  });

  it('keeps page order between equally strong matches', () => {
    const tied = toRoleResult(
      fragment([
        sub('Name one system', '/a/#tip-name-one-system', [3], anchors[4]),
        sub('How long should it be?', '/a/#faq-how-long', [3], anchors[6]),
      ]),
      2,
    );
    expect(tied.matches.map((match) => match.heading)).toEqual(['Name one system', 'How long should it be?']);
  });
});

describe('describeCount', () => {
  it('counts roles in words, with the query isolated from the sentence direction', () => {
    expect(describeCount(0, 'zzz')).toBe('No pages match “\u2068zzz\u2069”');
    expect(describeCount(1, 'chef')).toBe('1 page matches “\u2068chef\u2069”');
    expect(describeCount(12, 'שלום')).toBe('12 pages match “\u2068שלום\u2069”');
    expect(describeCount(3, '')).toBe('3 pages match the chosen filters');
  });
});
