/**
 * What a social card shows, and the card as a satori element tree: plain
 * objects of the shape satori reads (`{ type, props: { style, children } }`),
 * so no JSX or React is needed. Pure: the same card always gives the same tree,
 * which is what the render cache hashes.
 */
import { absoluteUrl, cardImagePath } from '../paths.ts';
import { LEVEL_LABELS, type Level } from '../role-schema.ts';
import { roleHeading, SITE_NAME, type HeadImage } from '../seo.ts';
import { CARD_COLOURS, CARD_SIZE } from './settings.ts';

/** The text on one card, and where its PNG is served. */
export interface Card {
  /** The PNG's path under /og/, without extension: `cover-letters/chef`, `guides/how-to-…`. */
  slug: string;
  /** The page's heading. */
  title: string;
  /** The line above the title: "Entry level · Healthcare", or "Guide". */
  eyebrow: string;
  site: string;
}

/** A role page's card: its heading, level and industry. */
export function roleCard(role: { slug: string; title: string; level: Level; industry: string }): Card {
  return {
    slug: `cover-letters/${role.slug}`,
    title: roleHeading(role.title),
    eyebrow: `${LEVEL_LABELS[role.level]} · ${role.industry}`,
    site: SITE_NAME,
  };
}

/** A guide's card: its title, marked as a guide. */
export function guideCard(guide: { slug: string; title: string }): Card {
  return { slug: `guides/${guide.slug}`, title: guide.title, eyebrow: 'Guide', site: SITE_NAME };
}

/** The card's alt text: the words it shows, in reading order, each part ended as a sentence. */
export function cardAlt(card: Card): string {
  const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
  return [card.title, card.eyebrow.replace(' · ', ', '), card.site].map(sentence).join(' ');
}

/** The head image for a page's card on the deployed site. */
export function cardImage(card: Card, site: string | URL, base: string): HeadImage {
  return { url: absoluteUrl(site, base, cardImagePath(card.slug)), ...CARD_SIZE, alt: cardAlt(card) };
}

/** A node of satori's element tree. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

/** Space left and right of the text, which the title never enters. */
export const PADDING_X = 80;
/** The title never takes more lines than this; a longer one ends in an ellipsis. */
export const TITLE_MAX_LINES = 4;

/** Shorter titles set larger; the longest a role can have (71 characters) fits 3 lines at 72 px. */
export function titleFontSize(title: string): number {
  if (title.length <= 32) return 88;
  if (title.length <= 72) return 72;
  return 60;
}

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** The card as satori draws it: an accent rule, the eyebrow, the title, and the site name at the foot. */
export function cardElement(card: Card): CardNode {
  const fontSize = titleFontSize(card.title);
  return div(
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      // The size includes the rule and the padding, as on the site (Tailwind's preflight).
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: CARD_COLOURS.background,
      borderTop: `16px solid ${CARD_COLOURS.accent}`,
      padding: `56px ${PADDING_X}px 56px`,
      fontFamily: 'Inter',
      color: CARD_COLOURS.text,
    },
    [
      div({ fontSize: 34, fontWeight: 700, color: CARD_COLOURS.accent }, card.eyebrow),
      div(
        {
          display: 'block',
          marginTop: 24,
          fontSize,
          fontWeight: 700,
          lineHeight: 1.12,
          letterSpacing: '-0.02em',
          lineClamp: TITLE_MAX_LINES,
          overflow: 'hidden',
        },
        card.title,
      ),
      // Pushes the site name to the foot of the card, however many lines the title takes.
      div({ flexGrow: 1 }),
      div({ display: 'flex', alignItems: 'center', paddingTop: 28, borderTop: `2px solid ${CARD_COLOURS.rule}` }, [
        div({ width: 28, height: 28, borderRadius: 6, backgroundColor: CARD_COLOURS.accent }),
        div({ marginLeft: 16, fontSize: 36, fontWeight: 700 }, card.site),
      ]),
    ],
  );
}
