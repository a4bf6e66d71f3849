import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardAlt, cardElement, cardImage, guideCard, PADDING_X, roleCard, type Card } from '../../src/lib/og/card.ts';
import { CARD_FONTS } from '../../src/lib/og/fonts.ts';
import { cachedCardPng, cardHash, renderCardPng, renderCardSvg } from '../../src/lib/og/render.ts';
import { CARD_COLOURS, cardSettings, DEFAULT_CACHE_DIR } from '../../src/lib/og/settings.ts';
import { pngSize } from '../support/png.ts';

const nurse = roleCard({ slug: 'registered-nurse', title: 'Registered Nurse', level: 'mid', industry: 'Healthcare' });
const entryNurse = roleCard({
  slug: 'entry-level-registered-nurse',
  title: 'Entry-Level Registered Nurse',
  level: 'entry',
  industry: 'Healthcare',
});
const guide = guideCard({ slug: 'how-long-should-a-cover-letter-be', title: 'How Long Should a Cover Letter Be?' });

describe('what a card shows', () => {
  it("shows a role page's heading, its level and industry, and the site name", () => {
    expect(nurse).toEqual({
      slug: 'cover-letters/registered-nurse',
      title: 'Registered Nurse Cover Letter Example',
      eyebrow: 'Mid level · Healthcare',
      site: 'Dear Hiring',
    });
  });

  it('names the level of a level page', () => {
    expect(entryNurse.title).toBe('Entry-Level Registered Nurse Cover Letter Example');
    expect(entryNurse.eyebrow).toBe('Entry level · Healthcare');
  });

  it("shows a guide's title, marked as a guide", () => {
    expect(guide).toEqual({
      slug: 'guides/how-long-should-a-cover-letter-be',
      title: 'How Long Should a Cover Letter Be?',
      eyebrow: 'Guide',
      site: 'Dear Hiring',
    });
  });

  it('describes itself in its alt text with the words it shows', () => {
    expect(cardAlt(nurse)).toBe('Registered Nurse Cover Letter Example. Mid level, Healthcare. Dear Hiring.');
    expect(cardAlt(guide)).toBe('How Long Should a Cover Letter Be? Guide. Dear Hiring.');
  });

  it('is served from /og/ under the base path, at 1200 x 630', () => {
    expect(cardImage(nurse, 'https://example.org', '/letters/')).toEqual({
      url: 'https://example.org/letters/og/cover-letters/registered-nurse.png',
      width: 1200,
      height: 630,
      alt: cardAlt(nurse),
    });
  });
});

describe('card settings', () => {
  it('renders cards into node_modules/.cache by default', () => {
    expect(cardSettings({})).toEqual({ enabled: true, cacheDir: DEFAULT_CACHE_DIR });
  });

  it('skips cards with OG_CARDS=off and moves the cache with OG_CACHE_DIR', () => {
    expect(cardSettings({ OG_CARDS: 'off', OG_CACHE_DIR: '/tmp/cards' })).toEqual({ enabled: false, cacheDir: '/tmp/cards' });
  });
});

describe('the cache key', () => {
  const hash = (card: Card) => cardHash(cardElement(card), CARD_FONTS);

  it('is the same for the same card, and for another page showing the same words', () => {
    expect(hash(nurse)).toBe(hash({ ...nurse }));
    expect(hash({ ...nurse, slug: 'cover-letters/nurse' })).toBe(hash(nurse));
  });

  it('changes when the title, the eyebrow or the renderer changes', () => {
    expect(hash({ ...nurse, title: 'Registered Nurse Cover Letter Sample' })).not.toBe(hash(nurse));
    expect(hash({ ...nurse, eyebrow: 'Senior · Healthcare' })).not.toBe(hash(nurse));
    expect(cardHash(cardElement(nurse), CARD_FONTS, { satori: '0.0.0', resvg: '0.0.0' })).not.toBe(hash(nurse));
  });
});

/** The card's pixels, RGBA, from the same SVG the PNG is made from. */
async function pixels(card: Card) {
  const image = new Resvg(await renderCardSvg(cardElement(card), CARD_FONTS)).render();
  // Read once: each read of `pixels` copies the whole image out of resvg.
  const data = image.pixels;
  const at = (x: number, y: number) => [...data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];
  return { at };
}

const hex = (colour: string) => [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));

describe('rendering', () => {
  it('draws a 1200 x 630 PNG', async () => {
    const png = await renderCardPng(cardElement(nurse), CARD_FONTS);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('wraps a long title and keeps it inside the margins and above the site name', async () => {
    const long: Card = { ...nurse, title: `${'Senior Clinical Documentation Improvement Specialist '.repeat(4)}Cover Letter Example` };
    const [short, wrapped] = await Promise.all([pixels(nurse), pixels(long)]);
    const background = hex(CARD_COLOURS.background).join();
    const strayInMargin: string[] = [];
    const movedInFoot: string[] = [];
    // The right margin (below the accent rule) holds nothing but background.
    for (let y = 16; y < 630; y += 2) {
      for (let x = 1200 - PADDING_X + 4; x < 1200; x += 2) if (wrapped.at(x, y).join() !== background) strayInMargin.push(`${x},${y}`);
    }
    // The foot of the card, with the site name, is the same however long the title is.
    for (let y = 630 - 130; y < 630; y += 2) {
      for (let x = 0; x < 1200; x += 2) if (wrapped.at(x, y).join() !== short.at(x, y).join()) movedInFoot.push(`${x},${y}`);
    }
    expect(strayInMargin).toEqual([]);
    expect(movedInFoot).toEqual([]);
    // And the title did wrap: ink reaches further down than one line of it would.
    const inkRows = (picture: typeof short) =>
      Array.from({ length: 630 - 130 - 120 }, (_, i) => 120 + i).filter((y) =>
        Array.from({ length: 40 }, (_, j) => PADDING_X + j * 25).some((x) => picture.at(x, y)[0]! < 128),
      );
    expect(Math.max(...inkRows(wrapped))).toBeGreaterThan(Math.max(...inkRows(short)) + 100);
  });

  it('renders a card once, then serves it from the cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dear-hiring-og-cache-'));
    const first = await cachedCardPng(cardElement(guide), CARD_FONTS, cacheDir);
    expect(readdirSync(cacheDir)).toEqual([`${cardHash(cardElement(guide), CARD_FONTS)}.png`]);
    const second = await cachedCardPng(cardElement(guide), CARD_FONTS, cacheDir);
    expect(second.equals(first)).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });
});
