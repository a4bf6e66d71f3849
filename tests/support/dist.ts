/** Reading a built site: its HTML files, parsed, and the links between them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export interface BuiltPage {
  /** Path relative to dist, e.g. `cover-letters/chef/index.html`. */
  file: string;
  /** URL path under the base, e.g. `/cover-letters/chef/`. */
  path: string;
  html: string;
  root: HTMLElement;
}

/** The URL path a reader uses for an HTML file. */
export function pathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Every HTML page in a built site, parsed once. */
export function readPages(dist: string): BuiltPage[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return { file, path: pathOf(file), html, root: parse(html) };
    });
}

/** The value of a meta tag by name or property. */
export function meta(root: HTMLElement, key: string): string | undefined {
  return (root.querySelector(`meta[name="${key}"]`) ?? root.querySelector(`meta[property="${key}"]`))?.getAttribute('content');
}

/** Every parsed JSON-LD object on a page. */
export function jsonLd(root: HTMLElement): Record<string, unknown>[] {
  return root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
}

/**
 * Every internal link or asset reference that does not resolve to a file in
 * dist, or whose #fragment names no element on its target page. One checker
 * for the whole site: pages, assets and anchors.
 */
export function brokenLinks(dist: string, pages: BuiltPage[], base = '/'): string[] {
  const files = new Set(listFiles(dist));
  const idsByPath = new Map(pages.map((page) => [page.path, new Set(page.root.querySelectorAll('[id]').map((el) => el.id))]));
  const problems: string[] = [];
  for (const page of pages) {
    const refs = page.root.querySelectorAll('a[href], link[href], script[src], img[src], form[action]');
    for (const el of refs) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
      if (/^(https?:|mailto:|tel:|data:)/.test(raw) && !raw.startsWith('http://127.0.0.1')) continue;
      const url = new URL(raw, `http://site${base}${page.path.slice(1)}`);
      if (url.host !== 'site') continue;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page.file}: ${raw} is outside the base path ${base}`);
        continue;
      }
      const local = `/${url.pathname.slice(base.length)}`;
      const file = local.endsWith('/') ? `${local.slice(1)}index.html` : local.slice(1);
      if (!files.has(decodeURIComponent(file))) {
        problems.push(`${page.file}: ${raw} points to a missing file (${file})`);
        continue;
      }
      if (url.hash && el.tagName === 'A') {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsByPath.get(local)?.has(id)) problems.push(`${page.file}: ${raw} points to a missing #${id}`);
      }
    }
  }
  return problems;
}
