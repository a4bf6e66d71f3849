/**
 * Rules across the whole library (a role's industry and related roles must
 * exist) and the shapes the pages need from it (ids, groups, order). Pure:
 * takes plain entries, so it runs the same in the build and in unit tests.
 */
import { LEVELS, type IndustryData, type RoleData } from './role-schema.ts';
import { slugify } from './text.ts';

export interface RoleEntry {
  id: string;
  filePath?: string;
  data: RoleData;
}

export interface IndustryEntry {
  id: string;
  data: IndustryData;
}

/** A role's file, for messages: the entry's path when known, else where it would be. */
export function roleFile(role: Pick<RoleEntry, 'id' | 'filePath'>): string {
  return role.filePath ?? `content/roles/${role.id}.mdx`;
}

/** Every cross-entry problem in the library, each naming the file and field. */
export function checkLibrary(roles: readonly RoleEntry[], industries: readonly IndustryEntry[]): string[] {
  const problems: string[] = [];
  const industryIds = new Set(industries.map((industry) => industry.id));
  const roleIds = new Set(roles.map((role) => role.id));
  const byId = new Map(roles.map((role) => [role.id, role]));
  for (const role of roles) {
    const file = roleFile(role);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(role.id)) {
      problems.push(`${file}: the file name must be a slug (lowercase words joined by hyphens)`);
    }
    if (!industryIds.has(role.data.industry)) {
      problems.push(
        `${file}: industry "${role.data.industry}" does not exist in content/industries.yaml (known: ${[...industryIds].join(', ')})`,
      );
    }
    for (const related of role.data.related) {
      if (related === role.id) problems.push(`${file}: related lists the role itself`);
      else if (!roleIds.has(related)) problems.push(`${file}: related role "${related}" does not exist (no content/roles/${related}.mdx)`);
    }
    problems.push(...checkFamilyExists(role, byId));
    const ids = new Map<string, string>();
    for (const heading of headingIds(role.data)) {
      const clash = ids.get(heading.id);
      if (clash)
        problems.push(`${file}: ${heading.field} gives the heading id "${heading.id}", already used by ${clash}; set a distinct \`id\``);
      ids.set(heading.id, heading.field);
    }
  }
  problems.push(...checkLevelClashes(roles));
  return problems;
}

/** The id of the job a role is one level of: its `family`, or its own id on a job's main entry. */
export function familyId(role: Pick<RoleEntry, 'id' | 'data'>): string {
  return role.data.family ?? role.id;
}

/** A variant's family must be a job's main entry that exists. */
function checkFamilyExists(role: RoleEntry, byId: ReadonlyMap<string, RoleEntry>): string[] {
  const family = role.data.family;
  if (family === undefined || family === role.id) return [];
  const root = byId.get(family);
  if (!root) return [`${roleFile(role)}: family "${family}" has no entry (no content/roles/${family}.mdx)`];
  if (!isFamilyRoot(root)) {
    return [`${roleFile(role)}: family "${family}" is itself a level of "${familyId(root)}"; name the job's main entry`];
  }
  return [];
}

/** Two pages of one job may not claim the same level: each later file names the first. */
function checkLevelClashes(roles: readonly RoleEntry[]): string[] {
  const first = new Map<string, RoleEntry>();
  const problems: string[] = [];
  for (const role of [...roles].sort((a, b) => roleFile(a).localeCompare(roleFile(b)))) {
    const key = `${familyId(role)} ${role.data.level}`;
    const earlier = first.get(key);
    if (earlier) {
      problems.push(
        `${roleFile(role)}: ${roleFile(earlier)} is already the ${role.data.level} page of family "${familyId(role)}"; each level of a job has one page`,
      );
    } else first.set(key, role);
  }
  return problems;
}

/** The pages of one job, in level order (entry, mid, senior, career change). */
export function familyMembers<T extends RoleEntry>(role: T, roles: readonly T[]): T[] {
  const family = familyId(role);
  return roles.filter((other) => familyId(other) === family).sort((a, b) => LEVELS.indexOf(a.data.level) - LEVELS.indexOf(b.data.level));
}

/** Whether a role is its job's main entry (the page a job's card links to). */
export function isFamilyRoot(role: Pick<RoleEntry, 'id' | 'data'>): boolean {
  return familyId(role) === role.id;
}

/** The id of a tip's heading: its own `id`, else `tip-` and its title as a slug. */
export function tipId(tip: RoleData['tips'][number]): string {
  return tip.id ?? `tip-${slugify(tip.title)}`;
}

/** The id of an FAQ question's heading: its own `id`, else `faq-` and the question as a slug. */
export function faqId(item: RoleData['faq'][number]): string {
  return item.id ?? `faq-${slugify(item.question)}`;
}

function headingIds(role: RoleData): { id: string; field: string }[] {
  return [
    ...role.tips.map((tip, index) => ({ id: tipId(tip), field: `tips[${index}]` })),
    ...role.faq.map((item, index) => ({ id: faqId(item), field: `faq[${index}]` })),
  ];
}

/** Roles sorted A to Z by title. */
export function sortRoles<T extends RoleEntry>(roles: readonly T[]): T[] {
  return [...roles].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/** One job and its pages: the main entry first, then every level in level order. */
export interface Family<T extends RoleEntry> {
  root: T;
  members: T[];
}

/** Roles gathered into jobs, A to Z by the main entry's title. */
export function groupFamilies<T extends RoleEntry>(roles: readonly T[]): Family<T>[] {
  return sortRoles(roles.filter(isFamilyRoot)).map((root) => ({ root, members: familyMembers(root, roles) }));
}

/** Industries in their set order, each with its roles A to Z; empty industries are left out. */
export function groupByIndustry<T extends RoleEntry>(
  roles: readonly T[],
  industries: readonly IndustryEntry[],
): { industry: IndustryEntry; roles: T[] }[] {
  return [...industries]
    .sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'en'))
    .map((industry) => ({ industry, roles: sortRoles(roles.filter((role) => role.data.industry === industry.id)) }))
    .filter((group) => group.roles.length > 0);
}
