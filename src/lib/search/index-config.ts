/**
 * What Pagefind indexes, in one place: the integration passes these settings
 * to Pagefind and the tests check the built pages against them. Role pages
 * mark their main content `data-pagefind-body`, so no other page is indexed.
 */

/** Folder of the search bundle, under the site root (and under BASE_PATH when served). */
export const PAGEFIND_DIR = 'pagefind';

/**
 * Never indexed, even inside a role's main content. The role page already
 * wraps its table of contents and template in `data-pagefind-ignore`; these
 * catch anything added later (a form control's label is not an answer to a
 * search, nor is a template placeholder such as `[COMPANY NAME]`).
 */
export const PAGEFIND_EXCLUDE = [
  'nav',
  'form',
  'fieldset',
  'label',
  'button',
  'input',
  'select',
  'textarea',
  'noscript',
  'template-filler',
  '[data-template-text]',
  '.placeholder',
  '.passage-ref',
  // In-page jumps ("Show passage 2 in the letter") and the analysis points' number badges are navigation, not content.
  'a[href^="#"]',
  '.point h3 > span',
] as const;

/**
 * How much of the word index goes in each file Pagefind writes, in word
 * positions (Pagefind's default is 20,000). A search fetches only the files
 * holding its words, so smaller files mean fewer bytes per search: on the
 * 40-role library a first search for "how long should it be" fetched 94 KB
 * of index with the default and 21 KB with this. Pagefind 1.6 reads it from
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; should a later version drop that, the
 * first-search byte budget in tests/e2e/search.test.ts is the alarm.
 */
export const INDEX_CHUNK_SIZE = 2500;

/** The filters a role page declares with `data-pagefind-filter`, in the order the search page shows them. */
export const SEARCH_FILTERS = [
  { key: 'industry', label: 'Industry' },
  { key: 'level', label: 'Experience level' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];
