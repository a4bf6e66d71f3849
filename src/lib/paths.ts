/**
 * Every internal URL on the site, in one place, so a `BASE_PATH` build links
 * correctly everywhere. Functions take the base explicitly to stay pure;
 * components pass `import.meta.env.BASE_URL`.
 */

/** Joins the site base and a root-relative path: ('/letters/', '/search/') → '/letters/search/'. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** The path of a role page, without base. */
export function rolePath(slug: string): string {
  return `/cover-letters/${slug}/`;
}

/** The path of a guide, without base. */
export function guidePath(slug: string): string {
  return `/guides/${slug}/`;
}

/** The path of an industry page, without base. */
export function industryPath(slug: string): string {
  return `/industries/${slug}/`;
}

/** The path of a page's social card, without base: ('guides/how-to-…') → '/og/guides/how-to-….png'. */
export function cardImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

/** The absolute URL of a path on the deployed site. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
