/**
 * <cost-estimator>: upgrades the server-rendered form in Estimator.astro. Reads a preset from the address,
 * shows the estimate as the reader types (messages beside bad fields, the last good estimate kept), and
 * keeps the address in step so the link can be shared. All arithmetic is src/lib/estimator; the DOM is
 * built from the shared view with DOM methods, never from HTML strings. Nothing leaves the browser.
 */
import {
  estimate,
  defaultScope,
  rowChoices,
  scopesFor,
  sessionsDefault,
  NoPriceError,
  type RowChoice,
  type Scope,
  type SeriesTable,
} from '../../../lib/estimator/model.ts';
import { parseQuery, toQuery, validateField } from '../../../lib/estimator/query.ts';
import { estimateView } from '../../../lib/estimator/view.ts';
import {
  medicareEstimate,
  medicareQuery,
  medicareView,
  parseMedicare,
  qtyDefault,
  type SeriesShots,
} from '../../../lib/estimator/medicare.ts';
import type { MedicareRates } from '../../../schemas/medicare-rate.ts';
import { h, toDom } from '../../../lib/format/tree.ts';
import { fillWords, inSentence } from '../../../lib/format/text.ts';
import type { LocalizedCostRow } from '../../../lib/i18n/localize.ts';
import type { EstimatorWords } from '../../../i18n/estimator-words.ts';
import type { EstimateWords } from '../../../i18n/estimate-words.ts';

interface ClientData {
  /** The price rows, their notes and samples in the page's language where translated. */
  rows: LocalizedCostRow[];
  rates?: MedicareRates;
  /** Treatments given as a series of shots (by therapy), and the Medicare services paid once for each shot. */
  series: SeriesTable;
  shots: SeriesShots;
  abn: string;
  /** The paying guide's section on HSA, FSA and HRA money, linked from the HSA result. */
  hsaGuide: string;
  therapies: { id: string; name: string }[];
  sources: Record<string, string>;
  /** The page language's words: the form's, notices and Medicare's (`tool`), and the estimate's. */
  words: { tool: EstimatorWords; estimate: EstimateWords };
}

class CostEstimator extends HTMLElement {
  connectedCallback() {
    const d = JSON.parse(this.querySelector('[data-estimator]')?.textContent ?? '{}') as ClientData;
    const form = this.querySelector('form');
    const out = this.querySelector<HTMLElement>('[data-output]');
    const result = this.querySelector<HTMLElement>('[data-result]');
    const notices = this.querySelector<HTMLElement>('[data-notices]');
    const scope = this.querySelector<HTMLSelectElement>('#e-scope');
    const rowSelect = this.querySelector<HTMLSelectElement>('#e-row');
    const mOut = this.querySelector<HTMLElement>('[data-medicare-output]');
    if (!form || !out || !result || !notices || !scope || !rowSelect || !mOut || !d.rows || !d.words) return;
    const { tool, estimate: words } = d.words;
    const queryWords = { tool, cost: words.cost };
    const ids = d.therapies.map((t) => t.id);
    // Names as they read inside a notice's sentence: "we show amniotic injections".
    const names = Object.fromEntries(d.therapies.map((t) => [t.id, inSentence(t.name)]));
    const field = (name: string) => form.elements.namedItem(name);
    const source = (id: string) => ({ id, label: d.sources[id] ?? id, href: `#source-${id}` });

    // Fill the form from the address (a preset link), then keep the address in step with the form.
    const parsed = parseQuery(location.search, ids, d.rows, queryWords, names, d.series);
    const fill = (search: string) => {
      for (const [k, v] of new URLSearchParams(search)) {
        const el = field(k);
        if (el instanceof RadioNodeList || el instanceof HTMLInputElement || el instanceof HTMLSelectElement)
          el.value = v;
      }
    };
    const setScopes = (therapy: string, selected: string) =>
      scope.replaceChildren(
        ...scopesFor(d.rows, therapy).map((s) => new Option(words.cost.scope[s], s, s === selected, s === selected)),
      );
    // Every price row of the treatment: those for what is treated and the clinic type (the most trusted first, value
    // ''), then the others. The row in use is selected.
    const setRows = (input: typeof parsed.input) => {
      const { picked, others } = rowChoices(d.rows, input.therapy, input.scope, input.tier, {
        cost: words.cost,
        row: tool.row,
      });
      const inUse = input.row ?? picked[0]?.row.id;
      const group = (label: string, choices: RowChoice[]) => {
        const g = document.createElement('optgroup');
        g.label = label;
        g.append(...choices.map((c) => new Option(c.label, c.value, c.row.id === inUse, c.row.id === inUse)));
        return g;
      };
      rowSelect.replaceChildren(
        group(tool.row.picked, picked),
        ...(others.length ? [group(tool.row.others, others)] : []),
      );
    };
    setScopes(parsed.input.therapy, parsed.input.scope);
    setRows(parsed.input);
    const medicare = d.rates ? parseMedicare(location.search, d.rates, tool, d.shots) : { notices: [] };
    // A link leaves out the numbers that are the defaults, so set the two whose default depends on the treatment.
    fill(
      `${toQuery(parsed.input, d.series)}&sessions=${parsed.input.sessions}` +
        (d.rates && medicare.input
          ? `&${medicareQuery(medicare.input, d.rates, d.shots)}&mqty=${medicare.input.qty}`
          : ''),
    );
    /** A new treatment or kind of price starts from its own number of sessions: a whole series, or one. */
    const resetSessions = (therapy: string, scope: Scope) => {
      const el = field('sessions');
      if (el instanceof HTMLInputElement) el.value = String(sessionsDefault(d.series, therapy, scope));
    };
    notices.replaceChildren(toDom([...parsed.notices, ...medicare.notices].map((n) => h('p', { class: 'box' }, n))));

    const showPayFields = () => {
      const pay = (field('pay') as RadioNodeList | null)?.value ?? 'cash';
      for (const p of form.querySelectorAll<HTMLElement>('[data-pay]')) p.hidden = p.dataset['pay'] !== pay;
    };

    const update = () => {
      showPayFields();
      let bad = false;
      for (const el of form.querySelectorAll<HTMLInputElement>('input[type="number"]')) {
        const err = this.querySelector<HTMLElement>(`#${el.id}-error`);
        const hiddenField = el.closest<HTMLElement>('[data-pay]')?.hidden || el.closest('p')?.hidden;
        // A number box reports unreadable text ("$1,500") as blank, so ask the browser too.
        const msg = hiddenField
          ? undefined
          : el.validity.badInput
            ? tool.field.badInput
            : validateField(el.name, el.value, tool);
        if (err) err.textContent = msg ?? '';
        if (msg) el.setAttribute('aria-invalid', 'true');
        else el.removeAttribute('aria-invalid');
        bad ||= Boolean(msg);
      }
      if (bad) return; // keep the last good estimate on screen; the message beside the field says what to fix
      const search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
      const { input } = parseQuery(search, ids, d.rows, queryWords, names, d.series);
      // The model may switch to a scope or clinic type that has prices; show the one it used.
      if (scope.value !== input.scope) setScopes(input.therapy, input.scope);
      const tier = field('tier');
      if (tier instanceof RadioNodeList && tier.value !== input.tier) tier.value = input.tier;
      setRows(input);
      const m = d.rates && parseMedicare(search, d.rates, tool, d.shots).input;
      const mResult = m && d.rates && medicareEstimate(m, d.rates, d.shots);
      for (const p of form.querySelectorAll<HTMLElement>('[data-medicare-fields] p:has(input)')) p.hidden = !m;
      mOut.replaceChildren(
        toDom(
          mResult && d.rates
            ? [
                h('h3', { id: 'medicare-heading' }, tool.medicare.heading),
                medicareView(mResult, d.rates, source, d.abn, tool),
              ]
            : null,
        ),
      );
      try {
        const e = estimate(input, d.rows, d.series[input.therapy], words);
        out.replaceChildren(toDom(estimateView(e, source, d.hsaGuide, words)));
        result.hidden = false;
        const mq = d.rates ? medicareQuery(m, d.rates, d.shots) : '';
        history.replaceState(null, '', `${location.pathname}?${toQuery(input, d.series)}${mq ? `&${mq}` : ''}`);
      } catch (err) {
        if (!(err instanceof NoPriceError)) throw err;
        out.replaceChildren(toDom(h('p', {}, err.message)));
      }
    };

    form.addEventListener('change', (e) => {
      const id = (e.target as HTMLElement).id;
      if (id === 'e-therapy') {
        const t = (e.target as HTMLSelectElement).value;
        const s = defaultScope(d.rows, t);
        setScopes(t, s ?? '');
        if (s) resetSessions(t, s);
      }
      const therapy = field('therapy');
      if (id === 'e-scope' && therapy instanceof HTMLSelectElement) resetSessions(therapy.value, scope.value as Scope);
      // A covered service given once for each shot of a series starts from the whole series.
      if (id === 'e-mcare') {
        const qty = field('mqty');
        const service = (e.target as HTMLSelectElement).value;
        if (qty instanceof HTMLInputElement && service) qty.value = String(qtyDefault(service, d.shots));
      }
      // A new treatment, scope or clinic type starts again from the most trusted price.
      if (id === 'e-therapy' || id === 'e-scope' || (e.target as HTMLInputElement).name === 'tier')
        rowSelect.value = '';
      // A price for another kind of treatment or clinic brings what is treated and the clinic type along with it.
      const chosen = id === 'e-row' ? d.rows.find((r) => r.id === rowSelect.value) : undefined;
      if (chosen) {
        if (chosen.scope !== scope.value) resetSessions(chosen.therapy, chosen.scope);
        setScopes(chosen.therapy, chosen.scope);
        const tier = field('tier');
        if (chosen.tier !== 'any' && tier instanceof RadioNodeList) tier.value = chosen.tier;
      }
      update();
    });
    // Lists and radio buttons also fire "change", which runs the handler above first: update once, from there.
    form.addEventListener('input', (e) => {
      const t = e.target;
      if (!(t instanceof HTMLSelectElement) && !(t instanceof HTMLInputElement && t.type === 'radio')) update();
    });
    form.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-action="copy"]')?.addEventListener('click', async () => {
      const status = this.querySelector<HTMLElement>('[data-copy-status]');
      try {
        await navigator.clipboard.writeText(location.href);
        if (status) status.textContent = tool.copied;
      } catch {
        if (status) status.textContent = fillWords(tool.copyThis, { url: location.href });
      }
    });
    this.querySelector('.no-js-note')?.remove();
    form.hidden = false;
    update();
  }
}
customElements.define('cost-estimator', CostEstimator);
