/**
 * The appeal toolkit in real Chromium: the letter builder builds as you type, keeps a draft only when
 * asked, deletes it on request, prints only the letter and saves a file, and nothing typed ever appears
 * in a network request; the deadline finder turns a notice date into dates. (axe: test/e2e/templates.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';
import { planType } from '../../src/schemas/appeal.ts';

/** Strings typed into the form: none may ever leave the browser. */
const SECRETS = {
  name: 'Zephyrine Quillmarsh',
  member: 'QX771AB',
  diagnosis: 'left shoulder tear Xylo',
  payer: 'Cygnus Health',
};

describe.skipIf(!browserTestsEnabled())('appeal toolkit in a real browser', () => {
  const site = useSite();
  const requests: string[] = [];

  const open = (ctx: BrowserContext, path: string) => openPage(ctx, `${site.url}${path}`, requests);

  const fillLetter = async (page: Page) => {
    await page.selectOption('#f-plan', 'employer-insured');
    await page.fill('#f-payer', SECRETS.payer);
    await page.selectOption('#f-reason', 'experimental');
    await page.fill('#f-name', SECRETS.name);
    await page.fill('#f-member', SECRETS.member);
    await page.fill('#f-therapy', 'PRP injection');
    await page.fill('#f-diagnosis', SECRETS.diagnosis);
    await page.fill('#f-tried', 'Physical therapy, 3 months, no change');
  };

  it('builds the letter as you type, keeps a draft only when asked, deletes it, and sends nothing', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/appeal/letter/');
    const letter = page.locator('#letter-text');
    expect(await page.locator('#f-name').isEnabled()).toBe(true);
    await fillLetter(page);
    const text = await letter.inputValue();
    expect(text).toContain(SECRETS.name);
    expect(text).toContain('section 503 of the Employee Retirement Income Security Act');
    expect(text).toContain('The reason you gave: Experimental or investigational.');
    expect(text).toContain('- Physical therapy, 3 months, no change');

    // Without "keep my draft", a reload forgets everything.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#f-name').inputValue()).toBe('');
    expect(await letter.inputValue()).not.toContain(SECRETS.name);

    // With it, the form and the reader's own edits come back.
    await fillLetter(page);
    await page.check('#f-keep');
    await letter.fill(`${await letter.inputValue()}\n\nP.S. My own edit.`);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#f-keep').isChecked()).toBe(true);
    expect(await page.locator('#f-name').inputValue()).toBe(SECRETS.name);
    expect(await page.locator('#f-plan').inputValue()).toBe('employer-insured');
    expect(await letter.inputValue()).toContain('P.S. My own edit.');

    // "Delete my draft" clears the device and the form.
    await page.click('[data-action="delete"]');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#f-name').inputValue()).toBe('');
    expect(await page.locator('#f-keep').isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('keeps the reader’s own edits when the form changes, and rebuilds only when asked', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/appeal/letter/');
    const letter = page.locator('#letter-text');
    const rebuild = page.locator('[data-action="rebuild"]');
    await fillLetter(page);
    expect(await rebuild.isVisible()).toBe(false);
    await letter.fill(`${await letter.inputValue()}\n\nMy own paragraph about my knee.`);
    expect(await rebuild.isVisible()).toBe(true);
    expect(await rebuild.innerText()).toMatch(/replaces your edits/);

    // Changing the form after an edit leaves the reader's words alone.
    await page.fill('#f-claim', 'CLM-4242');
    await page.selectOption('#f-reason', 'coding');
    expect(await letter.inputValue()).toContain('My own paragraph about my knee.');
    expect(await letter.inputValue()).not.toContain('CLM-4242');
    expect(await page.locator('.letter-print').textContent()).toContain('My own paragraph about my knee.');

    // Only the button rebuilds it from the form, and says so.
    await rebuild.click();
    expect(await letter.inputValue()).toContain('Claim or reference number: CLM-4242');
    expect(await letter.inputValue()).toContain('The reason you gave: A coding or billing problem.');
    expect(await letter.inputValue()).not.toContain('My own paragraph');
    expect(await rebuild.isVisible()).toBe(false);
    expect(await page.locator('[data-status]').innerText()).toMatch(/rebuilt from the form/);
    // Until the next edit, the letter follows the form again.
    await page.fill('#f-claim', 'CLM-5353');
    expect(await letter.inputValue()).toContain('Claim or reference number: CLM-5353');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('gives back a draft over 20,000 characters whole', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/appeal/letter/');
    await page.check('#f-keep');
    const long = `${'I have had knee pain for years and tried everything. '.repeat(500)}THE END`; // 26,507 characters
    await page.locator('#letter-text').fill(long);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#letter-text').inputValue()).toBe(long);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('says so when the browser will not store the draft, and never claims it was kept', async () => {
    const ctx = await site.browser.newContext();
    // A browser whose storage is full: any draft larger than 30,000 characters is refused, as a real quota does.
    await ctx.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (value.length > 30_000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    const { page, errors } = await open(ctx, '/appeal/letter/');
    const status = page.locator('[data-status]');
    await fillLetter(page);
    await page.check('#f-keep');
    expect(await status.innerText()).toBe('Your draft is kept on this device.');
    expect(await page.evaluate(() => localStorage.length)).toBe(1);

    await page.locator('#letter-text').fill('My very long letter. '.repeat(2000)); // 42,000 characters
    expect(await status.innerText()).toMatch(/would not store your draft/);
    expect(await status.innerText()).not.toMatch(/draft is kept/);
    expect(await page.locator('#f-keep').isChecked()).toBe(false);
    // No older copy is left behind to come back as if it were the reader's latest draft.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errors).toEqual([]); // no uncaught QuotaExceededError

    // Ticking the box again tries again, and says again that it failed (so the box does not stay ticked).
    await page.click('#f-keep');
    expect(await status.innerText()).toMatch(/would not store your draft/);
    expect(await page.locator('#f-keep').isChecked()).toBe(false);
    await ctx.close();
  });

  it('says when the rebuilt letter could not be kept, instead of only that it was rebuilt', async () => {
    const ctx = await site.browser.newContext();
    // A browser whose storage fills up once the test says so.
    await ctx.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as { storageFull?: boolean }).storageFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    const { page, errors } = await open(ctx, '/appeal/letter/');
    const status = page.locator('[data-status]');
    await fillLetter(page);
    await page.check('#f-keep');
    await page.locator('#letter-text').fill('My own letter.');
    expect(await status.innerText()).toBe('Your draft is kept on this device.');

    await page.evaluate(() => ((window as { storageFull?: boolean }).storageFull = true));
    await page.click('[data-action="rebuild"]');
    expect(await status.innerText()).toMatch(/^The letter was rebuilt from the form\. .*would not store your draft/);
    expect(await page.locator('#f-keep').isChecked()).toBe(false);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('prints only the letter, and saves it as a text file made on the device', async () => {
    const ctx = await site.browser.newContext({ acceptDownloads: true });
    const { page } = await open(ctx, '/appeal/letter/');
    await fillLetter(page);
    const download = page.waitForEvent('download');
    await page.click('[data-action="save"]');
    const file = await download;
    expect(file.suggestedFilename()).toBe('appeal-letter.txt');
    const saved = readFileSync((await file.path()) as string, 'utf8');
    expect(saved).toBe(await page.locator('#letter-text').inputValue());

    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.checkVisibility() && el.children.length === 0 && (el.textContent ?? '').trim())
        .map((el) =>
          el.closest('.letter-print')
            ? 'letter'
            : `${el.tagName}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 40)}`,
        ),
    );
    expect(new Set(visible)).toEqual(new Set(['letter']));
    expect(await page.locator('.letter-print').innerText()).toContain(SECRETS.name);
    await ctx.close();
  });

  /** The same answers, typed into a letter form in either language: plan, reason and enclosures by value. */
  const fillAnswers = async (page: Page) => {
    await fillLetter(page);
    await page.fill('#f-notice', '2026-11-02');
    await page.fill('#f-service', '2026-10-15');
    await page.fill('#f-claim', 'CLM-7781');
    await page.fill('#f-doctor', 'Dr. Okafor');
    await page.fill('#f-criteria', 'X-ray shows arthritis\nSix weeks of therapy failed');
    await page.check('input[name="enclosures"][value="imaging"]');
    await page.uncheck('input[name="enclosures"][value="records"]');
  };

  it('in Spanish, writes the English page’s English letter for the same answers, or the same in Spanish', async () => {
    const ctx = await site.browser.newContext();
    const english = await open(ctx, '/appeal/letter/');
    await fillAnswers(english.page);
    const fromEnglishPage = await english.page.locator('#letter-text').inputValue();
    expect(fromEnglishPage).toContain('CLM-7781');

    const { page, errors } = await open(ctx, '/es/appeal/letter/');
    const letter = page.locator('#letter-text');
    // English, for the insurer, is chosen at first; the form is in Spanish.
    expect(await page.locator('#f-letter-lang-en').isChecked()).toBe(true);
    expect(await page.locator('label[for="f-claim"]').innerText()).toBe('Número de reclamo o de referencia');
    await fillAnswers(page);
    expect(await letter.inputValue()).toBe(fromEnglishPage);
    expect(await letter.getAttribute('lang')).toBe('en-US');
    // Under it, what the English letter says, in Spanish: the same facts, in the reader's language.
    const explained = page.locator('[data-explain-text]');
    expect(await page.locator('[data-explain]').isVisible()).toBe(true);
    const spanish = await explained.textContent();
    expect(spanish).toContain('Pido una revisión completa y justa de esta decisión');
    expect(spanish).toContain('Número de reclamo o de referencia: CLM-7781');
    for (const fact of ['2026-11-02', '2026-10-15', '29 CFR 2560.503-1(h)(2)(iii)', SECRETS.member])
      expect(spanish, fact).toContain(fact);

    // The letter in Spanish: the same letter, now to send, with nothing of the English left.
    await page.check('#f-letter-lang-es');
    const inSpanish = await letter.inputValue();
    expect(inSpanish).toBe(spanish);
    expect(await letter.getAttribute('lang')).toBeNull();
    expect(await page.locator('[data-explain]').isVisible()).toBe(false);
    expect(inSpanish).toContain('El motivo que ustedes dieron: Experimental o en investigación.');
    expect(inSpanish).toContain('Documentos adjuntos:\n- Una copia del aviso de denegación');
    expect(inSpanish).toContain('- Los informes de mis estudios de imagen');
    expect(inSpanish).not.toMatch(/To whom|Enclosures|Sincerely/);
    expect(await page.locator('.letter-print').textContent()).toBe(inSpanish);

    // The messages are Spanish too, and a kept draft brings back the letter's language.
    await page.check('#f-keep');
    expect(await page.locator('[data-status]').innerText()).toBe('Su borrador se guarda en este dispositivo.');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#f-letter-lang-es').isChecked()).toBe(true);
    expect(await letter.inputValue()).toBe(inSpanish);
    await page.click('[data-action="delete"]');
    expect(await page.locator('[data-status]').innerText()).toBe('Su borrador se borró de este dispositivo.');
    expect(await page.locator('#f-letter-lang-en').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    expect(english.errors).toEqual([]);
    await ctx.close();
  });

  it('in Spanish, writes the English claim-file letter the English page writes, or the same in Spanish', async () => {
    const ctx = await site.browser.newContext();
    const answers = async (page: Page) => {
      await page.selectOption('#c-plan', 'medicaid');
      await page.fill('#c-payer', SECRETS.payer);
      await page.fill('#c-name', SECRETS.name);
      await page.fill('#c-member', SECRETS.member);
      await page.fill('#c-claim', 'CLM-7781');
      await page.fill('#c-notice', '2026-11-02');
      await page.fill('#c-therapy', 'PRP injection');
    };
    const english = await open(ctx, '/appeal/claim-file/');
    await answers(english.page);
    const fromEnglishPage = await english.page.locator('#claim-file-text').inputValue();
    const { page, errors } = await open(ctx, '/es/appeal/claim-file/');
    await answers(page);
    const letter = page.locator('#claim-file-text');
    expect(await letter.inputValue()).toBe(fromEnglishPage);
    // The note under the letter is for the reader: in Spanish, for the plan picked.
    expect(await page.locator('[data-note]').innerText()).toMatch(/^Las reglas federales de Medicaid/);
    await page.check('#c-letter-lang-es');
    const inSpanish = await letter.inputValue();
    expect(inSpanish).toContain('Asunto: Solicitud del expediente de mi reclamo y de los criterios usados');
    expect(inSpanish).toContain('sin costo');
    expect(inSpanish).toContain('42 CFR 438.404');
    expect(inSpanish).toContain('CLM-7781');
    expect(inSpanish).not.toMatch(/Please|Sincerely/);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('turns the date on a notice into deadlines, and explains a bad date beside the field', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/appeal/deadlines/');
    await page.selectOption('#d-plan', 'medicare');
    await page.fill('#d-date', '2026-10-31');
    // Original Medicare: 120 days from receipt, presumed 5 days after the date on the notice.
    expect(
      await page.locator('[data-output] li').first().locator('[data-deadline]').getAttribute('data-deadline'),
    ).toBe('2027-03-05');
    await page.selectOption('#d-plan', 'marketplace');
    expect(
      await page.locator('[data-output] li').first().locator('[data-deadline]').getAttribute('data-deadline'),
    ).toBe('2027-04-29');
    const output = await page.locator('[data-output]').innerText();
    expect(output).toContain('File by April 29, 2027'); // the way US readers write dates
    expect(output).toContain('Marketplace or other individual ACA plan');
    expect(output).toContain('Who decides:'); // the plan's levels, as the page shows them for every plan
    expect(await page.locator('[data-output] li').count()).toBe(
      await page.locator('[data-plan-levels="marketplace"] li').count(),
    );
    expect(output).toContain('govern');
    // VA health care: a decision review within 1 year of the date on the VA letter.
    await page.selectOption('#d-plan', 'va');
    expect(
      await page.locator('[data-output] li').first().locator('[data-deadline]').getAttribute('data-deadline'),
    ).toBe('2027-10-31');
    await page.fill('#d-date', '2099-01-01');
    expect(await page.locator('#d-date-error').innerText()).toMatch(/after today/);
    expect(await page.locator('[data-results]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('in Spanish, gives the same dates in Spanish words and explains a bad date in Spanish', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/es/appeal/deadlines/');
    await page.selectOption('#d-plan', 'marketplace');
    await page.fill('#d-date', '2026-10-31');
    const first = page.locator('[data-output] li').first();
    // The same arithmetic as the English page above: the same date.
    expect(await first.locator('[data-deadline]').getAttribute('data-deadline')).toBe('2027-04-29');
    const output = await page.locator('[data-output]').innerText();
    expect(output).toContain('Presente la apelación a más tardar el 29 de abril de 2027');
    expect(output).toContain('Quién decide:');
    expect(output).not.toMatch(/File by|Who decides|Time limit/);
    await page.fill('#d-date', '2099-01-01');
    expect(await page.locator('#d-date-error').innerText()).toMatch(/no puede ser posterior a hoy/);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('without JavaScript shows every plan’s rules, and a disabled letter form with a template', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(ctx, '/appeal/deadlines/');
    expect(await page.locator('deadline-finder form').isVisible()).toBe(false);
    expect(await page.locator('#all-rules ~ section ol.deadline-list').count()).toBe(planType.options.length);
    const letter = await open(ctx, '/appeal/letter/');
    expect(await letter.page.locator('#f-name').isDisabled()).toBe(true);
    expect(await letter.page.locator('#letter-text').inputValue()).toContain('[Your name]');
    await ctx.close();
  });

  it('never sent anything the reader typed', () => {
    expect(requests.length).toBeGreaterThan(0);
    const leaks = requests.filter((r) =>
      Object.values(SECRETS).some((s) => r.includes(s) || r.includes(encodeURIComponent(s))),
    );
    expect(leaks).toEqual([]);
    expect(requests.every((r) => r.split(' ')[2]!.startsWith(site.url) || r.split(' ')[2]!.startsWith('blob:'))).toBe(
      true,
    );
  });
});
