/**
 * The Content-Security-Policy for every page: only this site's own files, no inline or third-party
 * scripts. Pagefind compiles its WebAssembly search engine in the browser, which needs
 * 'wasm-unsafe-eval' (it allows WebAssembly only, not JavaScript eval). Inline scripts are not allowed.
 * Inline styles are not allowed either: price bars are SVG placed by attributes (src/lib/format/range-bar.ts)
 * and diagrams carry no style (src/lib/diagram/style.ts).
 *
 * The letter reader's PDF reading (pdf.js, src/components/tools/letter-reader/pdf-extract.ts) needs nothing
 * added here: its worker is one of this site's files, which `worker-src` (unset, so `script-src`) allows;
 * the Trusted Types `default` policy admits exactly that file; pdf.js 6 has no eval path at all; and it is
 * given no font, character-map or decoder address and loads no fonts, so it fetches and creates nothing
 * (no blob: worker, which it makes only for a worker on another host).
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  // Script sinks (innerHTML, script URLs) take only Trusted Types, so a future mistake fails loudly.
  // Client scripts build DOM with DOM methods (src/lib/format/tree.ts); the one policy, `default`,
  // lets through only the worker files a page names: Pagefind's and pdf.js's (src/scripts/trusted-script-url.ts).
  'require-trusted-types-for': "'script'",
  'trusted-types': 'default',
};

/** Strict-Transport-Security for the `_headers` file and for hosts configured by hand (README, Deploying). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** Directives that only work as an HTTP header, not in a <meta> tag. */
const HEADER_ONLY: Record<string, string> = { 'frame-ancestors': "'none'" };

const join = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** For <meta http-equiv="Content-Security-Policy">. */
export const cspMeta = (): string => join(CSP_DIRECTIVES);

/** The `_headers` file that Netlify, Cloudflare Pages and similar hosts read. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${join({ ...CSP_DIRECTIVES, ...HEADER_ONLY })}`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    // HTTPS only, for two years, on every subdomain (the site has no http:// address worth keeping).
    `  Strict-Transport-Security: ${HSTS}`,
    // No other window may keep a handle on ours (window.opener), whatever opened it.
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
  ].join('\n');
}
