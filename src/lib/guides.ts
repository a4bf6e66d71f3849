/**
 * Guides and the role library: the passages a guide quotes and the pages it
 * links must exist, and every role page is given the guides that fit it.
 * Pure: takes plain entries, so it runs the same in the build and in tests.
 */
import type { GuideData, GuideTopic } from './guide-schema.ts';
import { isFamilyRoot, roleFile, type RoleEntry } from './library.ts';
import { parseMarkedParagraph } from './passages.ts';

export interface GuideEntry {
  id: string;
  filePath?: string;
  data: GuideData;
  /** The MDX body, where authors place <Passage> and <RoleLink>. */
  body?: string;
  /** The file line the body starts on, so messages name lines of the file. */
  bodyLine?: number;
}

/** The file line on which `body` starts within `source` (1 when it cannot be found). */
export function bodyStartLine(source: string, body: string): number {
  const start = source.indexOf(body.trim());
  return start < 0 ? 1 : source.slice(0, start).split('\n').length;
}

/** A guide's file, for messages. */
export function guideFile(guide: Pick<GuideEntry, 'id' | 'filePath'>): string {
  return guide.filePath ?? `content/guides/${guide.id}.mdx`;
}

/** One `<Passage role="…" point={n} />` in a guide body. */
export interface PassageRef {
  role: string;
  point: number;
  line: number;
}

/** One reference to another page in a guide body: a role or guide component. */
export interface PageRef {
  kind: 'role' | 'guide';
  slug: string;
  line: number;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
const attribute = (tag: string, name: string) =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|\\{\\s*(?:"([^"]*)"|'([^']*)'|(\\d+))\\s*\\})`).exec(tag)?.slice(1).find(Boolean);

/** Every `<Passage …/>` in a guide body, with its line. */
export function findPassageRefs(body: string): PassageRef[] {
  return [...body.matchAll(/<Passage\b[^>]*>/g)].map((match) => ({
    role: attribute(match[0], 'role') ?? '',
    point: Number(attribute(match[0], 'point') ?? Number.NaN),
    line: lineAt(body, match.index),
  }));
}

/** Every `<RoleLink role="…">` and `<GuideLink guide="…">` in a guide body, with its line. */
export function findPageRefs(body: string): PageRef[] {
  return [...body.matchAll(/<(RoleLink|GuideLink)\b[^>]*>/g)].map((match) => ({
    kind: match[1] === 'RoleLink' ? ('role' as const) : ('guide' as const),
    slug: attribute(match[0], match[1] === 'RoleLink' ? 'role' : 'guide') ?? '',
    line: lineAt(body, match.index),
  }));
}

/** The words of analysis point `point`'s passage in a role's example letter, or undefined. */
export function passageText(role: Pick<RoleEntry, 'data'>, point: number): string | undefined {
  for (const paragraph of role.data.letter.body) {
    for (const run of parseMarkedParagraph(paragraph).runs) {
      if (run.kind === 'passage' && run.point === point) return run.text;
    }
  }
  return undefined;
}

/** Every problem with guides against the library, each naming the guide file, line and fault. */
export function checkGuides(guides: readonly GuideEntry[], roles: readonly RoleEntry[]): string[] {
  const problems: string[] = [];
  const byId = new Map(roles.map((role) => [role.id, role]));
  const guideIds = new Set(guides.map((guide) => guide.id));
  for (const guide of guides) {
    const file = guideFile(guide);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(guide.id))
      problems.push(`${file}: the file name must be a slug (lowercase words joined by hyphens)`);
    for (const slug of guide.data.roles) {
      if (!byId.has(slug)) problems.push(`${file}: roles lists "${slug}", which does not exist (no content/roles/${slug}.mdx)`);
    }
    const line = (ref: { line: number }) => ref.line + (guide.bodyLine ?? 1) - 1;
    for (const ref of findPassageRefs(guide.body ?? '')) {
      const where = `${file}: line ${line(ref)}: <Passage role="${ref.role}" point={${ref.point}}>`;
      const role = byId.get(ref.role);
      if (!role) problems.push(`${where}: no role "${ref.role}" (no content/roles/${ref.role}.mdx)`);
      else if (!Number.isInteger(ref.point) || passageText(role, ref.point) === undefined) {
        problems.push(`${where}: ${roleFile(role)} has no passage for point ${ref.point} (it has ${role.data.analysis.length} points)`);
      }
    }
    for (const ref of findPageRefs(guide.body ?? '')) {
      const missing = ref.kind === 'role' ? !byId.has(ref.slug) : !guideIds.has(ref.slug);
      if (missing) {
        const tag = ref.kind === 'role' ? `<RoleLink role="${ref.slug}">` : `<GuideLink guide="${ref.slug}">`;
        problems.push(`${file}: line ${line(ref)}: ${tag} points at a page that does not exist`);
      }
    }
  }
  return problems;
}

// The topic a reader at each level most needs after the letter itself.
const LEVEL_TOPIC: Partial<Record<RoleEntry['data']['level'], GuideTopic>> = {
  entry: 'no-experience',
  'career-change': 'career-change',
};

/**
 * The 2 or 3 guides a role page links, best first: the guide for its level
 * (a career-change page always gets the career-change guide), then guides that
 * name the role (or its job) as an example, then the step-by-step pillar.
 */
export function guidesForRole<T extends GuideEntry>(role: RoleEntry, guides: readonly T[], max = 3): T[] {
  const family = role.data.family ?? role.id;
  const byOrder = [...guides].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const levelTopic = LEVEL_TOPIC[role.data.level];
  const picks = [
    ...byOrder.filter((guide) => levelTopic !== undefined && guide.data.topics[0] === levelTopic),
    ...byOrder.filter((guide) => guide.data.roles.includes(role.id)),
    ...byOrder.filter((guide) => !isFamilyRoot(role) && guide.data.roles.includes(family)),
    ...byOrder.filter((guide) => guide.data.topics[0] === 'basics'),
    ...byOrder,
  ];
  return [...new Set(picks)].slice(0, max);
}
