/**
 * The tools on a 390 px phone (issue #11), measured, not eyeballed: the estimator's price table is one
 * card per row, a control that is disabled until the script runs looks disabled, and the coverage table
 * keeps its treatment column in view while it scrolls sideways. (Nothing wider than
 * its box, and every radio button and checkbox beside its label, JavaScript on and off: the template
 * sweep, test/e2e/templates.test.ts, on every tool with a result shown.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';

const PHONE = { width: 390, height: 844 };

describe.skipIf(!browserTestsEnabled())('the tools on a 390 px phone', () => {
  const site = useSite();
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
    expect(labels).toEqual(['"Kind of clinic: "', '"Range: "']);
    // What kind of evidence the price is, with its year or "year of the prices not stated", then the source.
    expect(text).toMatch(/^A survey of .*; year of the prices not stated\. Source: /m);
    // The range, the evidence, the year and the source are all inside the visible card, not off to the side.
    for (const cell of await card.locator('td').all()) {
      const c = await cell.boundingBox();
      expect(c && box && c.x >= box.x && c.x + c.width <= box.x + box.width + 1).toBe(true);
    }
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

  it("keeps the coverage table's treatment column in view while the table scrolls sideways", async () => {
    const ctx = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const { page } = await openPage(ctx, `${site.url}/coverage/`);
    const scroller = page.locator('.matrix-scroll');
    const rows = page.locator('.matrix-scroll tbody tr');
    const measure = () =>
      page.evaluate(() => {
        const box = document.querySelector('.matrix-scroll')!.getBoundingClientRect();
        const row = document.querySelectorAll('.matrix-scroll tbody tr')[3]!;
        const th = row.querySelector('th')!.getBoundingClientRect();
        const td = row.querySelector('td')!.getBoundingClientRect();
        // What a reader sees at the middle of the row header: the header itself, not a cell slid over it.
        const seen = document.elementFromPoint(th.x + th.width / 2, th.y + th.height / 2);
        return {
          box: { x: box.x, right: box.right },
          th: { x: th.x, right: th.right },
          td: td.x,
          visible: Boolean(seen && row.querySelector('th')!.contains(seen)),
        };
      });
    expect(await rows.count()).toBeGreaterThan(5);
    await rows.nth(3).scrollIntoViewIfNeeded();
    const before = await measure();
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth, 'the table is wider than a phone, so it scrolls').toBeGreaterThan(clientWidth + 300);
    await scroller.evaluate((el) => {
      el.scrollLeft = 600;
    });
    const after = await measure();
    expect(after.td, 'the first insurer column moved off to the left').toBeLessThan(before.td - 500);
    expect(Math.abs(after.th.x - before.th.x), 'the treatment column stayed put').toBeLessThanOrEqual(1);
    expect(after.th.x).toBeGreaterThanOrEqual(after.box.x - 1);
    expect(after.th.right).toBeLessThanOrEqual(after.box.right);
    expect(before.visible && after.visible, 'the treatment name is on top, not under a cell').toBe(true);
    await ctx.close();
  });

  it("shows each price whole in the estimator's closed price list, in both languages", async () => {
    const ctx = await site.browser.newContext({ viewport: PHONE });
    for (const path of ['/estimate/', '/es/estimate/']) {
      const { page, errors } = await openPage(ctx, `${site.url}${path}`);
      const therapies = await page
        .locator('#e-therapy option')
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
      for (const therapy of therapies) {
        await page.selectOption('#e-therapy', therapy);
        // A closed list shows the start of the chosen line; the price comes first, so it must fit there, whole
        // (the box, less its padding and the arrow). Measured with the list's own font, for every row.
        const cut = await page.locator('#e-row').evaluate((select: HTMLSelectElement) => {
          const style = getComputedStyle(select);
          const ctx2d = document.createElement('canvas').getContext('2d')!;
          ctx2d.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
          return [...select.options]
            .map((o) => /^(.*?\$[\d,]+(–\$[\d,]+)?)/.exec(o.text)?.[1] ?? o.text)
            .filter((price) => ctx2d.measureText(price).width > room);
        });
        expect(cut, `${path} ${therapy}`).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
    await ctx.close();
  });
});
