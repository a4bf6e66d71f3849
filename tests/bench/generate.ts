/**
 * Synthetic role entries for the build benchmark: schema-valid, about 2,500
 * words each, deterministic by seed. Pure: returns file texts, writes nothing.
 *
 * Words are drawn from a corpus (the real library's text, so word frequencies
 * and the realistic search queries behave as they do on the site), mixed with
 * a long tail of made-up proper nouns (employers, tools, towns) whose count of
 * distinct words keeps growing with N, as a real library's vocabulary does.
 * Without that tail every page would reuse the same few thousand words and
 * the search index would stop growing, flattering Pagefind.
 */
import { stringify } from 'yaml';
import { LEVELS } from '../../src/lib/role-schema.ts';
import { slugify } from '../../src/lib/text.ts';

/** What to generate: `count` roles from `seed`, with words drawn from `corpus`. */
export interface GenerateOptions {
  count: number;
  seed: number;
  corpus: string;
}

/** One generated role file: its id (file name without `.mdx`) and full text. */
export interface GeneratedRole {
  id: string;
  source: string;
}

/** A generated content folder: `industries.yaml` and `roles/*.mdx`. */
export interface GeneratedLibrary {
  industriesYaml: string;
  roles: GeneratedRole[];
}

/** The industries every generated library uses (ids are what roles reference). */
export const BENCH_INDUSTRIES = [
  'technology',
  'healthcare',
  'education',
  'finance',
  'marketing',
  'sales',
  'design',
  'operations',
  'trades',
  'hospitality',
  'public-service',
] as const;

const JOBS = [
  'Coordinator',
  'Analyst',
  'Specialist',
  'Manager',
  'Technician',
  'Assistant',
  'Engineer',
  'Nurse',
  'Teacher',
  'Designer',
  'Consultant',
  'Officer',
  'Developer',
  'Supervisor',
  'Advisor',
  'Therapist',
  'Planner',
  'Administrator',
];
const SKILLS = [
  'sql',
  'patient-care',
  'customer-service',
  'project-management',
  'writing',
  'sales',
  'budgeting',
  'scheduling',
  'compliance',
  'research',
  'teaching',
  'design',
  'logistics',
  'leadership',
  'data-analysis',
  'safety',
];
const SURNAMES = [
  'Whitcombe',
  'Okafor',
  'Lindqvist',
  'Haddad',
  'Moreno',
  'Takahashi',
  'Brennan',
  'Osei',
  'Kowalski',
  'Fitzgerald',
  'Nakamura',
  'Delgado',
];

/** A small fast PRNG (mulberry32): the same seed always gives the same library. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus as a list of lowercase word tokens, in order (repeats kept, so sampling keeps real frequencies). */
export function corpusTokens(corpus: string): string[] {
  return (
    corpus
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? []
  ).filter((word) => !word.includes('--'));
}

const CONSONANTS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'tr', 'st'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ay', 'io'];
/** How many distinct made-up names exist; drawn log-uniformly (Zipf-like), so new ones keep appearing as N grows. */
const TAIL_SIZE = 400_000;
/** Share of words that are made-up names: roughly the share of proper nouns and jargon in the real letters. */
const TAIL_SHARE = 0.05;

function pseudoWord(rank: number): string {
  // Mixed radix over syllables: rank 0..TAIL_SIZE maps to a unique 2 to 4 syllable word.
  let n = rank;
  let word = '';
  do {
    word += CONSONANTS[n % CONSONANTS.length]! + VOWELS[Math.floor(n / CONSONANTS.length) % VOWELS.length]!;
    n = Math.floor(n / (CONSONANTS.length * VOWELS.length));
  } while (n > 0 || word.length < 4);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Builds text for one role from a seeded random source. */
class Writer {
  readonly random: () => number;
  private readonly tokens: readonly string[];

  constructor(random: () => number, tokens: readonly string[]) {
    this.random = random;
    this.tokens = tokens;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  between(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  word(): string {
    if (this.random() < TAIL_SHARE) return pseudoWord(Math.floor(Math.exp(this.random() * Math.log(TAIL_SIZE))) - 1);
    return this.pick(this.tokens);
  }

  /** A figure as words: "42 percent", "$120,000", "6 weeks" or a count. */
  figure(): string[] {
    const kind = this.between(0, 3);
    if (kind === 0) return [String(this.between(2, 98)), 'percent'];
    if (kind === 1) return [`$${this.between(1, 900)},000`];
    if (kind === 2) return [String(this.between(2, 60)), 'weeks'];
    return [String(this.between(3, 400))];
  }

  /** Exactly `count` words (a figure counts as its words), capitalised, ending in a full stop. */
  sentence(count: number): string {
    const words: string[] = [];
    while (words.length < count) {
      if (this.random() < 0.04) words.push(...this.figure());
      else words.push(this.word());
    }
    words.length = count;
    const first = words[0]!;
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  }

  /** About `words` words in sentences of 8 to 22. */
  paragraph(words: number): string {
    const sentences: string[] = [];
    let left = words;
    while (left > 0) {
      const length = Math.min(left, this.between(8, 22));
      sentences.push(this.sentence(Math.max(length, 3)));
      left -= length;
    }
    return sentences.join(' ');
  }

  /** A short heading-like phrase of `min` to `max` words, capitalised. */
  phrase(min: number, max: number): string {
    return this.sentence(this.between(min, max)).slice(0, -1);
  }

  label(words: number): string {
    return Array.from({ length: words }, () => this.word().replace(/'/g, ''))
      .join(' ')
      .toUpperCase();
  }
}

function description(writer: Writer, title: string): string {
  let text = `A ${title.toLowerCase()} cover letter example with`;
  for (;;) {
    const next = `${text} ${writer.word()}`;
    if (next.length > 150) break;
    text = next;
    if (text.length >= 100 && writer.random() < 0.2) break;
  }
  return `${text}.`;
}

/** A heading text whose id (a slug) no earlier heading in `taken` has. */
function distinctHeading(taken: Set<string>, make: () => string): string {
  for (;;) {
    const heading = make();
    const id = slugify(heading);
    if (id && !taken.has(id)) {
      taken.add(id);
      return heading;
    }
  }
}

function template(writer: Writer): string {
  // 12 distinct placeholders, two of them shared fields, the rest with an "e.g." hint.
  const placeholder = () => `[${writer.label(writer.between(2, 4))} — e.g., ${writer.label(writer.between(4, 9))}]`;
  const paragraphs = Array.from({ length: 5 }, (_, index) => {
    const parts = [writer.paragraph(writer.between(12, 20)), placeholder(), writer.paragraph(writer.between(10, 16)), placeholder()];
    if (index === 1) parts.push(`at [COMPANY NAME] as your [POSITION TITLE].`);
    return parts.join(' ');
  });
  return ['Dear [HIRING MANAGER NAME],', ...paragraphs, `Kind regards,\n[YOUR NAME]`].join('\n\n') + '\n';
}

/** One role's full MDX text. `related` are other generated ids. */
function roleSource(writer: Writer, index: number, title: string, related: string[]): string {
  const employer = `${writer.word().replace(/^./, (c) => c.toUpperCase())} ${writer.pick(['Health', 'Systems', 'Group', 'Partners', 'Labs', 'Schools', 'Foods'])}`;
  const points = 5;
  const body = Array.from({ length: points }, (_, k) => {
    const before = writer.paragraph(writer.between(14, 24));
    const passage = writer.paragraph(writer.between(16, 24)).slice(0, -1);
    const after = writer.paragraph(writer.between(14, 22));
    const named = k === 3 ? ` ${employer} is where I want to do this work.` : '';
    return `${before} {${k + 1}: ${passage}.} ${after}${named}`;
  });
  const tipIds = new Set<string>();
  const faqIds = new Set<string>();
  const day = new Date(Date.UTC(2025, 0, 1 + (index % 365))).toISOString().slice(0, 10);
  const frontmatter = {
    title,
    industry: BENCH_INDUSTRIES[index % BENCH_INDUSTRIES.length],
    level: LEVELS[index % LEVELS.length],
    description: description(writer, title),
    updated: day,
    featured: index < 6,
    skills: [...new Set([writer.pick(SKILLS), writer.pick(SKILLS), writer.pick(SKILLS)])],
    related,
    intro: Array.from({ length: 3 }, () => writer.paragraph(writer.between(78, 98))).join('\n\n') + '\n',
    letter: {
      salutation: `Dear Ms. ${writer.pick(SURNAMES)},`,
      body,
      signoff: 'Kind regards,',
      name: `${writer.word().replace(/^./, (c) => c.toUpperCase())} ${writer.pick(SURNAMES)}`,
      employer,
    },
    analysis: Array.from({ length: points }, () => ({ title: writer.phrase(3, 6), body: writer.paragraph(writer.between(65, 85)) })),
    template: template(writer),
    tips: Array.from({ length: 5 }, () => ({
      title: distinctHeading(tipIds, () => writer.phrase(4, 9)),
      body: writer.paragraph(writer.between(105, 130)),
    })),
    faq: Array.from({ length: 5 }, () => ({
      question: distinctHeading(faqIds, () => `${writer.phrase(5, 10)}?`),
      answer: writer.paragraph(writer.between(90, 110)),
    })),
  };
  // lineWidth 0: no folding, so each paragraph stays one line as authors write them.
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${writer.paragraph(writer.between(50, 70))}\n`;
}

function industriesYaml(writer: Writer): string {
  const list = BENCH_INDUSTRIES.map((id, order) => ({
    id,
    name: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    order: order + 1,
    description: `Cover letter examples for ${id.replace(/-/g, ' ')} roles, with ${writer.paragraph(12).toLowerCase().slice(0, 80)}`,
    intro: `${writer.paragraph(45)}\n\n${writer.paragraph(35)}\n`,
  }));
  return stringify(list, { lineWidth: 0 });
}

/**
 * Generates a library of `count` roles. Role `i` is the same text whatever
 * the count (only its related ids, which wrap around the library, differ), so
 * a larger run contains the smaller one.
 */
export function generateLibrary({ count, seed, corpus }: GenerateOptions): GeneratedLibrary {
  if (count < 6) throw new Error(`the benchmark needs at least 6 roles (related lists 3 to 5 others); asked for ${count}`);
  const tokens = corpusTokens(corpus);
  if (tokens.length < 1000) throw new Error(`the corpus has ${tokens.length} words; give it at least 1,000 for a varied vocabulary`);
  // Two independent streams per role: one for its title (needed up front for every role's related ids), one for its text.
  const writerFor = (index: number, stream: 0 | 1) => new Writer(createRandom(Math.imul(seed, 0x9e3779b1) ^ (index * 2 + stream)), tokens);
  const titles = Array.from({ length: count }, (_, index) => {
    const writer = writerFor(index, 0);
    const words = `${writer.word()} ${writer.word()}`.replace(/\b./g, (c) => c.toUpperCase());
    return `${words} ${writer.pick(JOBS)}`.slice(0, 50).trim();
  });
  const ids = titles.map((title, index) => `${slugify(title).slice(0, 40).replace(/-+$/, '')}-${index + 1}`);
  const roles = ids.map((id, index) => {
    const relatedCount = 3 + (index % 3);
    const related = Array.from({ length: relatedCount }, (_, k) => ids[(index + 1 + k) % count]!);
    return { id, source: roleSource(writerFor(index, 1), index, titles[index]!, related) };
  });
  return { industriesYaml: industriesYaml(new Writer(createRandom(seed), tokens)), roles };
}
