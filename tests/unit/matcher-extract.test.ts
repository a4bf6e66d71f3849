import { beforeAll, describe, expect, it } from 'vitest';
import { loadBackground } from '../../src/integrations/matcher-background.ts';
import { findCandidates } from '../../src/lib/matcher/candidates.ts';
import { createExtractor } from '../../src/lib/matcher/extract.ts';
import { matchLetter } from '../../src/lib/matcher/match.ts';
import { readPosting } from '../../src/lib/matcher/posting.ts';
import type { PostingTerms } from '../../src/lib/matcher/types.ts';
import {
  agreement,
  isLabelled,
  labelledPostings,
  loadPostings,
  MAX_SCREEN_TERMS,
  pooled,
  sameTerm,
  scorePosting,
  screenTerms,
  secondScreenTerms,
} from '../support/postings.ts';

let extract: (posting: string) => PostingTerms;
beforeAll(() => {
  extract = createExtractor(loadBackground());
});

const posting = (name: string) => loadPostings().find((fixture) => fixture.file === `${name}.yaml`)!;
const termsOf = (text: string) => extract(text).terms.map((term) => term.term);

describe('the posting fixtures', () => {
  const fixtures = loadPostings();
  const labelled = fixtures.filter((fixture) => !fixture.odd);

  it('are at least 15 labelled postings across 8 industries, hourly jobs among them', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(15);
    expect(new Set(labelled.map((fixture) => fixture.industry)).size).toBeGreaterThanOrEqual(8);
    expect(labelled.filter((fixture) => fixture.hourly).length).toBeGreaterThanOrEqual(4);
  });

  it.each(fixtures.map((fixture) => [fixture.file, fixture] as const))('%s labels only text the posting holds, once', (_file, fixture) => {
    const labels = [...fixture.required, ...fixture.preferred, ...fixture.also];
    for (const label of labels) expect(fixture.posting, label).toContain(label);
    expect(new Set(labels.map((label) => label.toLowerCase())).size).toBe(labels.length);
    expect(screenTerms(fixture).length).toBeLessThanOrEqual(MAX_SCREEN_TERMS);
  });

  it.each(labelled.map((fixture) => [fixture.file, fixture] as const))(
    '%s is labelled a second time, by the same rules',
    (_file, fixture) => {
      const labels = [...secondScreenTerms(fixture), ...fixture.second.also];
      expect(secondScreenTerms(fixture).length).toBeGreaterThan(0);
      for (const label of labels) expect(fixture.posting, label).toContain(label);
      expect(new Set(labels.map((label) => label.toLowerCase())).size).toBe(labels.length);
      expect(secondScreenTerms(fixture).length).toBeLessThanOrEqual(MAX_SCREEN_TERMS);
    },
  );

  it('has two labellings that each hold at least 80% of the other’s screen terms', () => {
    const { firstInSecond, secondInFirst } = agreement(labelled);
    expect(Math.min(firstInSecond, secondInFirst)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('how a found term is matched to a label', () => {
  it('takes the same words, case, number, variants and one word more aside', () => {
    expect(sameTerm('postgres', 'PostgreSQL')).toBe(true);
    expect(sameTerm('cycle counts', 'Cycle count')).toBe(true);
    expect(sameTerm('AWS', 'AWS infrastructure')).toBe(true);
    expect(sameTerm('AWS', 'AWS cloud infrastructure')).toBe(false);
    expect(sameTerm('3+ years', 'three years')).toBe(true);
    expect(sameTerm('3+ years', '5 years')).toBe(false);
  });

  it('reads a bracketed short form in a label as the posting’s is read: either spelling', () => {
    expect(sameTerm('A6', 'A6 (Electrical/Electronic Systems)')).toBe(true);
    expect(sameTerm('Electrical/Electronic Systems', 'A6 (Electrical/Electronic Systems)')).toBe(true);
    expect(sameTerm('PPD skin test', 'TB (PPD) skin test')).toBe(true);
    expect(sameTerm('A4', 'A6 (Electrical/Electronic Systems)')).toBe(false);
  });

  it('reads a bilingual label as the language it names besides English', () => {
    expect(sameTerm('Spanish', 'Bilingual English/Spanish')).toBe(true);
    expect(sameTerm('Spanish', 'bilingual in English and Spanish')).toBe(true);
    expect(sameTerm('Spanish', 'Bilingual (English/Spanish)')).toBe(true);
    expect(sameTerm('French', 'Bilingual English/Spanish')).toBe(false);
    expect(sameTerm('English', 'Bilingual English/Spanish')).toBe(false);
  });
});

describe('extractTerms on the labelled postings', () => {
  // Issue 14 asks for 75% precision and 80% recall. Two people labelled each
  // posting blind and hold 87% of each other's screen terms. The matcher finds
  // 70% of the terms both chose and 66-67% of either person's: short of the
  // bar, which stays open on the issue. These floors sit just under today's
  // figures so a change that reads postings worse fails here (see the README
  // for every figure, fresh postings included).
  it('keeps 75% of the top 15 labelled, 68% of the terms both labellers chose and 63% of each one’s in the top 25', () => {
    const scores = labelledPostings().map((fixture) => scorePosting(extract(fixture.posting).terms, fixture));
    const { precision, recall, secondRecall, consensusRecall } = pooled(scores);
    expect(precision).toBeGreaterThanOrEqual(0.75);
    expect(consensusRecall).toBeGreaterThanOrEqual(0.68);
    expect(recall).toBeGreaterThanOrEqual(0.63);
    expect(secondRecall).toBeGreaterThanOrEqual(0.63);
  });

  it('finds the backend posting’s stack, case and symbols kept', () => {
    const terms = termsOf(posting('backend-developer').posting);
    for (const expected of ['C#', '.NET 8', 'ASP.NET Core', 'PostgreSQL', 'RabbitMQ', '3+ years']) expect(terms).toContain(expected);
    expect(terms.some((term) => term.startsWith('CI/CD'))).toBe(true);
    // In the whole posting xUnit ranks just past the 25th term; its spelling is kept wherever it is found.
    expect(termsOf('Requirements:\n- Unit tests with xUnit and NUnit')).toEqual(expect.arrayContaining(['xUnit', 'NUnit']));
  });

  it('knows a credential by its acronym, so a letter naming the acronym covers it; not when the acronym says less than the term', () => {
    const { terms } = extract(
      'Network Administrator\nRequirements\n- Cisco CCNA certification\n- Unrestricted LICSW license\n- TWIC card\n- ISM CPSM certification\n- HVAC contractor license\n- DOT medical card\n- Power BI',
    );
    const aliases = Object.fromEntries(terms.map((term) => [term.term, term.alias]));
    expect(aliases).toMatchObject({
      'Cisco CCNA certification': 'CCNA',
      'Unrestricted LICSW license': 'LICSW',
      'TWIC card': 'TWIC',
      'ISM CPSM certification': 'CPSM',
    });
    for (const whole of ['HVAC contractor license', 'DOT medical card', 'Power BI']) expect(aliases[whole], whole).toBeUndefined();
    const covered = matchLetter(terms, 'I passed the CCNA in May, hold a TWIC and service HVAC systems under my DOT rules.').inLetter;
    expect(covered.map((term) => term.term).sort()).toEqual(['Cisco CCNA certification', 'TWIC card']);
  });

  it('ranks must-haves above nice-to-haves and says which is which', () => {
    const { terms } = extract(posting('backend-developer').posting);
    const needs = terms.map((term) => term.need);
    expect(needs.indexOf('preferred')).toBeGreaterThan(0);
    expect(needs.slice(needs.indexOf('preferred'))).not.toContain('required');
    for (const nice of ['HIPAA', 'OpenTelemetry']) expect(terms.find((term) => term.term === nice)?.need).toBe('preferred');
    expect(terms.find((term) => term.term === 'RabbitMQ')?.need).toBe('required');
  });

  it('lets the company’s story neither require nor prefer a term: the lists say', () => {
    const { terms } = extract(
      'Night Nurse\nOur unit has a dedicated charge nurse on every shift.\nRequirements\n- RN license\n- 2-4 years of acute care; telemetry preferred\nPreferred\n- Charge nurse experience',
    );
    const need = (text: string) => terms.find((term) => term.term.toLowerCase().includes(text))?.need;
    expect(need('rn license')).toBe('required');
    expect(need('years')).toBe('required');
    expect(need('telemetry')).toBe('preferred');
    expect(need('charge nurse')).toBe('preferred');
  });

  it('never offers generic words, benefits, the equal-opportunity statement or the address', () => {
    const all = labelledPostings().flatMap((fixture) => termsOf(fixture.posting).map((term) => term.toLowerCase()));
    for (const generic of ['team', 'excellent', 'responsible', 'opportunity', 'fast-paced', 'experience', 'skills', 'communication']) {
      expect(all, generic).not.toContain(generic);
    }
    // Benefits words, except in a posting whose job they name ("dental hygiene license" for a dental hygienist).
    for (const boilerplate of ['401(k)', 'dental', 'vision', 'pto', 'equal opportunity employer', 'race', 'religion', 'veteran status']) {
      const words = labelledPostings()
        .filter((fixture) => !fixture.title.toLowerCase().includes(boilerplate))
        .flatMap((fixture) => termsOf(fixture.posting).map((term) => ` ${term.toLowerCase().replace(/[^\p{L}\p{N}()]+/gu, ' ')} `));
      expect(
        words.some((term) => term.includes(` ${boilerplate} `)),
        boilerplate,
      ).toBe(false);
    }
    expect(termsOf(posting('line-cook').posting).join(' ')).not.toMatch(/Haywood|28801/);
    // Shouted in capitals, a generic word is still generic.
    expect(termsOf('Analyst\nRequirements\n- MUST HAVE STRONG EXCEL SKILLS')).toEqual(['EXCEL']);
  });

  it('names a language as its own term, English and "bilingual" going without saying', () => {
    const found = extract(
      'Bank Teller\nRequirements\n- Cash handling and check cashing\n- Bilingual (English/Spanish or English/Arabic) preferred',
    ).terms;
    const terms = found.map((term) => term.term);
    expect(terms).toEqual(expect.arrayContaining(['Spanish', 'Arabic']));
    expect(found.find((term) => term.term === 'Spanish')?.need).toBe('preferred');
    expect(terms.map((term) => term.toLowerCase())).not.toEqual(expect.arrayContaining(['english']));
    expect(terms.some((term) => /bilingual|\//i.test(term))).toBe(false);
  });

  it('passes over checks before hire, sums of money, measures, temperatures, places and the employer’s own name', () => {
    const terms = termsOf(
      [
        'Saint Alder Regional Medical Center | Spokane, WA',
        'Saint Alder Regional is a 310-bed teaching hospital serving eastern Washington and north Idaho.',
        'Requirements',
        '- Current RN license in the State of Washington and BLS from the American Heart Association',
        '- Must pass a background check and drug screen',
        '- Help build $400K of pipeline through cold calls in Salesforce',
        '- Load outbound trailers according to load plans in a warehouse from 40°F to 95°F',
        '- Hotel front desk: 1 year (Preferred)',
      ].join('\n'),
    ).map((term) => term.toLowerCase());
    expect(terms).toEqual(expect.arrayContaining(['rn license', 'bls', 'cold calls', 'salesforce', 'outbound trailers']));
    expect(terms).not.toEqual(expect.arrayContaining(['f', 'preferred']));
    expect(terms.join(' | ')).not.toContain('according');
    for (const passed of [
      'background check',
      'drug screen',
      '400k',
      '310-bed',
      'eastern washington',
      'north idaho',
      'saint alder regional',
    ])
      expect(terms.join(' | '), passed).not.toContain(passed);
  });

  it('shows one line for the years a posting requires, the number that opens a requirement, and one for the years it prefers', () => {
    const { terms } = extract(
      [
        'Paralegal',
        'Requirements',
        "- Paralegal certificate, or a bachelor's degree plus 2 years of paralegal work",
        '- 3+ years as a paralegal in commercial lending, with at least 1 year in collections',
        '- Westlaw and PACER',
      ].join('\n'),
    );
    expect(terms.filter((term) => /year/.test(term.term)).map((term) => term.term)).toEqual(['3+ years']);
    const driver = extract(
      'Truck Driver\nMust have\n- Class A CDL\n- At least 12 months of tractor-trailer experience\nNice to have\n- Two or more years of reefer experience',
    ).terms;
    const driverYears = driver.filter((term) => /year|month/.test(term.term));
    expect(driverYears.map(({ term, need }) => `${term}: ${need}`)).toEqual(['12 months: required', 'Two or more years: preferred']);
    expect(driver.map((term) => term.term)).toContain('Class A CDL');
  });

  it('keeps a name whole across a capitalised glue word, and trims how often, how big, what state, how postings talk, how it is done, what kind of person and the duty’s verb from a term', () => {
    const terms = termsOf(
      [
        'Bank Teller',
        'Requirements',
        '- Follow Know Your Customer procedures and watch for check fraud',
        '- Hit a monthly quota and keep the teller line tidy',
        '- High school diploma or GED',
        '- Experience providing case management',
        '- Safely operate hand and power tools',
        '- Lead parent-teacher conferences twice a year',
        '- Comfort writing SQL queries, and a thorough pre-trip inspection',
        '- Patience and a sense of humor',
        '- Hold ASE certifications and assign diagnosis codes',
        '- Running commercial zero-turn mowers',
      ].join('\n'),
    );
    expect(terms).toEqual(
      expect.arrayContaining([
        'commercial zero-turn mowers',
        'ASE certifications',
        'diagnosis codes',
        'Know Your Customer procedures',
        'check fraud',
        'quota',
        'teller line',
        'case management',
        'power tools',
        'parent-teacher conferences',
        'SQL queries',
        'pre-trip inspection',
      ]),
    );
    expect(terms.join(' | ')).not.toMatch(/Safely|twice|Comfort|thorough|Patience|humor|Hold|assign|Running/);
    expect(terms).not.toEqual(expect.arrayContaining(['GED']));
  });

  it('finds no term in a contraction, a lone letter, a place alone, an adverb, the words that mark a bonus or whose a thing is', () => {
    const terms = termsOf(
      [
        'Truck Driver',
        'Requirements',
        '- Hazmat, H, N, or X endorsement',
        "- If you haven't driven a reefer, we'd still like to hear from you",
        '- Bonus points if you know C, R or Python',
        '- Routes across Texas, Kansas and Nebraska; a Texas Class A CDL',
        '- Regularly log hours in Samsara, and time spent actually waiting at docks',
        "- Read each student's IEP notes and follow Ohio's age rules; a driver's license and a bachelor's degree",
      ].join('\n'),
    );
    expect(terms).toEqual(expect.arrayContaining(['IEP notes', "driver's license", "bachelor's degree"]));
    expect(terms).toEqual(expect.arrayContaining(['Hazmat', 'X endorsement', 'reefer', 'C', 'R', 'Python', 'Samsara']));
    expect(terms.some((term) => term.includes('Class A CDL'))).toBe(true);
    expect(terms).not.toEqual(expect.arrayContaining(['Texas']));
    expect(terms.join(' | ')).not.toMatch(/\b(?:H|N|we'd|still|Bonus|know|Kansas|Nebraska|Regularly|actually|student's|Ohio's)\b/);
  });

  it('reads a diploma and the GED it accepts as one term, and a name across "of" as one', () => {
    const { terms } = extract(
      [
        'Preschool Teacher',
        'Requirements',
        '- High school diploma or GED',
        '- Technical Certificate of Credit (TCC) in Early Childhood Care and Education',
      ].join('\n'),
    );
    expect(terms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ term: 'High school diploma', alias: 'GED' }),
        expect.objectContaining({ term: 'Technical Certificate of Credit', alias: 'TCC' }),
      ]),
    );
    expect(terms.map((term) => term.term)).not.toEqual(expect.arrayContaining(['GED', 'TCC', 'Credit']));
  });

  it('takes a tool a how-to-apply line also names for a tool, not for the employer, and an acronym that opens a term alone too', () => {
    const { sentences, title } = readPosting(
      [
        'Administrative Assistant',
        'Harlow Whitcombe Engineering Group',
        'Harlow Whitcombe designs bridges for towns across Ohio.',
        'The must-haves',
        '- Build reports in Excel for the principals',
        '- Track supplies in Excel and Word',
        '- Assist with MDS data collection',
        'To apply, send your résumé; you will take a short test in Excel.',
        'Harlow Whitcombe is an Equal Opportunity Employer.',
      ].join('\n'),
    );
    const candidates = findCandidates(sentences, title, new Map());
    const employer = (term: string) => candidates.find((candidate) => candidate.term === term)?.features.employer;
    expect(employer('Excel')).toBe(0);
    expect(employer('Harlow Whitcombe Engineering Group')).toBe(1);
    expect(candidates.map((candidate) => candidate.term)).toEqual(expect.arrayContaining(['MDS data collection', 'MDS']));
    // A lone word written plainly ("supplies") is weighed apart from a lone name ("Excel", "MDS").
    const plain = (term: string) => candidates.find((candidate) => candidate.term === term)?.features.plainWord;
    expect([plain('supplies'), plain('Excel'), plain('MDS'), plain('MDS data collection')]).toEqual([1, 0, 0, 0]);
  });

  it('reads a duty verb after a determiner as a noun, and keeps the words an acronym with digits modifies', () => {
    const terms = termsOf(
      [
        'Product Designer',
        'Responsibilities',
        '- Use and grow our design system, and design flows in Figma',
        '- File UCC-1 financing statements and order lien searches',
      ].join('\n'),
    );
    expect(terms).toEqual(expect.arrayContaining(['design system', 'UCC-1 financing statements', 'Figma']));
  });

  it('gives each term a snippet of where the posting uses it', () => {
    for (const { term, snippet } of extract(posting('warehouse-associate').posting).terms) {
      expect(snippet.length).toBeLessThanOrEqual(112);
      expect(snippet.toLowerCase(), term).toContain(term.toLowerCase());
    }
  });

  it('reads a posting for another job than the page’s just the same', () => {
    const terms = termsOf(posting('line-cook').posting);
    expect(terms).toEqual(expect.arrayContaining(['FIFO', 'sous vide']));
    expect(terms.some((term) => term.startsWith('HACCP'))).toBe(true);
  });
});

describe('extractTerms on odd input', () => {
  it('returns nothing for an empty paste, and says few terms were found', () => {
    expect(extract('')).toEqual({ terms: [], trimmed: false, fewTerms: true });
    expect(extract('   \n\n ')).toEqual({ terms: [], trimmed: false, fewTerms: true });
  });

  it('says few terms were found in a posting in Spanish', () => {
    const result = extract(posting('odd-spanish').posting);
    expect(result.fewTerms).toBe(true);
    expect(result.terms.length).toBeLessThan(5);
  });

  it('reads pasted HTML as the text it shows, tags never becoming terms', () => {
    const fixture = posting('odd-html');
    const { terms } = extract(fixture.posting);
    const found = screenTerms(fixture).filter((label) => terms.some((term) => isLabelled(term, [label])));
    expect(found.length / screenTerms(fixture).length).toBeGreaterThanOrEqual(0.8);
    const words = terms.map((term) => term.term.toLowerCase());
    for (const tag of ['div', 'li', 'ul', 'b', 'h2', 'strong', 'href', 'class', 'middot', 'amp']) expect(words).not.toContain(tag);
    expect(terms.every((term) => !/[<>]/.test(term.term + term.snippet))).toBe(true);
  });

  it('reads a one-line paste, and a posting padded with filler, for their terms', () => {
    expect(termsOf('Requirements: PostgreSQL and Kubernetes with Terraform')).toEqual(
      expect.arrayContaining(['PostgreSQL', 'Kubernetes', 'Terraform']),
    );
    const padded = extract(`${posting('backend-developer').posting}\n${'x '.repeat(15_000)}`);
    expect(padded.fewTerms).toBe(false);
    expect(padded.terms.map((term) => term.term)).toContain('RabbitMQ');
  });

  it('reads the start of a 100,000-character paste and says it was trimmed', () => {
    const huge = `${posting('backend-developer').posting}\n${'Lorem ipsum dolor sit amet. '.repeat(4000)}`;
    expect(huge.length).toBeGreaterThan(100_000);
    const result = extract(huge);
    expect(result.trimmed).toBe(true);
    expect(result.terms.map((term) => term.term)).toContain('PostgreSQL');
  });
});
