/**
 * Medicare by state in real Chromium: a reader with JavaScript off picks a state from the plain list of
 * links and lands on its page. (axe-core runs on the list and the Virginia page in site.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';
import { sitePaths } from '../../src/lib/paths.ts';

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
});
