/**
 * The guides as the pages see them, checked once against the role library: a
 * quoted passage or a linked page that does not exist stops the build with a
 * message naming the guide file and line. Links inside role entries are
 * checked here too, since only here is every page of the site known.
 */
import { root } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { checkEntryLinks } from '../lib/entry-links.ts';
import { bodyStartLine, checkGuides } from '../lib/guides.ts';
import { getLibrary } from './library.ts';

export type Guide = CollectionEntry<'guides'>;

let loaded: Promise<Guide[]> | undefined;

async function load() {
  const [guides, { roles, industries }] = await Promise.all([getCollection('guides'), getLibrary()]);
  // Messages name lines of the file, not of the body alone.
  const located = guides.map((guide) => {
    // filePath is relative to the project root, which need not be where the build was started.
    const source = guide.filePath ? readFileSync(new URL(guide.filePath, root), 'utf8') : '';
    return { ...guide, bodyLine: bodyStartLine(source, guide.body ?? '') };
  });
  // Links inside role entries are checked here, where every page of the site is known.
  const problems = [...checkGuides(located, roles), ...checkEntryLinks(roles, guides, industries)];
  if (problems.length > 0) throw new Error(`The guides have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return guides.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'));
}

/** Every guide, in hub order, loaded and checked once per build. */
export function getGuides() {
  loaded ??= load();
  return loaded;
}
