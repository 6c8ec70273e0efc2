/**
 * The glossary and About pages in real Chromium: axe-core WCAG 2.2 A/AA in light and dark on a phone, and
 * the glossary's A–Z index working with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../support/browser.ts';
import { axeViolations, openPage, useSite } from '../support/page.ts';

describe.skipIf(!browserTestsEnabled())('glossary and About pages in a real browser', () => {
  const site = useSite();

  for (const path of ['/glossary/', '/about/']) {
    it(`${path} has zero axe-core WCAG 2.2 A/AA violations (light and dark)`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const ctx = await site.browser.newContext({
          bypassCSP: true,
          colorScheme,
          viewport: { width: 390, height: 844 },
        });
        const { page } = await openPage(ctx, `${site.url}${path}`);
        expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
        await ctx.close();
      }
    });
  }

  it('jumps from a glossary letter to its terms and back to the A–Z, with JavaScript off', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const { page } = await openPage(ctx, `${site.url}/glossary/`);
    await page.locator('#a-to-z a', { hasText: /^M$/ }).click();
    await page.waitForURL(/#letter-m$/);
    const heading = page.locator('#letter-m');
    expect(await heading.evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(100);
    await page.locator('section[aria-labelledby="letter-m"] a', { hasText: 'Back to A–Z' }).click();
    await page.waitForURL(/#a-to-z$/);
    expect(await page.locator('#a-to-z').isVisible()).toBe(true);
    // A term link from another page still lands on the term.
    await page.goto(`${site.url}/glossary/#hcpcs`);
    expect(await page.locator('#hcpcs').evaluate((dt) => Math.round(dt.getBoundingClientRect().top))).toBeLessThan(100);
    await ctx.close();
  });
});
