/**
 * `npm run new:role -- "Data Analyst" --industry technology [--level entry]`
 * `npm run new:role -- "Registered Nurse" --level entry --family registered-nurse`
 * Writes a schema-valid skeleton to content/roles/{slug}.mdx for an author to
 * fill in. Refuses a slug that already exists, and a level its job already has.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readIndustries, readRoleFiles, type RoleFile } from '../lib/entry-files.ts';
import { LEVELS, type Level } from '../lib/role-schema.ts';
import { familyId, familyMembers, isFamilyRoot } from '../lib/library.ts';
import { levelTitle, roleSlug, scaffoldRole } from '../lib/scaffold.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const usage = `usage: npm run new:role -- "Role Title" --industry <industry-id> [--level entry|mid|senior|career-change]
   or: npm run new:role -- "Role Title" --level <level> --family <main-entry-slug>   (another level of a job)`;

function fail(message: string): never {
  console.error(`new:role: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { industry: { type: 'string' }, level: { type: 'string' }, family: { type: 'string' } },
});
const job = positionals.join(' ').trim();
if (!job) fail(`a role title is required\n${usage}`);
if (values.level && !(LEVELS as readonly string[]).includes(values.level)) fail(`--level must be one of: ${LEVELS.join(', ')}`);
const level = (values.level as Level | undefined) ?? 'mid';
const roles = readRoleFiles(join(contentDir, 'roles')).filter((entry): entry is RoleFile => 'data' in entry);

// A level of an existing job takes the job's industry and related roles, and its level in the title.
const root = values.family === undefined ? undefined : roles.find((role) => role.id === values.family);
if (values.family !== undefined) {
  if (!root) fail(`--family "${values.family}" has no entry (no ${join(contentDir, 'roles', `${values.family}.mdx`)})`);
  if (!isFamilyRoot(root)) fail(`--family "${values.family}" is itself a level of "${familyId(root)}"; give the job's main entry`);
  if (!values.level) fail(`--family needs --level: which level of ${root.data.title} is the new page for?`);
  const taken = familyMembers(root, roles).find((member) => member.data.level === level);
  if (taken) fail(`${taken.filePath ?? taken.id} is already the ${level} page of ${root.data.title}`);
}
const industryIds = readIndustries(join(contentDir, 'industries.yaml')).map((industry) => industry.id);
const industry = values.industry ?? root?.data.industry;
if (!industry || !industryIds.includes(industry)) {
  fail(`--industry must be one of: ${industryIds.join(', ')}\n${usage}`);
}

const title = root ? levelTitle(job, level) : job;
const slug = roleSlug(title);
if (!slug) fail(`"${title}" gives an empty slug; use letters or digits`);
const file = join(contentDir, 'roles', `${slug}.mdx`);
if (existsSync(file)) fail(`${file} already exists; edit it, or choose another title`);

// Relate the new role to its job's main page and that page's related roles, else to others in its industry first.
const ranked = root
  ? [root, ...root.data.related.flatMap((id) => roles.filter((role) => role.id === id))]
  : [...roles.filter((role) => role.data.industry === industry), ...roles.filter((role) => role.data.industry !== industry)];
const related = ranked.slice(0, root ? 4 : 3).map((role) => role.id);
if (related.length < 3) fail('at least 3 existing roles are needed to relate the new one to');

writeFileSync(
  file,
  scaffoldRole({ title, industry, level, ...(root ? { family: root.id } : {}), related, today: new Date().toISOString().slice(0, 10) }),
);
console.log(`Wrote ${file}. Replace every TODO, mark passages as {1: ...}, then run npm test.`);
