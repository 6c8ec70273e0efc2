/**
 * The estimate as HTML: one function used both at build time (the preset estimate on therapy pages)
 * and in the browser (the live estimator), so the two can never disagree. Every figure is shown with
 * the line it comes from, and every treatment line names its price row and sources.
 */
import type { Estimate, Range } from './model.ts';

import { escapeHtml as esc } from '../format/html.ts';

/** Cents → "$1,234" (whole dollars; cents are shown only when present: "$1,234.50"). */
export function usd(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  const dollars = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${cents < 0 ? '-' : ''}$${dollars}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
}

/** A range for a table cell: the span on one line, the typical figure under it. */
const cellRange = (r: Range): string =>
  r.low === r.high
    ? esc(usd(r.low))
    : `${esc(usd(r.low))}–${esc(usd(r.high))}<br><small>typical ${esc(usd(r.typical))}</small>`;

export interface SourceLabel {
  id: string;
  label: string;
  href: string;
}

/** `sourceLink` turns a source id into a link target and label (site sources page). */
export function estimateHtml(e: Estimate, sourceLink: (id: string) => SourceLabel): string {
  const lines = e.lines
    .map((l) => {
      const srcs = (l.sources ?? [])
        .map(sourceLink)
        .map((s) => `<a href="${esc(s.href)}">${esc(s.label)}</a>`)
        .join('; ');
      const may = l.kind === 'insurance-may-pay' ? ' <span class="may">(insurance may pay part)</span>' : '';
      const trace = l.costRowId
        ? `<br><small>Price row ${esc(l.costRowId)}${srcs ? `. Source: ${srcs}` : ''}.${l.note ? ` ${esc(l.note)}` : ''}</small>`
        : l.note
          ? `<br><small>${esc(l.note)}</small>`
          : '';
      return `<tr><th scope="row">${esc(l.label)}${may}${trace}</th><td>${cellRange(l.amount)}</td></tr>`;
    })
    .join('');
  // The range you may pay, drawn on a scale from $0 to its high end, with the typical figure marked.
  const pct = (c: number) => (e.youPay.high > 0 ? Math.round((c / e.youPay.high) * 1000) / 10 : 0);
  const bar = `<div class="range-track" aria-hidden="true"><span class="range-bar" style="left:${pct(e.youPay.low)}%;width:${Math.max(pct(e.youPay.high - e.youPay.low), 1)}%"></span><span class="range-typical" style="left:${pct(e.youPay.typical)}%"></span></div>`;
  const parts = [
    `<p class="estimate-total">You may pay about <strong data-you-pay="${e.youPay.typical}">${esc(usd(e.youPay.typical))}</strong>, in a range of <strong>${esc(usd(e.youPay.low))}</strong> to <strong>${esc(usd(e.youPay.high))}</strong>.</p>${bar}`,
    `<div class="table-scroll" tabindex="0" role="region" aria-label="How the estimate adds up"><table class="estimate-lines"><caption>How it adds up</caption><thead><tr><th scope="col">Item</th><th scope="col">Cost</th></tr></thead><tbody>${lines}</tbody><tfoot><tr><th scope="row">Total before insurance</th><td>${cellRange(e.total)}</td></tr>${
      e.insuranceMayPay.high > 0
        ? `<tr><th scope="row">Insurance <em>may</em> pay (not promised)</th><td>−${cellRange(e.insuranceMayPay)}</td></tr>`
        : ''
    }<tr><th scope="row">You may pay</th><td>${cellRange(e.youPay)}</td></tr></tfoot></table></div>`,
  ];
  if (e.hsa) {
    parts.push(
      `<p>Paying with HSA or FSA money at a ${e.hsa.taxRatePct}% tax rate may save you about <strong>${esc(usd(e.hsa.saving.typical))}</strong> (${esc(usd(e.hsa.saving.low))}–${esc(usd(e.hsa.saving.high))}) in tax, if the treatment counts as medical care for your diagnosis. Check with your account administrator.</p>`,
    );
  }
  if (e.financing) {
    const f = e.financing;
    parts.push(
      `<div class="box financing"><p><strong>Financing:</strong> ${f.promoMonths > 0 ? `to clear the balance within the ${f.promoMonths}-month promotion, pay about <strong>${esc(usd(f.monthlyInPromo.typical))}</strong> a month.` : 'no promotion.'}</p>${
        f.promoMonths > 0
          ? `<p>If any balance is left when the promotion ends, deferred interest at ${f.aprPct}% could add up to about <strong>${esc(usd(f.deferredInterest.typical))}</strong>, charged back to the day you bought.</p>`
          : ''
      }<p>Paying it off over ${f.termMonths} months at ${f.aprPct}% would cost about <strong>${esc(usd(f.monthlyAfter.typical))}</strong> a month.</p></div>`,
    );
  }
  if (e.notes.length)
    parts.push(`<ul class="estimate-notes">${e.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`);
  return parts.join('');
}
