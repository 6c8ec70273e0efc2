/**
 * The tools on a 390 px phone (issue #11), measured, not eyeballed: nothing is wider than its box (with
 * JavaScript on and off), every radio button and checkbox sits on the same line as its label, and a
 * control that is disabled until the script runs looks disabled.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';

const PHONE = { width: 390, height: 844 };

/**
 * Every visible element whose content is wider than its box, as "tag.class: scroll > client". Form controls
 * scroll their own text, and text kept for screen readers only is clipped to nothing on purpose (CSS
 * `clip`), so they are left out; a deliberate scroll area must say so with a visible cue
 * (`[data-scroll-cue]` inside it).
 */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [document.documentElement, ...document.body.querySelectorAll('*')]
      .filter(
        (el) =>
          el instanceof HTMLElement &&
          el.checkVisibility() &&
          !el.matches('input, select, textarea') &&
          !(function clipped(e: Element | null): boolean {
            return !!e && (getComputedStyle(e).clip !== 'auto' || clipped(e.parentElement));
          })(el) &&
          el.scrollWidth > el.clientWidth + 1 &&
          !(/auto|scroll/.test(getComputedStyle(el).overflowX) && el.querySelector('[data-scroll-cue]')),
      )
      .map(
        (el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}: ${el.scrollWidth} > ${el.clientWidth}`,
      ),
  );

/** Each visible radio button or checkbox whose label's first line is not beside it. */
const choicesOffTheirLine = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')]
      .filter((box) => box.checkVisibility())
      .flatMap((box) => {
        const label = box.closest('label') ?? document.querySelector(`label[for="${box.id}"]`);
        const range = document.createRange();
        const text = [...(label?.childNodes ?? [])].find((n) => n !== box && (n.textContent ?? '').trim());
        if (!text) return [`${box.name}=${box.value}: no label text`];
        range.selectNodeContents(text);
        const first = range.getClientRects()[0];
        const b = box.getBoundingClientRect();
        const beside = first && first.top < b.bottom && b.top < first.bottom && first.left >= b.right - 1;
        return beside
          ? []
          : [`${box.name}=${box.value}: box at ${Math.round(b.top)}, label at ${Math.round(first?.top ?? -1)}`];
      }),
  );

describe.skipIf(!browserTestsEnabled())('the tools on a 390 px phone', () => {
  const site = useSite();
  const pages = [
    '/estimate/',
    '/estimate/?therapy=bone-marrow-concentrate&scope=per-joint&consult=250&pay=financing',
    '/appeal/letter/',
    '/appeal/deadlines/',
    '/appeal/my-case/',
    '/search/?q=prp',
  ];

  for (const javaScriptEnabled of [true, false]) {
    it(`nothing is wider than its box, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const ctx = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const wide: string[] = [];
      for (const path of pages) {
        const { page } = await openPage(ctx, `${site.url}${path}`);
        if (javaScriptEnabled && path === '/appeal/deadlines/') {
          await page.selectOption('#d-plan', 'medicaid');
          await page.fill('#d-date', '2026-10-31');
        }
        if (path.startsWith('/search/')) {
          await page.locator('main summary').click();
          if (javaScriptEnabled) await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
        }
        wide.push(...(await overflowing(page)).map((w) => `${path}: ${w}`));
        await page.close();
      }
      expect(wide).toEqual([]);
      await ctx.close();
    });
  }

  it('shows the price table as one card per row, the treatment and what is treated as its heading', async () => {
    const ctx = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const { page } = await openPage(ctx, `${site.url}/estimate/`);
    const card = page.locator('[data-price-table] tbody tr').first();
    const box = await card.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    const text = await card.innerText();
    expect(text).toMatch(/^PRP[^\n]*\nPer injection\n/);
    expect(text).toMatch(/\n\$[\d,]+–\$[\d,]+( \(typical \$[\d,]+\))?\n/);
    // The column headings are for screen readers only; on screen each value carries its own (CSS) label.
    expect(await page.locator('[data-price-table] thead').evaluate((el) => getComputedStyle(el).clip)).not.toBe('auto');
    const labels = await card
      .locator('td[data-label]')
      .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Clinic: "', '"Range: "']);
    // What kind of evidence the price is, with its year or "year of the prices not stated", then the source.
    expect(text).toMatch(/^A survey of .*; year of the prices not stated\. Source: /m);
    // The range, the evidence, the year and the source are all inside the visible card, not off to the side.
    for (const cell of await card.locator('td').all()) {
      const c = await cell.boundingBox();
      expect(c && box && c.x >= box.x && c.x + c.width <= box.x + box.width + 1).toBe(true);
    }
    await ctx.close();
  });

  it('keeps every radio button and checkbox on the same line as its label', async () => {
    const ctx = await site.browser.newContext({ viewport: PHONE });
    const off: string[] = [];
    for (const path of ['/estimate/', '/appeal/letter/', '/appeal/my-case/', '/search/']) {
      const { page } = await openPage(ctx, `${site.url}${path}`);
      if (path === '/search/') await page.locator('main summary').click();
      off.push(...(await choicesOffTheirLine(page)).map((o) => `${path}: ${o}`));
      await page.close();
    }
    expect(off).toEqual([]);
    await ctx.close();
  });

  it('a control disabled until the script runs looks disabled, and looks usable once it is', async () => {
    const look = (page: Page, selector: string) =>
      page.locator(selector).evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          disabled: el.matches(':disabled'),
          border: s.borderTopStyle,
          cursor: s.cursor,
          color: s.color,
        };
      });
    const noJs = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const before = await openPage(noJs, `${site.url}/appeal/letter/`);
    const withJs = await site.browser.newContext({ viewport: PHONE });
    const after = await openPage(withJs, `${site.url}/appeal/letter/`);
    for (const selector of ['[data-action="print"]', '[data-action="save"]', '[data-action="delete"]', '#f-name']) {
      const off = await look(before.page, selector);
      const on = await look(after.page, selector);
      expect(off, selector).toMatchObject({ disabled: true, border: 'dashed', cursor: 'not-allowed' });
      expect(on, selector).toMatchObject({ disabled: false, border: 'solid' });
      expect(on.cursor, selector).not.toBe('not-allowed');
      expect(on.color, selector).not.toBe(off.color);
    }
    await noJs.close();
    await withJs.close();
  });
});
