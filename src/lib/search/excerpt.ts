/**
 * Pagefind's excerpts as plain data. An excerpt is the page's text, HTML-
 * escaped, with matching words wrapped in `<mark>`. The UI never hands that
 * string to innerHTML: it reads it here into runs of text, marked or not, and
 * builds `<mark>` elements itself, so nothing in a page (or a query) can
 * become markup.
 */

/** A stretch of excerpt text; `marked` runs are words that matched the query. */
export interface ExcerptRun {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML escaper produces; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Reads an excerpt into runs. Only `<mark>` and `</mark>` count as tags;
 * any other `<...>` stays literal text, and adjacent runs of the same kind
 * are joined.
 */
export function parseExcerpt(html: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const token of html.split(/(<\/?mark>)/i)) {
    const tag = token.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      marked = tag === '<mark>';
      continue;
    }
    const text = decodeEntities(token);
    if (text === '') continue;
    const last = runs.at(-1);
    if (last && last.marked === marked) last.text += text;
    else runs.push({ text, marked });
  }
  return runs;
}

/** The excerpt as plain text, e.g. for a screen reader description. */
export function excerptText(runs: readonly ExcerptRun[]): string {
  return runs.map((run) => run.text).join('');
}
