/**
 * Issue #16 part 3 in real Chromium, with the site's Content-Security-Policy and Trusted Types enforced:
 * the appeal case keeps nothing until the reader asks, then survives a reload; a locked file survives
 * "delete everything" (which also removes the letter builder's draft) and opens only with the right
 * passphrase; a wrong passphrase, a damaged file or a file from a newer version changes nothing on the page
 * or the device; a browser that refuses storage is owned up to; and nothing typed, the passphrase included,
 * is ever in a request. (axe and phone widths: test/e2e/templates.test.ts; layout shift: site.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';
import { CASE_VERSION, caseFileText, emptyCase } from '../../src/lib/appeal/case-file.ts';
import { DRAFT_KEY } from '../../src/lib/appeal/draft.ts';

const NOTICE = '2026-10-31';
const SECRETS = {
  payer: 'Halvorsen Mutual',
  claim: 'CLM-88317',
  caller: 'Brisbane Okonkwo',
  criterion: 'Zorblat criterion',
  draft: 'My drafted letter about my knee, Quillon',
  passphrase: 'tangerine-lighthouse-42',
};
const PATH = '/appeal/my-case/';

/** How many items this site keeps in the browser's storage. */
const stored = (page: Page) => page.evaluate(() => localStorage.length);

describe.skipIf(!browserTestsEnabled())('my appeal case in a real browser', () => {
  const site = useSite();
  const requests: string[] = [];

  const fillCase = async (page: Page) => {
    await page.selectOption('#case-planType', 'marketplace');
    await page.fill('#case-payer', SECRETS.payer);
    await page.fill('#case-claimNumber', SECRETS.claim);
    await page.fill('#case-noticeDate', NOTICE);
    await page.click('[data-add="calls"]');
    await page.fill('#calls-1-name', SECRETS.caller);
    await page.check('input[name="documents"][value="lmn"]');
  };

  it('keeps nothing until the reader asks, then keeps the case across a reload', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await openPage(ctx, `${site.url}${PATH}`, requests);
    expect(await page.locator('#case-payer').isEnabled()).toBe(true);
    await fillCase(page);
    // Marketplace: 180 days from the date on the notice.
    expect(await page.locator('[data-deadlines] [data-deadline]').getAttribute('data-deadline')).toBe('2027-04-29');
    expect(await stored(page)).toBe(0);

    await page.check('#case-keep');
    expect(await page.locator('[data-status]').innerText()).toMatch(/kept on this device/);
    await page.click('[data-add="criteria"]');
    await page.fill('#criteria-1-criterion', SECRETS.criterion); // saved as typed, after the box is ticked
    expect(await stored(page)).toBe(1);

    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#case-keep').isChecked()).toBe(true);
    expect(await page.locator('#case-payer').inputValue()).toBe(SECRETS.payer);
    expect(await page.locator('#case-planType').inputValue()).toBe('marketplace');
    expect(await page.locator('#calls-1-name').inputValue()).toBe(SECRETS.caller);
    expect(await page.locator('#criteria-1-criterion').inputValue()).toBe(SECRETS.criterion);
    expect(await page.locator('input[name="documents"][value="lmn"]').isChecked()).toBe(true);
    expect(await page.locator('[data-deadlines] [data-deadline]').getAttribute('data-deadline')).toBe('2027-04-29');

    // Removing a row takes it off the page and off the device.
    await page.click('[data-rows="calls"] [data-remove="0"]');
    expect(await page.locator('[data-row="calls"]').count()).toBe(0);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('[data-row="calls"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('saves a locked file, deletes everything, refuses a wrong passphrase and opens with the right one', async () => {
    const ctx = await site.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await openPage(ctx, `${site.url}${PATH}`, requests);
    // A draft the letter builder kept, which the case brings in and "delete everything" removes.
    await page.evaluate(
      ([key, text]) =>
        localStorage.setItem(key!, JSON.stringify({ input: { planType: 'medicaid', payer: 'Other' }, edited: text })),
      [DRAFT_KEY, SECRETS.draft],
    );
    await fillCase(page);
    await page.selectOption('#case-planType', '');
    await page.click('[data-action="draft"]');
    expect(await page.locator('#case-letter').inputValue()).toBe(SECRETS.draft);
    expect(await page.locator('#case-planType').inputValue()).toBe('medicaid'); // it was empty
    expect(await page.locator('#case-payer').inputValue()).toBe(SECRETS.payer); // it was not
    await page.check('#case-keep');

    await page.fill('#case-pass', SECRETS.passphrase);
    await page.fill('#case-pass-again', SECRETS.passphrase);
    const download = page.waitForEvent('download');
    await page.click('[data-action="export"]');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^appeal-case-\d{4}-\d{2}-\d{2}-locked\.json$/);
    const path = (await file.path()) as string;
    const text = readFileSync(path, 'utf8');
    for (const s of Object.values(SECRETS)) expect(text).not.toContain(s);
    expect(JSON.parse(text).locked.iterations).toBeGreaterThanOrEqual(600_000);
    expect(await page.locator('[data-file-status]').innerText()).toMatch(/locked with your passphrase/);
    expect(await page.locator('#case-pass').inputValue()).toBe('');

    // Delete everything asks first, in the page, then removes the case and the letter builder's draft.
    await page.click('[data-action="delete"]');
    expect(await stored(page)).toBe(2);
    await page.click('[data-confirm-yes]');
    expect(await stored(page)).toBe(0);
    expect(await page.locator('[data-file-status]').innerText()).toBe(
      'Deleted from this device: your case and the letter builder’s draft. This page is now empty.',
    );
    expect(await page.locator('#case-payer').inputValue()).toBe('');
    expect(await page.locator('#case-keep').isChecked()).toBe(false);

    // Something new on the page, which a wrong passphrase must leave alone.
    await page.fill('#case-payer', 'Typed after deleting');
    await page.setInputFiles('#case-open', path);
    await page.fill('#case-open-pass', 'tangerine-lighthouse-43');
    await page.click('[data-action="unlock"]');
    const summary = page.locator('[data-errors]');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/passphrase does not open this file[\s\S]*Nothing on this page/);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-errors'))).toBe(true);
    expect(await page.locator('#case-payer').inputValue()).toBe('Typed after deleting');
    expect(await stored(page)).toBe(0);

    // The right passphrase opens it, and the page asks before replacing what it holds.
    await page.fill('#case-open-pass', SECRETS.passphrase);
    await page.press('#case-open-pass', 'Enter');
    await page.locator('[data-confirm-text]').getByText('Replace what is on this page').waitFor();
    expect(await page.locator('#case-payer').inputValue()).toBe('Typed after deleting');
    await page.click('[data-confirm-yes]');
    expect(await summary.isVisible()).toBe(false);
    expect(await page.locator('#case-payer').inputValue()).toBe(SECRETS.payer);
    expect(await page.locator('#case-letter').inputValue()).toBe(SECRETS.draft);
    expect(await page.locator('#calls-1-name').inputValue()).toBe(SECRETS.caller);
    expect(await page.locator('[data-file-status]').innerText()).toMatch(/^Opened your case from the file saved on /);
    expect(await stored(page)).toBe(0); // the reader has not asked to keep it
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('leaves the page and the device alone for a damaged file, another file or a newer version', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await openPage(ctx, `${site.url}${PATH}`, requests);
    await page.fill('#case-payer', SECRETS.payer);
    await page.check('#case-keep');
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    const good = caseFileText({ ...emptyCase(), letter: 'From the file' }, '2026-11-30');
    const files: [string, string, RegExp][] = [
      ['cut-short.json', good.slice(0, good.length - 30), /damaged or incomplete/],
      ['photo.json', 'not json at all', /not a case file saved from this page/],
      ['newer.json', good.replace(`"version": ${CASE_VERSION}`, `"version": ${CASE_VERSION + 1}`), /newer version/],
    ];
    for (const [name, text, message] of files) {
      await page.setInputFiles('#case-open', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.locator('[data-errors]').waitFor();
      expect(await page.locator('[data-errors]').innerText(), name).toMatch(message);
      expect(await page.locator('#case-payer').inputValue(), name).toBe(SECRETS.payer);
      expect(await page.locator('#case-letter').inputValue(), name).toBe('');
      expect(await page.evaluate(() => JSON.stringify(localStorage)), name).toBe(before);
      expect(await page.locator('[data-confirm]').isVisible(), name).toBe(false);
    }
    // The error's link takes the reader to the field to fix.
    await page.click('[data-error-list] a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('case-open');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('says so when the browser will not store the case, and says what it needs without JavaScript', async () => {
    const refusing = await site.browser.newContext();
    await refusing.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const { page, errors } = await openPage(refusing, `${site.url}${PATH}`, requests);
    await page.fill('#case-payer', SECRETS.payer);
    await page.click('#case-keep'); // the page unticks it again
    expect(await page.locator('[data-status]').innerText()).toMatch(/would not store your case/);
    expect(await page.locator('#case-keep').isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await refusing.close();

    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const off = await openPage(noJs, `${site.url}${PATH}`);
    expect(await off.page.locator('.case-no-js').innerText()).toMatch(/needs JavaScript/);
    expect(await off.page.locator('.case-no-js a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/appeal/call-log/',
      '/appeal/worksheet/',
      '/appeal/letter/',
    ]);
    expect(await off.page.locator('case-file form').isVisible()).toBe(false);
    await noJs.close();
  });

  it('in Spanish, works the same in Spanish words, and brings in a draft in the letter’s own language', async () => {
    const ctx = await site.browser.newContext();
    // A draft kept by the Spanish letter builder, never edited, with the letter in Spanish.
    const letterPage = await openPage(ctx, `${site.url}/es/appeal/letter/`, requests);
    await letterPage.page.selectOption('#f-plan', 'medicare');
    await letterPage.page.fill('#f-payer', SECRETS.payer);
    await letterPage.page.check('#f-letter-lang-es');
    await letterPage.page.check('#f-keep');
    const drafted = await letterPage.page.locator('#letter-text').inputValue();
    expect(drafted).toContain('Pido una redeterminación');

    const { page, errors } = await openPage(ctx, `${site.url}/es${PATH}`, requests);
    expect(await page.locator('label[for="case-claimNumber"]').innerText()).toBe('Número de reclamo o de referencia');
    await fillCase(page);
    // The same arithmetic as the English page: the same date, in Spanish words.
    const deadlines = page.locator('[data-deadlines]');
    expect(await deadlines.locator('[data-deadline]').getAttribute('data-deadline')).toBe('2027-04-29');
    expect(await deadlines.innerText()).toContain('29 de abril de 2027');
    expect(await page.locator('[data-row="calls"] legend').innerText()).toBe('Llamada 1');
    await page.fill('#case-claimNumber', '');
    await page.selectOption('#case-planType', '');

    await page.click('[data-action="draft"]');
    expect(await page.locator('#case-letter').inputValue()).toBe(drafted);
    expect(await page.locator('[data-letter-status]').innerText()).toBe(
      'El borrador de la carta de apelación es ahora su carta. También se llenó con él: Tipo de plan, Motivo que da la denegación.',
    );
    await page.check('#case-keep');
    expect(await page.locator('[data-status]').innerText()).toBe(
      'Su caso está guardado en este dispositivo, y se guarda mientras escribe.',
    );
    await page.fill('#case-pass', 'corta');
    await page.click('[data-action="export"]');
    expect(await page.locator('[data-error-list]').innerText()).toBe(
      'Use una contraseña de al menos 8 caracteres, o deje en blanco las dos casillas de contraseña.',
    );
    // One case on the device, whichever language the page is in.
    const english = await openPage(ctx, `${site.url}${PATH}`, requests);
    expect(await english.page.locator('#case-payer').inputValue()).toBe(SECRETS.payer);
    expect(await english.page.locator('#case-letter').inputValue()).toBe(drafted);
    expect(errors).toEqual([]);
    expect(english.errors).toEqual([]);
    await ctx.close();
  });

  it('never sent anything the reader typed, the passphrase included', () => {
    expect(requests.length).toBeGreaterThan(0);
    const secrets = [...Object.values(SECRETS), NOTICE, NOTICE.replaceAll('-', '')];
    const leaks = requests.filter((r) => secrets.some((s) => r.includes(s) || r.includes(encodeURIComponent(s))));
    expect(leaks).toEqual([]);
    expect(requests.every((r) => r.split(' ')[2]!.startsWith(site.url) || r.split(' ')[2]!.startsWith('blob:'))).toBe(
      true,
    );
  });
});
