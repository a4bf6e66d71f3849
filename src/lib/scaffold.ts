/**
 * The skeleton of a new role entry: valid against the schema from the first
 * build, with every part marked for the author to replace.
 */
import type { Level } from './role-schema.ts';
import { slugify } from './text.ts';

export interface ScaffoldInput {
  title: string;
  industry: string;
  level?: Level;
  /** The slug of the job's main entry, when the new entry is another level of it. */
  family?: string;
  /** 3 to 5 existing role slugs to relate, chosen by the caller. */
  related: string[];
  /** YYYY-MM-DD */
  today: string;
}

/** How a level page names its job: "Entry-Level Registered Nurse", "Career Change to Registered Nurse". */
export function levelTitle(job: string, level: Level): string {
  switch (level) {
    case 'entry':
      return `Entry-Level ${job}`;
    case 'mid':
      return `Mid-Level ${job}`;
    case 'senior':
      return `Senior ${job}`;
    case 'career-change':
      return `Career Change to ${job}`;
  }
}

/** The file name slug for a role title: "Data Analyst" → "data-analyst". */
export function roleSlug(title: string): string {
  return slugify(title);
}

/** The text of a new `content/roles/{slug}.mdx`. */
export function scaffoldRole(input: ScaffoldInput): string {
  const { title, industry, level = 'mid', family, related, today } = input;
  const lower = title.toLowerCase();
  const point = (n: number) => `  - title: TODO technique ${n}
    body: >-
      TODO: what the writer did in passage ${n}, why it works on a ${lower} hiring manager, and how
      the reader can do the same.`;
  const tip = (n: number) => `  - title: TODO tip ${n}
    body: >-
      TODO: advice specific to ${lower} applicants (licenses, tools, portfolios, schedules).`;
  const question = (n: number) => `  - question: TODO question ${n} a ${lower} applicant would type?
    answer: >-
      TODO: answer in the first sentence, then the reasoning.`;
  return `---
title: ${title}
industry: ${industry}
level: ${level}${family ? `\nfamily: ${family}` : ''}
description: TODO A ${lower} cover letter example with analysis, a fill-in template, tips and answers.
updated: ${today}
skills: []
related: [${related.join(', ')}]
intro: |
  TODO: why a cover letter matters for a ${lower}.

  TODO: what hiring managers for this role look for in it.
letter:
  salutation: Dear TODO,
  body:
    - >-
      {1: TODO: open with the strongest result.}
    - >-
      {2: TODO: why this employer, specifically.}
    - >-
      {3: TODO: a second result with a figure.}
    - >-
      {4: TODO: a confident close with a next step.}
  signoff: Sincerely,
  name: TODO Fictional Name
  employer: TODO Fictional Employer
analysis:
${[1, 2, 3, 4].map(point).join('\n')}
template: |
  Dear [HIRING MANAGER NAME],

  [STRONGEST RESULT — e.g., TODO]. I am applying for the [POSITION TITLE] role at [COMPANY NAME] because [REASON — e.g., TODO].

  At [CURRENT OR LAST EMPLOYER], I [ACHIEVEMENT — e.g., TODO] over [YEARS OF EXPERIENCE] years, using [TOOL OR METHOD — e.g., TODO].

  I would welcome a conversation about [TOPIC — e.g., TODO]. I am available [YOUR AVAILABILITY].

  Sincerely,
  [YOUR NAME]
tips:
${[1, 2, 3, 4].map(tip).join('\n')}
faq:
${[1, 2, 3, 4].map(question).join('\n')}
---

TODO: one or two sentences on what the reader should do now.
`;
}
