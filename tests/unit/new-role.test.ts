import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoleSource } from '../../src/lib/entry-files.ts';
import { roleSlug, scaffoldRole } from '../../src/lib/scaffold.ts';
import { temporaryDir } from '../support/temp.ts';

describe('role scaffold', () => {
  it('makes a slug from the title', () => {
    expect(roleSlug('Data Analyst')).toBe('data-analyst');
    expect(roleSlug('Software Engineer (New Graduate)')).toBe('software-engineer-new-graduate');
  });

  it('writes an entry that passes the schema', () => {
    const text = scaffoldRole({ title: 'Data Analyst', industry: 'technology', related: ['a', 'b', 'c'], today: '2026-11-29' });
    expect(readRoleSource('content/roles/data-analyst.mdx', text).problems).toEqual([]);
  });
});

describe('npm run new:role', () => {
  const sandbox = () => {
    const dir = temporaryDir('new-role');
    cpSync('tests/fixtures/roles/valid.mdx', join(dir, 'roles', 'backend-developer.mdx'), { recursive: true });
    for (const slug of ['frontend-developer', 'devops-engineer'])
      cpSync('tests/fixtures/roles/valid.mdx', join(dir, 'roles', `${slug}.mdx`));
    cpSync('content/industries.yaml', join(dir, 'industries.yaml'));
    return dir;
  };
  const run = (dir: string, ...args: string[]) =>
    spawnSync('node_modules/.bin/node', ['src/cli/new-role.ts', ...args], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });

  it('scaffolds a valid entry related to existing roles', () => {
    const dir = sandbox();
    const result = run(dir, 'Data Analyst', '--industry', 'technology', '--level', 'entry');
    expect(result.stderr).toBe('');
    const file = join(dir, 'roles', 'data-analyst.mdx');
    const entry = readRoleSource(file, readFileSync(file, 'utf8'));
    expect(entry.problems).toEqual([]);
    expect('data' in entry && entry.data.related).toEqual(['backend-developer', 'devops-engineer', 'frontend-developer']);
  });

  it('refuses an existing slug and an unknown industry', () => {
    const dir = sandbox();
    const existing = run(dir, 'Backend Developer', '--industry', 'technology');
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('backend-developer.mdx already exists');
    const unknown = run(dir, 'Astronaut', '--industry', 'space');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('--industry must be one of: technology');
  });

  it('scaffolds another level of a job, titled and filed by its level, in the family of its job', () => {
    const dir = sandbox();
    const result = run(dir, 'Backend Developer', '--level', 'entry', '--family', 'backend-developer');
    expect(result.stderr).toBe('');
    const file = join(dir, 'roles', 'entry-level-backend-developer.mdx');
    const entry = readRoleSource(file, readFileSync(file, 'utf8'));
    expect(entry.problems).toEqual([]);
    expect('data' in entry && entry.data).toMatchObject({
      title: 'Entry-Level Backend Developer',
      level: 'entry',
      family: 'backend-developer',
      industry: 'technology',
    });
  });

  it('refuses a level the job already has, and a family with no entry', () => {
    const dir = sandbox();
    const taken = run(dir, 'Backend Developer', '--level', 'mid', '--family', 'backend-developer');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('backend-developer.mdx is already the mid page of Backend Developer');
    const unknown = run(dir, 'Astronaut', '--level', 'entry', '--family', 'astronaut');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('--family "astronaut" has no entry');
  });
});
