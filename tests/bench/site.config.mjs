// @ts-check
// Our real site's config, with Astro's cache in a folder of the benchmark's
// own (CACHE_DIR): the default (node_modules/.astro) is shared with every
// other build in this checkout, and a warm content store would flatter a run.
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro' };
