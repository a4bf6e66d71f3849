/**
 * The placeholder grammar of role templates.
 *
 * A template is plain text with placeholders in square brackets:
 *   [COMPANY NAME]
 *   [PATIENT POPULATION — e.g., post-surgical cardiac patients]
 *
 * Labels are written in capitals; hints as they should read, in natural case.
 *
 * This one module is used by the build (to reject malformed templates with a
 * message naming the line), by the template filler island (to build its form
 * and fill the letter) and by the tests. It never throws on any input: the
 * build needs errors to report, and the island must keep working whatever the
 * template text holds.
 */

/** A run of literal text in a parsed template. */
export interface TextSegment {
  kind: 'text';
  text: string;
}

/** One occurrence of a placeholder in a parsed template. */
export interface PlaceholderSegment {
  kind: 'placeholder';
  /** Groups occurrences: the label in capitals with single spaces. */
  key: string;
  /** The label as written, trimmed (e.g. `COMPANY NAME`). */
  label: string;
  /** The example after `e.g.`, as written, if any (e.g. `post-surgical cardiac patients`). */
  hint?: string;
  /** The exact source text, brackets included. */
  raw: string;
  /** 1-based line of the opening bracket. */
  line: number;
}

export type Segment = TextSegment | PlaceholderSegment;

/** A distinct placeholder: every occurrence with the same key is one field. */
export interface Placeholder {
  key: string;
  label: string;
  hint?: string;
  /** How many times it occurs in the template. */
  occurrences: number;
}

/** A grammar error, with the 1-based line it starts on. */
export interface TemplateError {
  line: number;
  message: string;
}

export interface ParsedTemplate {
  segments: Segment[];
  placeholders: Placeholder[];
  errors: TemplateError[];
}

/** The fewest distinct placeholders a role template may have. */
export const MIN_DISTINCT_PLACEHOLDERS = 8;

// "LABEL — e.g., HINT": an em dash, en dash or double hyphen, then "e.g." with
// or without its comma. Authors type all three dashes; readers cannot tell them apart.
const HINT_SEPARATOR = /\s*(?:—|–|--)\s*e\.g\.,?\s*/i;

/** Normalises a label into the key that groups its occurrences. */
export function toKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toUpperCase();
}

function splitLabel(inner: string): { label: string; hint?: string } {
  const match = HINT_SEPARATOR.exec(inner);
  if (!match) return { label: inner.trim() };
  const label = inner.slice(0, match.index).trim();
  const hint = inner.slice(match.index + match[0].length).trim();
  return hint ? { label, hint } : { label };
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}

/**
 * Tells `[A [B] C]` (nesting) from `[A then [B]` (the first never closed): it is
 * nesting when, after the inner placeholder closes, another `]` follows on the
 * same line before any new `[`.
 */
function isNested(text: string, innerStart: number): boolean {
  const innerEnd = text.indexOf(']', innerStart);
  if (innerEnd < 0) return false;
  for (let k = innerEnd + 1; k < text.length; k++) {
    const char = text[k];
    if (char === ']') return true;
    if (char === '[' || char === '\n') return false;
  }
  return false;
}

/** Parses a template into text and placeholder segments, collecting every grammar error. */
export function parseTemplate(template: string): ParsedTemplate {
  const text = typeof template === 'string' ? template : '';
  const segments: Segment[] = [];
  const errors: TemplateError[] = [];
  const byKey = new Map<string, Placeholder>();
  let line = 1;
  let buffer = '';
  let i = 0;

  const flushText = () => {
    if (buffer) segments.push({ kind: 'text', text: buffer });
    buffer = '';
  };

  while (i < text.length) {
    const char = text[i]!;
    if (char === ']') {
      errors.push({ line, message: 'a closing `]` has no opening `[`' });
      buffer += char;
      i++;
      continue;
    }
    if (char !== '[') {
      if (char === '\n') line++;
      buffer += char;
      i++;
      continue;
    }

    // An opening bracket: find its close, refusing nesting and line breaks
    // (a placeholder never spans lines, so a missing `]` is caught on its own line).
    const startLine = line;
    let j = i + 1;
    let problem: string | undefined;
    while (j < text.length && text[j] !== ']') {
      if (text[j] === '[') {
        problem = isNested(text, j)
          ? `\`${excerpt(text.slice(i, j + 1))}\` opens a bracket inside another placeholder`
          : `\`${excerpt(text.slice(i, j).trimEnd())}\` is never closed`;
        break;
      }
      if (text[j] === '\n') break;
      j++;
    }
    if (!problem && (j >= text.length || text[j] !== ']')) {
      problem = `\`${excerpt(text.slice(i, j))}\` is never closed`;
    }
    if (problem) {
      errors.push({ line: startLine, message: problem });
      // Keep the rest as text so the reader still sees every word.
      buffer += char;
      i++;
      continue;
    }

    const raw = text.slice(i, j + 1);
    const { label, hint } = splitLabel(raw.slice(1, -1));
    if (!label) {
      errors.push({
        line: startLine,
        message:
          raw.trim() === '[]' || !raw.slice(1, -1).trim() ? 'an empty placeholder `[]`' : `\`${excerpt(raw)}\` has a hint but no label`,
      });
      buffer += raw;
      i = j + 1;
      continue;
    }
    flushText();
    const key = toKey(label);
    segments.push({ kind: 'placeholder', key, label, ...(hint ? { hint } : {}), raw, line: startLine });
    const known = byKey.get(key);
    if (known) {
      known.occurrences++;
      if (!known.hint && hint) known.hint = hint;
    } else {
      byKey.set(key, { key, label, ...(hint ? { hint } : {}), occurrences: 1 });
    }
    i = j + 1;
  }
  flushText();
  return { segments, placeholders: [...byKey.values()], errors };
}

/** Every error that makes a template unfit to publish, including too few placeholders. */
export function validateTemplate(template: string, minDistinct = MIN_DISTINCT_PLACEHOLDERS): TemplateError[] {
  const { placeholders, errors } = parseTemplate(template);
  if (placeholders.length < minDistinct) {
    errors.push({
      line: 1,
      message: `has ${placeholders.length} distinct placeholders; at least ${minDistinct} are needed`,
    });
  }
  return errors;
}

// Words that stay in capitals when a label is put in sentence case. Short words
// that are also ordinary English (IT, US, ID) are left out: "WHAT IT MEANS".
const KEEP_UPPER = new Set(
  `API APIS CPA CFA CPR EHR GPA HR ICU KPI KPIS NCLEX RN SEO SQL UX UI UK URL CRM ERP CAD OSHA PE EIT EMR ATS B2B
  SAAS ROI NPS ESL ELL IEP K-12 LMS MSW LCSW POS PTO NEC NFPA ACL ARR BI WCAG AA BLS ACLS PCCN CNA CMA AAMA EKGS
  EKG NALA MPJE NABP BCPS PGY1 CFO CEO ADDIE ASME FMEA FEA FE PMP SOC MITRE IAM EC2 EKS CKA TB MB INP ARIA NVDA
  AP GIAC GCIH LMSW TANF GTFS IAC P99 CSMS LEFS OCS CYSA 3D K-6 7-12 Y14 70E FP SHRM CP
  PN LPN LVN CDL DOT HVAC EPA AWS EMT EMD APCO NENA PTCB HIPAA IV GED STEM CNC MIG TIG PPE WMS RF SDR BDR MLS CCMA`.split(/\s+/),
);

/** "COMPANY NAME" → "Company name"; known acronyms keep their capitals. */
export function toSentenceCase(label: string): string {
  const words = label.trim().replace(/\s+/g, ' ').split(' ');
  return words
    .map((word, index) => {
      const bare = word.replace(/[^A-Za-z0-9-]/g, '').toUpperCase();
      if (KEEP_UPPER.has(bare)) return word.toUpperCase().replace(/(API|KPI|EKG|CSM)S$/, '$1s');
      // The pronoun stays capital: "THE SERVICE I OWN", "WHAT I'M PROUD OF".
      if (/^I(?:['’](?:M|VE|D|LL))?$/i.test(word)) return `I${word.slice(1).toLowerCase()}`;
      const lower = word.toLowerCase();
      return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}

/**
 * Whether a hint is written in capitals, like a label, rather than as it
 * should read: more words in capitals than not, known acronyms aside
 * ("CPR, BLS and ACLS" reads as written; "GO AND KAFKA" and "MARCH" do not).
 */
export function isCapitalisedHint(hint: string): boolean {
  const words = hint.match(/[A-Za-z][A-Za-z'’]*/g) ?? [];
  let capitals = 0;
  let others = 0;
  for (const word of words) {
    if (KEEP_UPPER.has(word.toUpperCase()) || word.length < 2) continue;
    if (word === word.toUpperCase()) capitals++;
    else others++;
  }
  return capitals > 0 && capitals > others;
}

/** A hint as the reader sees it: as its author wrote it, so names keep their case ("Go, PostgreSQL and Kafka"). */
export function formatHint(hint: string): string {
  return hint.trim();
}

/** Whether a placeholder wants a multi-line field: a long hint or an achievement to describe. */
export function isLongForm(placeholder: Pick<Placeholder, 'label' | 'hint'>): boolean {
  return (placeholder.hint?.length ?? 0) > 40 || /ACHIEVEMENT|EXAMPLE|STORY|ACCOMPLISHMENT/i.test(placeholder.label);
}

/**
 * Fills a template with the reader's values. Values are inserted literally
 * (no replacement patterns, no markup); an empty or missing value leaves the
 * placeholder's source text in place so the reader sees what is left to do.
 */
export function fillTemplate(segments: readonly Segment[], values: Readonly<Record<string, string | undefined>>): string {
  let out = '';
  for (const segment of segments) {
    if (segment.kind === 'text') out += segment.text;
    else {
      const value = values[segment.key];
      out += value && value.trim() ? value : segment.raw;
    }
  }
  return out;
}
