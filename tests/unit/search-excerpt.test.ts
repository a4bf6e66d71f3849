import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptText, parseExcerpt } from '../../src/lib/search/excerpt.ts';

describe('parseExcerpt', () => {
  it('splits an excerpt into plain and marked runs', () => {
    expect(parseExcerpt('show a <mark>rate</mark> <mark>limiter</mark> with tests')).toEqual([
      { text: 'show a ', marked: false },
      { text: 'rate', marked: true },
      { text: ' ', marked: false },
      { text: 'limiter', marked: true },
      { text: ' with tests', marked: false },
    ]);
  });

  it('decodes escaped page text, so "<script>" on a page shows as text and never as markup', () => {
    const runs = parseExcerpt('a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>more</mark>');
    expect(runs).toEqual([
      { text: 'a <script>alert("x")</script> & ', marked: false },
      { text: 'more', marked: true },
    ]);
  });

  it('keeps any tag other than <mark> as literal text', () => {
    expect(parseExcerpt('<img src=x onerror=alert(1)><mark>hit</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'hit', marked: true },
    ]);
  });

  it('survives unbalanced marks and empty input', () => {
    expect(parseExcerpt('')).toEqual([]);
    expect(parseExcerpt('<mark>open')).toEqual([{ text: 'open', marked: true }]);
    expect(parseExcerpt('closed</mark> after')).toEqual([{ text: 'closed after', marked: false }]);
  });

  it('keeps emoji and right-to-left text whole', () => {
    expect(excerptText(parseExcerpt('👩🏽‍💻 <mark>שלום</mark> مرحبا'))).toBe('👩🏽‍💻 שלום مرحبا');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeEntities('&#39;&#x27;&apos; &nbsp;&#128512;')).toBe("''' \u00a0😀");
  });

  it('leaves unknown names alone and replaces impossible code points', () => {
    expect(decodeEntities('&copy; &#0; &#xD800; &#99999999;')).toBe('&copy; \ufffd \ufffd &#99999999;');
  });
});
