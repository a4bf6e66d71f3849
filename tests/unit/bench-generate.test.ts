/**
 * The benchmark's generated libraries must be libraries our build accepts:
 * every entry passes the schema (read the way the content test reads real
 * files), the library's cross-entry checks pass, and pages are about the
 * length of a real one. A generator that drifted from the schema would make
 * the benchmark fail on its first build, or worse, measure an error page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readRoleSource, type RoleFile } from '../../src/lib/entry-files.ts';
import { pageText } from '../../src/lib/content-rules.ts';
import { checkLibrary, type IndustryEntry } from '../../src/lib/library.ts';
import { industrySchema } from '../../src/lib/role-schema.ts';
import { countWords } from '../../src/lib/text.ts';
import { corpusTokens, generateLibrary, type GeneratedLibrary } from '../../tests/bench/generate.ts';

const rolesDir = 'content/roles';
const corpus = readdirSync(rolesDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => readFileSync(join(rolesDir, name), 'utf8'))
  .join('\n');

function read(library: GeneratedLibrary) {
  const entries = library.roles.map((role) => readRoleSource(`roles/${role.id}.mdx`, role.source));
  const industries: IndustryEntry[] = (parse(library.industriesYaml) as { id: string }[]).map(({ id, ...rest }) => ({
    id,
    data: industrySchema.parse(rest),
  }));
  return { entries, industries };
}

const corpusWords = new Set(corpusTokens(corpus));
/** Distinct words in a library's text that the corpus never uses. */
const newWords = (library: GeneratedLibrary) =>
  new Set(library.roles.flatMap((role) => corpusTokens(role.source)).filter((word) => !corpusWords.has(word))).size;

describe('benchmark library generator', () => {
  const library = generateLibrary({ count: 40, seed: 7, corpus });
  const { entries, industries } = read(library);
  const valid = entries.filter((entry): entry is RoleFile => 'data' in entry);

  it('writes entries that all pass the role schema', () => {
    expect(entries.flatMap((entry) => entry.problems)).toEqual([]);
    expect(valid).toHaveLength(40);
  });

  it('writes a library whose industries and related roles all exist', () => {
    expect(checkLibrary(valid, industries)).toEqual([]);
  });

  it('gives every role a distinct id that is a slug', () => {
    const ids = library.roles.map((role) => role.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('writes pages of about 2,500 words, as long as real ones', () => {
    for (const entry of valid) {
      const words = countWords(`${entry.data.title} ${entry.data.description} ${pageText(entry.data, entry.body)}`);
      expect(words, entry.id).toBeGreaterThanOrEqual(2300);
      expect(words, entry.id).toBeLessThanOrEqual(2700);
    }
  });

  it('gives the same library for the same seed and a different one for another seed', () => {
    expect(generateLibrary({ count: 40, seed: 7, corpus })).toEqual(library);
    expect(generateLibrary({ count: 6, seed: 8, corpus }).roles[0]!.source).not.toBe(library.roles[0]!.source);
  });

  it('keeps a role’s text when the library grows, so sizes are comparable', () => {
    const larger = generateLibrary({ count: 50, seed: 7, corpus });
    const withoutRelated = (source: string) => source.replace(/^related:\n(?: {2}- .*\n)+/m, '');
    expect(withoutRelated(larger.roles[10]!.source)).toBe(withoutRelated(library.roles[10]!.source));
  });

  it('keeps adding words beyond the corpus as the library grows, as a real vocabulary does', () => {
    const small = newWords(generateLibrary({ count: 10, seed: 7, corpus }));
    const large = newWords(library);
    expect(small).toBeGreaterThan(200);
    expect(large).toBeGreaterThan(small * 2);
  });

  it('refuses a library too small for every role to have 3 related roles', () => {
    expect(() => generateLibrary({ count: 5, seed: 7, corpus })).toThrow(/at least 6 roles/);
  });
});
