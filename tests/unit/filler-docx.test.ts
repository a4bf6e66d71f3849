/** The .docx download: a real Word file whose text is the filled letter, unzipped and read here. */
import * as docx from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createLetterDocument } from '../../src/lib/filler/docx.ts';
import { toParagraphs, toPlainText, type Values } from '../../src/lib/filler/letter.ts';

const TEMPLATE = `Dear [HIRING MANAGER NAME],

I want to join [COMPANY NAME] as its [POSITION TITLE]. [COMPANY NAME] builds [PRODUCT — e.g., PAYMENT SOFTWARE].

Best regards,
[YOUR NAME]`;
const paragraphs = toParagraphs(TEMPLATE);

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '</script>',
  '{{x}}',
  '$& and $1',
  '[COMPANY NAME]',
  'שלום עולם مرحبا',
  '👩🏽‍💻 ships 🚀',
  'long '.repeat(4000).trim(),
];

async function buildFiles(values: Values, info = { title: 'Backend Developer cover letter' }) {
  const buffer = await docx.Packer.toBuffer(createLetterDocument(docx, paragraphs, values, info));
  const files = unzipSync(new Uint8Array(buffer));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const decode = (xml: string) =>
  xml.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

/** The text a reader sees in Word: paragraphs joined by blank lines, line breaks as newlines. */
function wordText(documentXml: string): string {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)]
    .map((match) =>
      [...(match[1] ?? match[2] ?? '').matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)]
        .map((part) => (part[0] === '<w:br/>' ? '\n' : decode(part[1] ?? '')))
        .join(''),
    )
    .join('\n\n');
}

describe('createLetterDocument', () => {
  it('makes a Word file whose text is the filled letter, paragraph for paragraph', async () => {
    const values = { 'HIRING MANAGER NAME': 'Ms. Rivera', 'COMPANY NAME': 'Northwind', 'YOUR NAME': 'Ada Lovelace' };
    const files = await buildFiles(values);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
    expect(wordText(files['word/document.xml']!)).toBe(toPlainText(paragraphs, values));
    expect(wordText(files['word/document.xml']!)).toContain('Best regards,\nAda Lovelace');
  });

  it.each(HOSTILE)('carries %s literally, escaped as XML text', async (value) => {
    const files = await buildFiles({ 'POSITION TITLE': value, 'COMPANY NAME': 'Northwind' });
    const xml = files['word/document.xml']!;
    expect(wordText(xml)).toBe(toPlainText(paragraphs, { 'POSITION TITLE': value, 'COMPANY NAME': 'Northwind' }));
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('</script>');
  });

  it('highlights the placeholders still open, and only those', async () => {
    const xml = (await buildFiles({ 'COMPANY NAME': 'Northwind' }))['word/document.xml']!;
    const highlighted = [
      ...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((match) => decode(match[1]!));
    expect(highlighted).toEqual(['[HIRING MANAGER NAME]', '[POSITION TITLE]', '[PRODUCT — e.g., PAYMENT SOFTWARE]', '[YOUR NAME]']);
  });

  it('drops characters no Word file may hold, instead of writing a file Word calls corrupt', async () => {
    const xml = (await buildFiles({ 'COMPANY NAME': 'North\u0000wi\u000Bnd\uD800' }))['word/document.xml']!;
    expect(wordText(xml)).toContain('join Northwind as');
    // eslint-disable-next-line no-control-regex -- the test looks for the control characters the builder must drop
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('keeps the line breaks of a multi-line answer', async () => {
    const xml = (await buildFiles({ PRODUCT: 'payments\nand ledgers' }))['word/document.xml']!;
    expect(wordText(xml)).toContain('builds payments\nand ledgers.');
  });

  it('names the reader as the author when they gave a name, and never us', async () => {
    const named = (await buildFiles({}, { title: 'Chef cover letter', author: 'Ada Lovelace' } as never))['docProps/core.xml']!;
    expect(named).toContain('<dc:title>Chef cover letter</dc:title>');
    expect(named).toContain('<dc:creator>Ada Lovelace</dc:creator>');
    const anonymous = (await buildFiles({}))['docProps/core.xml']!;
    expect(anonymous).not.toContain('<dc:creator>');
    expect(anonymous).not.toMatch(/Dear Hiring|Un-named/);
  });
});
