/**
 * Draws a card: satori lays the element tree out as SVG, resvg rasterises it
 * to PNG. Each PNG is cached under a hash of everything that decides its
 * pixels (the element tree with its text and styles, the size, the fonts'
 * bytes and both renderers' versions), so a rebuild renders only cards whose
 * page or design changed, and a stale card can never be served.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CardNode } from './card.ts';
import type { CardFont } from './fonts.ts';
import { CARD_SIZE } from './settings.ts';

const require = createRequire(import.meta.url);

/** The installed renderers' versions: an upgrade may draw differently, so it renews the cache. */
export const RENDERER_VERSIONS = {
  satori: (require('satori/package.json') as { version: string }).version,
  resvg: (require('@resvg/resvg-js/package.json') as { version: string }).version,
};

// The renderers load on the first cache miss only: a rebuild with every card cached never loads them.

/** The card as SVG, text drawn as paths, so the PNG needs no font. */
export async function renderCardSvg(element: CardNode, fonts: readonly CardFont[]): Promise<string> {
  const { default: satori } = await import('satori');
  // satori types its input as a React node; the plain element tree is what React would hand it.
  return satori(element as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: fonts as CardFont[] });
}

/** The card as PNG bytes, at exactly CARD_SIZE. */
export async function renderCardPng(element: CardNode, fonts: readonly CardFont[]): Promise<Buffer> {
  const [svg, { Resvg }] = await Promise.all([renderCardSvg(element, fonts), import('@resvg/resvg-js')]);
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}

/** The cache key of a card: a hash of everything that decides its pixels. */
export function cardHash(element: CardNode, fonts: readonly CardFont[], versions = RENDERER_VERSIONS): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ element, size: CARD_SIZE, versions }));
  for (const font of fonts) hash.update(`${font.name} ${font.weight} ${font.style}`).update(font.data);
  return hash.digest('hex').slice(0, 32);
}

/** The card's PNG from the cache in `cacheDir`, rendering and storing it first if absent. */
export async function cachedCardPng(element: CardNode, fonts: readonly CardFont[], cacheDir: string): Promise<Buffer> {
  const file = join(cacheDir, `${cardHash(element, fonts)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const png = await renderCardPng(element, fonts);
  await mkdir(cacheDir, { recursive: true });
  // Written aside, then renamed: a build running beside this one never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
