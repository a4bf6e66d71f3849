/**
 * The sections of a role page, in order. One list used by the page, its
 * table of contents, the search index settings and the tests.
 */
export const ROLE_SECTIONS = [
  { id: 'intro', label: 'Why it matters' },
  { id: 'example', label: 'Example letter' },
  { id: 'analysis', label: 'Why it works' },
  { id: 'template', label: 'Template' },
  { id: 'tips', label: 'Tips' },
  { id: 'faq', label: 'FAQ' },
] as const;

export type RoleSectionId = (typeof ROLE_SECTIONS)[number]['id'];

/** The id of an analysis point, and of the letter passage it discusses. */
export const pointId = (point: number) => `point-${point}`;
export const passageId = (point: number) => `passage-${point}`;
