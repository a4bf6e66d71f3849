/**
 * `npm run new:role -- "Data Analyst" --industry technology [--level entry]`
 * Writes a schema-valid skeleton to content/roles/{slug}.mdx for an author to
 * fill in. Refuses a slug that already exists.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readIndustries, readRoleFiles, type RoleFile } from '../lib/entry-files.ts';
import { LEVELS, type Level } from '../lib/role-schema.ts';
import { roleSlug, scaffoldRole } from '../lib/scaffold.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const usage = 'usage: npm run new:role -- "Role Title" --industry <industry-id> [--level entry|mid|senior|career-change]';

function fail(message: string): never {
  console.error(`new:role: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { industry: { type: 'string' }, level: { type: 'string' } },
});
const title = positionals.join(' ').trim();
if (!title) fail(`a role title is required\n${usage}`);
const industries = readIndustries(join(contentDir, 'industries.yaml')).map((industry) => industry.id);
if (!values.industry || !industries.includes(values.industry)) {
  fail(`--industry must be one of: ${industries.join(', ')}\n${usage}`);
}
if (values.level && !(LEVELS as readonly string[]).includes(values.level)) fail(`--level must be one of: ${LEVELS.join(', ')}`);

const slug = roleSlug(title);
if (!slug) fail(`"${title}" gives an empty slug; use letters or digits`);
const file = join(contentDir, 'roles', `${slug}.mdx`);
if (existsSync(file)) fail(`${file} already exists; edit it, or choose another title`);

// Relate the new role to others in its industry first, then to any others.
const roles = readRoleFiles(join(contentDir, 'roles')).filter((entry): entry is RoleFile => 'data' in entry);
const ranked = [
  ...roles.filter((role) => role.data.industry === values.industry),
  ...roles.filter((role) => role.data.industry !== values.industry),
];
const related = ranked.slice(0, 3).map((role) => role.id);
if (related.length < 3) fail('at least 3 existing roles are needed to relate the new one to');

writeFileSync(
  file,
  scaffoldRole({
    title,
    industry: values.industry,
    level: (values.level as Level | undefined) ?? 'mid',
    related,
    today: new Date().toISOString().slice(0, 10),
  }),
);
console.log(`Wrote ${file}. Replace every TODO, mark passages as {1: ...}, then run npm test.`);
