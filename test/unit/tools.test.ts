/**
 * The pieces the interactive tools share: the element tree that renders one view as HTML on the server and
 * as DOM in the browser, the estimator's field spec, the estimate view's money and wording, and the search
 * page's reading of Pagefind excerpts.
 */
import { describe, expect, it } from 'vitest';
import { h, toHtml } from '../../src/lib/format/tree.ts';
import { FIELDS, FIELD_SPECS, fieldsIn, readField, type FieldName } from '../../src/lib/estimator/fields.ts';
import { validateField } from '../../src/lib/estimator/query.ts';
import { estimate, type EstimateInput } from '../../src/lib/estimator/model.ts';
import { estimateHtml, rangeText, usd, usdRounded, usdUp } from '../../src/lib/estimator/view.ts';
import { decodeEntities, excerptParts, resultView } from '../../src/lib/search/results.ts';
import { SEED_ROWS, row } from '../support/cost-rows.ts';
import { ESTIMATOR_WORDS_EN as EN } from '../../src/i18n/estimator-words/en.ts';
import { ESTIMATOR_WORDS } from '../../src/i18n/estimator-words.ts';
import { LANGUAGES, LOCALE } from '../../src/schemas/language.ts';

describe('element tree', () => {
  it('escapes every text and attribute value, and leaves out false and undefined attributes', () => {
    const el = h('p', { class: 'x', title: '"<b>"', hidden: false, id: undefined }, 'a < b & ', h('br'), [
      h('em', {}, "it's"),
      null,
      false,
    ]);
    expect(toHtml(el)).toBe('<p class="x" title="&quot;&lt;b&gt;&quot;">a &lt; b &amp; <br><em>it&#39;s</em></p>');
  });
  it('refuses event-handler attributes and odd names, so a view cannot carry a script', () => {
    expect(() => h('img', { onerror: 'alert(1)' })).toThrow(/not allowed/);
    expect(() => h('a', { 'x y': '1' })).toThrow(/not allowed/);
    expect(() => h('script type', {})).toThrow(/element name/);
  });
});

describe('estimator field spec', () => {
  it('derives every message and hint from the bounds typed once', () => {
    expect(FIELDS.areas).toMatchObject({ min: 1, max: 6, step: 1, def: 1 });
    expect(FIELDS.areas.message).toBe('Enter a number of areas from 1 to 6');
    expect(FIELDS.apr.message).toBe('Enter an interest rate (APR) from 0 to 40 percent, with at most one decimal');
    expect(FIELDS.apr.step).toBe(0.1);
    expect(FIELDS.term.hint).toBe('1 to 120 months');
    expect(FIELDS.consult.shownDefault).toBe('$0');
    for (const f of Object.values(FIELDS)) {
      expect(readField(f, String(f.min)), f.name).toBe(f.min);
      expect(readField(f, String(f.max)), f.name).toBe(f.max);
      expect(readField(f, String(f.max + 1)), f.name).toBeUndefined();
      expect(validateField(f.name, String(f.def), EN), f.name).toBeUndefined();
      if (f.min > 0) expect(validateField(f.name, String(f.min - 1), EN), f.name).toBe(f.message);
    }
  });
});

describe('estimator field spec in Spanish', () => {
  const ES = fieldsIn(ESTIMATOR_WORDS.es);
  const names = Object.keys(FIELD_SPECS) as FieldName[];

  it('has the same fields, bounds, steps and defaults in every language, only the words differ', () => {
    for (const lang of LANGUAGES) {
      const fields = fieldsIn(ESTIMATOR_WORDS[lang]);
      expect(Object.keys(fields), lang).toEqual(names);
      for (const name of names) {
        const { name: n, kind, min, max, step, def, pay } = fields[name];
        expect({ n, kind, min, max, step, def, pay }, `${lang} ${name}`).toEqual({
          n: name,
          kind: FIELD_SPECS[name].kind,
          min: FIELD_SPECS[name].min,
          max: FIELD_SPECS[name].max,
          step: FIELDS[name].step,
          def: FIELD_SPECS[name].def,
          pay: FIELDS[name].pay,
        });
      }
    }
  });

  it('gives every field a Spanish label and message of its own, with the same bounds as the English', () => {
    for (const name of names) {
      const es = ES[name];
      const en = FIELDS[name];
      // A field of its own kind has its own message; money fields share one.
      expect(ESTIMATOR_WORDS.es.fields[name].message === undefined, name).toBe(en.kind === 'money');
      expect(ESTIMATOR_WORDS.en.fields[name].message === undefined, name).toBe(en.kind === 'money');
      for (const text of ['label', 'noun', 'hint', 'message'] as const)
        expect(es[text], `${name}.${text}`).not.toBe(en[text]);
      expect(es.message, name).toMatch(/^Escriba /);
      // The numbers of the message and hint are the English ones: the bounds typed once.
      const digits = (s: string) => s.match(/\d+/g) ?? [];
      expect(digits(es.message), name).toEqual(digits(en.message));
      expect(digits(es.hint), name).toEqual(digits(en.hint));
      expect(es.shownDefault.replace(/ meses$/, ' months'), name).toBe(en.shownDefault);
    }
    expect(ES.areas.message).toBe('Escriba un número de zonas de 1 a 6');
    expect(ES.apr.message).toBe('Escriba una tasa de interés (APR) de 0 a 40 por ciento, con un decimal como máximo');
    expect(ES.term.hint).toBe('de 1 a 120 meses');
    expect(ES.consult.message).toBe('Escriba una cantidad en dólares enteros, 0 o más');
  });

  it("checks a value the same way in both languages, and says what is wrong in the reader's", () => {
    for (const name of names)
      for (const raw of [
        '',
        '0',
        '1',
        '2.5',
        '$1,500',
        '-1',
        '61',
        '1000001',
        'abc',
        String(FIELD_SPECS[name].max + 1),
      ]) {
        const en = validateField(name, raw, EN);
        const es = validateField(name, raw, ESTIMATOR_WORDS.es);
        expect(es === undefined, `${name} "${raw}"`).toBe(en === undefined);
        if (es !== undefined) expect(es, `${name} "${raw}"`).toMatch(/^Escriba /);
      }
    expect(validateField('sessions', '11', ESTIMATOR_WORDS.es)).toBe('Escriba un número de sesiones de 1 a 10');
    expect(validateField('deductible', '2000000', ESTIMATOR_WORDS.es)).toBe(
      'Escriba una cantidad de $1,000,000 o menos',
    );
  });
});

describe('money in both languages', () => {
  it('reads as Intl writes US dollars for en-US and es-US: the same "$1,063.48", cents only when there are any', () => {
    for (const cents of [0, 100, 28_300, 106_348, 150_000, 1_234_567_89, 5])
      for (const lang of LANGUAGES) {
        const whole = cents % 100 === 0;
        const intl = new Intl.NumberFormat(LOCALE[lang], {
          style: 'currency',
          currency: 'USD',
          minimumFractionDigits: whole ? 0 : 2,
          maximumFractionDigits: whole ? 0 : 2,
        }).format(cents / 100);
        expect(usd(cents), `${lang} ${cents}`).toBe(intl);
      }
  });
});

describe('estimate view', () => {
  const rows = [
    row({
      id: 'prp-per-injection-clinic-article-2026',
      therapy: 'prp',
      scope: 'per-injection',
      tier: 'any',
      low: 500,
      high: 2500,
      dataYear: 2026,
    }),
    ...SEED_ROWS,
  ];
  const input: EstimateInput = {
    therapy: 'prp',
    scope: 'per-injection',
    areas: 1,
    sessions: 1,
    tier: 'lower-cost',
    consultCents: 33_300,
    imagingCents: 0,
    harvestCents: 0,
    imageGuidanceCents: 0,
    deductibleLeftCents: 0,
    coinsurancePct: 20,
    payment: { method: 'hsa', taxRatePct: 22 },
  };
  const text = (html: string) => html.replace(/<[^>]+>/g, '');
  const html = estimateHtml(
    estimate(input, rows),
    (id) => ({ id, label: 'Survey', href: `#source-${id}` }),
    '/guides/paying-for-treatment/#hsa-fsa-and-hra-money',
  );

  it('never shows an internal row id, and names the kind of evidence, the year and the source in words', () => {
    expect(text(html)).not.toContain('prp-per-injection-clinic-article-2026');
    expect(text(html)).not.toMatch(/Price row/);
    expect(text(html)).toContain('One clinic&#39;s advertised prices, 2026. Source: Survey.');
  });
  it('shows no typical figure where the price row gives none', () => {
    expect(text(html)).not.toMatch(/typical|about \$1,500/);
    expect(text(html)).toContain('You may pay between $566.60 and $2,566.60.');
  });
  it('shows the tax saved in whole dollars, and exact sums with their cents', () => {
    // You pay $566.60–$2,566.60; 22% of that is $124.652–$564.652: an estimate, so $125–$565.
    expect(text(html)).toContain('may save you $125–$565 in tax');
    expect(text(html)).toContain('−$266.40'); // what insurance may pay: the plan's own arithmetic, to the cent
  });
  it('rounds estimates to whole dollars, a payment that must clear a balance up', () => {
    expect(usd(123_450)).toBe('$1,234.50');
    expect(usdRounded(12_450)).toBe('$125');
    expect(usdRounded(12_449)).toBe('$124');
    expect(usdUp(8_334)).toBe('$84');
    expect(usdUp(8_300)).toBe('$83');
    expect(rangeText({ low: 100, high: 100 })).toBe('$1');
    expect(rangeText({ low: 100, high: 300 })).toBe('$1–$3');
    expect(rangeText({ low: 100, typical: 200, high: 300 })).toBe('about $2 ($1–$3)');
  });
});

describe('search results', () => {
  it('reads a Pagefind excerpt as text with the hits marked, never as markup', () => {
    expect(excerptParts('a <mark>PRP</mark> &amp; <mark>HSA,</mark> &lt;b&gt; &#39;x&#x27;')).toEqual([
      { text: 'a ', mark: false },
      { text: 'PRP', mark: true },
      { text: ' & ', mark: false },
      { text: 'HSA,', mark: true },
      { text: " <b> 'x'", mark: false },
    ]);
    expect(decodeEntities('&bogus; &#0; &nbsp;')).toBe('&bogus; &#0; \u00a0');
  });
  it('builds a result with its title link, kind and excerpt', () => {
    const li = resultView({
      url: '/therapies/prp/',
      excerpt: 'does <mark>Medicare</mark> pay <img src=x onerror=alert(1)>',
      meta: { title: 'PRP <injections>' },
      filters: { kind: ['Treatment'] },
    });
    expect(toHtml(li)).toBe(
      '<li><a href="/therapies/prp/">PRP &lt;injections&gt;</a> <small>Treatment</small><p>does <mark>Medicare</mark> pay &lt;img src=x onerror=alert(1)&gt;</p></li>',
    );
  });
});
