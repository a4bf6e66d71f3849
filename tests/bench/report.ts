/**
 * The benchmark's printed report: the figures table, our figures as ratios
 * to the bare baseline next to each target, the first-search cost per query,
 * and the real site's page weights against their budgets. Pure formatting.
 */
import { BUDGETS } from '../support/budgets.ts';
import { median, type SearchCost } from '../support/first-search.ts';

/** One build's figures: Astro's part and Pagefind's part, measured apart. */
export interface BuildFigures {
  /** HTML pages written. */
  pages: number;
  astroMs: number;
  /** CPU time (user + system) of every process but Pagefind's. */
  astroCpuMs: number;
  astroPeakRss: number;
  pagefindMs: number;
  pagefindCpuMs: number;
  pagefindPeakRss: number;
  distBytes: number;
  indexBytes: number;
}

/** Everything measured at one library size. */
export interface SizeResult {
  n: number;
  ours: BuildFigures;
  bare: BuildFigures;
  search: SearchCost[];
}

/** The real site's heaviest pages, in gzipped bytes. */
export interface SiteWeights {
  roleHtml: number;
  roleCss: number;
  roleJs: number;
  /** Home, the role list, industry pages and the 404 page. */
  browseCss: number;
  browseJs: number;
  /** The search page, which runs its search UI on load. */
  searchCss: number;
  searchJs: number;
  rolePages: number;
  browsePages: number;
  /** The heaviest social card, raw PNG bytes. */
  socialCard: number;
  /** The benchmark's queries as first searches on the real library. */
  firstSearch: SearchCost[];
}

const KB = 1024;
const MB = 1024 * KB;

/** The real library's build without social cards, and with them from an empty and a warm cache. */
export interface CardFigures {
  /** Cards in the build. */
  cards: number;
  offMs: number;
  coldMs: number;
  warmMs: number;
}

/** The targets from the issue, as ratios or bytes. */
export const TARGETS = {
  astroMsPerPage: 1.5,
  flatCost: 1.2,
  peakRss: 1.2,
  firstSearchMedian: 300 * KB,
  /** A rebuild whose cards are all cached, against a build without cards. */
  cardsWarm: 1.3,
} as const;

const perPage = (ms: number, pages: number) => ms / pages;
const fixed = (value: number, digits = 1) => value.toFixed(digits);
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const size = (bytes: number) => (bytes >= 10 * MB ? mb(bytes) : `${(bytes / MB).toFixed(1)} MB`);
const ratio = (value: number) => `${value.toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** A text table: right-aligned columns, left-aligned where `left` says so. */
export function table(header: string[], rows: string[][], left: number[] = []): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (left.includes(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** The main table: one row per build and size. */
export function figuresTable(results: readonly SizeResult[]): string {
  const rows = results.flatMap(({ n, ours, bare, search }) =>
    (
      [
        ['ours', ours, search],
        ['bare', bare, undefined],
      ] as const
    ).map(([label, figures, costs]) => [
      n.toLocaleString('en'),
      label,
      String(figures.pages),
      fixed(figures.astroMs / 1000),
      fixed(perPage(figures.astroMs, figures.pages)),
      fixed(perPage(figures.astroCpuMs, figures.pages)),
      mb(figures.astroPeakRss),
      fixed(figures.pagefindMs / 1000),
      fixed(perPage(figures.pagefindMs, figures.pages), 2),
      mb(figures.pagefindPeakRss),
      size(figures.distBytes),
      size(figures.indexBytes),
      costs && costs.length > 0
        ? `${kb(median(costs.map((cost) => cost.bytes)))} / ${kb(Math.max(...costs.map((cost) => cost.bytes)))}`
        : '-',
    ]),
  );
  return table(
    [
      'N',
      'site',
      'pages',
      'Astro s',
      'ms/page',
      'CPU ms/page',
      'Astro peak',
      'Pagefind s',
      'ms/page',
      'Pagefind peak',
      'dist',
      'index',
      'first search median / worst',
    ],
    rows,
    [1],
  );
}

/** Our figures divided by the baseline's, each against its target. */
export function ratiosReport(results: readonly SizeResult[]): string {
  const rows = results.map(({ n, ours, bare }) => {
    const wall = perPage(ours.astroMs, ours.pages) / perPage(bare.astroMs, bare.pages);
    const cpu = perPage(ours.astroCpuMs, ours.pages) / perPage(bare.astroCpuMs, bare.pages);
    const astroRss = ours.astroPeakRss / bare.astroPeakRss;
    const pagefindRss = ours.pagefindPeakRss / bare.pagefindPeakRss;
    return [
      n.toLocaleString('en'),
      `${ratio(wall)} ${verdict(wall <= TARGETS.astroMsPerPage)}`,
      `${ratio(cpu)} ${verdict(cpu <= TARGETS.astroMsPerPage)}`,
      `${ratio(astroRss)} ${verdict(astroRss <= TARGETS.peakRss)}`,
      `${ratio(pagefindRss)} ${verdict(pagefindRss <= TARGETS.peakRss)}`,
      ratio(ours.pagefindMs / ours.pages / (bare.pagefindMs / bare.pages)),
    ];
  });
  const lines = [
    table(
      [
        'N',
        `Astro ms/page (≤ ${TARGETS.astroMsPerPage}×)`,
        `Astro CPU ms/page (≤ ${TARGETS.astroMsPerPage}×)`,
        `Astro peak (≤ ${TARGETS.peakRss}×)`,
        `Pagefind peak (≤ ${TARGETS.peakRss}×)`,
        'Pagefind ms/page',
      ],
      rows,
    ),
  ];
  const at = (n: number) => results.find((result) => result.n === n);
  const [mid, large] = [at(1000), at(5000)];
  if (mid && large) {
    const flat = (pick: (result: SizeResult) => BuildFigures, cpu: boolean) => {
      const figure = (result: SizeResult) => {
        const figures = pick(result);
        return perPage(cpu ? figures.astroCpuMs : figures.astroMs, figures.pages);
      };
      return figure(large) / figure(mid);
    };
    const ours = flat((result) => result.ours, false);
    const oursCpu = flat((result) => result.ours, true);
    lines.push(
      '',
      `Flat cost, Astro ms/page at 5,000 ÷ at 1,000 (≤ ${TARGETS.flatCost}×): ours ${ratio(ours)} ${verdict(ours <= TARGETS.flatCost)}` +
        ` (CPU ${ratio(oursCpu)}); bare ${ratio(flat((result) => result.bare, false))} (CPU ${ratio(flat((result) => result.bare, true))})`,
    );
  }
  const searched = [...results].reverse().find((result) => result.search.length > 0);
  if (searched) {
    const bytes = searched.search.map((cost) => cost.bytes);
    const middle = median(bytes);
    lines.push(
      `First search at N = ${searched.n.toLocaleString('en')} (median < ${kb(TARGETS.firstSearchMedian)}): median ${kb(middle)} ${verdict(middle < TARGETS.firstSearchMedian)}, worst ${kb(Math.max(...bytes))}`,
    );
  }
  return lines.join('\n');
}

/** Bytes of each query's first search, one column per size. */
export function searchTable(results: readonly SizeResult[]): string {
  const searched = results.filter((result) => result.search.length > 0);
  if (searched.length === 0) return '';
  const queries = searched[0]!.search.map((cost) => cost.query);
  const rows = queries.map((query) => [
    query,
    ...searched.flatMap((result) => {
      const cost = result.search.find((candidate) => candidate.query === query);
      return cost ? [String(cost.results), kb(cost.bytes)] : ['-', '-'];
    }),
  ]);
  return table(['query', ...searched.flatMap((result) => [`hits@${result.n}`, `bytes@${result.n}`])], rows, [0]);
}

/** The real library's build time without cards, with cards drawn, and with cards from the cache. */
export function cardsReport(figures: CardFigures): string {
  const row = (label: string, ms: number, target?: number) => {
    const toOff = ms / figures.offMs;
    return [label, fixed(ms / 1000), ratio(toOff), target === undefined ? '' : `≤ ${target}× ${verdict(toOff <= target)}`];
  };
  return table(
    ['build', 'seconds', '÷ no cards', 'target'],
    [
      row('no cards (OG_CARDS=off)', figures.offMs),
      row(`${figures.cards} cards, empty cache`, figures.coldMs),
      row(`${figures.cards} cards, warm cache`, figures.warmMs, TARGETS.cardsWarm),
    ],
    [0],
  );
}

/** The real site's page weights against the budgets. */
export function weightsReport(weights: SiteWeights): string {
  const row = (label: string, value: number, budget: number) => [label, kb(value), kb(budget), verdict(value <= budget)];
  const searches = weights.firstSearch.map((cost) => cost.bytes);
  return table(
    ['heaviest page (gzipped)', 'size', 'budget', ''],
    [
      row(`role page HTML (of ${weights.rolePages})`, weights.roleHtml, BUDGETS.rolePage.html),
      row('role page CSS', weights.roleCss, BUDGETS.rolePage.css),
      row('role page JS on load', weights.roleJs, BUDGETS.rolePage.js),
      row(`other page CSS (of ${weights.browsePages})`, weights.browseCss, BUDGETS.otherPages.css),
      row('other page JS on load', weights.browseJs, BUDGETS.otherPages.js),
      row('search page CSS', weights.searchCss, BUDGETS.searchPage.css),
      row('search page JS on load', weights.searchJs, BUDGETS.searchPage.js),
      row('social card PNG (raw bytes)', weights.socialCard, BUDGETS.socialCard),
      ...(searches.length > 0
        ? [
            row(`first search, median of ${searches.length} queries`, median(searches), BUDGETS.firstSearch),
            row('first search, worst query', Math.max(...searches), BUDGETS.firstSearch),
          ]
        : []),
    ],
    [0],
  );
}
