// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { matcherBackground } from './src/integrations/matcher-background.ts';
import mdxFrontmatter from './src/integrations/mdx-frontmatter.ts';
import pagefind from './src/integrations/pagefind.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp.ts';

// SITE_URL: the absolute origin pages are served from (canonical URLs, sitemap, Open Graph).
// BASE_PATH: a sub-path to build the site under, e.g. /letters/.
const site = process.env.SITE_URL ?? 'https://dearhiring.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  // mdxFrontmatter before mdx(): entries' MDX modules compile from their body alone.
  integrations: [mdxFrontmatter(), mdx(), sitemap(), pagefind()],
  // A strict Content-Security-Policy in every page's <head> (see src/lib/csp.ts):
  // Astro hashes the scripts and styles it bundles; nothing else may run.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  // Stylesheets stay files so the _headers policy (no hashes) allows them too.
  build: { inlineStylesheets: 'never' },
  // matcherBackground: the posting matcher's word table, made from our library at build time.
  vite: { plugins: [tailwindcss(), matcherBackground()] },
});
