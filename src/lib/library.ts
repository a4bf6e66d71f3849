/**
 * Rules across the whole library (a role's industry and related roles must
 * exist) and the shapes the pages need from it (ids, groups, order). Pure:
 * takes plain entries, so it runs the same in the build and in unit tests.
 */
import type { IndustryData, RoleData } from './role-schema.ts';
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
    const ids = new Map<string, string>();
    for (const heading of headingIds(role.data)) {
      const clash = ids.get(heading.id);
      if (clash)
        problems.push(`${file}: ${heading.field} gives the heading id "${heading.id}", already used by ${clash}; set a distinct \`id\``);
      ids.set(heading.id, heading.field);
    }
  }
  return problems;
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
