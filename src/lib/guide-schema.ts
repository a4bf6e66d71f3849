/**
 * The contract for guides (`content/guides/*.mdx`): long-form answers to the
 * general questions, written in MDX whose body is the prose. Rules that need
 * the role library (does a quoted passage exist?) live in `guides.ts`.
 */
import { z } from 'astro/zod';

/** What a guide is about: role pages pick their guides by these. */
export const GUIDE_TOPICS = [
  'basics',
  'format',
  'address',
  'opening',
  'closing',
  'length',
  'tailoring',
  'career-change',
  'employment-gap',
  'no-experience',
  'follow-up',
  'email',
  'internal',
  'referral',
  'relocation',
  'salary',
  'optional',
] as const;
export type GuideTopic = (typeof GUIDE_TOPICS)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase words joined by hyphens');
const text = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is empty`);

/** The zod schema of one guide's frontmatter. */
export const guideSchema = z.object({
  /** The question or task as readers search for it, e.g. "How Long Should a Cover Letter Be?". */
  title: text('title').max(60, 'title is longer than 60 characters'),
  /** The meta description: what the guide answers, in 70 to 160 characters. */
  description: text('description')
    .min(70, 'description must be at least 70 characters')
    .max(160, 'description must be at most 160 characters'),
  /** When the content last changed meaningfully (YYYY-MM-DD). */
  updated: z.coerce.date({ error: 'updated must be a date written YYYY-MM-DD' }),
  /** Role pages that show this guide's advice well: 3 or more slugs. */
  roles: z
    .array(slug)
    .min(3, 'roles needs at least 3 role pages')
    .refine((list) => new Set(list).size === list.length, 'roles lists a page twice'),
  /** What the guide is about; the first is its main topic. */
  topics: z
    .array(z.enum(GUIDE_TOPICS, { error: `each topic must be one of ${GUIDE_TOPICS.join(', ')}` }))
    .min(1, 'topics needs at least one topic'),
  /** Sort position on the guides hub (lower first). */
  order: z.number().int().default(100),
});

/** A guide's data after validation. */
export type GuideData = z.output<typeof guideSchema>;
