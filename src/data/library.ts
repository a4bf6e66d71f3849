/**
 * The library as the pages see it: every role and industry, checked once
 * across entries. A broken cross-reference stops the build with a message
 * naming each file and field, rather than rendering a page with a dead link.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkLibrary, groupByIndustry, sortRoles } from '../lib/library.ts';

export type Role = CollectionEntry<'roles'>;
export type Industry = CollectionEntry<'industries'>;

let loaded: Promise<{ roles: Role[]; industries: Industry[] }> | undefined;

async function load() {
  const [roles, industries] = await Promise.all([getCollection('roles'), getCollection('industries')]);
  const problems = checkLibrary(roles, industries);
  if (problems.length > 0) {
    throw new Error(`The role library has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
  return { roles: sortRoles(roles), industries };
}

/** Every role (A to Z) and industry, loaded and checked once per build. */
export function getLibrary() {
  loaded ??= load();
  return loaded;
}

/** Industries in site order, each with its roles A to Z. */
export async function getIndustryGroups() {
  const { roles, industries } = await getLibrary();
  return groupByIndustry(roles, industries);
}
