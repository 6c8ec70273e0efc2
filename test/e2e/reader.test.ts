/**
 * The site as a patient reads it on a phone (390 × 844) and on a desktop (1280 × 800): geometry, not
 * pixels. On every template: no text clipped inside a box (an element wider than its box must be a
 * deliberate scroll area with a visible cue), no page-wide sideways scroll, and no checkbox or radio apart
 * from its label. On a phone: the answer, the per-plan summary and the cash price of every therapy page
 * within the first two screens; the status and the next step of every coverage page within the first
 * screen; and an "On this page" list on every page longer than five screens.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { useSite } from '../support/page.ts';
import { builtPages } from '../support/dist.ts';
import { TEMPLATES } from '../support/templates.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const pages = browserTestsEnabled() ? builtPages() : [];
const at = (prefix: string) => pages.filter((p) => p.path.startsWith(prefix) && p.path !== prefix).map((p) => p.path);
/** One address per page template and data variant (test/support/templates.ts), as the reader first sees it. */
const TEMPLATE_PATHS = TEMPLATES.map((t) => t.path);

/** Problems a reader would see, measured in the page: clipped boxes, sideways scroll, controls apart from labels. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const classes =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${classes}`;
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in ${window.innerWidth}px`);
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el instanceof SVGElement || !visible(el)) continue;
      if (el.closest('svg, .visually-hidden, .skip-link')) continue;
      if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
      const s = getComputedStyle(el);
      const scrolls = s.overflowX === 'auto' || s.overflowX === 'scroll';
      if (!scrolls) {
        if (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis')
          out.push(`${name(el)} clips its content: ${el.scrollWidth}px in ${el.clientWidth}px`);
        continue;
      }
      // A deliberate scroll area: reachable by keyboard and announced, with a visible cue near it.
      const cue = el.parentElement?.closest('section, figure, article, main')?.querySelector('[data-scroll-cue]');
      const focusable = el.tabIndex >= 0;
      if (!cue || !visible(cue) || !focusable)
        out.push(`${name(el)} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px) without a visible cue`);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
      if (!visible(input)) continue;
      const label = input.closest('label') ?? (input.id ? document.querySelector(`label[for="${input.id}"]`) : null);
      if (!label) {
        out.push(`${name(input)} has no label`);
        continue;
      }
      // The control sits on the line of its label's first words.
      const c = input.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(label);
      const first = [...range.getClientRects()].find((r) => r.width > 1 && r.height > 1);
      if (first && (c.bottom < first.top || c.top > first.bottom || Math.abs(c.left - first.left) > 400))
        out.push(`${name(input)} sits apart from its label "${label.textContent?.trim().slice(0, 30)}"`);
    }
    return out;
  });
}

/** One page per viewport (and script setting) that visits each address in turn. */
async function reader(browser: Browser, viewport: { width: number; height: number }, js = true) {
  const ctx = await browser.newContext({ viewport, javaScriptEnabled: js });
  const page = await ctx.newPage();
  return {
    visit: async (url: string) => {
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    close: () => ctx.close(),
  };
}

// Long runs: every template twice per viewport, and every coverage page. Slow machines get time.
const LONG = 600_000;

describe.skipIf(!browserTestsEnabled())('reading on a phone and a desktop', () => {
  const site = useSite();

  for (const [label, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(
      `every template at ${viewport.width} px: nothing clipped, no sideways page, controls beside their labels`,
      async () => {
        const problems: string[] = [];
        for (const js of [true, false]) {
          const r = await reader(site.browser, viewport, js);
          for (const path of TEMPLATE_PATHS) {
            const page = await r.visit(site.url + path);
            for (const p of await layoutProblems(page)) problems.push(`${label}${js ? '' : ' (no JS)'} ${path}: ${p}`);
          }
          await r.close();
        }
        expect(problems).toEqual([]);
      },
      LONG,
    );
  }

  /** Bottom edge of the first element matching `selector`, from the top of the page, in px. */
  const bottomOf = (page: Page, selector: string) =>
    page.evaluate((sel) => {
      const el = document.querySelector(sel);
      return el ? el.getBoundingClientRect().bottom + window.scrollY : Number.POSITIVE_INFINITY;
    }, selector);

  it(
    'therapy pages: the answer, the per-plan summary and the cash price within the first two screens',
    async () => {
      const late: string[] = [];
      const r = await reader(site.browser, PHONE);
      for (const path of at('/therapies/')) {
        const page = await r.visit(site.url + path);
        for (const sel of ['.answer', '[data-plan-summary] .plan-lines', '[data-price-line]']) {
          const y = await bottomOf(page, sel);
          if (y > 2 * PHONE.height) late.push(`${path} ${sel} ends at ${Math.round(y)}px`);
        }
      }
      await r.close();
      expect(late).toEqual([]);
    },
    LONG,
  );

  it(
    'coverage pages: the status and the next step within the first screen',
    async () => {
      const late: string[] = [];
      const coverage = at('/coverage/').filter((p) => p.split('/').length === 5);
      expect(coverage.length).toBeGreaterThan(90);
      const r = await reader(site.browser, PHONE);
      for (const path of coverage) {
        const page = await r.visit(site.url + path);
        for (const sel of ['.status-list', '[data-what-to-do-now] li']) {
          const y = await bottomOf(page, sel);
          if (y > PHONE.height) late.push(`${path} ${sel} ends at ${Math.round(y)}px`);
        }
      }
      await r.close();
      expect(late).toEqual([]);
    },
    LONG,
  );

  it(
    'every page longer than five phone screens has an "On this page" list',
    async () => {
      const missing: string[] = [];
      const candidates = [...new Set([...TEMPLATE_PATHS, ...at('/therapies/'), ...at('/payers/'), ...at('/guides/')])];
      const r = await reader(site.browser, PHONE);
      for (const path of candidates) {
        const page = await r.visit(site.url + path);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const toc = await page.locator('[data-contents]').count();
        if (height > 5 * PHONE.height && toc === 0) missing.push(`${path} (${height}px)`);
      }
      await r.close();
      expect(missing).toEqual([]);
    },
    LONG,
  );
});
