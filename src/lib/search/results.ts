/**
 * Pagefind's answer shaped for readers: one result per page (a role page or a
 * guide, which says so in its `kind` meta), with its best-matching headings (a
 * tip, an FAQ question, a guide's section), the role-page section each sits
 * in, and a marked excerpt.
 */
import { ROLE_SECTIONS } from '../sections.ts';
import { parseExcerpt, type ExcerptRun } from './excerpt.ts';

/** An element with an id on an indexed page, as Pagefind reports it. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** The part of a Pagefind sub-result (a matching region after a heading with an id) that we use. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  anchor?: PagefindAnchor;
}

/** The part of a Pagefind result's loaded data that we use. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

/** One place on a role page that matched: links straight to its heading. */
export interface SearchMatch {
  url: string;
  heading: string;
  /** The page section it sits in ("Tips", "FAQ"...); absent for the page's opening. */
  section?: string;
  excerpt: ExcerptRun[];
}

/** One role that matched, with its best matches first. */
export interface RoleResult {
  url: string;
  title: string;
  industry?: string;
  level?: string;
  /** What kind of page it is when not a role page, e.g. "Guide". */
  kind?: string;
  matches: SearchMatch[];
  /** Matches on the page beyond those listed. */
  moreMatches: number;
}

const SECTION_LABELS = new Map<string, string>(ROLE_SECTIONS.map((section) => [section.id, section.label]));

/** The label of the page section an element at `location` sits in, from the page's anchors. */
export function sectionAt(anchors: readonly PagefindAnchor[], location: number): string | undefined {
  let label: string | undefined;
  for (const anchor of anchors) {
    if (anchor.location > location) break;
    label = SECTION_LABELS.get(anchor.id) ?? label;
  }
  return label;
}

/** How strongly a region matched: the sum of Pagefind's scores for its matching words. */
function scoreOf(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
}

/** Shapes one loaded Pagefind result into a role result listing at most `maxMatches` matches, best first. */
export function toRoleResult(fragment: PagefindFragment, maxMatches: number): RoleResult {
  const title = fragment.meta.title ?? fragment.url;
  const ranked = fragment.sub_results
    .map((sub, order) => ({ sub, order, score: scoreOf(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const matches = ranked.slice(0, maxMatches).map(({ sub }): SearchMatch => {
    const section = sub.anchor ? sectionAt(fragment.anchors, sub.anchor.location) : undefined;
    return {
      url: sub.url,
      heading: sub.anchor ? sub.title : 'Overview',
      ...(section ? { section } : {}),
      excerpt: parseExcerpt(sub.excerpt),
    };
  });
  if (matches.length === 0) matches.push({ url: fragment.url, heading: 'Overview', excerpt: parseExcerpt(fragment.excerpt) });
  return {
    url: fragment.url,
    title,
    ...(fragment.meta.industry ? { industry: fragment.meta.industry } : {}),
    ...(fragment.meta.level ? { level: fragment.meta.level } : {}),
    ...(fragment.meta.kind ? { kind: fragment.meta.kind } : {}),
    matches,
    moreMatches: Math.max(0, fragment.sub_results.length - matches.length),
  };
}

/**
 * The result count as a sentence, for the visible count and the screen reader
 * announcement. The query sits in a Unicode isolate, so right-to-left text
 * cannot reorder the sentence around it.
 */
export function describeCount(pages: number, query: string): string {
  const subject = pages === 0 ? 'No pages match' : pages === 1 ? '1 page matches' : `${pages} pages match`;
  return query ? `${subject} “\u2068${query}\u2069”` : `${subject} the chosen filters`;
}
