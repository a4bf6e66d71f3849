/**
 * Builds the site once into a temporary folder and serves it, for tests that
 * assert on what a reader gets. Each distinct set of options builds once per
 * test process.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { preview } from 'astro';
import { temporaryDir } from './temp.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

export interface BuildOptions {
  basePath?: string;
  contentDir?: string;
}

export interface BuiltSite {
  outDir: string;
  stdout: string;
  env: NodeJS.ProcessEnv;
}

const builds = new Map<string, Promise<BuiltSite>>();

/** The environment a build runs with: its own output folder, and options as env variables. */
function buildEnv(outDir: string, options: BuildOptions): NodeJS.ProcessEnv {
  // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test...) into the
  // environment; a child build would take them as its own and ignore BASE_PATH.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  return {
    ...inherited,
    OUT_DIR: outDir,
    ...(options.basePath ? { BASE_PATH: options.basePath } : {}),
    ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
  };
}

/** Runs `npm run build` into a fresh temporary folder (once per option set). */
export function buildSite(options: BuildOptions = {}): Promise<BuiltSite> {
  const key = JSON.stringify(options);
  let build = builds.get(key);
  if (!build) {
    build = (async () => {
      const outDir = temporaryDir('dist');
      const env = buildEnv(outDir, options);
      const { stdout } = await run('npm', ['run', 'build'], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
      return { outDir, stdout, env };
    })();
    builds.set(key, build);
  }
  return build;
}

/** Runs a build expected to fail and returns everything it printed. */
export async function buildExpectingFailure(options: BuildOptions): Promise<string> {
  const outDir = temporaryDir('fail');
  try {
    await run('npx', ['astro', 'build'], { cwd: ROOT, env: buildEnv(outDir, options), maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    // Astro colours its errors; compare the text a person reads.
    // eslint-disable-next-line no-control-regex -- matching the terminal's colour codes is the point
    return `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  }
  throw new Error('the build succeeded but was expected to fail');
}

/** The shared build made by the global setup (see global-build.ts). */
export function sharedSite(distDir: string): BuiltSite {
  return { outDir: distDir, stdout: '', env: { OUT_DIR: distDir } };
}

/** Serves a built site on a free local port; call `stop()` when done. */
export async function serveSite(site: BuiltSite) {
  const previous = { OUT_DIR: process.env.OUT_DIR, BASE_PATH: process.env.BASE_PATH };
  process.env.OUT_DIR = site.outDir;
  if (site.env.BASE_PATH) process.env.BASE_PATH = site.env.BASE_PATH;
  const server = await preview({ root: ROOT, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  process.env.OUT_DIR = previous.OUT_DIR;
  process.env.BASE_PATH = previous.BASE_PATH;
  const base = (site.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  return {
    origin: `http://127.0.0.1:${server.port}`,
    url: (path: string) => `http://127.0.0.1:${server.port}${base}${path.replace(/^\//, '')}`,
    stop: () => server.stop(),
  };
}
