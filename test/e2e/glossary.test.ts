/**
 * The glossary's A–Z index in real Chromium with JavaScript off (axe on /glossary/ and /about/ runs with
 * the other key pages in site.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';

describe.skipIf(!browserTestsEnabled())('the glossary in a real browser', () => {
  const site = useSite();

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
