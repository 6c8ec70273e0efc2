/**
 * The two behaviours of "Find a person who can help" that need a browser: the letter reader shows the
 * offices for the state the reader picks and the plan it found, and the state list sends each state link
 * to the line for the plan a flow outcome named (?plan=…). Everything else is checked on the built pages
 * (test/site/find-help.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';

describe.skipIf(!browserTestsEnabled())('finding help in a real browser', () => {
  const site = useSite();
  const requests: string[] = [];

  it('shows the offices for the picked state and the letter’s plan; state links go to a named plan', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await openPage(ctx, `${site.url}/appeal/read-letter/`, requests);
    const letter = (
      parse(readFileSync('test/fixtures/letters/medicare-msn-nmn-prp-lcd.yaml', 'utf8')) as { text: string }
    ).text;
    await page.fill('#r-text', letter);
    await expect
      .poll(() => page.locator('[data-help="no-state"] a').getAttribute('href'))
      .toBe('/appeal/find-help/?plan=medicare');
    const before = requests.length;
    await page.selectOption('#r-state', 'GA');
    const offices = page.locator('[data-help="GA"] [data-help-office]');
    await expect.poll(() => offices.count()).toBe(2);
    expect(await offices.first().innerText()).toMatch(/GeorgiaCares[\s\S]*1-866-552-4464/);
    expect(await offices.first().locator('a[href^="tel:"]').getAttribute('href')).toBe('tel:+18665524464');
    // Picking a state is read on this device: no request follows.
    expect(requests.slice(before)).toEqual([]);
    expect(errors).toEqual([]);

    // The state list sends each state link to the plan a flow outcome named, and ignores an unknown plan.
    await page.goto(`${site.url}/appeal/find-help/?plan=employer-self-funded`);
    await expect
      .poll(() => page.locator('[data-state="TX"]').getAttribute('href'))
      .toMatch(/\/appeal\/find-help\/tx\/#plan-employer-self-funded$/);
    expect(await page.locator('[data-plan-note]').innerText()).toMatch(/self-funded/);
    await page.goto(`${site.url}/appeal/find-help/?plan=%22%3E%3Cx`);
    expect(await page.locator('[data-state="TX"]').getAttribute('href')).toBe('/appeal/find-help/tx/');
    expect(await page.locator('[data-plan-note]').isHidden()).toBe(true);
    await ctx.close();
  });

  it('in Spanish, shows the same offices in Spanish words, with their own names, linking Spanish pages', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await openPage(ctx, `${site.url}/es/appeal/read-letter/`, requests);
    const letter = (
      parse(readFileSync('test/fixtures/letters/medicare-msn-nmn-prp-lcd.yaml', 'utf8')) as { text: string }
    ).text;
    await page.fill('#r-text', letter);
    await expect
      .poll(() => page.locator('[data-help="no-state"] a').getAttribute('href'))
      .toBe('/es/appeal/find-help/?plan=medicare');
    // The state menu names states in Spanish.
    expect(await page.locator('#r-state option[value="NC"]').innerText()).toBe('Carolina del Norte');
    await page.selectOption('#r-state', 'GA');
    const offices = page.locator('[data-help="GA"] [data-help-office]');
    await expect.poll(() => offices.count()).toBe(2);
    const first = await offices.first().innerText();
    expect(first).toMatch(/^Consejería gratuita de Medicare \(SHIP\) — GeorgiaCares[\s\S]*Teléfono: 1-866-552-4464/);
    expect(first).toMatch(/\(opción 4\)[\s\S]*Lo revisamos el 30 de noviembre de 2026\./);
    expect(await offices.first().locator('[lang="en-US"]').first().innerText()).toMatch(/^GeorgiaCares/);
    expect(await page.locator('[data-help="GA"] ~ p a').getAttribute('href')).toBe(
      '/es/appeal/find-help/ga/#plan-medicare',
    );
    expect(errors).toEqual([]);

    await page.goto(`${site.url}/es/appeal/find-help/?plan=employer-self-funded`);
    await expect
      .poll(() => page.locator('[data-state="TX"]').getAttribute('href'))
      .toMatch(/\/es\/appeal\/find-help\/tx\/#plan-employer-self-funded$/);
    expect(await page.locator('[data-plan-note]').innerText()).toBe(
      'La página de cada estado se abrirá en la ayuda para: Un plan del trabajo autofinanciado.',
    );
    await ctx.close();
  });
});
