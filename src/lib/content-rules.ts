/**
 * The library's editorial standard, as checks: what makes a role page worth
 * reading beyond what the schema requires (length, figures, specific tips,
 * original sentences). Run by the content test over every entry; each message
 * names the file, the rule and the figure.
 */
import type { RoleEntry } from './library.ts';
import { isFamilyRoot, roleFile } from './library.ts';
import { toPlainParagraph } from './passages.ts';
import { isCapitalisedHint, parseTemplate } from './placeholders.ts';
import { isSharedField } from './shared-fields.ts';
import { findSharedRun } from './shingles.ts';
import { countWords, normalisedWords } from './text.ts';

/** The measurable half of WRITING.md. */
export const STANDARD = {
  letterWords: { min: 250, max: 450 },
  letterFigures: 3,
  analysisWords: 35,
  templatePlaceholders: 10,
  tips: 4,
  tipWords: { min: 60, max: 200 },
  faq: 4,
  answerWords: { min: 40, max: 150 },
  pageWords: 1400,
  sharedRun: 8,
  jobsPerIndustry: 6,
  linksToEachJob: 2,
  entryOrChangeRoles: 4,
} as const;

/** The letter as a reader sees it: salutation, body and sign-off, marks removed. */
export function letterText(role: RoleEntry['data']): string {
  return [role.letter.salutation, ...role.letter.body.map(toPlainParagraph), role.letter.signoff, role.letter.name].join('\n\n');
}

/** Distinct figures in a text: numbers with their units, money, percentages, times. */
export function findFigures(text: string): string[] {
  const matches = text.match(/[$£€]?\d[\d,.]*\s*(?:%|percent|ms|k|m|million|billion|hours?|minutes?|days?|weeks?|months?|years?)?/gi) ?? [];
  return [...new Set(matches.map((match) => match.trim().toLowerCase()))];
}

/** All words on the page, for the page-length rule. */
export function pageText(role: RoleEntry['data'], body = ''): string {
  return [
    role.intro,
    letterText(role),
    ...role.analysis.flatMap((point) => [point.title, point.body]),
    role.template,
    ...role.tips.flatMap((tip) => [tip.title, tip.body]),
    ...role.faq.flatMap((item) => [item.question, item.answer]),
    body,
  ].join('\n\n');
}

function range(count: number, bounds: { min: number; max: number }): 'low' | 'high' | undefined {
  if (count < bounds.min) return 'low';
  if (count > bounds.max) return 'high';
  return undefined;
}

/** Every rule one entry breaks on its own. */
export function checkEntry(role: RoleEntry, body = ''): string[] {
  const file = roleFile(role);
  const data = role.data;
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${file}: ${message}`);

  const letter = data.letter.body.map(toPlainParagraph).join('\n\n');
  const letterWords = countWords(letterText(data));
  const side = range(letterWords, STANDARD.letterWords);
  if (side === 'low') say(`letter has ${letterWords} words; at least ${STANDARD.letterWords.min} are needed`);
  if (side === 'high') say(`letter has ${letterWords} words; at most ${STANDARD.letterWords.max} are allowed`);
  const figures = findFigures(letter);
  if (figures.length < STANDARD.letterFigures) {
    say(`letter has ${figures.length} concrete figures (${figures.join(', ') || 'none'}); at least ${STANDARD.letterFigures} are needed`);
  }
  if (!letter.includes(data.letter.employer)) say(`letter never names its employer "${data.letter.employer}"`);

  data.analysis.forEach((point, index) => {
    const words = countWords(point.body);
    if (words < STANDARD.analysisWords) {
      say(`analysis point ${index + 1} has ${words} words; at least ${STANDARD.analysisWords} are needed to teach the technique`);
    }
  });

  const { placeholders } = parseTemplate(data.template);
  if (placeholders.length < STANDARD.templatePlaceholders) {
    say(`template has ${placeholders.length} distinct placeholders; at least ${STANDARD.templatePlaceholders} are needed`);
  }
  for (const placeholder of placeholders) {
    if (!placeholder.hint && !isSharedField(placeholder.key)) {
      say(`template placeholder [${placeholder.label}] needs an "e.g." hint (only shared fields such as [COMPANY NAME] go without)`);
    }
    if (placeholder.hint && isCapitalisedHint(placeholder.hint)) {
      say(
        `template placeholder [${placeholder.label}] has its hint in capitals ("${placeholder.hint}"); write it as it should read, in natural case (acronyms such as CPR stay in capitals; add a new one to KEEP_UPPER in src/lib/placeholders.ts)`,
      );
    }
  }

  if (data.tips.length < STANDARD.tips) say(`has ${data.tips.length} tips; at least ${STANDARD.tips} are needed`);
  data.tips.forEach((tip, index) => {
    const words = countWords(tip.body);
    const tipSide = range(words, STANDARD.tipWords);
    if (tipSide)
      say(`tip ${index + 1} ("${tip.title}") has ${words} words; ${STANDARD.tipWords.min} to ${STANDARD.tipWords.max} are needed`);
  });
  if (data.faq.length < STANDARD.faq) say(`has ${data.faq.length} FAQ questions; at least ${STANDARD.faq} are needed`);
  data.faq.forEach((item, index) => {
    const words = countWords(item.answer);
    const answerSide = range(words, STANDARD.answerWords);
    if (answerSide)
      say(
        `FAQ answer ${index + 1} ("${item.question}") has ${words} words; ${STANDARD.answerWords.min} to ${STANDARD.answerWords.max} are needed`,
      );
  });

  const pageWords = countWords(pageText(data, body));
  if (pageWords < STANDARD.pageWords) say(`page has ${pageWords} words; at least ${STANDARD.pageWords} are needed`);
  if (data.skills.length < 2) say(`lists ${data.skills.length} skills; at least 2 are needed to relate roles`);
  return problems;
}

/** Sentences of at least `min` words, normalised, from prose. */
export function sentences(text: string, min = STANDARD.sharedRun): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => normalisedWords(sentence).join(' '))
    .filter((sentence) => sentence.split(' ').length >= min);
}

/** The prose an entry writes (not its template, titles or conventions), for the originality checks. */
export function proseOf(role: RoleEntry['data'], body: string): string {
  // Salutations and sign-offs are conventions, shared by design.
  return [
    role.intro,
    ...role.letter.body.map(toPlainParagraph),
    ...role.analysis.map((point) => point.body),
    ...role.tips.map((tip) => tip.body),
    ...role.faq.map((item) => item.answer),
    body,
  ].join('\n');
}

/** Rules across entries: repeated sentences, copied reference text, duplicate descriptions, industry sizes, related roles. */
export function checkAcrossEntries(
  roles: readonly (RoleEntry & { body?: string })[],
  options: { referenceShingles?: ReadonlySet<string>; industries?: readonly string[] } = {},
): string[] {
  const problems: string[] = [];
  const firstSeen = new Map<string, string>();
  for (const role of roles) {
    const file = roleFile(role);
    const own = new Set(sentences(proseOf(role.data, role.body ?? '')));
    for (const sentence of own) {
      const other = firstSeen.get(sentence);
      if (other) problems.push(`${file}: the sentence "${sentence}" also appears in ${other}`);
      else firstSeen.set(sentence, file);
    }
  }

  if (options.referenceShingles) {
    for (const role of roles) {
      const run = findSharedRun(pageText(role.data, role.body ?? ''), options.referenceShingles, STANDARD.sharedRun);
      if (run) {
        problems.push(
          `${roleFile(role)}: "${run}" is ${STANDARD.sharedRun} words in a row from the reference page; write it in our own words`,
        );
      }
    }
  }

  const descriptions = new Map<string, string>();
  for (const role of roles) {
    const other = descriptions.get(role.data.description);
    if (other) problems.push(`${roleFile(role)}: description is the same as ${other}'s`);
    descriptions.set(role.data.description, roleFile(role));
  }

  // A job is its main page; its level pages are reached from it.
  const jobs = roles.filter((role) => isFamilyRoot(role));
  for (const industry of options.industries ?? []) {
    const count = jobs.filter((role) => role.data.industry === industry).length;
    if (count < STANDARD.jobsPerIndustry)
      problems.push(`content/industries.yaml: industry "${industry}" has ${count} jobs; at least ${STANDARD.jobsPerIndustry} are needed`);
  }
  if (options.industries) {
    const linkedFrom = new Map<string, number>();
    for (const role of roles) for (const id of role.data.related) linkedFrom.set(id, (linkedFrom.get(id) ?? 0) + 1);
    for (const job of jobs) {
      const count = linkedFrom.get(job.id) ?? 0;
      if (count < STANDARD.linksToEachJob)
        problems.push(
          `${roleFile(job)}: is in the related list of ${count} other entries; at least ${STANDARD.linksToEachJob} are needed so readers find it`,
        );
    }
  }

  const byId = new Map(roles.map((role) => [role.id, role]));
  for (const role of roles) {
    for (const relatedId of role.data.related) {
      const related = byId.get(relatedId);
      if (!related) continue; // checkLibrary reports missing roles
      const sharesSkill = related.data.skills.some((skill) => role.data.skills.includes(skill));
      if (related.data.industry !== role.data.industry && !sharesSkill) {
        problems.push(`${roleFile(role)}: related role "${relatedId}" shares neither its industry nor a skill`);
      }
    }
  }

  const forNewcomers = roles.filter((role) => role.data.level === 'entry' || role.data.level === 'career-change').length;
  if (roles.length >= 40 && forNewcomers < STANDARD.entryOrChangeRoles) {
    problems.push(
      `content/roles: ${forNewcomers} entries are entry level or career change; at least ${STANDARD.entryOrChangeRoles} are needed`,
    );
  }
  return problems;
}
