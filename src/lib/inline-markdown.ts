/**
 * The small, safe subset of Markdown that tip bodies, FAQ answers and
 * analysis bodies may use: `[text](/a/page/)` links, `*emphasis*` and
 * `**strong**`. Parsed into runs that components render as elements, so no
 * entry text ever becomes HTML. Anything else stays literal text.
 */

export type InlineRun =
  { kind: 'text'; text: string } | { kind: 'em' | 'strong'; text: string } | { kind: 'link'; text: string; href: string };

// A link, strong or emphasis; each must open and close on the same run of text.
const TOKEN = /\[([^\][]+)\]\(([^()\s]+)\)|\*\*([^*]+)\*\*|\*([^*\s][^*]*?)\*/g;

/** Splits text into plain runs, links, emphasis and strong runs. */
export function parseInline(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) runs.push({ kind: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) runs.push({ kind: 'link', text: match[1], href: match[2]! });
    else if (match[3] !== undefined) runs.push({ kind: 'strong', text: match[3] });
    else runs.push({ kind: 'em', text: match[4]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}

/** The text a reader sees, marks and URLs removed: for JSON-LD, meta text and word counts. */
export function toPlainInline(text: string): string {
  return parseInline(text)
    .map((run) => run.text)
    .join('');
}

/** Whether a link stays on this site: a root-relative path, which the page prefixes with the base path. */
export function isInternalHref(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** Why a link's address is not allowed, or undefined: only our own paths and https pages. */
export function hrefProblem(href: string): string | undefined {
  if (isInternalHref(href)) return undefined;
  if (/^https:\/\/[^/\s]+/.test(href)) return undefined;
  return `link "${href}" must be a path on this site (starting with /) or an https:// address`;
}
