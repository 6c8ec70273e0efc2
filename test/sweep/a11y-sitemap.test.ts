/**
 * `npm run a11y:all` (opt-in, not part of npm test: several minutes): axe-core with the WCAG 2.2 A/AA
 * rules on every URL in the sitemap, at phone width. npm test samples instead (test/e2e/templates.test.ts
 * says how); run this after changing a template or the CSS. Run `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserTestsEnabled } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { addAxe, axeViolations, useSite } from '../support/page.ts';

const sitemapPaths = (): string[] => {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((m) =>
    [...readFileSync(join(DIST, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]!).pathname),
  );
};

describe.skipIf(!browserTestsEnabled())('accessibility of every page in the sitemap', () => {
  const site = useSite();
  it('has zero axe-core WCAG 2.2 A/AA violations on every sitemap URL', { timeout: 3_600_000 }, async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(100);
    const ctx = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    await addAxe(ctx);
    // Two tabs, half the URLs each: the machines have two cores.
    const check = async (part: string[]) => {
      const page = await ctx.newPage();
      const failures: string[] = [];
      for (const path of part) {
        await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
        for (const v of await axeViolations(page)) failures.push(`${path} ${v}`);
      }
      return failures;
    };
    const half = Math.ceil(paths.length / 2);
    const failures = await Promise.all([check(paths.slice(0, half)), check(paths.slice(half))]);
    await ctx.close();
    expect(failures.flat()).toEqual([]);
  });
});
