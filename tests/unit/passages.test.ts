import { describe, expect, it } from 'vitest';
import { checkPassages, parseMarkedParagraph, toPlainParagraph } from '../../src/lib/passages.ts';

describe('passage marks', () => {
  it('splits a paragraph into text and numbered passages', () => {
    expect(parseMarkedParagraph('I led {2: a team of 6} for {1:two years}.').runs).toEqual([
      { kind: 'text', text: 'I led ' },
      { kind: 'passage', point: 2, text: 'a team of 6' },
      { kind: 'text', text: ' for ' },
      { kind: 'passage', point: 1, text: 'two years' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('shows readers the letter without marks', () => {
    expect(toPlainParagraph('I led {2: a team of 6}.')).toBe('I led a team of 6.');
  });

  it('accepts one passage per point', () => {
    expect(checkPassages(['{1: a} b', 'c {2: d}'], 2)).toEqual([]);
  });

  it('reports a point with no passage', () => {
    expect(checkPassages(['{1: a}'], 2)).toEqual(['analysis point 2 has no passage marked `{2: …}` in the letter']);
  });

  it('reports a passage with no point', () => {
    expect(checkPassages(['{1: a} {3: b}'], 1)).toEqual(['paragraph 1: passage {3: …} has no analysis point 3 (there are 1)']);
  });

  it('reports a point marked twice, a stray brace and an empty mark', () => {
    expect(checkPassages(['{1: a} {1: b}'], 1)).toEqual(['analysis point 1 is marked 2 times in the letter; mark one passage']);
    expect(checkPassages(['{1: a} and { oops'], 1)[0]).toContain('stray `{`');
    expect(checkPassages(['{1:}'], 1)[0]).toContain('is empty');
  });
});
