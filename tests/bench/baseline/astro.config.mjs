// @ts-check
// The bare baseline the benchmark compares our build with: Astro and MDX over
// the same generated entries, one plain layout, no components, Tailwind or search.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // A private cache per run, so a warm content store never flatters a later build.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
});
