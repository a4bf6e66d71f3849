/**
 * The writing standard's checks against fixtures: an entry that meets it
 * passes, and each fixture breaking one rule fails with a message naming the
 * entry, the rule and the figure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAcrossEntries, checkEntry } from '../../src/lib/content-rules.ts';
import { readRoleSource, type RoleFile } from '../../src/lib/entry-files.ts';
import { shingleHashes } from '../../src/lib/shingles.ts';

const load = (name: string, as = name): RoleFile => {
  const filePath = `tests/fixtures/content/${name}.mdx`;
  const entry = readRoleSource(filePath, readFileSync(filePath, 'utf8'));
  if (!('data' in entry)) throw new Error(entry.problems.join('\n'));
  return { ...entry, id: as, filePath: `content/roles/${as}.mdx` };
};
const problemsOf = (name: string) => {
  const entry = load(name);
  return checkEntry(entry, entry.body);
};

describe('one entry against the standard', () => {
  it('passes an entry that meets it', () => {
    expect(problemsOf('meets-standard')).toEqual([]);
  });

  it.each([
    ['letter-too-short', /^content\/roles\/letter-too-short\.mdx: letter has \d+ words; at least 250 are needed$/],
    ['letter-too-long', /letter has \d+ words; at most 450 are allowed$/],
    ['letter-few-figures', /letter has [0-2] concrete figures \(.*\); at least 3 are needed$/],
    ['letter-missing-employer-name', /letter never names its employer "Bramblewood Bistro"$/],
    ['analysis-point-too-short', /analysis point 2 has 5 words; at least 35 are needed to teach the technique$/],
    ['template-few-placeholders', /template has 9 distinct placeholders; at least 10 are needed$/],
    ['template-hint-missing', /template placeholder \[YOUR CURRENT TITLE\] needs an "e\.g\." hint/],
    [
      'template-hint-capitals',
      /template placeholder \[YOUR BRIGADE AND ROOM\] has its hint in capitals \("A BRIGADE OF 14 FOR A 120-SEAT DINING ROOM"\)/,
    ],
    ['three-tips', /has 3 tips; at least 4 are needed$/],
    ['tip-too-short', /tip 1 \(".*"\) has 4 words; 60 to 200 are needed$/],
    ['tip-too-long', /tip 1 \(".*"\) has \d{3} words; 60 to 200 are needed$/],
    ['three-questions', /has 3 FAQ questions; at least 4 are needed$/],
    ['answer-too-short', /FAQ answer 1 \(".*"\) has 2 words; 40 to 150 are needed$/],
    ['answer-too-long', /FAQ answer 1 \(".*"\) has \d{3} words; 40 to 150 are needed$/],
    ['one-skill', /lists 1 skills; at least 2 are needed to relate roles$/],
  ])('fails %s, naming the rule and the figure', (name, message) => {
    const problems = problemsOf(name);
    expect(
      problems.some((problem) => message.test(problem)),
      problems.join('\n'),
    ).toBe(true);
    for (const problem of problems) expect(problem.startsWith(`content/roles/${name}.mdx: `)).toBe(true);
  });

  it('fails a page under 1,400 words', () => {
    const entry = load('meets-standard', 'short-page');
    const words = (text: string, count: number) => text.split(/\s+/).slice(0, count).join(' ');
    const data = entry.data;
    const trimmed = {
      ...entry,
      data: {
        ...data,
        intro: words(data.intro, 40),
        analysis: data.analysis.slice(0, 4).map((point) => ({ ...point, body: words(point.body, 36) })),
        template: words(data.template, 60),
        tips: data.tips.slice(0, 4).map((tip) => ({ ...tip, body: words(tip.body, 61) })),
        faq: data.faq.slice(0, 4).map((item) => ({ ...item, answer: words(item.answer, 41) })),
      },
    };
    const problems = checkEntry(trimmed, '');
    expect(problems.find((problem) => problem.includes('page has'))).toMatch(
      /^content\/roles\/short-page\.mdx: page has \d+ words; at least 1400 are needed$/,
    );
  });
});

describe('entries against each other', () => {
  const chef = load('meets-standard', 'chef');

  it('passes one entry alone', () => {
    expect(checkAcrossEntries([chef])).toEqual([]);
  });

  it('fails a sentence of 8+ words that appears in two entries', () => {
    const copy = { ...load('meets-standard', 'baker'), data: { ...chef.data, description: `${chef.data.description} Baker.` } };
    const problems = checkAcrossEntries([chef, copy]);
    expect(
      problems.some((problem) => /^content\/roles\/baker\.mdx: the sentence ".+" also appears in content\/roles\/chef\.mdx$/.test(problem)),
    ).toBe(true);
  });

  it('fails 8 words in a row from the reference page, known only by its hashed shingles', () => {
    const source = 'Lighthouse keepers on the northern coast logged every passing ship in a leather book by candlelight.';
    const referenceShingles = new Set(shingleHashes(source));
    const copied = { ...chef, body: 'Our keepers logged every passing ship in a leather book each night.' };
    expect(checkAcrossEntries([copied], { referenceShingles })).toContainEqual(
      'content/roles/chef.mdx: "logged every passing ship in a leather book" is 8 words in a row from the reference page; write it in our own words',
    );
  });

  it('fails a repeated description, a thin industry, a job nothing links to and an unrelated related role', () => {
    const twin = {
      id: 'cook',
      filePath: 'content/roles/cook.mdx',
      body: '',
      data: {
        ...chef.data,
        industry: 'trades',
        skills: ['electrical', 'construction'],
        intro: 'x',
        letter: { ...chef.data.letter, body: [] },
        analysis: [],
        tips: [],
        faq: [],
      },
    };
    const problems = checkAcrossEntries([{ ...chef, data: { ...chef.data, related: ['cook'] } }, twin], { industries: ['hospitality'] });
    expect(problems).toContainEqual("content/roles/cook.mdx: description is the same as content/roles/chef.mdx's");
    expect(problems).toContainEqual('content/industries.yaml: industry "hospitality" has 1 jobs; at least 6 are needed');
    expect(problems).toContainEqual(
      'content/roles/chef.mdx: is in the related list of 0 other entries; at least 2 are needed so readers find it',
    );
    expect(problems).toContainEqual('content/roles/chef.mdx: related role "cook" shares neither its industry nor a skill');
  });

  it('fails a 40-role library with fewer than 4 entries for newcomers', () => {
    const library = Array.from({ length: 40 }, (_, index) => ({
      ...chef,
      id: `role-${index}`,
      filePath: `content/roles/role-${index}.mdx`,
      data: {
        ...chef.data,
        description: `${index}`,
        related: [],
        level: 'mid' as const,
        intro: '',
        letter: { ...chef.data.letter, body: [] },
        analysis: [],
        tips: [],
        faq: [],
      },
      body: '',
    }));
    expect(checkAcrossEntries(library)).toContainEqual('content/roles: 0 entries are entry level or career change; at least 4 are needed');
  });
});
