/**
 * Passage marks in example letters.
 *
 * An author ties an analysis point to the words it discusses by wrapping them
 * in the letter as `{2: the passage}`, where 2 is the point's number. The page
 * turns each mark into a highlighted passage that links to its point and back.
 * Pure and total: returns errors instead of throwing.
 */

export interface PlainRun {
  kind: 'text';
  text: string;
}

export interface PassageRun {
  kind: 'passage';
  /** The analysis point this passage belongs to (1-based). */
  point: number;
  text: string;
}

export type LetterRun = PlainRun | PassageRun;

const MARK = /\{(\d+):\s*([^{}]*?)\s*\}/g;

/** Splits one letter paragraph into plain text and marked passages. */
export function parseMarkedParagraph(paragraph: string): { runs: LetterRun[]; errors: string[] } {
  const runs: LetterRun[] = [];
  const errors: string[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(MARK)) {
    if (match.index > last) runs.push({ kind: 'text', text: paragraph.slice(last, match.index) });
    const point = Number(match[1]);
    const text = match[2] ?? '';
    if (!text) errors.push(`passage mark \`{${point}:}\` is empty`);
    runs.push({ kind: 'passage', point, text });
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) runs.push({ kind: 'text', text: paragraph.slice(last) });
  for (const run of runs) {
    if (run.kind === 'text' && /[{}]/.test(run.text)) {
      const at = run.text.search(/[{}]/);
      errors.push(
        `stray \`${run.text[at]}\` near "${run.text.slice(Math.max(0, at - 15), at + 15).trim()}": a passage mark is written \`{1: the words}\``,
      );
    }
  }
  return { runs, errors };
}

/** The paragraph with its marks removed: what a reader of the letter sees. */
export function toPlainParagraph(paragraph: string): string {
  return parseMarkedParagraph(paragraph)
    .runs.map((run) => run.text)
    .join('');
}

/**
 * Checks that every analysis point has exactly one passage in the letter and
 * every passage belongs to a point. Returns one message per problem.
 */
export function checkPassages(paragraphs: readonly string[], pointCount: number): string[] {
  const problems: string[] = [];
  const seen = new Map<number, number>();
  paragraphs.forEach((paragraph, index) => {
    const { runs, errors } = parseMarkedParagraph(paragraph);
    for (const error of errors) problems.push(`paragraph ${index + 1}: ${error}`);
    for (const run of runs) {
      if (run.kind !== 'passage') continue;
      seen.set(run.point, (seen.get(run.point) ?? 0) + 1);
      if (run.point < 1 || run.point > pointCount) {
        problems.push(`paragraph ${index + 1}: passage {${run.point}: …} has no analysis point ${run.point} (there are ${pointCount})`);
      }
    }
  });
  for (let point = 1; point <= pointCount; point++) {
    const count = seen.get(point) ?? 0;
    if (count === 0) problems.push(`analysis point ${point} has no passage marked \`{${point}: …}\` in the letter`);
    if (count > 1) problems.push(`analysis point ${point} is marked ${count} times in the letter; mark one passage`);
  }
  return problems;
}
