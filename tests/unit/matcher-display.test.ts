/** How the page words the matcher's results: the status line, the notes and the marked snippet. */
import { describe, expect, it } from 'vitest';
import { describeMatch, describePosting, splitSnippet } from '../../src/lib/matcher/display.ts';
import { POSTING_LIMIT, type KeyTerm, type PostingTerms } from '../../src/lib/matcher/types.ts';

const term = (name: string, need: KeyTerm['need'] = 'required'): KeyTerm => ({ term: name, need, snippet: `… uses ${name} daily …` });
const posting = (terms: KeyTerm[], flags: Partial<PostingTerms> = {}): PostingTerms => ({
  terms,
  trimmed: false,
  fewTerms: terms.length < 5,
  ...flags,
});
const TERMS = ['PostgreSQL', 'Kubernetes', 'Terraform', 'AWS', 'Go'].map((name) => term(name));

describe('describeMatch', () => {
  it('counts the key terms the letter has, out of all the posting’s', () => {
    const found = posting(TERMS);
    expect(describeMatch(found, { inLetter: TERMS.slice(0, 2), missing: TERMS.slice(2) })).toBe('2 of 5 key terms in your letter');
    expect(describeMatch(found, { inLetter: [], missing: TERMS })).toBe('0 of 5 key terms in your letter');
    expect(describeMatch(posting([TERMS[0]!]), { inLetter: [TERMS[0]!], missing: [] })).toBe('1 of 1 key term in your letter');
  });

  it('says nothing before there is a posting, and never "0 of 0" about a paste with no terms', () => {
    expect(describeMatch(undefined, undefined)).toBe('');
    expect(describeMatch(posting([]), { inLetter: [], missing: [] })).toBe('No key terms found in this posting.');
  });
});

describe('describePosting', () => {
  it('notes a long paste was cut, naming how much was read', () => {
    const [note] = describePosting(posting(TERMS, { trimmed: true }));
    expect(note).toContain(`first ${POSTING_LIMIT.toLocaleString('en-US')} characters were read`);
  });

  it('notes when few terms were found, naming another language as a likely cause', () => {
    const notes = describePosting(posting(TERMS.slice(0, 2)));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/few key terms.*another language/);
  });

  it('has nothing to say about an ordinary posting, or before there is one', () => {
    expect(describePosting(posting(TERMS))).toEqual([]);
    expect(describePosting(undefined)).toEqual([]);
  });
});

describe('splitSnippet', () => {
  it('cuts the snippet around the term, keeping the posting’s case', () => {
    expect(splitSnippet('…tune SQL against PostgreSQL; design…', 'postgresql')).toEqual({
      before: '…tune SQL against ',
      match: 'PostgreSQL',
      after: '; design…',
    });
  });

  it('prefers the term as a whole word over the same letters inside another word', () => {
    expect(splitSnippet('Gopher tools in Go and Rust', 'Go')).toEqual({ before: 'Gopher tools in ', match: 'Go', after: ' and Rust' });
  });

  it('finds terms made of symbols and spaces', () => {
    expect(splitSnippet('Write C# on .NET 8 with ASP.NET Core', 'C#').match).toBe('C#');
    expect(splitSnippet('Write C# on .NET 8 with ASP.NET Core', '.NET 8').match).toBe('.NET 8');
    expect(splitSnippet('at least 5+ years of SQL', '5+ years').match).toBe('5+ years');
  });

  it('falls back to a part of a word, and leaves the snippet whole when the term is not in it', () => {
    expect(splitSnippet('Postgres-backed APIs', 'Postgres').match).toBe('Postgres');
    expect(splitSnippet('nothing here', 'Kafka')).toEqual({ before: 'nothing here', match: '', after: '' });
    expect(splitSnippet('<img src=x onerror=alert(1)> Kafka', 'Kafka')).toEqual({
      before: '<img src=x onerror=alert(1)> ',
      match: 'Kafka',
      after: '',
    });
  });
});
