/**
 * The estimate as an element tree (src/lib/format/tree.ts): one view used both at build time (the preset
 * estimate on therapy pages, as HTML) and in the browser (the live estimator, as DOM nodes), so the two can
 * never disagree. Every treatment line names its year and sources; internal row ids stay out of sight.
 *
 * Money: figures that add up what the reader and the price table give (whole dollars, and the insurance
 * share the plan works out to the cent) keep their cents when they have any. Figures that are estimates of
 * an estimate (tax saved, interest, monthly payments) are shown in whole dollars: cents would suggest a
 * precision they do not have. A typical figure appears only where a price row gives one.
 */
import type { Estimate, Range } from './model.ts';
import { HSA_EXTRA_TAX_PCT, roundHalfUp } from './model.ts';
import { h, toHtml, type Child } from '../format/tree.ts';
import { rangeBar } from '../format/range-bar.ts';

/** Cents → "$1,234" (whole dollars; cents are shown only when present: "$1,234.50"). */
export function usd(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  const dollars = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${cents < 0 ? '-' : ''}$${dollars}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
}

/** Cents → whole dollars, rounded half up: "$110". */
export const usdRounded = (cents: number): string => usd(roundHalfUp(cents / 100) * 100);
/** Cents → whole dollars, rounded up, for a payment that must clear a balance: "$84" for $83.34. */
export const usdUp = (cents: number): string => usd(Math.ceil(cents / 100) * 100);

type Money = (cents: number) => string;

/**
 * A range in words: "$500", "$500–$2,500", "about $897 ($500–$2,500)" when there is a typical figure, or
 * "from $2,000" for a range built on a floor (never a range: its top is not known).
 */
export function rangeText(r: Range, money: Money = usd): string {
  if (r.open) return `from ${money(r.low)}`;
  if (r.low === r.high) return money(r.low);
  const span = `${money(r.low)}–${money(r.high)}`;
  return r.typical === undefined ? span : `about ${money(r.typical)} (${span})`;
}

/** A range for a table cell: the span on one line, the typical figure (if any) under it. */
const cellRange = (r: Range): Child =>
  r.open
    ? `from ${usd(r.low)}`
    : r.low === r.high
      ? usd(r.low)
      : [
          `${usd(r.low)}–${usd(r.high)}`,
          r.typical !== undefined && [h('br'), h('small', {}, `typical ${usd(r.typical)}`)],
        ];

export interface SourceLabel {
  id: string;
  label: string;
  href: string;
}

/** The range you may pay, on a scale from $0 to its high end, with the typical figure marked if there is one. */
function bar(r: Range): Child {
  if (r.open) return false; // a floor has no top to draw to
  const pct = (c: number) => (r.high > 0 ? Math.round((c / r.high) * 1000) / 10 : 0);
  return rangeBar({
    left: pct(r.low),
    width: Math.max(pct(r.high - r.low), 1),
    typical: r.typical === undefined ? undefined : pct(r.typical),
  });
}

/** The sentence at the top: what you may pay. */
function total(r: Range): Child {
  const attrs = { 'data-you-pay': `${r.low}-${r.open ? '' : r.high}` };
  if (r.open)
    return h(
      'p',
      { class: 'estimate-total' },
      'You may pay ',
      h('strong', attrs, `from ${usd(r.low)}`),
      '. The source gives only a starting price.',
    );
  if (r.low === r.high) return h('p', { class: 'estimate-total' }, 'You may pay ', h('strong', attrs, usd(r.low)), '.');
  return h(
    'p',
    { class: 'estimate-total' },
    'You may pay between ',
    h('strong', attrs, usd(r.low)),
    ' and ',
    h('strong', {}, usd(r.high)),
    r.typical !== undefined && [', typically about ', h('strong', {}, usd(r.typical))],
    '.',
  );
}

/**
 * `sourceLink` turns a source id into a link target and label (the page's source list); `hsaGuide` is the address
 * of the guide's section on HSA, FSA and HRA money (/guides/paying-for-treatment/#hsa-fsa-and-hra-money).
 */
export function estimateView(e: Estimate, sourceLink: (id: string) => SourceLabel, hsaGuide: string): Child[] {
  const rows = e.lines.map((l) => {
    const srcs = (l.sources ?? []).map(sourceLink).map((s, i) => [i > 0 && '; ', h('a', { href: s.href }, s.label)]);
    const trace = [
      l.evidence !== undefined && `${l.evidence.charAt(0).toUpperCase()}${l.evidence.slice(1)}. `,
      srcs.length > 0 && ['Source: ', srcs, '. '],
      l.note,
    ].filter(Boolean);
    return h(
      'tr',
      { 'data-line': l.id, 'data-cost-row': l.costRowId },
      h(
        'th',
        { scope: 'row' },
        l.label,
        l.kind === 'insurance-may-pay' && [' ', h('span', { class: 'may' }, '(insurance may pay part)')],
        // A space before the note, though it shows on a line of its own: copied or read out, it is a new phrase.
        trace.length > 0 && [' ', h('small', {}, trace)],
      ),
      h('td', {}, cellRange(l.amount)),
    );
  });
  const parts: Child[] = [
    total(e.youPay),
    bar(e.youPay),
    // A series: the price of one shot and of the whole series, side by side.
    e.series &&
      h(
        'p',
        { 'data-series': `${e.series.shots}` },
        'One shot costs ',
        h('strong', {}, rangeText(e.series.perShot)),
        e.series.perTreatment ? ', if the price is for one shot' : '',
        `. A series of ${e.series.shots} shots costs `,
        h('strong', {}, rangeText(e.series.perSeries)),
        ' in each area treated.',
      ),
    h(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'How the estimate adds up' },
      h(
        'table',
        { class: 'estimate-lines' },
        h('caption', {}, 'How it adds up'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Item'), h('th', { scope: 'col' }, 'Cost'))),
        h('tbody', {}, rows),
        h(
          'tfoot',
          {},
          h('tr', {}, h('th', { scope: 'row' }, 'Total before insurance'), h('td', {}, cellRange(e.total))),
          e.insuranceMayPay.high > 0 &&
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, 'Insurance ', h('em', {}, 'may'), ' pay (not promised)'),
              h('td', {}, '−', cellRange(e.insuranceMayPay)),
            ),
          h('tr', {}, h('th', { scope: 'row' }, 'You may pay'), h('td', {}, cellRange(e.youPay))),
        ),
      ),
    ),
  ];
  if (e.hsa)
    parts.push(
      h(
        'div',
        { class: 'box', 'data-hsa': '' },
        h(
          'p',
          {},
          `Paying with HSA or FSA money at a ${e.hsa.taxRatePct}% tax rate may save you `,
          h('strong', {}, rangeText(e.hsa.saving, usdRounded)),
          ' in tax, if the treatment counts as medical care for your diagnosis. Check with your account administrator.',
        ),
        h(
          'p',
          { 'data-hsa-not-medical': '' },
          'If it does not count as medical care, there is no saving. ' +
            'An FSA or HRA plan checks each claim and may say no. ' +
            'HSA money you spend on it anyway is taxed as income. Before age 65 you also owe an extra ' +
            `${HSA_EXTRA_TAX_PCT}% tax on it: `,
          h('strong', {}, rangeText(e.hsa.extraTax, usdRounded)),
          ' more here. The extra tax does not apply once you are 65, or if you are disabled. ',
          h('a', { href: hsaGuide }, 'What HSA, FSA and HRA money can pay for'),
          '.',
        ),
      ),
    );
  if (e.financing) {
    const f = e.financing;
    parts.push(
      h(
        'div',
        { class: 'box financing' },
        h(
          'p',
          {},
          h('strong', {}, 'Financing:'),
          f.promoMonths > 0
            ? [
                ` to clear the balance within the ${f.promoMonths}-month promotion, pay `,
                h('strong', {}, rangeText(f.monthlyInPromo, usdUp)),
                ' a month.',
              ]
            : ' no promotion.',
        ),
        f.promoMonths > 0 &&
          h(
            'p',
            {},
            `If any balance is left when the promotion ends, deferred interest at ${f.aprPct}% could add up to `,
            h('strong', {}, rangeText(f.deferredInterest, usdRounded)),
            ', charged back to the day you bought.',
          ),
        h(
          'p',
          {},
          `Paying it off over ${f.termMonths} months at ${f.aprPct}% would cost `,
          h('strong', {}, rangeText(f.monthlyAfter, usdRounded)),
          ' a month.',
        ),
        f.promoMonths > 0 &&
          h(
            'p',
            { 'data-miss-by-one': '' },
            'If you pay on time every month but the last payment is late, you would pay ',
            h('strong', {}, rangeText(f.missByOne, usdRounded)),
            ' more in deferred interest. On a true 0% plan, the same late payment would cost ',
            h('strong', {}, rangeText(f.trueZeroByOne, usdRounded)),
            ' more for each month it is late, before any late fee.',
          ),
        f.loan &&
          h(
            'p',
            { 'data-loan': '' },
            `A personal loan at ${f.loan.aprPct}% paid off over ${f.loan.months} months would cost `,
            h('strong', {}, rangeText(f.loan.interest, usdRounded)),
            ' in interest in all.',
          ),
      ),
    );
  }
  if (e.notes.length)
    parts.push(
      h(
        'ul',
        { class: 'estimate-notes' },
        e.notes.map((n) => h('li', {}, n)),
      ),
    );
  return parts;
}

/** The estimate as HTML, for pages worked out at build time. */
export const estimateHtml = (e: Estimate, sourceLink: (id: string) => SourceLabel, hsaGuide: string): string =>
  toHtml(estimateView(e, sourceLink, hsaGuide));
