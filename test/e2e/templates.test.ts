/**
 * Every page template in real Chromium, with the site's Content-Security-Policy enforced: axe-core
 * (WCAG 2.2 A/AA) finds nothing, no console error, no request to another host, no cookie, and no page
 * scrolls sideways on a 390 px phone.
 *
 * Sampling rule (what runs where, and why that is enough):
 * - Every template and data variant in test/support/templates.ts, in all four looks: light and dark,
 *   phone (390 px) and desktop (1280 px). Colour and layout belong to the template and its CSS, so
 *   these four cover them for every page built from it. Tools are checked with a result shown.
 * - Every MDX content page (therapies, payers, guides), because its body is its own markup (tables,
 *   terms, citations, diagrams, FAQ): once, light at phone width, where most readers are. The parts it
 *   is built from (the same components and CSS) meet dark and desktop on the template pages above.
 * - Pages generated from data alone (the other coverage pairs, flow paths) repeat their template's
 *   markup with other words: the template's URL stands for them. `npm run a11y:all` runs axe on every
 *   URL in the sitemap when that is worth the minutes (after a change to a template or the CSS).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { builtHtml } from '../support/dist.ts';
import { TEMPLATES, type Template } from '../support/templates.ts';
import { addAxe, axeViolations, useSite } from '../support/page.ts';

interface Look {
  name: string;
  colorScheme: 'light' | 'dark';
  width: number;
}
const LOOKS: Look[] = [
  { name: 'light phone', colorScheme: 'light', width: 390 },
  { name: 'dark phone', colorScheme: 'dark', width: 390 },
  { name: 'light desktop', colorScheme: 'light', width: 1280 },
  { name: 'dark desktop', colorScheme: 'dark', width: 1280 },
];

/** MDX content pages not already in the template list. */
const mdxPages = (): string[] => {
  const inTemplates = new Set(TEMPLATES.map((t) => t.path));
  return builtHtml()
    .map((p) => p.path)
    .filter((p) => /^\/(therapies|payers|guides)\/[^/]+\/$/.test(p) && !inTemplates.has(p));
};

describe.skipIf(!browserTestsEnabled())('every template in every look', () => {
  const site = useSite();
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    for (const look of LOOKS) {
      const ctx = await site.browser.newContext({
        colorScheme: look.colorScheme,
        viewport: { width: look.width, height: 900 },
      });
      await addAxe(ctx);
      contexts.set(look.name, ctx);
    }
  });
  afterAll(async () => {
    for (const ctx of contexts.values()) await ctx.close();
  });

  /**
   * Opens each page in one tab of the look's context and collects every finding as a line. With
   * `quiet`, waits until the network has been idle, so a late request to another host is seen too.
   */
  const sweep = async (look: Look, pages: readonly Template[], quiet: boolean): Promise<string[]> => {
    const ctx = contexts.get(look.name)!;
    const page: Page = await ctx.newPage();
    const findings: string[] = [];
    let current = '';
    const origin = new URL(site.url).host;
    page.on('console', (m) => {
      // The 404 page answers 404 on purpose; Chromium logs that status as a console error.
      if (m.type() === 'error' && !(current === '/no-such-page/' && /404/.test(m.text())))
        findings.push(`${look.name} ${current}: console: ${m.text()}`);
    });
    page.on('pageerror', (e) => findings.push(`${look.name} ${current}: ${e.message}`));
    page.on('request', (r) => {
      const host = new URL(r.url()).host;
      if (host !== origin && !r.url().startsWith('blob:'))
        findings.push(`${look.name} ${current}: request to ${r.url()}`);
    });
    for (const t of pages) {
      current = t.path;
      await page.goto(`${site.url}${t.path}`, { waitUntil: quiet ? 'networkidle' : 'load' });
      await t.prepare?.(page);
      if (look.width === 390) {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 390) findings.push(`${look.name} ${t.path}: scrolls sideways (${width}px wide)`);
      }
      const violations = await axeViolations(page);
      for (const v of violations) findings.push(`${look.name} ${t.path}: ${v}`);
    }
    await page.close();
    return findings;
  };

  it('axe, under the enforced Content-Security-Policy, finds a missing alt text and faint text', async () => {
    const page = await contexts.get('light phone')!.newPage();
    await page.goto(`${site.url}/about/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.append(document.createElement('img'));
      const faint = document.createElement('p');
      faint.textContent = 'Faint words';
      faint.style.color = '#c8c8c8';
      faint.style.background = '#ffffff';
      main.append(faint);
    });
    const rules = (await axeViolations(page)).map((v) => v.split(':')[0]);
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    await page.close();
  });

  it(
    'templates: no axe violation, console error, other host or sideways scroll, in light and dark, phone and desktop',
    { timeout: 600_000 },
    async () => {
      // The looks run side by side, one tab each: most of a page load is waiting.
      const findings = await Promise.all(LOOKS.map((look, i) => sweep(look, TEMPLATES, i === 0)));
      expect(findings.flat()).toEqual([]);
      for (const ctx of contexts.values()) expect(await ctx.cookies()).toEqual([]);
    },
  );

  it('every MDX content page, light at phone width', { timeout: 600_000 }, async () => {
    const paths = mdxPages();
    expect(paths.length).toBeGreaterThanOrEqual(30);
    const pages = paths.map((path) => ({ name: path, path }));
    // Two tabs, half the pages each.
    const half = Math.ceil(pages.length / 2);
    const findings = await Promise.all([
      sweep(LOOKS[0]!, pages.slice(0, half), false),
      sweep(LOOKS[0]!, pages.slice(half), false),
    ]);
    expect(findings.flat()).toEqual([]);
  });
});
