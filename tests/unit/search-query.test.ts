import { describe, expect, it } from 'vitest';
import {
  hasWords,
  isEmptyRequest,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  readRequest,
  toPagefindFilters,
  toSearchParams,
  toSearchTerms,
  type SearchRequest,
} from '../../src/lib/search/query.ts';

const request = (query: string, industry: string[] = [], level: string[] = []): SearchRequest => ({ query, filters: { industry, level } });

describe('normalizeQuery', () => {
  it('trims and collapses whitespace, tabs and line breaks', () => {
    expect(normalizeQuery('  rate \t\n  limiting ')).toBe('rate limiting');
  });

  it('gives an empty query for only spaces', () => {
    expect(normalizeQuery(' \u00a0\t\n  ')).toBe('');
  });

  it('turns control characters into spaces', () => {
    expect(normalizeQuery('gap\u0000in\u0007employment')).toBe('gap in employment');
  });

  it('cuts a 2,000-character query at a word boundary within the limit', () => {
    const query = normalizeQuery('cover letter '.repeat(160));
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.length).toBeGreaterThan(MAX_QUERY_LENGTH / 2);
    expect(query).toMatch(/^(cover letter )*cover( letter)?$/);
  });

  it('never cuts inside an emoji', () => {
    const query = normalizeQuery('😀'.repeat(2000));
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(query).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('keeps quotes, brackets, markup and right-to-left text as typed', () => {
    expect(normalizeQuery('"how long" (really) <script>')).toBe('"how long" (really) <script>');
    expect(normalizeQuery('  مرحبا بالعالم ')).toBe('مرحبا بالعالم');
  });
});

describe('hasWords', () => {
  it('is true for letters or digits in any script', () => {
    for (const text of ['salary', '401k', 'שלום', '履歴書']) expect(hasWords(text), text).toBe(true);
  });

  it('is false for punctuation and emoji only', () => {
    for (const text of ['"""', '()[]{}', '<>', '😀👍', '']) expect(hasWords(text), text).toBe(false);
  });
});

describe('search requests in the URL', () => {
  it('reads the query and repeated filter values, ignoring blanks and duplicates', () => {
    const params = new URLSearchParams('q=++how+long++&industry=Technology&industry=&industry=Technology&level=Senior&utm=x');
    expect(readRequest(params)).toEqual(request('how long', ['Technology'], ['Senior']));
  });

  it('writes q first and leaves out empty parts', () => {
    expect(toSearchParams(request('gap in employment', ['Healthcare', 'Education'])).toString()).toBe(
      'q=gap+in+employment&industry=Healthcare&industry=Education',
    );
    expect(toSearchParams(request('')).toString()).toBe('');
  });

  it('round-trips hostile text unchanged', () => {
    const hostile = request('"<script>alert(1)</script>" & [x] مرحبا 😀', ['A & B']);
    expect(readRequest(toSearchParams(hostile))).toEqual(hostile);
  });

  it('knows an empty request', () => {
    expect(isEmptyRequest(request(''))).toBe(true);
    expect(isEmptyRequest(request('', [], ['Senior']))).toBe(false);
    expect(isEmptyRequest(request('x'))).toBe(false);
  });
});

describe('toPagefindFilters', () => {
  it('matches any chosen value within a filter and leaves unchosen filters out', () => {
    expect(toPagefindFilters(request('x', ['Technology', 'Healthcare']))).toEqual({ industry: { any: ['Technology', 'Healthcare'] } });
    expect(toPagefindFilters(request('x'))).toEqual({});
  });
});

describe('toSearchTerms', () => {
  it('drops function words so the topic decides the ranking', () => {
    expect(toSearchTerms('gap in employment')).toBe('gap employment');
    expect(toSearchTerms('how long should it be')).toBe('how long should');
  });

  it('keeps a query made only of function words', () => {
    expect(toSearchTerms('to be or not')).toBe('not');
    expect(toSearchTerms('in it')).toBe('in it');
  });

  it('searches UK spellings in the US spelling the library is written in', () => {
    expect(toSearchTerms('nursing licence')).toBe('nursing license');
    expect(toSearchTerms('Graduate Programme')).toBe('Graduate program');
    expect(toSearchTerms('organisation skills')).toBe('organization skills');
    expect(toSearchTerms('prioritisations')).toBe('prioritizations');
  });

  it('leaves words that only look British alone', () => {
    expect(toSearchTerms('your hour tour four')).toBe('hour tour four');
    expect(toSearchTerms('advise expertise otherwise')).toBe('advise expertise otherwise');
    expect(toSearchTerms('isation')).toBe('isation');
  });
});
