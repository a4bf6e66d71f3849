/**
 * Placeholders that mean the same thing on every role page. Their content is
 * obvious, so they need no `e.g.` hint, and the template filler remembers
 * them across roles so a reader types their name once.
 */
export const SHARED_FIELDS = [
  'YOUR NAME',
  'YOUR EMAIL',
  'YOUR PHONE',
  'YOUR CITY',
  'HIRING MANAGER NAME',
  'COMPANY NAME',
  'POSITION TITLE',
  'YEARS OF EXPERIENCE',
  'CURRENT OR LAST EMPLOYER',
  'YOUR AVAILABILITY',
] as const;

const shared = new Set<string>(SHARED_FIELDS);

/** Whether a placeholder key is one of the shared, remembered fields. */
export function isSharedField(key: string): boolean {
  return shared.has(key);
}
