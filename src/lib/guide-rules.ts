/**
 * The writing standard for guides, as checks: long enough to teach the
 * question completely, taught with our own letters, and original. Run by the
 * content test; each message names the file, the rule and the figure.
 */
import { proseOf, sentences, STANDARD } from './content-rules.ts';
import { findPageRefs, findPassageRefs, guideFile, type GuideEntry } from './guides.ts';
import type { RoleEntry } from './library.ts';
import { findSharedRun } from './shingles.ts';
import { countWords } from './text.ts';

/** The measurable half of WRITING.md's "Guides". */
export const GUIDE_STANDARD = {
  words: 1200,
  passages: 3,
  roleLinks: 3,
} as const;

/**
 * A guide's own prose: the MDX body without component tags, keeping the text
 * between a link's tags and a comparison's two lines. Quoted passages are our
 * letters' words, not the guide's, so they do not count.
 */
export function guideProse(body: string): string {
  return body
    .replace(/<Passage\b[^>]*\/>/g, '')
    .replace(/<Compare\b([^>]*)\/>/g, (_, attributes: string) =>
      [...attributes.matchAll(/\b(?:weak|strong|why)=(?:"([^"]*)"|'([^']*)')/g)].map((match) => match[1] ?? match[2]).join('\n'),
    )
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`]/g, '');
}

/** Every rule one guide breaks on its own. */
export function checkGuide(guide: GuideEntry): string[] {
  const file = guideFile(guide);
  const body = guide.body ?? '';
  const problems: string[] = [];
  const words = countWords(guideProse(body));
  if (words < GUIDE_STANDARD.words) problems.push(`${file}: has ${words} words of its own; at least ${GUIDE_STANDARD.words} are needed`);
  const passages = new Set(findPassageRefs(body).map((ref) => `${ref.role} ${ref.point}`));
  if (passages.size < GUIDE_STANDARD.passages) {
    problems.push(`${file}: quotes ${passages.size} passages with <Passage>; at least ${GUIDE_STANDARD.passages} are needed`);
  }
  const linked = new Set([
    ...findPageRefs(body)
      .filter((ref) => ref.kind === 'role')
      .map((ref) => ref.slug),
    ...findPassageRefs(body).map((ref) => ref.role),
  ]);
  if (linked.size < GUIDE_STANDARD.roleLinks) {
    problems.push(`${file}: links ${linked.size} role pages in its text; at least ${GUIDE_STANDARD.roleLinks} are needed`);
  }
  if (/^#\s/m.test(body))
    problems.push(`${file}: the body has a level-1 heading; the page's title is its only h1, so start sections at ##`);
  return problems;
}

/** Guides against each other, the role library and the reference page: no shared sentence, no copied run, unique descriptions. */
export function checkGuidesAcross(
  guides: readonly GuideEntry[],
  roles: readonly (RoleEntry & { body?: string })[],
  options: { referenceShingles?: ReadonlySet<string> } = {},
): string[] {
  const problems: string[] = [];
  const firstSeen = new Map<string, string>();
  for (const role of roles)
    for (const sentence of sentences(proseOf(role.data, role.body ?? ''))) firstSeen.set(sentence, `content/roles/${role.id}.mdx`);
  const descriptions = new Map<string, string>();
  for (const guide of guides) {
    const file = guideFile(guide);
    const prose = guideProse(guide.body ?? '');
    for (const sentence of new Set(sentences(prose))) {
      const other = firstSeen.get(sentence);
      if (other) problems.push(`${file}: the sentence "${sentence}" also appears in ${other}`);
      else firstSeen.set(sentence, file);
    }
    if (options.referenceShingles) {
      const run = findSharedRun(prose, options.referenceShingles, STANDARD.sharedRun);
      if (run)
        problems.push(`${file}: "${run}" is ${STANDARD.sharedRun} words in a row from the reference page; write it in our own words`);
    }
    const twin = descriptions.get(guide.data.description);
    if (twin) problems.push(`${file}: description is the same as ${twin}'s`);
    descriptions.set(guide.data.description, file);
  }
  return problems;
}
