import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  isCapitalisedHint,
  isLongForm,
  parseTemplate,
  toSentenceCase,
  validateTemplate,
} from '../../src/lib/placeholders.ts';

const eight = '[A] [B] [C] [D] [E] [F] [G] [H]';

describe('parseTemplate', () => {
  it('reads a plain placeholder and one with an e.g. hint', () => {
    const { placeholders, errors } = parseTemplate('Dear [HIRING MANAGER NAME], at [UNIT — e.g., POST-SURGICAL CARDIAC CARE] I');
    expect(errors).toEqual([]);
    expect(placeholders).toEqual([
      { key: 'HIRING MANAGER NAME', label: 'HIRING MANAGER NAME', occurrences: 1 },
      { key: 'UNIT', label: 'UNIT', hint: 'POST-SURGICAL CARDIAC CARE', occurrences: 1 },
    ]);
  });

  it('accepts en dash, double hyphen and a missing comma before the hint', () => {
    for (const text of ['[X – e.g., Y]', '[X -- e.g., Y]', '[X — e.g. Y]', '[X—e.g., Y]']) {
      expect(parseTemplate(text).placeholders[0]).toMatchObject({ label: 'X', hint: 'Y' });
    }
  });

  it('groups repeated labels into one placeholder, ignoring case and spacing', () => {
    const { placeholders } = parseTemplate('[COMPANY NAME] and [Company  name] and [COMPANY NAME — e.g., NORTHWIND]');
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]).toMatchObject({ key: 'COMPANY NAME', occurrences: 3, hint: 'NORTHWIND' });
  });

  it('keeps the text between placeholders exactly, line breaks included', () => {
    const { segments } = parseTemplate('Best,\n[YOUR NAME]\n');
    expect(segments).toEqual([
      { kind: 'text', text: 'Best,\n' },
      { kind: 'placeholder', key: 'YOUR NAME', label: 'YOUR NAME', raw: '[YOUR NAME]', line: 2 },
      { kind: 'text', text: '\n' },
    ]);
  });

  it('keeps brackets that sit next to punctuation and at the edges', () => {
    const { placeholders, errors } = parseTemplate("[A]'s ([B]), [C].");
    expect(errors).toEqual([]);
    expect(placeholders.map((p) => p.key)).toEqual(['A', 'B', 'C']);
  });

  it('reports an unclosed bracket with its line', () => {
    expect(parseTemplate('one\ntwo [COMPANY NAME and more\nthree').errors).toEqual([
      { line: 2, message: '`[COMPANY NAME and more` is never closed' },
    ]);
  });

  it('reports an empty placeholder', () => {
    expect(parseTemplate('a []').errors).toEqual([{ line: 1, message: 'an empty placeholder `[]`' }]);
    expect(parseTemplate('a [   ]').errors[0]?.message).toBe('an empty placeholder `[]`');
  });

  it('reports a hint with no label', () => {
    expect(parseTemplate('[ — e.g., X]').errors[0]?.message).toContain('has a hint but no label');
  });

  it('reports a nested bracket', () => {
    const { errors } = parseTemplate('x\n[OUTER [INNER] REST]');
    expect(errors[0]).toEqual({ line: 2, message: '`[OUTER [` opens a bracket inside another placeholder' });
  });

  it('reports the first bracket as unclosed when another placeholder follows it', () => {
    expect(parseTemplate('[ROLE at [COMPANY NAME]').errors[0]).toEqual({ line: 1, message: '`[ROLE at` is never closed' });
  });

  it('reports a stray closing bracket', () => {
    expect(parseTemplate('a ] b').errors).toEqual([{ line: 1, message: 'a closing `]` has no opening `[`' }]);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['', '[', ']', '[[[', ']]]', '[\n]', '\u202e[X]', '🙂[🙂]', 'x'.repeat(20_000), undefined as unknown as string]) {
      expect(() => parseTemplate(text)).not.toThrow();
    }
  });
});

describe('validateTemplate', () => {
  it('accepts a template with 8 distinct placeholders', () => {
    expect(validateTemplate(eight)).toEqual([]);
  });

  it('rejects a template with fewer than 8 distinct placeholders, counting repeats once', () => {
    expect(validateTemplate('[A] [B] [C] [D] [E] [F] [G] [G]')).toEqual([
      { line: 1, message: 'has 7 distinct placeholders; at least 8 are needed' },
    ]);
  });
});

describe('labels', () => {
  it('puts labels in sentence case', () => {
    expect(toSentenceCase('COMPANY NAME')).toBe('Company name');
    expect(toSentenceCase('YOUR NCLEX STATUS')).toBe('Your NCLEX status');
    expect(toSentenceCase('SPECIFIC APIS')).toBe('Specific APIs');
    expect(toSentenceCase('  YEARS   OF EXPERIENCE ')).toBe('Years of experience');
    expect(toSentenceCase('WHAT IT MEANS FOR US')).toBe('What it means for us');
    expect(toSentenceCase("THE SERVICE I OWN AND I'M PROUD OF")).toBe("The service I own and I'm proud of");
    expect(toSentenceCase('A 120-SEAT ROOM AND B2B SALES')).toBe('A 120-seat room and B2B sales');
  });

  it('marks long hints and achievements as long-form', () => {
    expect(isLongForm({ label: 'COMPANY NAME' })).toBe(false);
    expect(isLongForm({ label: 'STRONGEST ACHIEVEMENT' })).toBe(true);
    expect(isLongForm({ label: 'X', hint: 'A HINT THAT GOES ON FOR WELL OVER FORTY CHARACTERS' })).toBe(true);
  });
});

describe('fillTemplate', () => {
  const { segments } = parseTemplate('Dear [NAME], [NAME] at [COMPANY].');

  it('fills every occurrence and leaves unfilled placeholders visible', () => {
    expect(fillTemplate(segments, { NAME: 'Ana' })).toBe('Dear Ana, Ana at [COMPANY].');
  });

  it('inserts values literally: markup, replacement patterns and brackets', () => {
    for (const value of ['<img src=x onerror=alert(1)>', '</script>', '{{x}}', '$&', '$1', '[COMPANY]', 'مرحبا', '🙂']) {
      expect(fillTemplate(segments, { NAME: value, COMPANY: 'Co' })).toBe(`Dear ${value}, ${value} at Co.`);
    }
  });

  it('treats a blank value as unfilled', () => {
    expect(fillTemplate(segments, { NAME: '   ' })).toBe('Dear [NAME], [NAME] at [COMPANY].');
  });
});

describe('hint case', () => {
  it('keeps a hint exactly as written, while the label stays the key', () => {
    const [placeholder] = parseTemplate('[YOUR STACK — e.g., Go, PostgreSQL and Kafka]').placeholders;
    expect(placeholder).toMatchObject({ key: 'YOUR STACK', label: 'YOUR STACK', hint: 'Go, PostgreSQL and Kafka' });
  });

  it('tells a hint written in capitals from one that reads as written', () => {
    expect(isCapitalisedHint('GO, POSTGRESQL AND KAFKA')).toBe(true);
    expect(isCapitalisedHint('MARCH')).toBe(true);
    expect(isCapitalisedHint('310 COVERS')).toBe(true);
    expect(isCapitalisedHint('Go, PostgreSQL and Kafka')).toBe(false);
    expect(isCapitalisedHint('CPR, BLS, ACLS')).toBe(false);
    expect(isCapitalisedHint('an active RN license and NCLEX-RN results')).toBe(false);
    expect(isCapitalisedHint('P99 under 180 ms')).toBe(false);
    expect(isCapitalisedHint('HIPAA and SOAP notes')).toBe(false);
  });
});
