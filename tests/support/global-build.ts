/** Builds the real site once for every build-output and browser test file. */
import type { TestProject } from 'vitest/node';
import { buildSite } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await buildSite();
  project.provide('distDir', site.outDir);
}
