/** The security policy: strict, on every page, and the same in the meta tag and in _headers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader } from '../../src/lib/csp.ts';
import { readPages } from '../support/dist.ts';

const dist = inject('distDir');
const pages = readPages(dist);

/** Parses "a b; c d" into { a: ['b'], c: ['d'] }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('Content-Security-Policy', () => {
  it('is in every page, strict, with no unsafe sources for scripts', () => {
    for (const { file, root } of pages) {
      const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(policy, file).toBeTruthy();
      const parsed = directives(policy!);
      expect(parsed['default-src'], file).toEqual(["'self'"]);
      expect(parsed['object-src'], file).toEqual(["'none'"]);
      expect(parsed['base-uri'], file).toEqual(["'self'"]);
      expect(parsed['form-action'], file).toEqual(["'self'"]);
      expect(parsed['script-src'], file).not.toContain("'unsafe-inline'");
      expect(parsed['script-src'], file).not.toContain("'unsafe-eval'");
      expect(parsed['style-src'], file).not.toContain("'unsafe-inline'");
    }
  });

  it('sends the same policy from _headers, with nosniff, a referrer policy and long caching of hashed assets', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    const policy = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1];
    expect(directives(policy!)).toEqual(directives(cspHeader()));
    for (const directive of CSP_DIRECTIVES) expect(policy).toContain(directive);
    expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^\s+Referrer-Policy: \S+/m);
    expect(headers).toMatch(/^\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable$/m);
  });

  it('lets no page run inline code the header policy would block', () => {
    for (const { file, root } of pages) {
      const inline = root.querySelectorAll('script:not([src])').filter((script) => script.getAttribute('type') !== 'application/ld+json');
      expect(
        inline.map((script) => script.outerHTML.slice(0, 80)),
        file,
      ).toEqual([]);
      expect(root.querySelectorAll('style').length, `${file} inline <style>`).toBe(0);
      expect(root.querySelectorAll('[style]').length, `${file} style attributes`).toBe(0);
      expect(
        root.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((name) => /^on/i.test(name))).length,
        `${file} inline handlers`,
      ).toBe(0);
    }
  });
});
