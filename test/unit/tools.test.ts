/**
 * The pieces the interactive tools share: the element tree that renders one view as HTML on the server and
 * as DOM in the browser, the estimator's field spec, the estimate view's money and wording, and the search
 * page's reading of Pagefind excerpts.
 */
import { describe, expect, it } from 'vitest';
import { h, toHtml } from '../../src/lib/format/tree.ts';
import { FIELDS, readField } from '../../src/lib/estimator/fields.ts';
import { validateField } from '../../src/lib/estimator/query.ts';
import { estimate, type EstimateInput } from '../../src/lib/estimator/model.ts';
import { estimateHtml, rangeText, usd, usdRounded, usdUp } from '../../src/lib/estimator/view.ts';
import { decodeEntities, excerptParts, resultView } from '../../src/lib/search/results.ts';
import { SEED_ROWS, row } from '../support/cost-rows.ts';

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
      expect(validateField(f.name, String(f.def)), f.name).toBeUndefined();
      if (f.min > 0) expect(validateField(f.name, String(f.min - 1)), f.name).toBe(f.message);
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
