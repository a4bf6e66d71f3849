/**
 * The Content-Security-Policy, in one place: Astro's `security.csp` puts it in
 * every page's <head> (adding hashes for what it bundles), and the tests check
 * that `public/_headers` sends the same policy as an HTTP header.
 */

/** Directives other than script-src and style-src, which Astro owns. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // Pagefind's web worker (pagefind-worker.js, our origin), used by the search page.
  "worker-src 'self'",
] as const;

/** Sources for scripts: our own files, and WebAssembly compilation for Pagefind (not 'unsafe-eval'). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources for styles: our own files only. */
export const STYLE_SOURCES = ["'self'"] as const;

/** The whole policy as one header value (without per-page hashes). */
export function cspHeader(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
