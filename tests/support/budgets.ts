/**
 * The byte budgets (gzipped), in one place: the budget tests enforce them on
 * every `npm test`, and `npm run bench` prints the real site against them.
 */
const KB = 1024;

export const BUDGETS = {
  rolePage: { html: 40 * KB, css: 12 * KB, js: 6 * KB },
  /** Home, the role list, industry pages and the 404 page: only the search box's on-demand loader. */
  otherPages: { css: 12 * KB, js: 2 * KB },
  /**
   * The search page is the search UI, so it runs on load (results for `?q=` are
   * its first paint). It gets the role page's island budget, not the 2 KB loader's.
   */
  searchPage: { css: 12 * KB, js: 6 * KB },
  /** Everything a reader's first search fetches: our popup's code, Pagefind, index chunks, result data. */
  firstSearch: 150 * KB,
  /** The job-posting matcher on a role page, fetched when its disclosure first opens: its UI, the engine and the engine's data. */
  matcher: 40 * KB,
  /** Each role page's and guide's social card, a PNG: raw bytes, as a crawler fetches it. */
  socialCard: 60 * KB,
} as const;
