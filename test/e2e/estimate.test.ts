/**
 * The cost estimator in real Chromium: results change as the reader types, errors appear beside the
 * field in words, the share link reproduces the same estimate in a new page, malformed links fall back
 * with a notice, the print view is a summary, and without JavaScript the price table shows.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';

describe.skipIf(!browserTestsEnabled())('cost estimator in a real browser', () => {
  const site = useSite();
  const requests: string[] = [];
  const open = (ctx: BrowserContext, path: string) => openPage(ctx, `${site.url}${path}`, requests);
  const youPay = async (page: import('playwright-core').Page) =>
    page.locator('[data-you-pay]').getAttribute('data-you-pay');

  it('updates as you type, explains bad input beside the field, and a copied link reproduces the estimate', async () => {
    const ctx = await site.browser.newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, errors } = await open(ctx, '/estimate/');
    await page.selectOption('#e-therapy', 'bone-marrow-concentrate');
    await page.selectOption('#e-scope', 'per-joint');
    const before = await youPay(page);
    await page.fill('#e-areas', '2');
    await expect.poll(() => youPay(page)).not.toBe(before);
    await page.check('input[name="tier"][value="established"]');
    await page.fill('#e-consult', '300');
    await page.fill('#e-deductible', '100');
    await page.check('input[name="pay"][value="hsa"]');
    const result = await page.locator('[data-output]').innerText();
    expect(result).toContain('Insurance may pay');
    expect(result).toMatch(/HSA or FSA money at a 22% tax rate/);
    expect(result).not.toMatch(/NaN|Infinity|undefined/);

    await page.fill('#e-sessions', '11');
    expect(await page.locator('#e-sessions-error').innerText()).toMatch(/sessions from 1 to 10/);
    expect(await page.locator('[data-output]').innerText()).toBe(result); // the last good estimate stays
    await page.fill('#e-sessions', '1');
    expect(await page.locator('#e-sessions-error').innerText()).toBe('');

    await page.click('[data-action="copy"]');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('therapy=bone-marrow-concentrate');
    expect(link).toContain('areas=2');
    const again = await open(ctx, new URL(link).pathname + new URL(link).search);
    expect(await youPay(again.page)).toBe(await youPay(page));
    expect(await again.page.locator('[data-output]').innerText()).toBe(await page.locator('[data-output]').innerText());
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('falls back safely from a malformed or unknown preset link, with a notice', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/estimate/?therapy=snake-oil&areas=99&pay=bitcoin&utm_source=clinic');
    expect(await page.locator('[data-notices]').innerText()).toMatch(/recogni[sz]e/);
    expect(await page.locator('[data-output]').innerText()).toMatch(/You may pay between \$/);
    expect(page.url()).not.toContain('utm_source');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('prints a summary with the questions to ask, without the form', async () => {
    const ctx = await site.browser.newContext();
    const { page } = await open(ctx, '/estimate/?therapy=prp&areas=1&sessions=3');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.estimator-form').isVisible()).toBe(false);
    expect(await page.locator('[data-output]').isVisible()).toBe(true);
    expect(await page.locator('#questions-for-the-quote').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await ctx.close();
  });

  it('without JavaScript shows the price table for every treatment and says the estimate needs JavaScript', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(ctx, '/estimate/');
    expect(await page.locator('.no-js-note').isVisible()).toBe(true);
    expect(await page.locator('.estimator-form').isVisible()).toBe(false);
    const rows = await page.locator('[data-price-table] tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(10);
    expect(await page.locator('[data-price-table] tbody a[href^="#source-"]').count()).toBeGreaterThanOrEqual(rows);
    await ctx.close();
  });

  it('sent nothing the reader typed: only the reader’s own navigation to a shared link carries the state', () => {
    const fetched = requests.filter((r) => !r.startsWith('document '));
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.filter((r) => /consult=|deductible=|areas=/.test(r))).toEqual([]);
    expect(requests.every((r) => r.split(' ')[2]!.startsWith(site.url))).toBe(true);
  });
});
