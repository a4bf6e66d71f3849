/**
 * The social cards of the site: one per role page (level pages included) and
 * one per guide, made from the same entries the pages are. Pages call the
 * `cardOf…` functions for their own card, the card endpoint lists them all.
 */
import { roleCard, guideCard, type Card } from '../lib/og/card.ts';
import { getGuides, type Guide } from './guides.ts';
import { getLibrary, type Industry, type Role } from './library.ts';

/** A role page's card. */
export function cardOfRole(role: Role, industry: Industry): Card {
  return roleCard({ slug: role.id, title: role.data.title, level: role.data.level, industry: industry.data.name });
}

/** A guide's card. */
export function cardOfGuide(guide: Guide): Card {
  return guideCard({ slug: guide.id, title: guide.data.title });
}

/** Every card on the site. */
export async function getCards(): Promise<Card[]> {
  const [{ roles, industries }, guides] = await Promise.all([getLibrary(), getGuides()]);
  return [
    ...roles.map((role) =>
      cardOfRole(
        role,
        industries.find((industry) => industry.id === role.data.industry)!,
      ),
    ),
    ...guides.map(cardOfGuide),
  ];
}
