/**
 * The contract for role entries (`content/roles/*.mdx`): every rule an author
 * must meet, checked by Astro's zod when the build loads the collection.
 * Rules that need other entries (does this industry exist?) live in
 * `library.ts`, which runs once all entries are loaded.
 */
import { z } from 'astro/zod';
import { checkPassages } from './passages.ts';
import { validateTemplate } from './placeholders.ts';
import { toParagraphs } from './text.ts';

/** Experience levels, in the order the site lists them. */
export const LEVELS = ['entry', 'mid', 'senior', 'career-change'] as const;
export type Level = (typeof LEVELS)[number];

/** How each level reads on the page. */
export const LEVEL_LABELS: Record<Level, string> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  'career-change': 'Career change',
};

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase words joined by hyphens');
const text = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is empty`);
const headingId = slug.max(60).optional();

const paragraphs = (what: string, min: number) =>
  text(what).refine((value) => toParagraphs(value).length >= min, {
    message: `${what} needs at least ${min} paragraphs separated by a blank line`,
  });

/** The zod schema of one role entry's frontmatter. */
export const roleSchema = z
  .object({
    /** The role as readers search for it, e.g. "Backend Developer". */
    title: text('title').max(50, 'title is longer than 50 characters'),
    /** Id of an entry in `content/industries.yaml`. */
    industry: slug,
    /** Who the example letter is written for. */
    level: z.enum(LEVELS, { error: `level must be one of ${LEVELS.join(', ')}` }),
    /**
     * The job this page is one level of: the slug of that job's main entry
     * (e.g. `registered-nurse`). Left out on the main entry itself.
     */
    family: slug.optional(),
    /** The meta description: what this page gives the reader. */
    description: text('description')
      .min(70, 'description must be at least 70 characters')
      .max(160, 'description must be at most 160 characters'),
    /** When the content last changed meaningfully (YYYY-MM-DD). */
    updated: z.coerce.date({ error: 'updated must be a date written YYYY-MM-DD' }),
    /** Show this role among the home page's featured roles. */
    featured: z.boolean().default(false),
    /** Skills the role shares with others (e.g. `sql`, `patient-care`): related roles share one or an industry. */
    skills: z.array(slug).default([]),
    /** 3 to 5 slugs of other roles a reader of this one may want. */
    related: z
      .array(slug)
      .min(3, 'related needs at least 3 roles')
      .max(5, 'related allows at most 5 roles')
      .refine((list) => new Set(list).size === list.length, 'related lists a role twice'),
    /** Why a cover letter matters for this role: 2 or more paragraphs. */
    intro: paragraphs('intro', 2),
    /** The example letter. Mark passages for the analysis as `{1: the words}`. */
    letter: z.object({
      salutation: text('letter.salutation'),
      body: z.array(text('letter paragraph')).min(4, 'letter.body needs at least 4 paragraphs'),
      signoff: text('letter.signoff'),
      /** The fictional writer's name. */
      name: text('letter.name'),
      /** The fictional employer the letter is written to; the letter must name it. */
      employer: text('letter.employer'),
    }),
    /** 4 to 6 numbered points on why the letter works, in order of their number. */
    analysis: z
      .array(z.object({ title: text('analysis title'), body: text('analysis body') }))
      .min(4, 'analysis needs at least 4 points')
      .max(6, 'analysis allows at most 6 points'),
    /** The letter's skeleton with `[LABEL]` and `[LABEL — e.g., HINT]` placeholders. */
    template: text('template'),
    /** Role-specific advice; each title becomes a linkable heading. */
    tips: z.array(z.object({ title: text('tip title'), body: text('tip body'), id: headingId })).min(3, 'tips needs at least 3 tips'),
    /** Questions people in this job ask; each question becomes a linkable heading. */
    faq: z
      .array(z.object({ question: text('faq question'), answer: text('faq answer'), id: headingId }))
      .min(3, 'faq needs at least 3 questions'),
  })
  .superRefine((role, ctx) => {
    for (const problem of checkPassages(role.letter.body, role.analysis.length)) {
      ctx.addIssue({ code: 'custom', path: ['letter', 'body'], message: problem });
    }
    for (const error of validateTemplate(role.template)) {
      ctx.addIssue({ code: 'custom', path: ['template'], message: `template line ${error.line}: ${error.message}` });
    }
  });

/** A role entry's data after validation. */
export type RoleData = z.output<typeof roleSchema>;

/** The zod schema of one industry in `content/industries.yaml`. */
export const industrySchema = z.object({
  /** Display name, e.g. "Healthcare". */
  name: text('name'),
  /** One sentence for cards and the meta description (70 to 160 characters). */
  description: text('description')
    .min(70, 'description must be at least 70 characters')
    .max(160, 'description must be at most 160 characters'),
  /** A short guide to writing for this field, shown on the industry page. */
  intro: paragraphs('intro', 1),
  /** Sort position on the home page. */
  order: z.number().int(),
});

export type IndustryData = z.output<typeof industrySchema>;
