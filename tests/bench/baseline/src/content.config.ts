/** The bare baseline's one collection: the benchmark's generated roles, unvalidated. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const roles = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${process.env.CONTENT_DIR ?? '../../../content'}/roles`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
});

export const collections = { roles };
