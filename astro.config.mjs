// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

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
  integrations: [mdx(), sitemap()],
  // A strict Content-Security-Policy in every page's <head>: Astro hashes the
  // scripts and styles it bundles; nothing else may run. Pagefind's WebAssembly
  // needs 'wasm-unsafe-eval' (not 'unsafe-eval') and a blob: worker.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: { plugins: [tailwindcss()] },
});
