/**
 * Links written inside role entries (tips, FAQ answers, analysis points) must
 * reach a page that exists, and an `#id` on a role page must be one of its
 * headings or passages. Checked once per build with the whole site known;
 * each problem names the file and the field.
 */
import type { GuideEntry } from './guides.ts';
import { hrefProblem, isInternalHref, parseInline } from './inline-markdown.ts';
import { faqId, roleFile, tipId, type IndustryEntry, type RoleEntry } from './library.ts';
import { guidePath, industryPath, rolePath } from './paths.ts';
import { passageId, pointId, ROLE_SECTIONS } from './sections.ts';

/** The fields of a role entry that accept inline links, with their text. */
export function linkableFields(role: RoleEntry['data']): { field: string; text: string }[] {
  return [
    ...role.analysis.map((point, index) => ({ field: `analysis[${index}].body`, text: point.body })),
    ...role.tips.map((tip, index) => ({ field: `tips[${index}].body`, text: tip.body })),
    ...role.faq.map((item, index) => ({ field: `faq[${index}].answer`, text: item.answer })),
  ];
}

/** Every id a role page has that a link may jump to. */
export function roleAnchors(role: RoleEntry['data']): Set<string> {
  return new Set([
    ...ROLE_SECTIONS.map((section) => section.id),
    ...role.tips.map(tipId),
    ...role.faq.map(faqId),
    ...role.analysis.flatMap((_, index) => [pointId(index + 1), passageId(index + 1)]),
  ]);
}

/** Every broken or disallowed link inside role entries. */
export function checkEntryLinks(
  roles: readonly RoleEntry[],
  guides: readonly GuideEntry[],
  industries: readonly IndustryEntry[],
): string[] {
  const pages = new Map<string, Set<string> | undefined>([
    ['/', undefined],
    ['/cover-letters/', undefined],
    ['/guides/', undefined],
    ['/search/', undefined],
    ...roles.map((role) => [rolePath(role.id), roleAnchors(role.data)] as const),
    ...guides.map((guide) => [guidePath(guide.id), undefined] as const),
    ...industries.map((industry) => [industryPath(industry.id), undefined] as const),
  ]);
  const problems: string[] = [];
  for (const role of roles) {
    for (const { field, text } of linkableFields(role.data)) {
      for (const run of parseInline(text)) {
        if (run.kind !== 'link') continue;
        const where = `${roleFile(role)}: ${field}: `;
        const disallowed = hrefProblem(run.href);
        if (disallowed) {
          problems.push(where + disallowed);
          continue;
        }
        if (!isInternalHref(run.href)) continue;
        const [path = '', fragment] = run.href.split('#');
        if (!pages.has(path)) {
          problems.push(`${where}link "${run.href}" goes to ${path}, which is not a page on this site`);
          continue;
        }
        const anchors = pages.get(path);
        if (fragment !== undefined && anchors && !anchors.has(fragment)) {
          problems.push(`${where}link "${run.href}": ${path} has no #${fragment}`);
        }
      }
    }
  }
  return problems;
}
