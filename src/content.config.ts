/** The content collections: what authors write under `content/`, and its contract. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema } from './lib/guide-schema.ts';
import { industrySchema, roleSchema } from './lib/role-schema.ts';

// CONTENT_DIR lets the benchmark build thousands of generated roles without touching ours.
const contentDir = process.env.CONTENT_DIR ?? './content';

const roles = defineCollection({
  // The slug is the file name, so an author sees the URL in the file list.
  loader: glob({
    pattern: '*.mdx',
    base: `${contentDir}/roles`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: roleSchema,
});

const industries = defineCollection({
  loader: file(`${contentDir}/industries.yaml`),
  schema: industrySchema,
});

const guides = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${contentDir}/guides`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: guideSchema,
});

export const collections = { roles, industries, guides };
