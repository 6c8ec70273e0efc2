/**
 * axe-core with the WCAG 2.2 A/AA rules on every URL in the sitemap, at phone width. One page is reused
 * for speed; the context bypasses the Content-Security-Policy only so axe can be injected.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserTestsEnabled } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { axeViolations, useSite } from '../support/page.ts';

const sitemapPaths = (): string[] => {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((m) =>
    [...readFileSync(join(DIST, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]!).pathname),
  );
};

describe.skipIf(!browserTestsEnabled())('accessibility of every page in the sitemap', () => {
  const site = useSite();
  it('has zero axe-core WCAG 2.2 A/AA violations on every sitemap URL', { timeout: 600_000 }, async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(100);
    const ctx = await site.browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    const failures: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      for (const v of await axeViolations(page)) failures.push(`${path} ${v}`);
    }
    await ctx.close();
    expect(failures).toEqual([]);
  });
});
