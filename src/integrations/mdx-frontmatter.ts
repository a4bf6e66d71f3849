/**
 * Keeps content entries' frontmatter out of their compiled MDX modules.
 *
 * @astrojs/mdx compiles every `.mdx` file into a module that exports its whole
 * frontmatter as `export const frontmatter = {...}`. A role's frontmatter is
 * nearly all of its page (about 16 KB of text), and Astro's content layer
 * already holds it as the entry's `data`, so the build would parse each file's
 * YAML twice, bundle every role's data a second time, and keep both copies
 * loaded while pages render. Pages read `entry.data`, never the module's
 * `frontmatter` (nor `remarkPluginFrontmatter`), so entry modules compile from
 * the body alone. Measured on 1,000 generated roles (`npm run bench`): Astro's
 * CPU time down by about a sixth, pages byte for byte the same.
 *
 * MDX under `src/` (pages, components) keeps its frontmatter, where a layout
 * or title in it would matter.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** Replaces a file's frontmatter block with as many empty lines, so MDX errors keep their line numbers. */
export function blankFrontmatter(source: string): string | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length);
}

function viteBlankEntryFrontmatter(srcDir: string): Plugin {
  return {
    name: 'dear-hiring:mdx-frontmatter',
    // Before @astrojs/mdx's own `pre` transform, which compiles the file.
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        if (id.startsWith(srcDir)) return undefined;
        const body = blankFrontmatter(code);
        return body === undefined ? undefined : { code: body, map: null };
      },
    },
  };
}

/** Compiles content entries' MDX from their body alone (list it before `mdx()`). */
export default function mdxFrontmatterIntegration(): AstroIntegration {
  return {
    name: 'dear-hiring:mdx-frontmatter',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [viteBlankEntryFrontmatter(fileURLToPath(config.srcDir))] } });
      },
    },
  };
}
