/**
 * `/og/cover-letters/{slug}.png` and `/og/guides/{slug}.png`: each role page's
 * and guide's social card, rendered at build time (or taken from the cache).
 * With `OG_CARDS=off` there are none, and no page names one.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCards } from '../../data/cards.ts';
import { cardElement, type Card } from '../../lib/og/card.ts';
import { CARD_FONTS } from '../../lib/og/fonts.ts';
import { cachedCardPng } from '../../lib/og/render.ts';
import { cardSettings } from '../../lib/og/settings.ts';

export const getStaticPaths = (async () => {
  if (!cardSettings().enabled) return [];
  return (await getCards()).map((card) => ({ params: { card: card.slug }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const png = await cachedCardPng(cardElement(props.card), CARD_FONTS, cardSettings().cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
