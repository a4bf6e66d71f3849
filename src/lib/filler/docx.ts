/**
 * The filled letter as a Word document. The `docx` library is large, so it is
 * handed in by the caller: the island loads it only when the reader asks for a
 * .docx, and the tests pass the module they imported.
 */
import type * as Docx from 'docx';
import type { Segment } from '../placeholders.ts';
import { isFilled, type Values } from './letter.ts';

/** What the document says about itself in File > Properties. */
export interface DocumentInfo {
  /** e.g. "Backend Developer cover letter". */
  title: string;
  /** The reader's name if they gave it; the file then names them, not us, as its author. */
  author?: string;
}

// XML 1.0 cannot carry most control characters or lone surrogates; a paste can,
// and one of them would make Word call the whole file corrupt.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text that XML can carry: everything a reader typed, minus characters no Word file may hold. */
export function toXmlSafe(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_XML, '');
}

// One run per line of a piece of text, with a line break before every line
// after the first, so a sign-off and multi-line answers keep their shape.
function runs(docx: typeof Docx, text: string, unfilled: boolean): Docx.TextRun[] {
  return toXmlSafe(text)
    .split('\n')
    .map(
      (line, index) => new docx.TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}), ...(unfilled ? { highlight: 'yellow' } : {}) }),
    );
}

/**
 * The letter as a `docx` Document: one Word paragraph per letter paragraph,
 * values inserted as text, open placeholders highlighted so they are hard to miss.
 */
export function createLetterDocument(
  docx: typeof Docx,
  paragraphs: readonly (readonly Segment[])[],
  values: Values,
  info: DocumentInfo,
): Docx.Document {
  const children = paragraphs.map(
    (segments) =>
      new docx.Paragraph({
        spacing: { after: 240 },
        children: segments.flatMap((segment) => {
          if (segment.kind === 'text') return runs(docx, segment.text, false);
          const value = values[segment.key];
          return isFilled(value) ? runs(docx, value, false) : runs(docx, segment.raw, true);
        }),
      }),
  );
  return new docx.Document({
    title: toXmlSafe(info.title),
    // An empty author keeps docx's "Un-named" default, and our name, out of a file sent to employers.
    creator: toXmlSafe(info.author ?? ''),
    lastModifiedBy: toXmlSafe(info.author ?? ''),
    styles: { default: { document: { run: { font: 'Georgia', size: 22 }, paragraph: { spacing: { line: 276 } } } } },
    // US Letter, as the site writes for US hiring; Word rescales it to A4 when printing elsewhere.
    sections: [{ properties: { page: { size: { width: 12240, height: 15840 } } }, children }],
  });
}
