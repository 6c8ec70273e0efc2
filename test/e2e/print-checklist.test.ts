/**
 * "Print this checklist" on the Good Faith Estimate guide (English and Spanish) prints only the checklist, under
 * the site's name: in print media, nothing else of the page shows. When printing ends, or when the reader prints
 * the page with the browser's own command, the whole page prints as before.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';

const PAGES = [
  {
    path: '/guides/good-faith-estimate/',
    button: 'Print this checklist',
    heading: '#checklist-ask-the-clinic-for-a-good-faith-estimate',
    other: '#what-it-must-list',
  },
  {
    path: '/es/guides/good-faith-estimate/',
    button: 'Imprimir esta lista de verificación',
    heading: '[id="lista-de-verificación-pídale-a-la-clínica-un-estimado-de-buena-fe"]',
    other: '[id="lo-que-debe-incluir"]',
  },
];

describe.skipIf(!browserTestsEnabled())('printing only the Good Faith Estimate checklist', () => {
  const site = useSite();
  const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

  for (const { path, button, heading, other } of PAGES)
    it(`${path}: the button prints the checklist alone; the browser's own print, the whole page`, async () => {
      const ctx = await site.browser.newContext();
      const { page, errors } = await open(ctx, path);
      const checklist = page.locator('button[data-print="section"]');
      expect(await checklist.innerText()).toBe(button);
      const list = page.locator(`${heading} ~ ol`);
      await page.emulateMedia({ media: 'print' });

      // The browser's own print command: the whole page.
      expect(await visible(page, 'h1')).toBe(true);
      expect(await visible(page, other)).toBe(true);

      // The button: the checklist, its steps and the site's name; nothing else.
      await page.evaluate(() => {
        window.print = () => {}; // headless Chromium has no print dialog to wait for
      });
      await page.emulateMedia({ media: 'screen' }); // the button shows on screen only
      await checklist.click();
      await page.emulateMedia({ media: 'print' });
      expect(await visible(page, heading)).toBe(true);
      expect(await list.isVisible()).toBe(true);
      expect(await list.locator('li').count()).toBe(11);
      expect(await list.locator('li').last().isVisible()).toBe(true);
      expect(await visible(page, '.site-name')).toBe(true);
      const elsewhere = [
        'h1',
        other,
        '.answer',
        '.on-this-page',
        '#questions',
        '#sources',
        '.site-footer',
        '.language-link',
      ];
      for (const hidden of elsewhere) expect(await visible(page, hidden), hidden).toBe(false);
      expect(await checklist.isVisible()).toBe(false); // the button itself never prints

      // When printing ends, the page prints whole again.
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      expect(await visible(page, 'h1')).toBe(true);
      expect(await visible(page, other)).toBe(true);
      expect(errors).toEqual([]);
      await ctx.close();
    });

  const open = (ctx: Parameters<typeof openPage>[0], path: string) => openPage(ctx, `${site.url}${path}`);
});
