/** The filler's form as data: which fields a template gets, labelled and grouped. */
import { describe, expect, it } from 'vitest';
import { toFields } from '../../src/lib/filler/fields.ts';

const TEMPLATE = `Dear [HIRING MANAGER NAME],

I am applying for the [POSITION TITLE] role at [COMPANY NAME]. At [CURRENT OR LAST EMPLOYER] I [PROUDEST ACHIEVEMENT — e.g., cut P99 latency of the Node.js API in half].
[COMPANY NAME] serves [PATIENT POPULATION — e.g., post-surgical cardiac patients and their families across the region], and [Company  name] is why I apply.

Best regards,
[YOUR NAME]
[YOUR EMAIL] · [YOUR PHONE]`;

describe('toFields', () => {
  it('gives one field per distinct placeholder, in order of first appearance', () => {
    expect(toFields(TEMPLATE).map((field) => field.key)).toEqual([
      'HIRING MANAGER NAME',
      'POSITION TITLE',
      'COMPANY NAME',
      'CURRENT OR LAST EMPLOYER',
      'PROUDEST ACHIEVEMENT',
      'PATIENT POPULATION',
      'YOUR NAME',
      'YOUR EMAIL',
      'YOUR PHONE',
    ]);
  });

  it('labels fields in sentence case and keeps the e.g. hint in the case it was written', () => {
    const fields = toFields(TEMPLATE);
    expect(fields.find((field) => field.key === 'COMPANY NAME')).toMatchObject({ label: 'Company name' });
    expect(fields.find((field) => field.key === 'COMPANY NAME')).not.toHaveProperty('hint');
    expect(fields.find((field) => field.key === 'PROUDEST ACHIEVEMENT')).toMatchObject({
      label: 'Proudest achievement',
      hint: 'cut P99 latency of the Node.js API in half',
    });
  });

  it('makes a repeated placeholder one field, whatever its spacing and case', () => {
    const companies = toFields(TEMPLATE).filter((field) => field.key === 'COMPANY NAME');
    expect(companies).toHaveLength(1);
  });

  it('gives long hints and achievements a multi-line field, and short ones a single line', () => {
    const multiline = Object.fromEntries(toFields(TEMPLATE).map((field) => [field.key, field.multiline]));
    expect(multiline['PATIENT POPULATION']).toBe(true);
    expect(multiline['PROUDEST ACHIEVEMENT']).toBe(true);
    expect(multiline['COMPANY NAME']).toBe(false);
    expect(multiline['YOUR NAME']).toBe(false);
  });

  it('marks the shared fields, and asks the browser to autofill the reader’s own details', () => {
    const byKey = Object.fromEntries(toFields(TEMPLATE).map((field) => [field.key, field]));
    expect(byKey['COMPANY NAME']!.shared).toBe(true);
    expect(byKey['YOUR NAME']).toMatchObject({ shared: true, autocomplete: 'name' });
    expect(byKey['YOUR EMAIL']).toMatchObject({ autocomplete: 'email', inputMode: 'email' });
    expect(byKey['YOUR PHONE']).toMatchObject({ autocomplete: 'tel', inputMode: 'tel' });
    expect(byKey['PATIENT POPULATION']!.shared).toBe(false);
    expect(byKey['PATIENT POPULATION']).not.toHaveProperty('autocomplete');
  });

  it('gives every field a distinct element id', () => {
    const ids = toFields(TEMPLATE).map((field) => field.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('never throws on malformed or missing template text, and skips the broken placeholders', () => {
    for (const template of [
      '[UNCLOSED and [FINE]',
      '[A [B] C]',
      '[]',
      ']stray[',
      '',
      undefined as unknown as string,
      42 as unknown as string,
    ]) {
      expect(() => toFields(template)).not.toThrow();
    }
    expect(toFields('[UNCLOSED and [FINE]').map((field) => field.key)).toEqual(['FINE']);
  });
});
