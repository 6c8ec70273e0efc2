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
import { fillTree, h, toHtml, type Child } from '../format/tree.ts';
import { rangeBar } from '../format/range-bar.ts';
import { fillWords } from '../format/text.ts';
import type { EstimateWords } from '../../i18n/estimate-words.ts';
import { ESTIMATE_WORDS_EN } from '../../i18n/estimate-words/en.ts';
import { LOCALE } from '../../schemas/language.ts';

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
export function rangeText(r: Range, money: Money = usd, w: EstimateWords['view'] = ESTIMATE_WORDS_EN.view): string {
  if (r.open) return fillWords(w.from, { amount: money(r.low) });
  if (r.low === r.high) return money(r.low);
  const span = `${money(r.low)}–${money(r.high)}`;
  return r.typical === undefined ? span : fillWords(w.about, { typical: money(r.typical), span });
}

/** A range for a table cell: the span on one line, the typical figure (if any) under it. */
const cellRange = (r: Range, w: EstimateWords['view']): Child =>
  r.open
    ? fillWords(w.from, { amount: usd(r.low) })
    : r.low === r.high
      ? usd(r.low)
      : [
          `${usd(r.low)}–${usd(r.high)}`,
          r.typical !== undefined && [h('br'), h('small', {}, fillWords(w.typical, { amount: usd(r.typical) }))],
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
function total(r: Range, w: EstimateWords['view']): Child {
  const attrs = { 'data-you-pay': `${r.low}-${r.open ? '' : r.high}` };
  const p = (...children: Child[]) => h('p', { class: 'estimate-total' }, ...children);
  if (r.open)
    return p(fillTree(w.youMayPayFrom, { amount: h('strong', attrs, fillWords(w.from, { amount: usd(r.low) })) }));
  if (r.low === r.high) return p(fillTree(w.youMayPayOne, { amount: h('strong', attrs, usd(r.low)) }));
  return p(
    fillTree(w.youMayPayRange, {
      low: h('strong', attrs, usd(r.low)),
      high: h('strong', {}, usd(r.high)),
      typical: r.typical !== undefined && fillTree(w.typically, { amount: h('strong', {}, usd(r.typical)) }),
    }),
  );
}

/**
 * `sourceLink` turns a source id into a link target and label (the page's source list); `hsaGuide` is the address
 * of the guide's section on HSA, FSA and HRA money (/guides/paying-for-treatment/#hsa-fsa-and-hra-money). The
 * estimate is worded in `words`' language (the model's lines and notes come worded by the model); a price row's
 * note is in its row's language (`noteLang`, English when absent), marked where it is not the estimate's.
 */
export function estimateView(
  e: Estimate,
  sourceLink: (id: string) => SourceLabel,
  hsaGuide: string,
  words: EstimateWords = ESTIMATE_WORDS_EN,
): Child[] {
  const w = words.view;
  const rows = e.lines.map((l) => {
    const srcs = (l.sources ?? []).map(sourceLink).map((s, i) => [i > 0 && '; ', h('a', { href: s.href }, s.label)]);
    const trace = [
      l.evidence !== undefined && `${l.evidence.charAt(0).toUpperCase()}${l.evidence.slice(1)}. `,
      srcs.length > 0 && [w.source, srcs, '. '],
      l.note &&
        ((l.noteLang ?? 'en') === words.lang ? l.note : h('span', { lang: LOCALE[l.noteLang ?? 'en'] }, l.note)),
    ].filter(Boolean);
    return h(
      'tr',
      { 'data-line': l.id, 'data-cost-row': l.costRowId },
      h(
        'th',
        { scope: 'row' },
        l.label,
        l.kind === 'insurance-may-pay' && [' ', h('span', { class: 'may' }, w.mayPayPart)],
        // A space before the note, though it shows on a line of its own: copied or read out, it is a new phrase.
        trace.length > 0 && [' ', h('small', {}, trace)],
      ),
      h('td', {}, cellRange(l.amount, w)),
    );
  });
  const parts: Child[] = [
    total(e.youPay, w),
    bar(e.youPay),
    // A series: the price of one shot and of the whole series, side by side.
    e.series &&
      h(
        'p',
        { 'data-series': `${e.series.shots}` },
        fillTree(w.series, {
          perShot: h('strong', {}, rangeText(e.series.perShot, usd, w)),
          ifOne: e.series.perTreatment ? w.ifOne : '',
          shots: String(e.series.shots),
          perSeries: h('strong', {}, rangeText(e.series.perSeries, usd, w)),
        }),
      ),
    h(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': w.addsUpLabel },
      h(
        'table',
        { class: 'estimate-lines' },
        h('caption', {}, w.caption),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, w.item), h('th', { scope: 'col' }, w.cost))),
        h('tbody', {}, rows),
        h(
          'tfoot',
          {},
          h('tr', {}, h('th', { scope: 'row' }, w.totalBefore), h('td', {}, cellRange(e.total, w))),
          e.insuranceMayPay.high > 0 &&
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, fillTree(w.insuranceMay, { may: h('em', {}, w.may) })),
              h('td', {}, '−', cellRange(e.insuranceMayPay, w)),
            ),
          h('tr', {}, h('th', { scope: 'row' }, w.youMayPay), h('td', {}, cellRange(e.youPay, w))),
        ),
      ),
    ),
  ];
  const rounded = (r: Range) => h('strong', {}, rangeText(r, usdRounded, w));
  if (e.hsa)
    parts.push(
      h(
        'div',
        { class: 'box', 'data-hsa': '' },
        h('p', {}, fillTree(w.hsa, { rate: String(e.hsa.taxRatePct), saving: rounded(e.hsa.saving) })),
        h(
          'p',
          { 'data-hsa-not-medical': '' },
          fillTree(w.hsaNotMedical, {
            pct: String(HSA_EXTRA_TAX_PCT),
            extra: rounded(e.hsa.extraTax),
            link: h('a', { href: hsaGuide }, w.hsaLink),
          }),
        ),
      ),
    );
  if (e.financing) {
    const f = e.financing;
    const apr = String(f.aprPct);
    parts.push(
      h(
        'div',
        { class: 'box financing' },
        h(
          'p',
          {},
          h('strong', {}, w.financing),
          f.promoMonths > 0
            ? fillTree(w.promo, {
                months: String(f.promoMonths),
                monthly: h('strong', {}, rangeText(f.monthlyInPromo, usdUp, w)),
              })
            : w.noPromo,
        ),
        f.promoMonths > 0 && h('p', {}, fillTree(w.deferred, { apr, amount: rounded(f.deferredInterest) })),
        h('p', {}, fillTree(w.after, { months: String(f.termMonths), apr, monthly: rounded(f.monthlyAfter) })),
        f.promoMonths > 0 &&
          h(
            'p',
            { 'data-miss-by-one': '' },
            fillTree(w.missByOne, { miss: rounded(f.missByOne), zero: rounded(f.trueZeroByOne) }),
          ),
        f.loan &&
          h(
            'p',
            { 'data-loan': '' },
            fillTree(w.loan, {
              apr: String(f.loan.aprPct),
              months: String(f.loan.months),
              interest: rounded(f.loan.interest),
            }),
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
export const estimateHtml = (
  e: Estimate,
  sourceLink: (id: string) => SourceLabel,
  hsaGuide: string,
  words: EstimateWords = ESTIMATE_WORDS_EN,
): string => toHtml(estimateView(e, sourceLink, hsaGuide, words));
