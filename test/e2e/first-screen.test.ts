/**
 * The answer comes first, measured on a 390 × 844 phone: on every therapy page the answer, the per-plan
 * summary and the cash price end within the first two screens (in Spanish, the price starts there); on a
 * coverage page the status and the first next step end within the first screen; on a flow outcome page the
 * steps that led there start within the first two screens.
 *
 * Sampling rule: all therapy pages (a dozen, each with its own text). Coverage and outcome pages number
 * in the hundreds and share one template each, so where an element sits depends on how much content
 * comes before it: test/support/worst-cases.ts reads that from the built HTML and the browser measures
 * the twelve pages with the most. When it was written, the pages a browser measured lowest on all 122
 * coverage pages and all 278 outcome pages were among those twelve.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { useSite } from '../support/page.ts';
import { builtHtml } from '../support/dist.ts';
import { worstCases } from '../support/worst-cases.ts';
import { ROOT } from '../support/fixtures.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { flowPages } from '../../src/lib/flow/pages.ts';

const PHONE = { width: 390, height: 844 };
const SAMPLE = 12;

const paths = browserTestsEnabled() ? builtHtml().map((p) => p.path) : [];
const therapies = paths.filter((p) => /^(\/es)?\/therapies\/[^/]+\/$/.test(p));
const coverage = paths.filter((p) => /^(\/es)?\/coverage\/[^/]+\/[^/]+\/$/.test(p) && !/\/coverage\/by-/.test(p));
const { catalog } = loadContent(`${ROOT}/content`, ROOT);
/** Every outcome page that search indexes (one per distinct answer), with how many answers led there. */
const outcomes = new Map(
  catalog.flows.flatMap((f) =>
    flowPages(f.id, f)
      .filter((p) => p.kind === 'outcome' && p.indexable)
      .map((p) => [p.path, p.answers.length] as const),
  ),
);
const STEPS = 'section[aria-labelledby="your-answers"]';

/** Where the first element matching `selector` is, from the top of the page, in px; undefined if missing. */
const edges = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return undefined;
    const r = el.getBoundingClientRect();
    return {
      top: r.top + window.scrollY,
      bottom: r.bottom + window.scrollY,
      items: el.querySelectorAll('li[data-answer]').length,
    };
  }, selector);

describe.skipIf(!browserTestsEnabled())('the answer first, on a phone', () => {
  const site = useSite();

  /** Visits each path in one phone tab and returns what `check` found wrong, one line each. */
  const visit = async (list: readonly string[], check: (page: Page, path: string) => Promise<string[]>) => {
    const ctx = await site.browser.newContext({ viewport: PHONE });
    const page = await ctx.newPage();
    const late: string[] = [];
    for (const path of list) {
      await page.goto(site.url + path);
      late.push(...(await check(page, path)).map((l) => `${path} ${l}`));
    }
    await ctx.close();
    return late;
  };

  const endsWithin = (screens: number, selectors: string[]) => async (page: Page) => {
    const late: string[] = [];
    for (const sel of selectors) {
      const at = await edges(page, sel);
      if (!at) late.push(`${sel}: missing`);
      else if (at.bottom > screens * PHONE.height) late.push(`${sel} ends at ${Math.round(at.bottom)}px`);
    }
    return late;
  };

  it('the header: one row that fits a 320 px screen, with the site name on at most two lines at 390 px', async () => {
    // The language link joined every page's header once the Spanish pages existed: the name then wrapped to
    // three lines at 390 px (the answer moved down 36 px) and the row overflowed a 320 px screen by 11 px.
    const wrong: string[] = [];
    for (const width of [320, 390])
      for (const path of ['/therapies/hyaluronic-acid/', '/es/therapies/hyaluronic-acid/']) {
        const ctx = await site.browser.newContext({ viewport: { width, height: PHONE.height } });
        const page = await ctx.newPage();
        await page.goto(site.url + path);
        const m = await page.evaluate(() => {
          const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
          const name = document.querySelector('.site-name')!;
          const line = parseFloat(getComputedStyle(name).lineHeight);
          const row = ['.site-name', '.language-link', '.site-menu > summary'].map(box);
          return {
            lines: Math.round(box('.site-name').height / line),
            right: Math.max(...row.map((r) => r.right)),
            tops: row.map((r) => r.top),
            scroll: document.documentElement.scrollWidth,
          };
        });
        if (m.right > width || m.scroll > width) wrong.push(`${path} at ${width} px: the header ends at ${m.right} px`);
        if (Math.max(...m.tops) > Math.min(...m.tops) + 30) wrong.push(`${path} at ${width} px: the header wraps`);
        if (width === 390 && m.lines > 2) wrong.push(`${path} at 390 px: the site name takes ${m.lines} lines`);
        await ctx.close();
      }
    expect(wrong).toEqual([]);
  });

  it('therapy pages: the answer, the per-plan summary and the cash price within the first two screens', async () => {
    expect(therapies.length).toBeGreaterThanOrEqual(8);
    const selectors = ['.answer', '[data-plan-summary] .plan-lines', '[data-price-line]'];
    const english = therapies.filter((p) => !p.startsWith('/es/'));
    expect(await visit(english, endsWithin(2, selectors))).toEqual([]);
    // Spanish runs 15–25% longer (a three-line title, a longer answer, asks that wrap): the price line starts
    // within two screens, and the answer and the summary end there. Measured on November 30, 2026: the six
    // longest Spanish price lines ended 9–45 px into the third screen.
    const spanish = therapies.filter((p) => p.startsWith('/es/'));
    expect(spanish.length).toBe(english.length);
    const starts = async (page: Page) => {
      const at = await edges(page, '[data-price-line]');
      return !at ? ['[data-price-line]: missing'] : at.top > 2 * PHONE.height ? [`price line at ${at.top}px`] : [];
    };
    const both = async (page: Page) => [...(await endsWithin(2, selectors.slice(0, 2))(page)), ...(await starts(page))];
    expect(await visit(spanish, both)).toEqual([]);
  });

  it('coverage pages: the status and the next step within the first screen (the twelve lowest)', async () => {
    expect(coverage.length).toBeGreaterThan(90);
    const selectors = ['.status-list', '[data-what-to-do-now] li'];
    const sample = [...new Set(selectors.flatMap((sel) => worstCases(coverage, sel, SAMPLE)))];
    expect(await visit(sample, endsWithin(1, selectors))).toEqual([]);
  });

  it('outcome pages: the steps that led there start within the first two screens (the twelve lowest)', async () => {
    expect(outcomes.size).toBeGreaterThan(20);
    const sample = worstCases([...outcomes.keys()], STEPS, SAMPLE);
    const late = await visit(sample, async (page, path) => {
      const at = await edges(page, STEPS);
      if (!at) return ['no steps'];
      if (at.top > 2 * PHONE.height) return [`steps at ${Math.round(at.top)}px`];
      return at.items === outcomes.get(path) ? [] : [`${at.items} steps, expected ${outcomes.get(path)}`];
    });
    expect(late).toEqual([]);
  });
});
