/**
 * Pages run under Trusted Types (`require-trusted-types-for 'script'`, src/lib/security/csp.ts): a script
 * URL must pass a policy. Pagefind's search worker and pdf.js's worker (the letter reader) are started
 * with `new Worker(url)`, a plain string, by code we do not write; so the `default` policy, the only one
 * the page may create, lets through exactly the worker files a page named here and refuses any other
 * script URL, loudly.
 */
interface TrustedTypes {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}

const allowed = new Set<string>();

/** Lets the script at `url` (relative to the page, this site's own) through the page's Trusted Types policy. */
export function allowScriptUrl(url: string): void {
  const full = (u: string) => new URL(u, location.href).href;
  allowed.add(full(url));
  const tt = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!tt || tt.defaultPolicy) return;
  tt.createPolicy('default', {
    createScriptURL(u) {
      if (allowed.has(full(u))) return u;
      throw new TypeError(`Trusted Types: this page loads no script from ${u}`);
    },
  });
}
