/**
 * Social cards as a crawler meets them: every role page and guide names a
 * 1200 x 630 PNG in its Open Graph and Twitter tags, the file is in the
 * build, within budget, and no two pages share a card.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../support/budgets.ts';
import { listFiles, meta, readPages } from '../support/dist.ts';
import { pngSize } from '../support/png.ts';

const dist = inject('distDir');
const pages = readPages(dist);
const carded = pages.filter((page) => /^(cover-letters|guides)\/[^/]+\/index\.html$/.test(page.file));

/** The card a page names, read from the build. */
function cardOf(page: (typeof pages)[number]) {
  const url = meta(page.root, 'og:image');
  if (!url) return undefined;
  const file = new URL(url).pathname.slice(1);
  const bytes = readFileSync(join(dist, file));
  return { url, file, bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

describe('social cards', () => {
  it('are named by every role page and guide', () => {
    expect(carded.length).toBeGreaterThan(100);
    expect(carded.filter((page) => !cardOf(page)).map((page) => page.file)).toEqual([]);
  });

  it.each(carded.map((page) => [page.path, page] as const))('%s names a 1200 x 630 PNG within budget', (_, page) => {
    const card = cardOf(page)!;
    expect(new URL(card.url).pathname).toBe(`/og${page.path.slice(0, -1)}.png`);
    expect(pngSize(card.bytes)).toEqual({ width: 1200, height: 630 });
    expect(card.bytes.length).toBeLessThanOrEqual(BUDGETS.socialCard);
    expect(meta(page.root, 'og:image:width')).toBe('1200');
    expect(meta(page.root, 'og:image:height')).toBe('630');
    // The alt text says what the card shows, starting with the page's heading.
    const heading = page.root.querySelector('h1')!.textContent.trim();
    expect(meta(page.root, 'og:image:alt')).toMatch(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* Dear Hiring\\.$`));
    expect(meta(page.root, 'twitter:card')).toBe('summary_large_image');
    expect(meta(page.root, 'twitter:image')).toBe(card.url);
  });

  it('differ from page to page', () => {
    const hashes = carded.map((page) => cardOf(page)!.hash);
    expect(new Set(hashes).size).toBe(carded.length);
  });

  it('are all named by a page, so none is built for nothing', () => {
    const named = carded.map((page) => cardOf(page)!.file).sort();
    expect(listFiles(dist).filter((file) => file.startsWith('og/'))).toEqual(named);
  });

  it("leave other pages with Twitter's small card and no image", () => {
    for (const page of pages.filter((candidate) => !carded.includes(candidate))) {
      expect(meta(page.root, 'og:image'), page.file).toBeUndefined();
      expect(meta(page.root, 'twitter:card'), page.file).toBe('summary');
    }
  });

  it('print the heaviest card against its budget', () => {
    const heaviest = Math.max(...carded.map((page) => cardOf(page)!.bytes.length));
    console.log(
      `budget  heaviest of ${carded.length} social cards (raw PNG)          ${(heaviest / 1024).toFixed(1)} KB / ${BUDGETS.socialCard / 1024} KB`,
    );
    expect(heaviest).toBeLessThanOrEqual(BUDGETS.socialCard);
  });
});
