import { describe, expect, it } from 'vitest';
import { buildBackground, readCommonness } from '../../src/lib/matcher/background.ts';

// 6,001 made-up "English" words by rank, most common first: "the", then letters-only stand-ins.
const english = [
  'the',
  ...Array.from({ length: 6000 }, (_, rank) => `w${rank + 1}`.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)),
];

describe('buildBackground', () => {
  it('bands English words by rank, by their singular key, and leaves rarer ones out', () => {
    const { english: bands } = buildBackground(['the', 'Teams', 'team', ...english.slice(1)], []);
    expect(bands[0]!.split(' ')).toEqual(expect.arrayContaining(['the', 'team']));
    expect(
      bands
        .join(' ')
        .split(' ')
        .filter((word) => word === 'team'),
    ).toHaveLength(1);
    expect(bands.join(' ')).not.toContain(english[5000]!);
  });

  it('marks the words most role pages share, and the trade phrases several but not most use', () => {
    const pages = [
      ...Array.from({ length: 18 }, (_, index) => `Our team ran page ${index}.`),
      'Our team posted journal entries daily.',
      'Our team checked journal entries and cycle counts.',
    ];
    const background = buildBackground(english, pages);
    expect(background.library[0]!.split(' ')).toEqual(expect.arrayContaining(['our', 'team']));
    expect(background.phrases.split('|')).toContain('journal entry');
    // One page is not a trade; every page is how letters talk.
    expect(background.phrases.split('|')).not.toContain('cycle count');
    expect(background.phrases.split('|')).not.toContain('team ran');
  });
});

describe('readCommonness', () => {
  it('takes the higher of a word’s English and library commonness; unknown words are rare', () => {
    const commonness = readCommonness({ english: ['the', '', '', 'kitchen'], library: ['team', '', ''], phrases: '' });
    expect(commonness.get('the')).toBe(1);
    expect(commonness.get('team')).toBe(1);
    expect(commonness.get('kitchen')).toBe(0.5);
    expect(commonness.get('haccp')).toBeUndefined();
  });
});
