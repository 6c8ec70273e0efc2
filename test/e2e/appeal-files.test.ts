/**
 * Issue #16 parts 2 and 4 in real Chromium: the deadline finder saves the reader's deadline as a calendar
 * file that a real parser (ical.js) reads back with the date the page shows, and prints only the reader's
 * deadlines; the claim-file letter builds as you type, picks the plan a flow outcome links with, saves and
 * prints the letter alone, and works as a template without JavaScript. Nothing typed, the notice date
 * included, is ever in a request. (axe and phone widths: test/e2e/templates.test.ts, tools-phone.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';
import { planType } from '../../src/schemas/appeal.ts';

/** What the reader types: none of it may leave the browser, in any spelling. */
const NOTICE = '2026-10-31';
const SECRETS = [NOTICE, '20261031', '10/31/2026', 'Orlanda Vexbridge', 'MBR44Q9Z', 'Halcyon Mutual', 'CLM-55821'];

/** Every leaf element a printout would show, named by the part of the page it belongs to. */
const printed = (page: Page, keep: string) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.checkVisibility() && el.children.length === 0 && (el.textContent ?? '').trim())
        .map((el) => (el.closest(selector) ? 'kept' : `${el.tagName}: ${(el.textContent ?? '').trim().slice(0, 40)}`)),
    keep,
  );

describe.skipIf(!browserTestsEnabled())('deadline calendar file and claim-file letter in a real browser', () => {
  const site = useSite();
  const requests: string[] = [];

  it("saves the finder's deadline as a calendar file a real parser reads, with a reminder a week before", async () => {
    const ctx = await site.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await openPage(ctx, `${site.url}/appeal/deadlines/`, requests);
    await page.selectOption('#d-plan', 'medicare');
    await page.fill('#d-date', NOTICE);
    const shown = await page.locator('[data-output] [data-deadline]').first().getAttribute('data-deadline');
    expect(shown).toBe('2027-03-05'); // 5 days for mail + 120 days

    const download = page.waitForEvent('download');
    await page.click('[data-action="calendar"]');
    const file = await download;
    expect(file.suggestedFilename()).toBe('appeal-deadlines.ics');
    const ics = readFileSync((await file.path()) as string, 'utf8');
    expect(ics).not.toMatch(/[^\r]\n/); // CRLF line ends
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(shown);
    expect(event.endDate.toString()).toBe('2027-03-06');
    expect(event.summary).toBe('Appeal deadline: Redetermination by the Medicare contractor');
    expect(event.uid).toBe(`medicare-redetermination-20261031@${new URL(site.url).hostname}`);
    expect(event.description).toContain('File by March 5, 2027.');
    expect(String(vevent.getFirstPropertyValue('url'))).toBe(`${site.url}/appeal/deadlines/`);
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    const remind = event.startDate.clone();
    remind.isDate = false;
    remind.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
    expect(remind.toString()).toBe('2027-02-26T09:00:00');
    expect(await page.locator('[data-status]').innerText()).toMatch(/Saved as appeal-deadlines\.ics/);

    // Printing shows the reader's deadlines, not the rules for every plan.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-output]').isVisible()).toBe(true);
    expect(await page.locator('#all-rules').isVisible()).toBe(false);
    expect(await page.locator('[data-action="calendar"]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('builds the claim-file letter for the plan a flow outcome links with, saves it and prints it alone', async () => {
    const ctx = await site.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await openPage(ctx, `${site.url}/appeal/claim-file/?plan=medicare`, requests);
    const letter = page.locator('#claim-file-text');
    expect(await page.locator('#c-plan').inputValue()).toBe('medicare');
    expect(await page.locator('[data-note]').innerText()).toMatch(/could not confirm/);
    expect(await letter.inputValue()).not.toMatch(/free of charge|CFR/);

    await page.selectOption('#c-plan', 'employer-self-funded');
    await page.fill('#c-payer', 'Halcyon Mutual');
    await page.fill('#c-name', 'Orlanda Vexbridge');
    await page.fill('#c-member', 'MBR44Q9Z');
    await page.fill('#c-claim', 'CLM-55821');
    await page.fill('#c-notice', NOTICE);
    await page.fill('#c-therapy', 'PRP injection');
    const text = await letter.inputValue();
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}\n\nTo: Halcyon Mutual, Appeals/);
    expect(text).toContain('Under 29 CFR 2560.503-1(h)(2)(iii), please send me, free of charge');
    expect(text).toContain('29 CFR 2560.503-1(m)(8)');
    expect(text).toContain('Claim or reference number: CLM-55821');
    expect(text).toContain(`Date on the denial notice: ${NOTICE}`);
    expect(text).toContain('This letter is not my appeal');

    // The reader's own edits survive a form change until they ask for a rebuild.
    await letter.fill(`${text}\n\nP.S. Please also send the call recordings.`);
    await page.fill('#c-therapy', 'Amniotic injection');
    expect(await letter.inputValue()).toContain('P.S. Please also send the call recordings.');
    expect(await page.locator('[data-stale]').isVisible()).toBe(true);
    await page.click('[data-action="rebuild"]');
    expect(await letter.inputValue()).toContain('You denied coverage of Amniotic injection.');
    expect(await letter.inputValue()).not.toContain('P.S.');

    const download = page.waitForEvent('download');
    await page.click('[data-action="save"]');
    const file = await download;
    expect(file.suggestedFilename()).toBe('claim-file-request.txt');
    expect(readFileSync((await file.path()) as string, 'utf8')).toBe(await letter.inputValue());
    expect(await page.evaluate(() => localStorage.length)).toBe(0); // nothing kept

    await page.emulateMedia({ media: 'print' });
    expect(new Set(await printed(page, '.letter-print'))).toEqual(new Set(['kept']));
    expect(await page.locator('.letter-print').innerText()).toContain('Orlanda Vexbridge');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('is offered before the appeal letter, from the toolkit, the letter page and a claim-denied outcome', async () => {
    const ctx = await site.browser.newContext();
    const links = async (path: string) => {
      const { page } = await openPage(ctx, `${site.url}${path}`, requests);
      return page
        .locator('main a')
        .evaluateAll((as) =>
          as.map(
            (a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).search,
          ),
        );
    };
    const index = await links('/appeal/');
    expect(index.indexOf('/appeal/claim-file/')).toBeGreaterThanOrEqual(0);
    expect(index.indexOf('/appeal/claim-file/')).toBeLessThan(index.indexOf('/appeal/letter/'));
    expect(await links('/appeal/letter/')).toContain('/appeal/claim-file/');
    const outcome = await links('/check/claim-denied/reason/coding/plan/medicaid/urgency/not-sure/');
    const file = outcome.indexOf('/appeal/claim-file/?plan=medicaid');
    expect(file).toBeGreaterThanOrEqual(0);
    expect(file).toBeLessThan(outcome.indexOf('/appeal/letter/'));
    await ctx.close();
  });

  it('without JavaScript: a disabled form, a template to fill in, and every plan’s wording', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(ctx, `${site.url}/appeal/claim-file/`, requests);
    expect(await page.locator('#c-name').isDisabled()).toBe(true);
    const template = await page.locator('#claim-file-text').inputValue();
    expect(template).toContain('[Your name]');
    expect(template).toContain('45 CFR 147.136');
    expect(await page.locator('[data-file-plan] blockquote').count()).toBe(planType.options.length);
    expect(await page.locator('[data-action="save"]').isDisabled()).toBe(true);
    await ctx.close();
  });

  it('never sent anything the reader typed, the notice date included', () => {
    expect(requests.length).toBeGreaterThan(0);
    const leaks = requests.filter((r) => SECRETS.some((s) => r.includes(s) || r.includes(encodeURIComponent(s))));
    expect(leaks).toEqual([]);
    expect(requests.every((r) => r.split(' ')[2]!.startsWith(site.url) || r.split(' ')[2]!.startsWith('blob:'))).toBe(
      true,
    );
  });
});
