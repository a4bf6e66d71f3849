/**
 * The repository stands alone: nothing under src/, tests/ or the top-level
 * config reads a path that climbs out of the repository root.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEscapingPaths } from '../support/escaping-paths.ts';

const ROOT = process.cwd();
const SOURCE = /\.(?:ts|mts|mjs|js|astro|json|yaml|sh)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(name) ? [path] : [];
  });
}

const topLevel = readdirSync(ROOT).filter((name) => SOURCE.test(name) && name !== 'package-lock.json' && statSync(name).isFile());
// The finder and this test hold escaping paths on purpose, as examples to catch.
const EXAMPLES = new Set(['tests/support/escaping-paths.ts', 'tests/unit/self-contained.test.ts']);
const files = [...walk('src'), ...walk('tests'), ...topLevel, '.ci/run'].filter((file) => !EXAMPLES.has(file));

describe('the repository reads nothing outside itself', () => {
  it('finds files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no relative path that climbs above the repository root', () => {
    const found = files.flatMap((file) =>
      findEscapingPaths(readFileSync(file, 'utf8'), relative(ROOT, file).split(sep).length - 1).map((path) => `${file}: ${path}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the escaping-path finder', () => {
  it('flags a path with more `..` than the file is deep, and a sibling folder by name', () => {
    expect(findEscapingPaths(`readFileSync(new URL('../../../beside/page.txt', import.meta.url))`, 2)).toEqual([
      '../../../beside/page.txt',
    ]);
    expect(findEscapingPaths(`const a = "../x"; const b = '/work/beside/NOTES.md';`, 0)).toEqual(['../x', '/work/beside/NOTES.md']);
  });

  it('allows a relative path that stays inside', () => {
    expect(findEscapingPaths(`import x from '../../src/lib/a.ts';`, 2)).toEqual([]);
    expect(findEscapingPaths(`base: '../../../content'`, 4)).toEqual([]);
  });
});
