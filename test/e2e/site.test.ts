/**
 * Real Chromium (playwright-core) against the built site: no layout shift while loading, header and
 * full search, pages work without JavaScript, utm_* parameters change nothing where the address is read,
 * tables filter, print views. (Every template's axe, console, request and width checks:
 * test/e2e/templates.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';

const haveBrowser = browserTestsEnabled();

describe.skipIf(!haveBrowser)('in a real browser', () => {
  const site = useSite();

  const open = (ctx: BrowserContext, path: string) => openPage(ctx, `${site.url}${path}`);

  it('does not shift the layout while loading', async () => {
    const ctx = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    for (const path of ['/', '/therapies/prp/', '/estimate/', '/appeal/my-case/']) {
      const page = await ctx.newPage();
      await page.addInitScript(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls), path).toBeLessThan(0.01);
      await page.close();
    }
    await ctx.close();
  });

  it('searches from the header box: an article page runs no script until the reader searches', async () => {
    const ctx = await site.browser.newContext();
    const scripts: string[] = [];
    ctx.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    const { page, errors } = await open(ctx, '/therapies/prp/');
    expect(scripts).toEqual([]);
    const box = page.locator('#site-search-q');
    await box.fill('medicare');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=medicare/);
    const first = page.locator('#search-results li > a').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.getAttribute('href')).toMatch(/^\/(therapies|payers|coverage|guides|check)\//);
    expect(scripts.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('works with JavaScript disabled: content, navigation and the search form', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(ctx, '/');
    expect(await page.locator('form.site-search input[name="q"]').isVisible()).toBe(true);
    await page.locator('.site-nav a', { hasText: 'Treatments' }).click();
    await page.waitForURL(/\/therapies\/$/);
    await page.locator('.card-list a').first().click();
    await page.waitForURL(/\/therapies\/[^/]+\/$/);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('.answer').isVisible()).toBe(true);
    expect(await page.locator('[data-coverage-cards] .coverage-card').count()).toBeGreaterThan(0);
    await page.locator('#site-search-q').fill('medicare');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=medicare$/);
    expect(await page.locator('.no-js-note').isVisible()).toBe(true);
    await ctx.close();
  });

  it('ignores utm_* parameters on the pages that read their address: the estimator and search', async () => {
    const ctx = await site.browser.newContext();
    const utm = 'utm_source=clinic-email&utm_medium=email&utm_campaign=knee';
    // The estimator's state lives in the query string: a tagged link must give the same estimate, no notice.
    const estimate = '/estimate/?therapy=bone-marrow-concentrate&areas=2&tier=established&pay=hsa';
    const shown = async (p: Page) => ({
      output: await p.locator('[data-output]').innerText(),
      notices: await p.locator('[data-notices]').innerText(),
      areas: await p.locator('#e-areas').inputValue(),
      canonical: await p.locator('link[rel="canonical"]').getAttribute('href'),
    });
    const plain = await open(ctx, estimate);
    const tagged = await open(ctx, `${estimate}&${utm}`);
    const want = await shown(plain.page);
    expect(want.areas).toBe('2'); // the query was read
    expect(want.notices).toBe('');
    expect(want.output).toMatch(/HSA or FSA/);
    expect(await shown(tagged.page)).toEqual(want);
    // Search reads q from the address: the same results with or without tracking parameters.
    const results = async (path: string) => {
      const { page } = await open(ctx, path);
      await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
      return page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    };
    const hits = await results('/search/?q=prp+medicare');
    expect(hits[0]).toBe('/coverage/prp/medicare/');
    expect(await results(`/search/?q=prp+medicare&${utm}`)).toEqual(hits);
    await ctx.close();
  });

  it('filters the full search page by kind, and keeps the query in the address', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/search/?q=prp&kind=Coverage+answer');
    await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
    const hrefs = await page
      .locator('#search-results li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h?.startsWith('/coverage/'))).toBe(true);
    expect(await page.locator('input[name="kind"][value="Coverage answer"]').isChecked()).toBe(true);
    await page.locator('input[name="kind"][value="Coverage answer"]').uncheck();
    await page.waitForFunction(() => !location.search.includes('kind='));
    await page.locator('#search-results li > a[href^="/therapies/"]').first().waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('corrects a mistyped search, says so, and searches the words as typed when asked', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/search/?q=platlet+rich+plasma');
    const status = page.locator('#search-status');
    await expect
      .poll(() => status.innerText(), { timeout: 10_000 })
      .toContain('Showing results for “platelet rich plasma”');
    expect(await page.locator('#search-results li > a').first().getAttribute('href')).toBe('/therapies/prp/');
    // The way back: the words exactly as typed, kept in the address so the choice survives a reload.
    await status.getByRole('link', { name: 'Search for “platlet rich plasma” as typed' }).click();
    await page.waitForURL(/exact=1/);
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/found/);
    expect(await status.innerText()).not.toContain('Showing results for');
    expect(await page.locator('#search-q').inputValue()).toBe('platlet rich plasma');
    // Typing something new corrects again.
    await page.locator('#search-q').fill('prolo therapy');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain('Showing results for “prolotherapy”');
    expect(new URL(page.url()).searchParams.get('exact')).toBeNull();
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('corrects a mistyped Spanish search on the Spanish page, and filters by the Spanish names', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/es/search/?q=proloterapya');
    const status = page.locator('#search-status');
    const first = () => page.locator('#search-results li > a').first().getAttribute('href');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain('Resultados para “proloterapia”');
    expect(await first()).toBe('/es/therapies/prolotherapy/');
    await status.getByRole('link', { name: 'Buscar “proloterapya” tal como lo escribió' }).click();
    await page.waitForURL(/exact=1/);
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/Se encontr/);
    expect(await status.innerText()).not.toContain('Resultados para');
    expect(await page.locator('#search-q').inputValue()).toBe('proloterapya');
    // Accents given back are not announced: "hialuronico" is searched as "hialurónico", and finds the treatment.
    await page.locator('#search-q').fill('hialuronico');
    await expect.poll(first, { timeout: 10_000 }).toBe('/es/therapies/hyaluronic-acid/');
    expect(await status.innerText()).not.toContain('Resultados para');
    // The insurer filter's boxes carry the names the Spanish pages are filed under.
    const filtered = await open(ctx, `/es/search/?q=prp&payer=${encodeURIComponent('Atención médica del VA')}`);
    await filtered.page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
    expect(await filtered.page.getByRole('checkbox', { name: 'Atención médica del VA' }).isChecked()).toBe(true);
    const hrefs = await filtered.page
      .locator('#search-results li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/es/payers/va/');
    expect(hrefs.every((h) => h?.startsWith('/es/') && h.endsWith('/va/'))).toBe(true);
    expect([...errors, ...filtered.errors]).toEqual([]);
    await ctx.close();
  });

  it('filters the billing-code table as the reader types; without JavaScript the whole table shows', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/guides/billing-codes/');
    const rows = page.locator('table-filter tbody tr');
    const total = await rows.count();
    expect(total).toBeGreaterThan(10);
    await page.locator('table-filter input').fill('J7325');
    const visible = page.locator('table-filter tbody tr:visible');
    await expect.poll(async () => visible.count()).toBe(1);
    expect(await visible.first().innerText()).toContain('J7320 to J7328'); // a code inside a written range matches
    expect(await page.locator('table-filter [role="status"]').innerText()).toContain(`1 of ${total} rows shown`);
    expect(errors).toEqual([]);
    await ctx.close();
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await open(noJs, '/guides/billing-codes/');
    expect(await plain.page.locator('table-filter input').isVisible()).toBe(false);
    expect(await plain.page.locator('table-filter tbody tr:visible').count()).toBe(total);
    await noJs.close();
  });

  it('prints without the header search and navigation', async () => {
    const ctx = await site.browser.newContext();
    const { page } = await open(ctx, '/therapies/prp/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('form.site-search').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await ctx.close();
  });
});
