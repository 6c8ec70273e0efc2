/**
 * Medicare by state in real Chromium: a reader with JavaScript off picks a state from the plain list of
 * links and lands on its page, in English and in Spanish, and the language link moves between the twins.
 * (axe-core runs on the list and the Virginia page, in both languages, in site.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';
import { inLanguage, sitePaths } from '../../src/lib/paths.ts';

describe.skipIf(!browserTestsEnabled())('Medicare by state in a browser', () => {
  const site = useSite();

  it('works with JavaScript off: pick Texas from the list, read its contractor and PRP rule', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const { page, errors } = await openPage(ctx, `${site.url}${sitePaths.medicareStates()}`);
    // The list is within reach: it starts in the first two phone screens.
    const top = await page.locator('[data-state-list]').first().boundingBox();
    expect(top?.y).toBeLessThan(2 * 844);
    await page.locator('[data-state-list] a', { hasText: 'Texas' }).click();
    await page.waitForURL(/\/payers\/medicare\/by-state\/tx\/$/);
    expect(await page.locator('h1').textContent()).toContain('Texas');
    expect(await page.locator('.answer').textContent()).toContain('Novitas Solutions');
    expect(await page.locator('[data-local-rule][data-therapy="prp"]').textContent()).toContain('L39068');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('works in Spanish without JavaScript: pick Texas, read its rule, switch to the English twin', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const { page, errors } = await openPage(ctx, `${site.url}${inLanguage(sitePaths.medicareStates(), 'es')}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es-US');
    const top = await page.locator('[data-state-list]').first().boundingBox();
    expect(top?.y).toBeLessThan(2 * 844);
    await page.locator('[data-state-list] a', { hasText: 'Texas' }).click();
    await page.waitForURL(/\/es\/payers\/medicare\/by-state\/tx\/$/);
    expect(await page.locator('h1').textContent()).toBe('Las reglas locales de Medicare en Texas');
    expect(await page.locator('.answer').textContent()).toContain('Novitas Solutions (jurisdicción JH)');
    const prp = page.locator('[data-local-rule][data-therapy="prp"]');
    expect(await prp.textContent()).toContain('L39068');
    expect(await prp.locator('.badge').textContent()).toContain('No cubierto');
    expect(await prp.locator('[data-lcd-status-words]').textContent()).toBe('Vigente, según nuestras fuentes.');
    await page.locator('.language-link').click();
    await page.waitForURL(/\/payers\/medicare\/by-state\/tx\/$/);
    expect(page.url()).not.toContain('/es/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
