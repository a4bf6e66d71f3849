/**
 * The social cards' fixed settings: their size, their colours (the site's own
 * palette, from src/styles/global.css and Tailwind's stone scale), and where
 * rendered cards are cached. Environment variables turn cards off or move the
 * cache; they are read here only.
 */

/** The size Open Graph and Twitter's large card expect: 1.91 to 1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Colours of the site's light theme; every text colour passes 4.5:1 on the background. */
export const CARD_COLOURS = {
  /** stone-50, the page background. */
  background: '#fafaf9',
  /** stone-900, the body text. */
  text: '#1c1917',
  /** stone-300, the chips' borders. */
  rule: '#d6d3d1',
  /** accent-700, links and the current level's chip. */
  accent: '#0f5e52',
} as const;

/** Where cards are cached by default, relative to the folder the build runs in. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/dear-hiring-og';

export interface CardSettings {
  /** False when `OG_CARDS=off`: no card is rendered and no page names one. */
  enabled: boolean;
  /** `OG_CACHE_DIR`, or the default. */
  cacheDir: string;
}

/** The card settings for an environment (the process's own by default). */
export function cardSettings(env: Record<string, string | undefined> = process.env): CardSettings {
  return {
    // The benchmark's bare builds turn cards off, to measure what cards cost.
    enabled: env.OG_CARDS !== 'off',
    cacheDir: env.OG_CACHE_DIR || DEFAULT_CACHE_DIR,
  };
}
