/**
 * The letter reader in real Chromium, with the site's Content-Security-Policy: a pasted sample letter
 * shows its findings with the words they were found in, the deadline as a date and a filled-in letter
 * builder link; the reader can correct a finding; the link fills in the letter builder; without JavaScript
 * the page says what it needs; a text PDF opened from the device reads as the pasted letter, with pdf.js
 * loaded from this site only then, and files without text say why; and no request ever carries the
 * letter's text, pasted or opened.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { parse } from 'yaml';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';

const sample = (id: string) =>
  (parse(readFileSync(`test/fixtures/letters/${id}.yaml`, 'utf8')) as { text: string }).text;

/** Words in the pasted letters that must never appear in a request. */
const SECRETS = ['Quillmarsh Zephyrine', 'ZQ-771-SECRET', 'Desert Sports Medicine'];

describe.skipIf(!browserTestsEnabled())('letter reader in a real browser', () => {
  const site = useSite();
  const requests: string[] = [];
  const open = (ctx: BrowserContext, path: string) => openPage(ctx, `${site.url}${path}`, requests);

  it('reads a pasted letter, shows what it found and where, and fills in the letter builder', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/appeal/read-letter/');
    const letter = sample('medicare-msn-nmn-prp-lcd').replace('John Example', `${SECRETS[0]} (ID ${SECRETS[1]})`);
    // Typed, not pasted at once, so every keystroke's work is recorded too.
    await page.locator('#r-text').pressSequentially(letter.slice(0, 200));
    await page.locator('#r-text').fill(letter);

    const results = page.locator('[data-results]');
    await expect.poll(() => results.isVisible()).toBe(true);
    const found = (what: string) => page.locator(`[data-found="${what}"]`).innerText();
    expect(await found('plan')).toMatch(/Original Medicare[\s\S]*Medicare Summary Notice/);
    expect(await found('date')).toMatch(/May 4, 2026[\s\S]*Date of This Notice: May 4, 2026/);
    expect(await found('reason')).toMatch(/Not medically necessary/);
    expect(await found('codes')).toMatch(/0232T is on our page for Platelet-rich plasma \(PRP\) injections/i);
    expect(await found('adjustments')).toMatch(/CO-50[\s\S]*N115/);
    expect(await found('policies')).toMatch(/L39058/);
    expect(await page.locator('#r-plan').inputValue()).toBe('medicare');
    expect(await page.locator('#r-date').inputValue()).toBe('2026-05-04');
    expect(await page.locator('[data-status]').innerText()).toMatch(/found/);
    // The deadline as a date: Medicare counts 120 days from 5 days after the notice date.
    expect(await results.locator('[data-deadline]').getAttribute('data-deadline')).toBe('2026-09-06');
    expect(await results.innerText()).toMatch(/An outside review[\s\S]*Qualified Independent Contractor/);

    // A finding the reader corrects wins, and the results follow.
    await page.selectOption('#r-reason', 'experimental');
    const link = page.locator('[data-letter-link]');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/appeal\/letter\/#/);
    const hash = new URLSearchParams(href.split('#')[1]);
    expect(Object.fromEntries(hash)).toEqual({
      planType: 'medicare',
      denialReason: 'experimental',
      noticeDate: '2026-05-04',
      therapy: 'Platelet-rich plasma (PRP) injections',
    });

    await link.click();
    await page.waitForURL(/\/appeal\/letter\//);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#f-plan').inputValue()).toBe('medicare');
    expect(await page.locator('#f-reason').inputValue()).toBe('experimental');
    expect(await page.locator('#f-notice').inputValue()).toBe('2026-05-04');
    expect(await page.locator('#f-therapy').inputValue()).toBe('Platelet-rich plasma (PRP) injections');
    expect(await page.locator('#letter-text').inputValue()).toContain(
      'The reason you gave: Experimental or investigational.',
    );
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('opens a text PDF on the device, loading pdf.js only then, and reads it as the pasted letter', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/appeal/read-letter/');
    const pdf = (name: string) => `test/fixtures/letters/${name}`;
    const pdfCode = () => requests.filter((r) => /pdf-extract|pdf\.worker/.test(r));
    expect(pdfCode()).toEqual([]);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const pasted = sample('medicare-msn-nmn-prp-lcd');
    await page.fill('#r-text', pasted);
    // What the page shows, spaces squeezed (the PDF has one space where the pasted text lined up columns).
    const shown = () =>
      page.evaluate(() => ({
        found: [...document.querySelectorAll('[data-found]')].map((e) =>
          (e as HTMLElement).innerText.replace(/\s+/g, ' '),
        ),
        missing: [...document.querySelectorAll('[data-missing]')].map((e) => e.getAttribute('data-missing')),
        menus: ['#r-plan', '#r-reason', '#r-date'].map((s) => document.querySelector<HTMLInputElement>(s)!.value),
        links: [...document.querySelectorAll('[data-claim-file-link], [data-letter-link]')].map((a) =>
          a.getAttribute('href'),
        ),
      }));
    await page.locator('[data-letter-link]').waitFor();
    const fromPaste = await shown();
    // Issue #16: the claim-file letter, for the plan found, comes before the appeal letter.
    expect(fromPaste.links).toEqual([
      '/appeal/claim-file/?plan=medicare',
      expect.stringMatching(/^\/appeal\/letter\/#planType=medicare&/),
    ]);

    // Files that give no text say why, and leave what the reader typed as it was.
    const message = page.locator('#r-pdf-error');
    for (const [file, said] of [
      ['scan-no-text.pdf', /^This PDF has no text we can read: it may be a scan\. Type the key parts instead\./],
      ['damaged.pdf', /“damaged\.pdf” could not be opened: it may be damaged/],
      ['locked.pdf', /“locked\.pdf” is locked with a password/],
    ] as const) {
      await page.setInputFiles('#r-pdf', pdf(file));
      await expect.poll(() => message.innerText(), { message: file, timeout: 15_000 }).toMatch(said);
      expect(await page.locator('#r-text').inputValue(), file).toBe(pasted);
      expect(await page.locator('#r-pdf').getAttribute('aria-invalid')).toBe('true');
    }
    expect(pdfCode().length).toBeGreaterThanOrEqual(2); // the library and its worker, from this site

    await page.fill('#r-text', '');
    await page.setInputFiles('#r-pdf', pdf('medicare-msn-nmn-prp-lcd.pdf'));
    await expect
      .poll(() => page.locator('#r-pdf-status').innerText(), { timeout: 15_000 })
      .toMatch(/^Read 2 pages of “medicare-msn/);
    expect(await message.innerText()).toBe('');
    expect(await page.locator('#r-text').inputValue()).toMatch(/^Medicare Summary Notice[\s\S]*Remark: N115$/);
    expect(await shown()).toEqual(fromPaste);
    // pdf.js ran in a worker of its own, one for all four files: the page's Trusted Types policy admitted
    // it (refused, pdf.js would quietly run on the page's own thread instead).
    expect(workers).toEqual([`${site.url}/_astro/${/pdf\.worker[^/ ]+\.mjs/.exec(pdfCode()[1]!)![0]}`]);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('asks for what it could not find instead of guessing', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/appeal/read-letter/');
    await page.fill('#r-text', 'TRICARE\nMedicare Summary Notice\nYour claim was denied.');
    await expect.poll(() => page.locator('[data-missing]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-missing="plan"]').innerText()).toMatch(/signs of .*TRICARE/);
    expect(await page.locator('#r-plan').inputValue()).toBe('');
    expect(await page.locator('[data-missing="date"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('in Spanish, reads the English letter, explains it in Spanish, and fills in the Spanish letter form', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/es/appeal/read-letter/');
    const letter = sample('medicare-msn-nmn-prp-lcd').replace('John Example', `${SECRETS[0]} (ID ${SECRETS[1]})`);
    await page.fill('#r-text', letter);
    const results = page.locator('[data-results]');
    await expect.poll(() => results.isVisible()).toBe(true);
    const found = (what: string) => page.locator(`[data-found="${what}"]`).innerText();
    // The same findings as on the English page, in Spanish words; the letter's own words quoted as English.
    expect(await found('plan')).toMatch(/^Tipo de plan: Medicare Original \(Parte A y Parte B\)\./);
    expect(await found('date')).toMatch(/^Fecha del aviso: 4 de mayo de 2026\./);
    expect(await found('reason')).toMatch(/No es médicamente necesario/);
    expect(await found('adjustments')).toContain('CO-50: El plan dice que la atención no era médicamente necesaria.');
    expect(await found('adjustments')).toContain('N115: La decisión usó una regla de cobertura local de Medicare');
    expect(await page.locator('q.found-in').first().getAttribute('lang')).toBe('en-US');
    expect(await page.locator('[data-status]').innerText()).toMatch(/^Leída en este dispositivo: \d+ encontrados/);
    expect(await results.locator('[data-deadline]').getAttribute('data-deadline')).toBe('2026-09-06');
    expect(await results.innerText()).toContain('Presente la apelación a más tardar el 6 de septiembre de 2026');
    expect(await results.innerText()).not.toMatch(/What we found|Your deadline|Found in|File by/);
    // Links go to the Spanish pages where they exist.
    expect(await page.locator('[data-claim-file-link]').getAttribute('href')).toBe(
      '/es/appeal/claim-file/?plan=medicare',
    );
    const reasonGuide = page.locator('a[href^="/es/guides/denial-reasons/#"]');
    const anchor = decodeURIComponent((await reasonGuide.getAttribute('href'))!.split('#')[1]!);
    expect(anchor).not.toBe('not-medically-necessary'); // the Spanish guide's own heading
    expect(await (await page.request.get(`${site.url}/es/guides/denial-reasons/`)).text()).toContain(`id="${anchor}"`);

    const link = page.locator('[data-letter-link]');
    expect(await link.getAttribute('href')).toMatch(/^\/es\/appeal\/letter\/#planType=medicare&/);
    await link.click();
    await page.waitForURL(/\/es\/appeal\/letter\//);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#f-plan').inputValue()).toBe('medicare');
    expect(await page.locator('#f-notice').inputValue()).toBe('2026-05-04');
    // The letter to the plan names the treatment as the English notice does.
    expect(await page.locator('#f-therapy').inputValue()).toBe('Platelet-rich plasma (PRP) injections');
    expect(await page.locator('[data-status]').innerText()).toBe(
      'Llenamos el formulario con lo que dice su carta de denegación. Revise cada espacio.',
    );
    expect(await page.locator('#letter-text').inputValue()).toContain('The reason you gave: Not medically necessary.');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('in Spanish, says why a PDF gives no text, in Spanish', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/es/appeal/read-letter/');
    await page.setInputFiles('#r-pdf', 'test/fixtures/letters/scan-no-text.pdf');
    await expect
      .poll(() => page.locator('#r-pdf-error').innerText(), { timeout: 15_000 })
      .toBe(
        'Este PDF no tiene texto que podamos leer: puede ser un documento escaneado. Escriba las partes ' +
          'importantes. No cambió nada en la casilla de texto.',
      );
    await page.setInputFiles('#r-pdf', 'test/fixtures/letters/medicare-msn-nmn-prp-lcd.pdf');
    await expect
      .poll(() => page.locator('#r-pdf-status').innerText(), { timeout: 15_000 })
      .toMatch(/^Se leyeron 2 páginas de “medicare-msn/);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('without JavaScript says what it needs and links the denial flow', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(ctx, '/appeal/read-letter/');
    expect(await page.locator('#r-text').isDisabled()).toBe(true);
    // No PDF can be read without JavaScript, so the picker is not offered.
    expect(await page.locator('#r-pdf').isVisible()).toBe(false);
    const note = page.locator('[data-js-off]');
    expect(await note.innerText()).toMatch(/needs JavaScript/);
    expect(await note.locator('a[href$="/check/claim-denied/"]').count()).toBe(1);
    await ctx.close();
  });

  it('never sent anything the reader pasted or opened', () => {
    expect(requests.length).toBeGreaterThan(0);
    const leaks = requests.filter((r) =>
      SECRETS.some((s) => r.includes(s) || r.includes(encodeURIComponent(s)) || r.includes(s.replace(/ /g, '+'))),
    );
    expect(leaks).toEqual([]);
    // The letter builder was opened without the findings in its address: they travel after `#`.
    expect(requests.filter((r) => r.includes('/appeal/letter/') && /planType|noticeDate/.test(r))).toEqual([]);
    expect(requests.every((r) => r.split(' ')[2]!.startsWith(site.url))).toBe(true);
  });
});
