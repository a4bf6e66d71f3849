/** The filled letter as plain text: what the preview, the clipboard and the .txt download carry. */
import { describe, expect, it } from 'vitest';
import {
  countFilled,
  countLetterWords,
  describeLength,
  downloadName,
  toParagraphs,
  toPlainText,
  toWrittenText,
} from '../../src/lib/filler/letter.ts';

const TEMPLATE = `Dear [HIRING MANAGER NAME],

I want to join [COMPANY NAME] as its [POSITION TITLE]. [COMPANY NAME] builds [PRODUCT — e.g., PAYMENT SOFTWARE].

Best regards,
[YOUR NAME]
`;

/** Every value a reader might type that a careless filler would turn into markup or a pattern. */
const HOSTILE_VALUES = {
  markup: '<img src=x onerror=alert(1)>',
  'a closing script tag': '</script>',
  'a template expression': '{{x}}',
  'a $& replacement pattern': '$&',
  'a $1 replacement pattern': '$1',
  'another placeholder': '[COMPANY NAME]',
  'right-to-left text': 'שלום עולם مرحبا',
  emoji: '👩🏽‍💻 ships 🚀',
  'a 20,000-character paste': 'long '.repeat(4000),
};

describe('toParagraphs', () => {
  it('splits on blank lines and keeps the line break inside a sign-off', () => {
    const paragraphs = toParagraphs(TEMPLATE);
    expect(paragraphs).toHaveLength(3);
    expect(toPlainText(paragraphs, {})).toBe(TEMPLATE.trim());
  });

  it('treats Windows line endings and extra blank lines like plain ones', () => {
    expect(toPlainText(toParagraphs('One [A].\r\n\r\n\r\nTwo [B].\r\n'), {})).toBe('One [A].\n\nTwo [B].');
  });

  it('never throws on malformed or missing template text, and keeps every character of it', () => {
    for (const template of ['[UNCLOSED', '[A [B] C]', '[]', ']', '']) {
      expect(toPlainText(toParagraphs(template), { A: 'x' })).toBe(template);
    }
    expect(toParagraphs(undefined as unknown as string)).toEqual([]);
  });
});

describe('toPlainText', () => {
  const paragraphs = toParagraphs(TEMPLATE);

  it('fills every occurrence of a repeated placeholder', () => {
    const text = toPlainText(paragraphs, { 'COMPANY NAME': 'Northwind', 'YOUR NAME': 'Ada Lovelace' });
    expect(text).toBe(
      'Dear [HIRING MANAGER NAME],\n\nI want to join Northwind as its [POSITION TITLE]. Northwind builds [PRODUCT — e.g., PAYMENT SOFTWARE].\n\nBest regards,\nAda Lovelace',
    );
  });

  it('leaves a placeholder showing while its value is empty or only spaces', () => {
    expect(toPlainText(paragraphs, { 'COMPANY NAME': '   ' })).toContain('join [COMPANY NAME] as');
  });

  it.each(Object.entries(HOSTILE_VALUES))('inserts %s literally', (_, value) => {
    const text = toPlainText(paragraphs, { 'POSITION TITLE': value, 'HIRING MANAGER NAME': 'Ms. Rivera' });
    expect(text).toBe(TEMPLATE.trim().replace('[HIRING MANAGER NAME]', 'Ms. Rivera').split('[POSITION TITLE]').join(value));
  });

  it('does not fill a placeholder that the reader typed into another field', () => {
    const text = toPlainText(paragraphs, { 'POSITION TITLE': '[COMPANY NAME]', 'COMPANY NAME': 'Northwind' });
    expect(text).toContain('join Northwind as its [COMPANY NAME]. Northwind builds');
  });

  it('keeps the line breaks of a multi-line answer', () => {
    expect(toPlainText(paragraphs, { PRODUCT: 'payments\nand ledgers' })).toContain('builds payments\nand ledgers.');
  });
});

describe('progress', () => {
  const paragraphs = toParagraphs(TEMPLATE);
  const keys = ['HIRING MANAGER NAME', 'COMPANY NAME', 'POSITION TITLE', 'PRODUCT', 'YOUR NAME'];

  it('counts filled fields, not occurrences, and ignores blank values', () => {
    expect(countFilled(keys, {})).toBe(0);
    expect(countFilled(keys, { 'COMPANY NAME': 'Northwind', PRODUCT: ' ', 'YOUR NAME': 'Ada' })).toBe(2);
  });

  it('counts the words the reader has, leaving open placeholders out', () => {
    // "Dear , I want to join as its . builds . Best regards," is 10 words.
    expect(countLetterWords(paragraphs, {})).toBe(10);
    expect(countLetterWords(paragraphs, { 'COMPANY NAME': 'Northwind Traders', 'YOUR NAME': 'Ada' })).toBe(10 + 2 * 2 + 1);
  });

  it('gives the written text with values in place and open placeholders, hints and all, left out', () => {
    const written = toWrittenText(paragraphs, { 'COMPANY NAME': 'Northwind', PRODUCT: '  ' });
    expect(written).toContain('I want to join Northwind as its');
    expect(written).toContain('Northwind builds');
    // The hint is an example for the reader, not their words: a matcher must not count it as written.
    expect(written).not.toMatch(/PAYMENT|HIRING|\[/);
    expect(written.split('\n\n')).toHaveLength(3);
  });

  it('says where the length stands against 250 to 400 words', () => {
    expect(describeLength(1)).toBe('1 word, aim for 250 to 400');
    expect(describeLength(249)).toBe('249 words, aim for 250 to 400');
    expect(describeLength(250)).toBe('250 words, within the recommended 250 to 400');
    expect(describeLength(400)).toBe('400 words, within the recommended 250 to 400');
    expect(describeLength(401)).toBe('401 words, over the recommended 400');
  });
});

describe('downloadName', () => {
  it('names the file after the role', () => {
    expect(downloadName('backend-developer', 'txt')).toBe('backend-developer-cover-letter.txt');
    expect(downloadName('backend-developer', 'docx')).toBe('backend-developer-cover-letter.docx');
  });

  it('keeps a strange slug out of the file system’s way', () => {
    expect(downloadName('../Évil/../x', 'txt')).toBe('vil-x-cover-letter.txt');
    expect(downloadName('', 'txt')).toBe('dear-hiring-cover-letter.txt');
  });
});
