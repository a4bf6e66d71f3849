/**
 * Reads role entries straight from disk, outside Astro: for the content
 * test, the scaffolding command and the benchmark. Validation uses the same
 * zod schema the build uses, so both report the same problems.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { IndustryEntry, RoleEntry } from './library.ts';
import { guideSchema } from './guide-schema.ts';
import { bodyStartLine, type GuideEntry } from './guides.ts';
import { industrySchema, roleSchema } from './role-schema.ts';

/** A role entry as read from its file, with its MDX body and any schema problems. */
export interface RoleFile extends RoleEntry {
  body: string;
  problems: string[];
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : undefined;
}

/** Parses and validates one role file's text; never throws. */
export function readRoleSource(filePath: string, source: string): RoleFile | { filePath: string; problems: string[] } {
  const id = filePath.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const parts = splitFrontmatter(source);
  if (!parts) return { filePath, problems: [`${filePath}: no frontmatter between --- lines at the top`] };
  let raw: unknown;
  try {
    raw = parse(parts.frontmatter);
  } catch (error) {
    return { filePath, problems: [`${filePath}: frontmatter is not valid YAML: ${(error as Error).message}`] };
  }
  const result = roleSchema.safeParse(raw);
  if (!result.success) {
    return {
      filePath,
      problems: result.error.issues.map((issue) => `${filePath}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`),
    };
  }
  return { id, filePath, data: result.data, body: parts.body.trim(), problems: [] };
}

/** Reads every `*.mdx` in a roles folder. */
export function readRoleFiles(rolesDir: string, displayDir = 'content/roles'): (RoleFile | { filePath: string; problems: string[] })[] {
  return readdirSync(rolesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readRoleSource(`${displayDir}/${name}`, readFileSync(join(rolesDir, name), 'utf8')));
}

/** Reads and validates the industries file. */
export function readIndustries(file: string): IndustryEntry[] {
  const list = parse(readFileSync(file, 'utf8')) as { id: string }[];
  return list.map(({ id, ...rest }) => ({ id, data: industrySchema.parse(rest) }));
}

/** A guide as read from its file, with its MDX body and any schema problems. */
export interface GuideFile extends GuideEntry {
  body: string;
  problems: string[];
}

/** Parses and validates one guide file's text; never throws. */
export function readGuideSource(filePath: string, source: string): GuideFile | { filePath: string; problems: string[] } {
  const id = filePath.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const parts = splitFrontmatter(source);
  if (!parts) return { filePath, problems: [`${filePath}: no frontmatter between --- lines at the top`] };
  let raw: unknown;
  try {
    raw = parse(parts.frontmatter);
  } catch (error) {
    return { filePath, problems: [`${filePath}: frontmatter is not valid YAML: ${(error as Error).message}`] };
  }
  const result = guideSchema.safeParse(raw);
  if (!result.success) {
    return {
      filePath,
      problems: result.error.issues.map((issue) => `${filePath}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`),
    };
  }
  const body = parts.body.trim();
  return { id, filePath, data: result.data, body, bodyLine: bodyStartLine(source, body), problems: [] };
}

/** Reads every `*.mdx` in a guides folder (none when the folder does not exist). */
export function readGuideFiles(guidesDir: string, displayDir = 'content/guides'): (GuideFile | { filePath: string; problems: string[] })[] {
  if (!existsSync(guidesDir)) return [];
  return readdirSync(guidesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readGuideSource(`${displayDir}/${name}`, readFileSync(join(guidesDir, name), 'utf8')));
}
