import { describe, expect, it } from 'vitest';
import { findSharedRun, formatShingleFixture, parseShingleFixture, shingleHashes } from '../../src/lib/shingles.ts';

// A made-up source text standing in for the reference page.
const source = 'The night ferry leaves the harbour at eleven, and the deckhands tie the ropes in a figure eight before the engines start.';
const known = new Set(shingleHashes(source));

describe('hashed shingles', () => {
  it('hashes one window per run of 8 words', () => {
    const words = source.split(/\s+/).length;
    expect(shingleHashes(source)).toHaveLength(words - 7);
    expect(shingleHashes('too short to make a run')).toEqual([]);
  });

  it('catches a paragraph that borrows 8 words in a row', () => {
    const borrowed = 'On our boat, the deckhands tie the ropes in a figure eight every morning.';
    expect(findSharedRun(borrowed, known)).toBe('the deckhands tie the ropes in a figure');
  });

  it('lets a paragraph with only 7 borrowed words in a row pass', () => {
    const seven = 'On our boat, the deckhands tie the ropes in a knot every morning.';
    expect(findSharedRun(seven, known)).toBeUndefined();
  });

  it('ignores case, punctuation and curly apostrophes, like the sentence check', () => {
    expect(findSharedRun('THE NIGHT FERRY — leaves the harbour, at eleven; and the deckhands…', known)).toBe(
      'the night ferry leaves the harbour at eleven',
    );
  });

  it('round-trips through the fixture format without keeping any prose', () => {
    const text = formatShingleFixture(shingleHashes(source), 'a made-up page');
    expect(text).not.toMatch(/ferry|deckhands/);
    const parsed = parseShingleFixture(text);
    expect(parsed.declared).toBe(shingleHashes(source).length);
    expect(new Set(parsed.hashes)).toEqual(known);
  });
});
