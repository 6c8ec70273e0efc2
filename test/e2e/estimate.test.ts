/**
 * The cost estimator in real Chromium: results change as the reader types, errors appear beside the
 * field in words, the share link reproduces the same estimate in a new page, malformed links fall back
 * with a notice, the print view is a summary, and without JavaScript the price table shows. Issue #13: every
 * price of a treatment in the list, a series costed as a series, and what HSA money costs if it is not medical care.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { openPage, useSite } from '../support/page.ts';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { evidenceWords, priceWords } from '../../src/lib/costs/evidence.ts';
import { ROOT } from '../support/fixtures.ts';

const { catalog } = loadContent(join(ROOT, 'content'), ROOT);

describe.skipIf(!browserTestsEnabled())('cost estimator in a real browser', () => {
  const site = useSite();
  const requests: string[] = [];
  const open = (ctx: BrowserContext, path: string) => openPage(ctx, `${site.url}${path}`, requests);
  const youPay = async (page: import('playwright-core').Page) =>
    page.locator('[data-you-pay]').getAttribute('data-you-pay');

  it('updates as you type, explains bad input by the field, and a copied link reproduces the estimate', async () => {
    const ctx = await site.browser.newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, errors } = await open(ctx, '/estimate/');
    await page.selectOption('#e-therapy', 'bone-marrow-concentrate');
    await page.selectOption('#e-scope', 'per-joint');
    const before = await youPay(page);
    await page.fill('#e-areas', '2');
    await expect.poll(() => youPay(page)).not.toBe(before);
    await page.check('input[name="tier"][value="established"]');
    await page.fill('#e-consult', '300');
    await page.fill('#e-deductible', '100');
    await page.check('input[name="pay"][value="hsa"]');
    const result = await page.locator('[data-output]').innerText();
    expect(result).toContain('Insurance may pay');
    expect(result).toMatch(/HSA or FSA money at a 22% tax rate/);
    // And what happens if it is not medical care: income tax plus the extra 20% before 65, with the guide's section.
    expect(result).toMatch(/Before age 65 you also owe an extra 20% tax on it: \$[\d,]+(–\$[\d,]+)? more here/);
    expect(result).toContain('The extra tax does not apply once you are 65, or if you are disabled.');
    const guide = page.locator('[data-hsa-not-medical] a');
    expect(await guide.getAttribute('href')).toMatch(/\/guides\/paying-for-treatment\/#hsa-fsa-and-hra-money$/);
    expect(result).not.toMatch(/NaN|Infinity|undefined/);

    await page.fill('#e-sessions', '11');
    expect(await page.locator('#e-sessions-error').innerText()).toMatch(/sessions from 1 to 10/);
    expect(await page.locator('[data-output]').innerText()).toBe(result); // the last good estimate stays
    await page.fill('#e-sessions', '1');
    expect(await page.locator('#e-sessions-error').innerText()).toBe('');

    await page.click('[data-action="copy"]');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('therapy=bone-marrow-concentrate');
    expect(link).toContain('areas=2');
    const again = await open(ctx, new URL(link).pathname + new URL(link).search);
    expect(await youPay(again.page)).toBe(await youPay(page));
    expect(await again.page.locator('[data-output]').innerText()).toBe(await page.locator('[data-output]').innerText());
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('falls back safely from a malformed or unknown preset link, with a notice', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/estimate/?therapy=snake-oil&areas=99&pay=bitcoin&utm_source=clinic');
    expect(await page.locator('[data-notices]').innerText()).toMatch(/recogni[sz]e/);
    expect(await page.locator('[data-output]').innerText()).toMatch(/You may pay between \$/);
    expect(page.url()).not.toContain('utm_source');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('prints a summary with the questions to ask, without the form', async () => {
    const ctx = await site.browser.newContext();
    const { page } = await open(ctx, '/estimate/?therapy=prp&areas=1&sessions=3');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.estimator-form').isVisible()).toBe(false);
    expect(await page.locator('[data-output]').isVisible()).toBe(true);
    expect(await page.locator('#questions-for-the-quote').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await ctx.close();
  });

  it('without JavaScript shows the price table for each treatment and says the estimate needs JavaScript', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(ctx, '/estimate/');
    expect(await page.locator('.no-js-note').isVisible()).toBe(true);
    expect(await page.locator('.estimator-form').isVisible()).toBe(false);
    const rows = await page.locator('[data-price-table] tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(10);
    expect(await page.locator('[data-price-table] tbody a[href^="#source-"]').count()).toBeGreaterThanOrEqual(rows);
    await ctx.close();
  });

  it('starts from the most trusted price, lets the reader switch it, and keeps the choice in the link', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/estimate/?therapy=prp');
    // PRP starts from the Miami phone survey, per injection, and says what it is beside the price.
    expect(await page.locator('#e-scope').inputValue()).toBe('per-injection');
    expect(await page.locator('#e-row option:checked').innerText()).toMatch(
      /^\$350–\$1,700 \(per injection\): a survey of 91 orthopedic offices/,
    );
    expect(await page.locator('[data-output]').innerText()).toMatch(
      /A survey of 91 orthopedic offices .*year of the prices not stated/,
    );
    // The clinic's "per treatment" range is another scope, with its own words.
    await page.selectOption('#e-scope', 'per-treatment');
    await expect
      .poll(() => page.locator('[data-output]').innerText())
      .toMatch(/One clinic’s advertised prices|One clinic's advertised prices/);
    expect(await page.locator('[data-output]').innerText()).not.toMatch(/survey/i);
    expect(page.url()).toContain('scope=per-treatment');
    expect(page.url()).not.toContain('row=');
    await page.close();

    // "Stem cell" prices that name no cells: two rows for a knee; choose the article's floor.
    const again = await open(ctx, '/estimate/?therapy=unspecified-stem-cells&scope=per-joint');
    const options = await again.page.locator('#e-row option').allInnerTexts();
    expect(options[0]).toMatch(
      /a 2017 survey of 273 clinics across the US \(65 gave a price\) \(the one we trust most\)$/,
    );
    await again.page.selectOption('#e-row', 'stem-cell-per-area-floor-article');
    await expect
      .poll(() => again.page.locator('.estimate-total').innerText())
      .toBe('You may pay from $2,000. The source gives only a starting price.');
    expect(again.page.url()).toContain('row=stem-cell-per-area-floor-article');
    const shared = await open(ctx, new URL(again.page.url()).pathname + new URL(again.page.url()).search);
    expect(await shared.page.locator('#e-row').inputValue()).toBe('stem-cell-per-area-floor-article');
    expect(await shared.page.locator('.estimate-total').innerText()).toContain('from $2,000');
    expect([...errors, ...again.errors, ...shared.errors]).toEqual([]);
    await ctx.close();
  });

  it('lists every price with what it covers and its evidence; a price of another kind switches the scope', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/estimate/?therapy=prp');
    const prp = catalog.costs.filter((r) => r.therapy === 'prp');
    const options = await page.locator('#e-row option').allInnerTexts();
    expect(options).toHaveLength(prp.length);
    for (const r of prp)
      expect(
        options.some((o) => o.startsWith(priceWords(r)) && o.includes(`): ${evidenceWords(r)}`)),
        r.id,
      ).toBe(true);
    // Each starts with its price, whole, then says what it covers.
    expect(options.every((o) => /^(from )?\$[\d,]+(–\$[\d,]+)? \((per |spine|package)/.test(o))).toBe(true);
    expect(await page.locator('#e-row optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')))).toEqual([
      'Prices for what you picked',
      'Other prices for this treatment',
    ]);
    // Pick a price of another kind from the list: what is treated follows it, and the link keeps it.
    const other = prp.find((r) => r.scope !== 'per-injection')!;
    await page.selectOption('#e-row', other.id);
    await expect.poll(() => page.locator('#e-scope').inputValue()).toBe(other.scope);
    await expect.poll(() => page.locator('[data-cost-row]').first().getAttribute('data-cost-row')).toBe(other.id);
    expect(page.url()).toContain(`scope=${other.scope}`);
    expect(await page.locator('#e-row option:checked').innerText()).toContain(priceWords(other));
    // The shared link shows the same price.
    const shared = await open(ctx, new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await shared.page.locator('[data-cost-row]').first().getAttribute('data-cost-row')).toBe(other.id);
    errors.push(...shared.errors);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('costs PRP and gel shots as a series of 3, in cash and under Medicare, and one session for others', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/estimate/?therapy=prp');
    expect(await page.locator('#e-sessions').inputValue()).toBe('3');
    expect(await page.locator('[data-series]').innerText()).toMatch(
      /^One shot costs .+\. A series of 3 shots costs .+ in each area treated\.$/,
    );
    expect(page.url()).not.toContain('sessions=');
    await page.fill('#e-sessions', '2');
    await expect.poll(() => page.url()).toContain('sessions=2');
    // Another treatment starts again from its own number: bone marrow concentrate is one session.
    await page.selectOption('#e-therapy', 'bone-marrow-concentrate');
    await expect.poll(() => page.locator('#e-sessions').inputValue()).toBe('1');
    expect(await page.locator('[data-series]').count()).toBe(0);
    await page.close();

    const gel = await open(ctx, '/estimate/?therapy=hyaluronic-acid');
    expect(await gel.page.locator('#e-sessions').inputValue()).toBe('3');
    await gel.page.selectOption('#e-mcare', 'knee-shot-20610');
    await expect.poll(() => gel.page.locator('#e-mqty').inputValue()).toBe('3');
    await expect.poll(() => gel.page.locator('[data-medicare]').innerText()).toContain('For a series of 3 shots');
    expect(gel.page.url()).not.toContain('mqty=');
    expect([...errors, ...gel.errors]).toEqual([]);
    await ctx.close();
  });

  it('works out what Original Medicare leaves you to pay for a covered service, with a second payer', async () => {
    const ctx = await site.browser.newContext();
    const { page, errors } = await open(ctx, '/estimate/?therapy=hyaluronic-acid');
    expect(await page.locator('#e-mqty').isVisible()).toBe(false); // shown once a covered service is chosen
    await page.selectOption('#e-mcare', 'prp-wound-g0465');
    // The 2026 amount, $1,063.48, with the whole $283 deductible left: $283 + 20% of $780.48 = $439.10.
    await expect.poll(() => page.locator('[data-medicare-owed]').innerText()).toBe('$439.10');
    await page.selectOption('#e-gap', 'g');
    await expect
      .poll(() => page.locator('[data-medicare]').innerText())
      .toMatch(/With Medigap Plan G you would owe \$283\b/);
    expect(await page.locator('[data-medicare] a[href$="/guides/advance-beneficiary-notice/"]').count()).toBe(1);
    expect(page.url()).toContain('mcare=prp-wound-g0465');
    expect(page.url()).toContain('gap=g');
    const shared = await open(ctx, new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await shared.page.locator('[data-medicare]').innerText()).toBe(
      await page.locator('[data-medicare]').innerText(),
    );
    expect([...errors, ...shared.errors]).toEqual([]);
    await ctx.close();
  });

  it('financing says what missing the promotion by one payment costs, beside a true 0% plan and a loan', async () => {
    const ctx = await site.browser.newContext();
    const { page } = await open(ctx, '/estimate/?therapy=prp&pay=financing&promo=12&apr=27&term=24&loan=12');
    const text = await page.locator('[data-output]').innerText();
    // PRP's survey row has an average, so each figure reads "about $X ($low–$high)".
    expect(text).toMatch(
      /the last payment is late, you would pay about \$[\d,]+ \(\$[\d,]+–\$[\d,]+\) more in deferred interest/,
    );
    expect(text).toMatch(
      /On a true 0% plan, the same late payment would cost about \$\d+ \(\$\d+–\$\d+\) more for each month/,
    );
    expect(text).toMatch(/A personal loan at 12% paid off over 12 months would cost/);
    expect(await page.locator('#e-loan').inputValue()).toBe('12');
    await ctx.close();
  });

  it('gives the same numbers for the same link on /es/estimate/ as on /estimate/', async () => {
    const ctx = await site.browser.newContext();
    /** What a page works out: the range, the price rows used, every amount shown, and the link it keeps. */
    const figures = async (path: string) => {
      const { page, errors } = await open(ctx, path);
      await page.locator('[data-you-pay]').waitFor();
      const text = await page.locator('[data-output], [data-medicare-output]').allInnerTexts();
      const out = {
        youPay: await youPay(page),
        rows: await page
          .locator('[data-output] [data-cost-row]')
          .evaluateAll((r) => r.map((x) => x.getAttribute('data-cost-row'))),
        owed: await page
          .locator('[data-medicare-owed], [data-second-owed]')
          .evaluateAll((r) => r.map((x) => x.getAttribute('data-medicare-owed') ?? x.getAttribute('data-second-owed'))),
        amounts: text.join('\n').match(/\$[\d,]+(\.\d\d)?/g),
        search: new URL(page.url()).search,
        lang: await page.locator('html').getAttribute('lang'),
      };
      expect(errors, path).toEqual([]);
      await page.close();
      return out;
    };
    for (const q of [
      '?therapy=prp&pay=financing&promo=12&apr=27&term=24&loan=12&consult=150&deductible=50&coinsurance=30',
      '?therapy=bone-marrow-concentrate&scope=per-joint&areas=2&tier=established&imaging=400&pay=hsa&tax=24',
      '?therapy=unspecified-stem-cells&scope=per-joint&row=stem-cell-per-area-floor-article&pay=financing&promo=0',
      '?therapy=hyaluronic-acid&sessions=2&mcare=knee-shot-20611&mqty=4&mother=120&mded=100&gap=n',
      '?therapy=amniotic-injections&mcare=skin-substitute-per-cm2&mqty=20&gap=medicaid',
    ]) {
      const en = await figures(`/estimate/${q}`);
      const es = await figures(`/es/estimate/${q}`);
      expect(en.lang).toBe('en-US');
      expect(es.lang).toBe('es-US');
      expect(en.amounts!.length, q).toBeGreaterThan(3);
      expect({ ...es, lang: en.lang }, q).toEqual(en);
    }
    await ctx.close();
  });

  it('in Spanish: Spanish words, errors beside the field, notices, the copied link and Spanish guides', async () => {
    const ctx = await site.browser.newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, errors } = await open(ctx, '/es/estimate/?therapy=prp&areas=9&pay=hsa');
    expect(await page.locator('[data-notices]').innerText()).toBe(
      'No pudimos usar “9” como número de zonas (de 1 a 6), así que usamos 1.',
    );
    expect(await page.locator('.estimate-total').innerText()).toMatch(/^Usted podría pagar entre \$[\d,]+ y \$[\d,]+/);
    // The survey's sample and the row's note in Spanish, from the page's data island (content/es/costs.yaml).
    expect(await page.locator('#e-row option:checked').innerText()).toMatch(
      /^\$350–\$1,700 \(por inyección\): una encuesta a 91 consultorios de ortopedia en el condado de Miami-Dade/,
    );
    const trace = page.locator('[data-output] tr[data-cost-row] th > small');
    expect(await trace.innerText()).toContain('Precios que dieron los consultorios por teléfono');
    expect(await trace.locator('[lang]').count()).toBe(0);
    const result = await page.locator('[data-output]').innerText();
    expect(result).toMatch(/con una tasa de impuestos de 22%, podría ahorrar/);
    // The HSA section of the paying guide, in Spanish, at its Spanish heading.
    const hsa = await page.locator('[data-hsa-not-medical] a').getAttribute('href');
    expect(hsa).toMatch(/\/es\/guides\/paying-for-treatment\/#dinero-de-una-hsa-fsa-o-hra$/);
    expect(await page.locator('[data-gfe] a').getAttribute('href')).toMatch(/\/es\/guides\/good-faith-estimate\/$/);
    // A bad value: the message beside the field, in Spanish, and the last good estimate stays.
    await page.fill('#e-sessions', '11');
    expect(await page.locator('#e-sessions-error').innerText()).toBe('Escriba un número de sesiones de 1 a 10');
    expect(await page.locator('[data-output]').innerText()).toBe(result);
    await page.fill('#e-sessions', '2');
    await expect.poll(() => page.locator('#e-sessions-error').innerText()).toBe('');
    await page.fill('#e-consult', '2000000');
    expect(await page.locator('#e-consult-error').innerText()).toBe('Escriba una cantidad de $1,000,000 o menos');
    await page.fill('#e-consult', '150');
    await page.click('[data-action="copy"]');
    expect(await page.locator('[data-copy-status]').innerText()).toBe('Enlace copiado.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe('/es/estimate/');
    expect(link).toContain('consult=150');
    const guide = await open(ctx, new URL(hsa!, site.url).pathname);
    expect(await guide.page.locator('#dinero-de-una-hsa-fsa-o-hra').count()).toBe(1);
    expect([...errors, ...guide.errors]).toEqual([]);
    await ctx.close();
  });

  it('in Spanish without JavaScript: every price and Medicare amount, and a note in Spanish', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(ctx, '/es/estimate/');
    const note = page.locator('.no-js-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toBe(
      'El cálculo en vivo necesita JavaScript. La tabla de precios de más abajo muestra todos los precios que tenemos, con su año y su fuente.',
    );
    expect(await page.locator('.estimator-form').isVisible()).toBe(false);
    const english = await open(ctx, '/estimate/');
    const rows = (p: typeof page) =>
      p.locator('[data-price-table] tbody tr').evaluateAll((r) => r.map((x) => x.getAttribute('data-cost-row')));
    expect(await rows(page)).toEqual(await rows(english.page));
    expect(await page.locator('[data-price-table] tbody tr').first().innerText()).toMatch(
      /^Inyecciones de PRP\nPor inyección\n/,
    );
    expect(await page.locator('[data-medicare-table]').innerText()).toContain('$1,063.48');
    expect(await page.locator('[data-medicare-table] caption').innerText()).toBe(
      'Montos nacionales que paga Medicare por servicios cubiertos',
    );
    await ctx.close();
  });

  it('sent nothing the reader typed: only the reader’s own navigation to a shared link carries the state', () => {
    const fetched = requests.filter((r) => !r.startsWith('document '));
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.filter((r) => /consult=|deductible=|areas=/.test(r))).toEqual([]);
    expect(requests.every((r) => r.split(' ')[2]!.startsWith(site.url))).toBe(true);
  });
});
