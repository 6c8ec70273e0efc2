/**
 * The estimator's Original Medicare section: for a covered service (content/medicare-rates.yaml), what the
 * reader would owe after the Part B deductible and coinsurance, and what a second payer changes. Its state
 * is in the same query string as the rest of the estimator: `mcare` (the service), `mqty`, `mother`,
 * `mded` (whole dollars) and `gap` (none, qmb, medicaid or a Medigap plan letter). Never throws on a URL.
 */
import type { MedicareRates, MedicareService } from '../../schemas/medicare-rate.ts';
import { costSharing, secondPayerFor, type CostSharing, type SecondPayer } from '../costs/medicare.ts';
import { h, type Child } from '../format/tree.ts';
import { FIELDS, readField } from './fields.ts';
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
 * The Medicare input a query string describes, or none when it names no service. Notices for unusable values.
 * `shots`: a service given once for each shot of a series starts from the whole series.
 */
export function parseMedicare(
  search: string,
  m: MedicareRates,
  shots?: SeriesShots,
): { input?: MedicareInput; notices: string[] } {
  const params = new URLSearchParams(search);
  const get = (k: string) => params.get(k)?.trim() || undefined;
  const notices: string[] = [];
  const id = get('mcare');
  if (id === undefined) return { notices };
  if (!m.services.some((s) => s.id === id)) {
    notices.push('We did not recognize the Medicare-covered service in the link, so we leave that part out.');
    return { notices };
  }
  const num = (f: (typeof FIELDS)['mqty' | 'mother' | 'mded'], def: number) => {
    const raw = get(f.name);
    if (raw === undefined) return def;
    const v = readField(f, raw);
    if (v === undefined) notices.push(`We could not use the ${f.noun} in the link (${f.hint}), so we use the default.`);
    return v ?? def;
  };
  let gap = (get('gap') ?? '').toLowerCase();
  if (!secondPayerFor(gap, m)) {
    notices.push('We did not recognize the second payer in the link, so we show Original Medicare alone.');
    gap = '';
  }
  return {
    input: {
      service: id,
      qty: num(FIELDS.mqty, qtyDefault(id, shots)),
      otherCents: num(FIELDS.mother, 0) * 100,
      deductibleLeftCents: num(FIELDS.mded, m.deductible.amountCents / 100) * 100,
      gap: gap === 'none' ? '' : gap,
    },
    notices,
  };
}

/** The number of units a service starts from: the whole series for a shot given as one, else the field's default. */
export const qtyDefault = (service: string, shots?: SeriesShots): number =>
  (Object.hasOwn(shots ?? {}, service) && shots?.[service]) || FIELDS.mqty.def;

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

const span = (s: { low: number; high: number }) => (s.low === s.high ? usd(s.low) : `${usd(s.low)} to ${usd(s.high)}`);

/** The section as an element tree: amounts, what you owe in words, the second payer, gaps and sources. */
export function medicareView(
  r: MedicareResult,
  m: MedicareRates,
  link: (id: string) => { label: string; href: string },
  abnHref: string,
): Child {
  const { service: s, sharing: c, second } = r;
  const cite = (ids: readonly string[]) =>
    ids.map((id, i) => [i > 0 && '; ', h('a', { href: link(id).href }, link(id).label)]);
  const unit = s.unit === 'square-cm' ? 'square centimeter' : 'service';
  const gaps = m.noRate.filter((n) => n.therapy === s.therapy);
  return h(
    'div',
    { class: 'box medicare-result', 'data-medicare': s.id },
    h(
      'p',
      {},
      `Medicare’s ${s.year} national amount for ${s.label.charAt(0).toLowerCase()}${s.label.slice(1)} is `,
      h('strong', {}, `${s.approximate ? 'about ' : ''}${usd(s.amountCents)}`),
      ` per ${unit}, in a doctor’s office (from ${s.release}; ` +
        `${s.confidence === 'primary' ? 'read in the source itself' : 'read in a summary'}; source: `,
      cite(s.sources),
      '). ',
      s.note,
    ),
    h(
      'p',
      {},
      r.series
        ? r.input.qty === 1
          ? 'For 1 shot'
          : `For a series of ${r.input.qty} shots`
        : `For ${r.input.qty} ${unit}${r.input.qty === 1 ? '' : 's'}`,
      r.input.otherCents > 0 && ` plus the ${usd(r.input.otherCents)} you entered`,
      `, the approved amount is ${usd(r.allowedCents)}. With Original Medicare alone you would owe `,
      h('strong', { 'data-medicare-owed': `${c.withMedicareOnly}` }, usd(c.withMedicareOnly)),
      `: ${usd(c.deductiblePart)} toward your deductible and ${m.coinsurance.pct}% of the rest, ` +
        `${usd(c.coinsurancePart)}. Medicare would pay ${usd(c.medicarePays)}. (Deductible: `,
      cite(m.deductible.sources),
      '; 20%: ',
      cite(m.coinsurance.sources),
      '.)',
    ),
    second.kind === 'medigap' &&
      h(
        'p',
        {},
        `With Medigap Plan ${second.plan.letter} you would owe `,
        h('strong', { 'data-second-owed': `${c.owed.low}-${c.owed.high}` }, span(c.owed)),
        second.plan.copayUpToCents ? ' (the higher figure if the office charges its copay)' : '',
        second.plan.coinsurancePaidPct < 100
          ? '. Plans K and L stop charging you once you reach their yearly limit'
          : '',
        '. (',
        cite(m.medigap.sources),
        '.)',
      ),
    second.kind === 'qmb' &&
      h(
        'p',
        {},
        'In the Qualified Medicare Beneficiary (QMB) program, ',
        h('strong', { 'data-second-owed': '0-0' }, 'no provider may bill you'),
        ' for the deductible or the 20%. If you get such a bill, call 1-800-MEDICARE. (',
        cite(m.qmbSources),
        '.)',
      ),
    second.kind === 'medicaid' &&
      h(
        'p',
        {},
        'With Medicaid as well, you may owe ',
        h('strong', { 'data-second-owed': `${c.owed.low}-${c.owed.high}` }, span(c.owed)),
        ': it depends on what your state’s Medicaid plan pays. Ask your state Medicaid office.',
      ),
    gaps.map((g) => h('p', {}, `We found no public rate for ${g.what}. ${g.ask}`)),
    h(
      'p',
      {},
      'All of this holds only if Medicare covers the service for you. If the clinic thinks Medicare may not pay, it must give you an ',
      h('a', { href: abnHref }, 'Advance Beneficiary Notice'),
      ' before the treatment if it wants to bill you.',
    ),
  );
}
