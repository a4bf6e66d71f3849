import { describe, expect, it } from 'vitest';
import { matchLetter } from '../../src/lib/matcher/match.ts';
import type { KeyTerm } from '../../src/lib/matcher/types.ts';
import { VARIANTS } from '../../src/lib/matcher/variants.ts';

const term = (text: string, extra: Partial<KeyTerm> = {}): KeyTerm => ({ term: text, need: 'required', snippet: '', ...extra });
const covers = (letter: string, text: string, extra: Partial<KeyTerm> = {}) =>
  matchLetter([term(text, extra)], letter).inLetter.length === 1;

describe('matchLetter', () => {
  it('ignores case and number', () => {
    expect(covers('I wrote REST APIs in go and ran postgresql.', 'REST API')).toBe(true);
    expect(covers('I ran the cycle count every Friday.', 'cycle counts')).toBe(true);
    expect(covers('Certified on forklifts.', 'Forklift')).toBe(true);
  });

  it('needs the whole term, in order, as words', () => {
    expect(covers('I know Java.', 'JavaScript')).toBe(false);
    expect(covers('I counted cycles.', 'cycle counts')).toBe(false);
    expect(covers('Reactive systems', 'React')).toBe(false);
    expect(covers('unit tests and integration tests', 'unit and integration tests')).toBe(false);
    expect(covers('I wrote unit and integration tests.', 'unit and integration tests')).toBe(true);
  });

  it('keeps symbols apart: C, C# and C++ are three languages', () => {
    expect(covers('Ten years of C++.', 'C#')).toBe(false);
    expect(covers('Ten years of C#.', 'C#')).toBe(true);
    expect(covers('I led CI/CD for 30 services.', 'CI/CD')).toBe(true);
  });

  it('reads every variant in the table as its first spelling, both ways', () => {
    for (const [first, ...others] of VARIANTS) {
      for (const other of others) {
        expect(covers(`I used ${other} daily.`, first!), `${other} covers ${first}`).toBe(true);
        expect(covers(`I used ${first} daily.`, other), `${first} covers ${other}`).toBe(true);
      }
    }
  });

  it('reads variants inside longer terms: "RN license" and "registered nurse license"', () => {
    expect(covers('My registered nurse license is current in Oregon.', 'RN license')).toBe(true);
    expect(covers('I moved our API to Postgres 16.', 'PostgreSQL')).toBe(true);
    expect(covers('I hold a Class A CDL.', "commercial driver's license")).toBe(true);
  });

  it('covers years when the letter states as many or more', () => {
    expect(covers('Six years on the line at two restaurants.', '5+ years')).toBe(true);
    expect(covers('After 4 years at a clinic, I', '5+ years')).toBe(false);
    expect(covers('eight months as a cashier', '6 months')).toBe(true);
  });

  it("covers a term by the posting's own short form", () => {
    expect(covers('I filed 40 CTRs a quarter.', 'Currency Transaction Reports', { alias: 'CTRs' })).toBe(true);
  });

  it('keeps the order it was given in both lists', () => {
    const terms = ['Terraform', 'Kafka', 'PostgreSQL', 'Kubernetes'].map((text) => term(text));
    const { inLetter, missing } = matchLetter(terms, 'We ran Kubernetes and PostgreSQL.');
    expect(inLetter.map((found) => found.term)).toEqual(['PostgreSQL', 'Kubernetes']);
    expect(missing.map((found) => found.term)).toEqual(['Terraform', 'Kafka']);
  });
});
