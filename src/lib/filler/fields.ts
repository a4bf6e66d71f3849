/**
 * The template filler's form, as data: one field per distinct placeholder, in
 * order of first appearance. The component renders it at build time, so the
 * island never has to build a form in the browser.
 */
import { formatHint, isLongForm, parseTemplate, toSentenceCase } from '../placeholders.ts';
import { isSharedField } from '../shared-fields.ts';

/** One form field of the filler: fills every occurrence of its placeholder. */
export interface Field {
  /** The placeholder key that groups its occurrences (e.g. `COMPANY NAME`). */
  key: string;
  /** The element id of its input, unique on the page. */
  id: string;
  /** The visible label, in sentence case ("Company name"). */
  label: string;
  /** The `e.g.` example as the template writes it, if it gives one. */
  hint?: string;
  /** Whether it wants a multi-line text area. */
  multiline: boolean;
  /** Whether it means the same on every role, and is remembered across roles. */
  shared: boolean;
  /** The `autocomplete` token for the reader's own details (WCAG 1.3.5), if any. */
  autocomplete?: string;
  /** The on-screen keyboard that suits the field, if not plain text. */
  inputMode?: 'email' | 'tel';
}

// The reader's own contact details, so browsers can offer to fill them
// (WCAG 1.3.5 asks for this on fields that collect information about the user).
const INPUT_PURPOSE: Readonly<Record<string, Pick<Field, 'autocomplete' | 'inputMode'>>> = {
  'YOUR NAME': { autocomplete: 'name' },
  'YOUR EMAIL': { autocomplete: 'email', inputMode: 'email' },
  'YOUR PHONE': { autocomplete: 'tel', inputMode: 'tel' },
  'YOUR CITY': { autocomplete: 'address-level2' },
};

/** The form fields of a template, one per distinct placeholder, in order of first appearance. */
export function toFields(template: string, idPrefix = 'filler-field'): Field[] {
  return parseTemplate(template).placeholders.map((placeholder, index) => ({
    key: placeholder.key,
    id: `${idPrefix}-${index + 1}`,
    label: toSentenceCase(placeholder.label),
    ...(placeholder.hint ? { hint: formatHint(placeholder.hint) } : {}),
    multiline: isLongForm(placeholder),
    shared: isSharedField(placeholder.key),
    ...INPUT_PURPOSE[placeholder.key],
  }));
}
