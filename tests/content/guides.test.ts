/**
 * The editorial standard over every guide in content/guides: valid, checked
 * against the role library, long enough, taught with our letters, original.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGuideFiles, readRoleFiles, type GuideFile, type RoleFile } from '../../src/lib/entry-files.ts';
import { checkGuide, checkGuidesAcross } from '../../src/lib/guide-rules.ts';
import { GUIDE_TOPICS } from '../../src/lib/guide-schema.ts';
import { checkGuides } from '../../src/lib/guides.ts';
import { parseShingleFixture } from '../../src/lib/shingles.ts';

const files = readGuideFiles('content/guides');
const guides = files.filter((file): file is GuideFile => 'data' in file);
const roles = readRoleFiles('content/roles').filter((file): file is RoleFile => 'data' in file);
const reference = parseShingleFixture(readFileSync('tests/fixtures/reference-shingles.txt', 'utf8'));

// The topics the library promises readers a guide for (issue 13).
const REQUIRED_TOPICS = [
  'basics',
  'format',
  'address',
  'opening',
  'closing',
  'length',
  'tailoring',
  'career-change',
  'employment-gap',
  'no-experience',
  'follow-up',
  'email',
] as const satisfies readonly (typeof GUIDE_TOPICS)[number][];

describe('every guide', () => {
  it('passes the schema', () => {
    expect(files.flatMap((file) => file.problems)).toEqual([]);
  });

  it('quotes passages and links pages that exist', () => {
    expect(checkGuides(guides, roles)).toEqual([]);
  });

  it.each(guides.map((guide) => [guide.filePath, guide] as const))('%s meets the writing standard', (_, guide) => {
    expect(checkGuide(guide)).toEqual([]);
  });

  it('shares no sentence with another guide or a role page, and nothing with the reference page', () => {
    expect(checkGuidesAcross(guides, roles, { referenceShingles: new Set(reference.hashes) })).toEqual([]);
  });

  it('covers every promised topic with a guide whose main topic it is', () => {
    const main = new Set(guides.map((guide) => guide.data.topics[0]));
    expect(REQUIRED_TOPICS.filter((topic) => !main.has(topic))).toEqual([]);
  });
});
