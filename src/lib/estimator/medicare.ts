/**
 * The estimator's Original Medicare section: for a covered service (content/medicare-rates.yaml), what the
 * reader would owe after the Part B deductible and coinsurance, and what a second payer changes. Its state
 * is in the same query string as the rest of the estimator: `mcare` (the service), `mqty`, `mother`,
 * `mded` (whole dollars) and `gap` (none, qmb, medicaid or a Medigap plan letter). Never throws on a URL.
 */
import type { MedicareRates, MedicareService } from '../../schemas/medicare-rate.ts';
import { costSharing, secondPayerFor, type CostSharing, type SecondPayer } from '../costs/medicare.ts';
import { fillTree, h, type Child } from '../format/tree.ts';
import { fillWords, inSentence } from '../format/text.ts';
import type { EstimatorWords } from '../../i18n/estimator-words.ts';
import { FIELD_SPECS, fieldsIn, readField, type NumberField } from './fields.ts';
import { usd } from './view.ts';

export interface MedicareInput {
  service: string;
  /** Units of the service: shots, or square centimeters of graft. */
  qty: number;
  /** Another Medicare-approved amount the reader enters (the gel), cents. */
  otherCents: number;
  deductibleLeftCents: number;
  /** '' for none, 'qmb', 'medicaid' or a plan letter, lowercase. */
  gap: string;
}

/** Medicare service id → the shots of the series it is paid for once each (series.ts seriesShotsByService). */
export type SeriesShots = Readonly<Record<string, number>>;

export interface MedicareResult {
  service: MedicareService;
  input: MedicareInput;
  /** The shots of a usual series, when the service is paid once for each shot of one. */
  series?: number;
  allowedCents: number;
  second: SecondPayer;
  sharing: CostSharing;
}

/**
 * The Medicare input a query string describes, or none when it names no service. Notices for unusable values, in
 * `w`'s language. `shots`: a service given once for each shot of a series starts from the whole series.
 */
export function parseMedicare(
  search: string,
  m: MedicareRates,
  w: EstimatorWords,
  shots?: SeriesShots,
): { input?: MedicareInput; notices: string[] } {
  const params = new URLSearchParams(search);
  const get = (k: string) => params.get(k)?.trim() || undefined;
  const notices: string[] = [];
  const id = get('mcare');
  if (id === undefined) return { notices };
  if (!m.services.some((s) => s.id === id)) {
    notices.push(w.notices.unknownService);
    return { notices };
  }
  const fields = fieldsIn(w);
  const num = (f: NumberField, def: number) => {
    const raw = get(f.name);
    if (raw === undefined) return def;
    const v = readField(f, raw);
    if (v === undefined) notices.push(fillWords(w.notices.badMedicareNumber, { noun: f.noun, hint: f.hint }));
    return v ?? def;
  };
  let gap = (get('gap') ?? '').toLowerCase();
  if (!secondPayerFor(gap, m)) {
    notices.push(w.notices.unknownGap);
    gap = '';
  }
  return {
    input: {
      service: id,
      qty: num(fields.mqty, qtyDefault(id, shots)),
      otherCents: num(fields.mother, 0) * 100,
      deductibleLeftCents: num(fields.mded, m.deductible.amountCents / 100) * 100,
      gap: gap === 'none' ? '' : gap,
    },
    notices,
  };
}

/** The number of units a service starts from: the whole series for a shot given as one, else the field's default. */
export const qtyDefault = (service: string, shots?: SeriesShots): number =>
  (Object.hasOwn(shots ?? {}, service) && shots?.[service]) || FIELD_SPECS.mqty.def;

/**
 * The query parameters for a Medicare input (appended to the estimator's own), defaults left out (`shots` as given
 * to parseMedicare).
 */
export function medicareQuery(i: MedicareInput | undefined, m: MedicareRates, shots?: SeriesShots): string {
  if (!i) return '';
  const out = [`mcare=${encodeURIComponent(i.service)}`];
  if (i.qty !== qtyDefault(i.service, shots)) out.push(`mqty=${i.qty}`);
  if (i.otherCents) out.push(`mother=${Math.round(i.otherCents / 100)}`);
  if (i.deductibleLeftCents !== m.deductible.amountCents) out.push(`mded=${Math.round(i.deductibleLeftCents / 100)}`);
  if (i.gap) out.push(`gap=${encodeURIComponent(i.gap)}`);
  return out.join('&');
}

/** What the reader would owe for the service (`shots` as given to parseMedicare, for the words on a series). */
export function medicareEstimate(i: MedicareInput, m: MedicareRates, shots?: SeriesShots): MedicareResult | undefined {
  const service = m.services.find((s) => s.id === i.service);
  const second = secondPayerFor(i.gap, m);
  if (!service || !second) return undefined;
  const allowedCents = service.amountCents * i.qty + i.otherCents;
  const sharing = costSharing({
    allowedCents,
    deductibleLeftCents: i.deductibleLeftCents,
    coinsurancePct: m.coinsurance.pct,
    second,
  });
  const series = Object.hasOwn(shots ?? {}, service.id) ? shots?.[service.id] : undefined;
  return { service, input: i, ...(series ? { series } : {}), allowedCents, second, sharing };
}

/**
 * The section as an element tree, in `w`'s language (`m` already in it: src/lib/i18n/localize.ts): amounts, what
 * you owe in words, the second payer, gaps and sources.
 */
export function medicareView(
  r: MedicareResult,
  m: MedicareRates,
  link: (id: string) => { label: string; href: string },
  abnHref: string,
  w: EstimatorWords,
): Child {
  const { service: s, sharing: c, second } = r;
  const t = w.medicare;
  // Sources are named in their own language (English): marked so on a page in another.
  const sourceLang = w.lang === 'en' ? undefined : 'en-US';
  const cite = (ids: readonly string[]) =>
    ids.map((id, i) => [i > 0 && '; ', h('a', { href: link(id).href, lang: sourceLang }, link(id).label)]);
  const [one, many] = t.units[s.unit];
  const gaps = m.noRate.filter((n) => n.therapy === s.therapy);
  const pct = String(m.coinsurance.pct);
  const span = (x: { low: number; high: number }) =>
    x.low === x.high ? usd(x.low) : fillWords(t.span, { low: usd(x.low), high: usd(x.high) });
  const owed = (x: { low: number; high: number }) => h('strong', { 'data-second-owed': `${x.low}-${x.high}` }, span(x));
  return h(
    'div',
    { class: 'box medicare-result', 'data-medicare': s.id },
    h(
      'p',
      {},
      fillTree(t.amount, {
        year: String(s.year),
        // "PRP for a diabetic wound" keeps its capitals; "Giving the shot…" reads "giving the shot…".
        label: inSentence(s.label),
        amount: h(
          'strong',
          {},
          s.approximate ? fillWords(t.about, { amount: usd(s.amountCents) }) : usd(s.amountCents),
        ),
        perUnit: t.perUnit[s.unit],
        release: s.release,
        confidence: t.confidence[s.confidence],
        sources: cite(s.sources),
        note: s.note ?? '',
      }),
    ),
    h(
      'p',
      {},
      fillTree(t.owe, {
        for: r.series
          ? r.input.qty === 1
            ? t.oneShot
            : fillWords(t.series, { count: r.input.qty })
          : fillWords(r.input.qty === 1 ? one : many, { count: r.input.qty }),
        plus: r.input.otherCents > 0 ? fillWords(t.plus, { amount: usd(r.input.otherCents) }) : '',
        allowed: usd(r.allowedCents),
        owed: h('strong', { 'data-medicare-owed': `${c.withMedicareOnly}` }, usd(c.withMedicareOnly)),
        deductible: usd(c.deductiblePart),
        pct,
        coinsurance: usd(c.coinsurancePart),
        pays: usd(c.medicarePays),
        deductibleSources: cite(m.deductible.sources),
        coinsuranceSources: cite(m.coinsurance.sources),
      }),
    ),
    second.kind === 'medigap' &&
      h(
        'p',
        {},
        fillTree(t.medigap, {
          letter: second.plan.letter,
          owed: owed(c.owed),
          copay: second.plan.copayUpToCents ? t.copay : '',
          limit: second.plan.coinsurancePaidPct < 100 ? t.yearlyLimit : '',
          sources: cite(m.medigap.sources),
        }),
      ),
    second.kind === 'qmb' &&
      h(
        'p',
        {},
        fillTree(t.qmb, {
          noBill: h('strong', { 'data-second-owed': '0-0' }, t.qmbNoBill),
          pct,
          sources: cite(m.qmbSources),
        }),
      ),
    second.kind === 'medicaid' && h('p', {}, fillTree(t.medicaid, { owed: owed(c.owed) })),
    gaps.map((g) => h('p', {}, fillWords(t.noRate, { what: g.what, ask: g.ask }))),
    h('p', {}, fillTree(t.abn, { link: h('a', { href: abnHref }, t.abnLink) })),
  );
}
