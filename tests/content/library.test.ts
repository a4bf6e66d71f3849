/**
 * The editorial standard over every entry in content/roles. Each failure names
 * the entry, the rule and the figure, so an author knows what to change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAcrossEntries, checkEntry } from '../../src/lib/content-rules.ts';
import { readGuideFiles, readIndustries, readRoleFiles, type GuideFile, type RoleFile } from '../../src/lib/entry-files.ts';
import { checkEntryLinks } from '../../src/lib/entry-links.ts';
import { checkLibrary } from '../../src/lib/library.ts';
import { parseShingleFixture } from '../../src/lib/shingles.ts';

const files = readRoleFiles('content/roles');
const industries = readIndustries('content/industries.yaml');
const roles = files.filter((file): file is RoleFile => 'data' in file);
// The reference page's 8-word runs, hashed (see src/cli/reference-shingles.ts).
// The page has this many windows; a missing or cut fixture fails below rather than passing empty.
const REFERENCE_WINDOWS = 2160;
const reference = parseShingleFixture(readFileSync('tests/fixtures/reference-shingles.txt', 'utf8'));

describe('every role entry', () => {
  it('passes the schema', () => {
    expect(files.flatMap((file) => file.problems)).toEqual([]);
  });

  it('fits the library (industry and related roles exist)', () => {
    expect(checkLibrary(roles, industries)).toEqual([]);
  });

  it('links only to pages and headings that exist', () => {
    const guides = readGuideFiles('content/guides').filter((file): file is GuideFile => 'data' in file);
    expect(checkEntryLinks(roles, guides, industries)).toEqual([]);
  });

  it.each(roles.map((role) => [role.filePath, role] as const))('%s meets the writing standard', (_, role) => {
    expect(checkEntry(role, role.body)).toEqual([]);
  });

  it("has every 8-word run of the reference page to compare against", () => {
    expect(reference.declared).toBe(REFERENCE_WINDOWS);
    expect(reference.hashes).toHaveLength(REFERENCE_WINDOWS);
  });

  it('shares no sentence with another entry or the reference page', () => {
    expect(
      checkAcrossEntries(roles, {
        referenceShingles: new Set(reference.hashes),
        industries: roles.length >= 40 ? industries.map((industry) => industry.id) : [],
      }),
    ).toEqual([]);
  });
});
