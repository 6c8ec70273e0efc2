/**
 * The cost estimator's arithmetic: from what the reader enters and the dated cash-price
 * table (content/costs.yaml), a range of what the visit may cost, the part insurance may pay, and what
 * paying by HSA/FSA or on a deferred-interest card would mean. Pure, no Astro, no dependencies: it ships
 * to the browser in the estimator island.
 *
 * Money is integer cents throughout (cost rows are whole dollars, × 100). Wherever a fraction can appear
 * (percentages, interest, an amortized payment) it is rounded once, explicitly, with `roundHalfUp`.
 * Percent-of-cents products are formed from integers first (cents × percent, or cents × tenths of a percent ×
 * months) and divided last, so an exact half really is a half and rounds up.
 * The amortized payment is the one value computed in floating point (it needs a power); it is rounded once
 * at the end. Every operation is monotonic in the amount, so low ≤ typical ≤ high holds for every range.
 *
 * A range has a typical figure only when its price row gives one (a mean or median from the source): the
 * model never makes one up, for example as the midpoint of a range.
 */
import type { CostRow } from '../../schemas/cost.ts';
import type { Lang } from '../../schemas/language.ts';
import { compareRows, evidenceWords, priceWords } from '../costs/evidence.ts';
import { SCOPE_LABEL, TIER_LABEL, sortCostRows } from '../format/ranges.ts';
import { formatUsd, formatUsdRange } from '../format/money.ts';
import { fillWords } from '../format/text.ts';
import type { Counted, EstimateWords } from '../../i18n/estimate-words.ts';
import { ESTIMATE_WORDS_EN } from '../../i18n/estimate-words/en.ts';
import type { CostWords } from '../../i18n/cost-words.ts';
import type { EstimatorWords } from '../../i18n/estimator-words.ts';
import { FIELD_SPECS as FIELDS, MAX_DOLLARS, type Spec } from './fields.ts';

export type Tier = 'lower-cost' | 'established';
export type Scope = CostRow['scope'];

export interface EstimateInput {
  /** Therapy slug. */
  therapy: string;
  scope: Scope;
  /**
   * The price row the reader picked; when absent (or not a row for this therapy, scope and clinic type) the model uses
   * the row it trusts most.
   */
  row?: string;
  /** Whole number 1..6: joints, spine levels or areas treated. */
  areas: number;
  /** Whole number 1..10. */
  sessions: number;
  tier: Tier;
  /**
   * Prices the reader copies from the clinic's itemized quote, in cents (0 = not on the quote). Insurance MAY pay these
   * parts.
   */
  consultCents: number;
  imagingCents: number;
  harvestCents: number;
  /**
   * Image guidance billed separately, cents (0 if included or none). Not something insurance pays for when the
   * treatment is not covered.
   */
  imageGuidanceCents: number;
  /** The reader's remaining deductible, cents. */
  deductibleLeftCents: number;
  /** Whole number 0..100: the reader's share after the deductible. */
  coinsurancePct: number;
  payment:
    | { method: 'cash' }
    | { method: 'hsa'; /** whole number 0..50 */ taxRatePct: number }
    | {
        method: 'financing';
        /** Whole number 0..60: months of the interest-free promotion. */
        promoMonths: number;
        /** 0..40, at most one decimal (32.9). */
        aprPct: number;
        /** Whole number 1..120: months to repay after the promotion. */
        termMonths: number;
        /** 0..40, at most one decimal: a personal loan's APR to compare; 0 = none entered. */
        loanAprPct?: number;
      };
}

/**
 * Cents, low ≤ typical ≤ high. `typical` is there only when the price row behind it gives one. `open` marks a
 * range built on a floor ("from $2,000"): its top is not known, so `high` equals `low` and it reads "from".
 */
export interface Range {
  low: number;
  typical?: number;
  high: number;
  open?: true;
}

export interface Line {
  id: string;
  label: string;
  amount: Range;
  kind: 'treatment' | 'extra' | 'insurance-may-pay';
  /** The price row behind a treatment line: for tracing in tests and data attributes, never shown to readers. */
  costRowId?: string;
  /** What the row is, in words: "a survey of 91 orthopedic offices …; year of the prices not stated". */
  evidence?: string;
  sources?: string[];
  /** The price row's note, and its language when it is not English (a row's words in another language). */
  note?: string;
  noteLang?: Lang;
}

/**
 * A treatment usually given as a series of shots (therapy front matter `series`), as an estimate uses it: how many
 * shots one series counts, and plain words on where that number comes from.
 */
export interface SeriesInfo {
  shots: number;
  note: string;
}

/** Therapy slug → its series, for the treatments given as one. */
export type SeriesTable = Readonly<Record<string, SeriesInfo>>;

/** The prices a series multiplies: one shot, or a "treatment" that may be one shot. */
export const SERIES_SCOPES: readonly Scope[] = ['per-injection', 'per-treatment'];

/**
 * The starting number of sessions for a therapy and scope: a whole series where the treatment is given as one and
 * the price is per shot or per treatment, else one.
 */
export const sessionsDefault = (series: SeriesTable | undefined, therapy: string, scope: Scope): number =>
  (SERIES_SCOPES.includes(scope) && series?.[therapy]?.shots) || FIELDS.sessions.def;

export interface Estimate {
  /** Every figure traceable: the treatment line carries costRowId + sources. Extras entered as 0 are left out. */
  lines: Line[];
  /**
   * Present when the treatment is costed as a series of 2 or more shots: what one shot and the whole series cost,
   * for one area. `perTreatment` when the price is "per treatment", which the source may mean as the whole series.
   */
  series?: { shots: number; perShot: Range; perSeries: Range; perTreatment: boolean };
  /** Sum of all lines' amounts (before insurance). */
  total: Range;
  /** The part of consult/imaging/harvest insurance MAY pay after deductible and coinsurance (0 when none). */
  insuranceMayPay: Range;
  /** total − insuranceMayPay. */
  youPay: Range;
  /**
   * Present when paying from an HSA/FSA: youPay × tax rate, rounded; saving ≤ youPay. `extraTax` is what HSA money
   * spent on something that is not medical care costs on top of income tax before 65: 20% of youPay.
   */
  hsa?: { saving: Range; taxRatePct: number; extraTax: Range };
  /** Present when paying on a deferred-interest card or plan. */
  financing?: {
    promoMonths: number;
    aprPct: number;
    termMonths: number;
    /** To clear the balance within the promotion: youPay / promoMonths rounded up to the cent; 0 with no promotion. */
    monthlyInPromo: Range;
    /**
     * Upper-bound estimate of interest charged back if any balance is left when the promotion ends: simple interest on
     * all of youPay for the promotion; 0 with no promotion.
     */
    deferredInterest: Range;
    /** Amortized payment over termMonths at aprPct on youPay + deferredInterest (nothing paid during the promotion). */
    monthlyAfter: Range;
    /**
     * Missing the promotion's end by one payment (all but the last monthlyInPromo paid on time): the deferred
     * interest charged back, at aprPct on what was still owed in each month of the promotion. 0 with no promotion.
     */
    missByOne: Range;
    /**
     * The same late last payment on a true 0% plan (interest only from the end, on what is left): one month's interest.
     */
    trueZeroByOne: Range;
    /**
     * A personal loan at the APR the reader entered, repaid over the promotion's months (or the term): total interest.
     */
    loan?: { aprPct: number; months: number; interest: Range };
  };
  /** Plain sentences to show with the estimate. */
  notes: string[];
}

const MAX_CENTS = MAX_DOLLARS * 100;

/**
 * The additional tax on HSA money spent on something that is not medical care, before 65 and unless disabled
 * (26 U.S.C. 223(f)(4), source `usc-26-223` on /guides/paying-for-treatment/). It is law, not a price, so it is
 * fixed here.
 */
export const HSA_EXTRA_TAX_PCT = 20;

/** No price row fits the therapy, scope and clinic type asked for. */
export class NoPriceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoPriceError';
  }
}

/** Rounds to a whole number, halves away from zero (2.5 → 3, −2.5 → −3). Throws on NaN or Infinity. */
export function roundHalfUp(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`Cannot round ${x}`);
  const a = Math.abs(x);
  const f = Math.floor(a);
  // a − f is exact in floating point, so 0.49999999999999994 does not round up (Math.floor(a + 0.5) would).
  const r = a - f >= 0.5 ? f + 1 : f;
  return x < 0 && r !== 0 ? -r : r;
}

/**
 * The rows the reader can choose between for a therapy, scope and clinic type: those for the exact clinic
 * type if the table has any, else those for `any` clinic; best first (src/lib/costs/evidence.ts: survey,
 * then fee schedule, then a clinic's ad, then an article; then the newest data year; on a tie, the row
 * listed later in the file).
 */
export function rowsFor<R extends CostRow>(
  rows: readonly R[],
  therapy: string,
  scope: Scope,
  tier: Tier,
): { rows: R[]; usedTier: Tier | 'any' } {
  for (const usedTier of [tier, 'any'] as const) {
    const found = rows.filter((r) => r.therapy === therapy && r.scope === scope && r.tier === usedTier);
    if (found.length) return { rows: found.reverse().sort(compareRows), usedTier };
  }
  return { rows: [], usedTier: 'any' };
}

/**
 * The price row used: the one asked for by id if it is a row for this therapy and scope, for this clinic type or
 * for any clinic; else the best of rowsFor's. (A reader may pick an any-clinic row from the full list even where
 * the clinic type has rows of its own.)
 */
export function priceRowFor<R extends CostRow>(
  rows: readonly R[],
  therapy: string,
  scope: Scope,
  tier: Tier,
  rowId?: string,
): { row: R; usedTier: Tier | 'any' } | undefined {
  const { rows: found, usedTier } = rowsFor(rows, therapy, scope, tier);
  const chosen =
    rowId === undefined
      ? undefined
      : rows.find(
          (r) => r.id === rowId && r.therapy === therapy && r.scope === scope && (r.tier === tier || r.tier === 'any'),
        );
  // Chosen outside rowsFor's list: an any-clinic price picked on purpose, not a fallback to explain.
  if (chosen) return { row: chosen, usedTier: found.includes(chosen) ? usedTier : tier };
  const row = found[0];
  return row && { row, usedTier };
}

/** One price row as a choice in the estimator's list. */
export interface RowChoice {
  /** The form value: '' for the most trusted row of what is picked (so a link follows new data), else the row id. */
  value: string;
  row: CostRow;
  /** What it covers, the price and what kind of evidence it is: "Per injection: $350–$1,700, a survey of …". */
  label: string;
}

/** The words of a choice: what a price covers, clinics and evidence (`cost`), and how a choice reads (`row`). */
export interface ChoiceWords {
  cost: CostWords;
  row: EstimatorWords['row'];
}

const choiceLabel = (r: CostRow, trusted: boolean, { cost, row: w }: ChoiceWords) =>
  fillWords(w.choice, {
    scope: cost.scope[r.scope].toLowerCase(),
    tier: r.tier === 'any' ? '' : fillWords(w.choiceTier, { tier: cost.tier[r.tier] }),
    price: priceWords(r, cost),
    evidence: evidenceWords(r, cost),
    trusted: trusted ? w.trusted : '',
  });

/**
 * Every price row of a therapy, as the reader's choices: first the rows for what is picked (rowsFor: the most
 * trusted first), then every other row of the therapy in reading order (by what it covers, then clinic type, then
 * evidence). Picking one of the others changes what is treated and the clinic type to the row's. Labels are in
 * `words`' language.
 */
export function rowChoices(
  rows: readonly CostRow[],
  therapy: string,
  scope: Scope,
  tier: Tier,
  words: ChoiceWords,
): { picked: RowChoice[]; others: RowChoice[] } {
  const found = rowsFor(rows, therapy, scope, tier).rows;
  return {
    picked: found.map((row, i) => ({ value: i === 0 ? '' : row.id, row, label: choiceLabel(row, i === 0, words) })),
    others: sortCostRows(rows.filter((r) => r.therapy === therapy && !found.includes(r))).map((row) => ({
      value: row.id,
      row,
      label: choiceLabel(row, false, words),
    })),
  };
}

/** The scope of the therapy's most trusted row (any scope, any clinic type): where an estimate starts. */
export const defaultScope = (rows: readonly CostRow[], therapy: string): Scope | undefined =>
  rows
    .filter((r) => r.therapy === therapy)
    .reverse()
    .sort(compareRows)[0]?.scope;

/** The scopes the table prices for a therapy, in the price table's order (SCOPE_LABEL). */
export const scopesFor = (rows: readonly CostRow[], therapy: string): Scope[] =>
  (Object.keys(SCOPE_LABEL) as Scope[]).filter((s) => rows.some((r) => r.therapy === therapy && r.scope === s));

/** Scopes priced per area treated; the others already cover the areas and are multiplied by sessions only. */
const PER_AREA: readonly Scope[] = [
  'per-injection',
  'per-treatment',
  'per-series',
  'per-joint',
  'per-application',
  'per-visit',
];

/** A range; `typical` only when there is one (never a made-up figure); `open` for a floor. */
const range = (low: number, typical: number | undefined, high: number, open?: boolean): Range => ({
  low,
  ...(typical === undefined ? {} : { typical }),
  high,
  ...(open ? { open: true as const } : {}),
});
const flat = (v: number): Range => range(v, v, v);
const map = (r: Range, f: (v: number) => number): Range =>
  range(f(r.low), r.typical === undefined ? undefined : f(r.typical), f(r.high), r.open);
/** A sum has a typical figure only when both parts have one, and is open when either part is. */
const add = (a: Range, b: Range): Range =>
  range(
    a.low + b.low,
    a.typical === undefined || b.typical === undefined ? undefined : a.typical + b.typical,
    a.high + b.high,
    a.open || b.open,
  );
const plural = (n: number, [one, many]: Counted) => `${n} ${n === 1 ? one : many}`;
const isInt = (v: number, min: number, max: number) => Number.isSafeInteger(v) && v >= min && v <= max;
const inField = (v: number, f: Spec) => isInt(v, f.min, f.max);
/** 0..40 with at most one decimal. */
const isApr = (v: number) =>
  Number.isFinite(v) &&
  Math.abs(v * 10 - Math.round(v * 10)) < 1e-9 &&
  isInt(Math.round(v * 10), FIELDS.apr.min * 10, FIELDS.apr.max * 10);

function check(input: EstimateInput): void {
  const p = input.payment;
  const bad = [
    !inField(input.areas, FIELDS.areas) && 'number of areas',
    !inField(input.sessions, FIELDS.sessions) && 'number of sessions',
    !inField(input.coinsurancePct, FIELDS.coinsurance) && 'coinsurance',
    ...(['consultCents', 'imagingCents', 'harvestCents', 'imageGuidanceCents', 'deductibleLeftCents'] as const).map(
      (k) => !isInt(input[k], 0, MAX_CENTS) && k,
    ),
    p.method === 'hsa' && !inField(p.taxRatePct, FIELDS.tax) && 'tax rate',
    p.method === 'financing' && !inField(p.promoMonths, FIELDS.promo) && 'promotion length',
    p.method === 'financing' && !inField(p.termMonths, FIELDS.term) && 'repayment time',
    p.method === 'financing' && !isApr(p.aprPct) && 'APR',
    p.method === 'financing' && p.loanAprPct !== undefined && !isApr(p.loanAprPct) && 'personal loan APR',
  ].filter(Boolean);
  if (bad.length) throw new RangeError(`Not a valid ${bad.join(', ')}`);
}

/**
 * The reader's estimate, its lines and notes in `words`' language. `series` is the therapy's series when it is given
 * as one: a price per shot or per treatment is then counted in shots, as a series. Throws NoPriceError when the table
 * has no row for the therapy, scope and tier (or 'any'), RangeError on out-of-range input.
 */
export function estimate(
  input: EstimateInput,
  /** The price rows, each with the language of its words where they are not English (src/data.ts `costsIn`). */
  rows: readonly (CostRow & { wordsLang?: Lang })[],
  series?: SeriesInfo,
  words: EstimateWords = ESTIMATE_WORDS_EN,
): Estimate {
  check(input);
  const { therapy, scope, tier, areas, sessions, payment } = input;
  const scopeLabel = SCOPE_LABEL[scope] ?? scope;
  const found = priceRowFor(rows, therapy, scope, tier, input.row);
  if (!found)
    throw new NoPriceError(
      `We have no price for “${therapy}” (${scopeLabel.toLowerCase()}, ${TIER_LABEL[tier] ?? tier}).`,
    );
  const { row, usedTier } = found;
  const w = words;
  const scopeWords = w.cost.scope[scope] ?? scope;
  const notes: string[] = [];
  if (usedTier === 'any') notes.push(fillWords(w.notes.tierFallback, { tier: w.cost.tier[tier] }));
  if (row.floor) notes.push(w.notes.floor);

  // Treatment: the row's range per unit × units; a typical figure only if the row (its source) gives one.
  const perArea = PER_AREA.includes(scope);
  // A treatment given as a series, priced per shot or per treatment: counted in shots.
  const inSeries = series && SERIES_SCOPES.includes(scope) ? series : undefined;
  const sessionWord =
    w.units[
      inSeries
        ? 'shot'
        : scope === 'per-application'
          ? 'application'
          : scope === 'per-visit'
            ? 'visit'
            : scope === 'per-course'
              ? 'course'
              : scope === 'per-series'
                ? 'series'
                : scope === 'per-treatment'
                  ? 'treatment'
                  : 'session'
    ];
  const units = perArea ? areas * sessions : sessions;
  // A floor has no top: it is carried as low = high and marked open, so it reads "from $X" everywhere.
  const unit = range(row.low, row.typical, row.high ?? row.low, row.floor);
  const areaWords = perArea
    ? fillWords(w.line.areas, { areas: plural(areas, w.units[scope === 'per-joint' ? 'joint' : 'area']) })
    : '';
  // The price of one unit: a floor reads "from $X each", never as a range.
  const price = row.floor || row.high === undefined ? formatUsd(row.low) : formatUsdRange(row.low, row.high);
  const priceEach = fillWords(row.floor ? w.line.from : w.line.at, { price, unit: sessionWord[0] });
  const count =
    inSeries && sessions > 1 ? fillWords(w.line.series, { count: sessions }) : plural(sessions, sessionWord);
  const treatment: Line = {
    id: 'treatment',
    label: fillWords(w.line.treatment, {
      areas: areaWords,
      count,
      each: priceEach,
      scope: perArea ? '' : fillWords(w.line.scope, { scope: scopeWords.toLowerCase() }),
    }),
    amount: map(unit, (d) => d * 100 * units),
    kind: 'treatment',
    costRowId: row.id,
    evidence: evidenceWords(row, w.cost),
    sources: [...row.sources],
  };
  if (row.note) {
    treatment.note = row.note;
    if (row.wordsLang) treatment.noteLang = row.wordsLang;
  }
  if (!perArea) notes.push(fillWords(w.notes.coversAreas, { scope: scopeWords, units: sessionWord[1] }));
  // PRP and gel shots are often a series: a price for one shot or one "treatment" is not the price of the series.
  if (inSeries) notes.push(fillWords(w.notes.series, { note: inSeries.note, shots: inSeries.shots }));
  else if (SERIES_SCOPES.includes(scope))
    notes.push(
      fillWords(w.notes.askSeries, {
        scope: scopeWords.toLowerCase(),
        units: w.units[scope === 'per-injection' ? 'shot' : 'treatment'][1],
      }),
    );
  // "Per treatment" may mean one shot or the whole series: say what the series costs either way.
  if (inSeries && scope === 'per-treatment' && sessions > 1)
    notes.push(fillWords(w.notes.perTreatment, { price: priceWords(row, w.cost) }));

  const lines: Line[] = [treatment];
  const seriesPart: Pick<Estimate, 'series'> =
    inSeries && sessions > 1
      ? {
          series: {
            shots: sessions,
            perShot: map(unit, (d) => d * 100),
            perSeries: map(unit, (d) => d * 100 * sessions),
            perTreatment: scope === 'per-treatment',
          },
        }
      : {};
  const extra = (id: string, label: string, cents: number, kind: Line['kind']) => {
    if (cents > 0) lines.push({ id, label: fillWords(w.line.fromQuote, { label }), amount: flat(cents), kind });
  };
  extra('consult', w.line.consult, input.consultCents, 'insurance-may-pay');
  extra('imaging', w.line.imaging, input.imagingCents, 'insurance-may-pay');
  extra('harvest', w.line.harvest, input.harvestCents, 'insurance-may-pay');
  extra('guidance', w.line.guidance, input.imageGuidanceCents, 'extra');

  const total = lines.reduce((sum, l) => add(sum, l.amount), flat(0));

  // Insurance: the reader pays the deductible first, then the coinsurance share of the rest.
  const x = input.consultCents + input.imagingCents + input.harvestCents;
  const fromDeductible = Math.min(x, input.deductibleLeftCents);
  const readerShare = fromDeductible + roundHalfUp(((x - fromDeductible) * input.coinsurancePct) / 100);
  const insuranceMayPay = flat(x - readerShare);
  if (x > 0) notes.push(w.notes.insurance);
  const youPay = map(total, (v) => v - insuranceMayPay.low);

  const out: Estimate = { lines, ...seriesPart, total, insuranceMayPay, youPay, notes };

  if (payment.method === 'hsa') {
    const { taxRatePct } = payment;
    out.hsa = {
      saving: map(youPay, (v) => roundHalfUp((v * taxRatePct) / 100)),
      taxRatePct,
      extraTax: map(youPay, (v) => roundHalfUp((v * HSA_EXTRA_TAX_PCT) / 100)),
    };
    notes.push(w.notes.hsa);
  }

  if (payment.method === 'financing') {
    const { promoMonths, termMonths } = payment;
    const tenths = Math.round(payment.aprPct * 10);
    const aprPct = tenths / 10;
    const deferredInterest = map(youPay, (v) => (promoMonths ? roundHalfUp((v * tenths * promoMonths) / 12_000) : 0));
    // Amortized payment P·r / (1 − (1 + r)^−n) in floating point, rounded once at the end; P / n when r = 0.
    const r = tenths / 12_000;
    const amortize = (p: number) => roundHalfUp(r === 0 ? p / termMonths : (p * r) / (1 - (1 + r) ** -termMonths));
    out.financing = {
      promoMonths,
      aprPct,
      termMonths,
      // Whole cents, rounded up so promoMonths payments clear the balance: exact integer arithmetic.
      monthlyInPromo: map(youPay, (v) =>
        promoMonths ? (v - (v % promoMonths)) / promoMonths + (v % promoMonths ? 1 : 0) : 0,
      ),
      deferredInterest,
      monthlyAfter: range(
        amortize(youPay.low + deferredInterest.low),
        youPay.typical === undefined || deferredInterest.typical === undefined
          ? undefined
          : amortize(youPay.typical + deferredInterest.typical),
        amortize(youPay.high + deferredInterest.high),
        youPay.open,
      ),
      // Equal payments of v/n with the last one late: the balance was v, v(n−1)/n, … v/n, which adds up to
      // v(n+1)/2; interest at the APR on each month's balance, charged back. Integers first, divided last.
      missByOne: map(youPay, (v) => (promoMonths ? roundHalfUp((v * (promoMonths + 1) * tenths) / 24_000) : 0)),
      // A true 0% plan charges interest only on what is left after the end: one month on the last v/n.
      trueZeroByOne: map(youPay, (v) => (promoMonths ? roundHalfUp((v * tenths) / (12_000 * promoMonths)) : 0)),
    };
    const loanTenths = Math.round((payment.loanAprPct ?? 0) * 10);
    if (loanTenths > 0) {
      const months = promoMonths || termMonths;
      const lr = loanTenths / 12_000;
      // Total interest on an amortized loan: n payments of P·r / (1 − (1 + r)^−n), less P; rounded once.
      const interest = (p: number) => Math.max(0, roundHalfUp((p * lr * months) / (1 - (1 + lr) ** -months)) - p);
      out.financing.loan = { aprPct: loanTenths / 10, months, interest: map(youPay, interest) };
    }
    notes.push(
      promoMonths
        ? fillWords(w.notes.deferred, { apr: aprPct, months: promoMonths })
        : fillWords(w.notes.noPromo, { apr: aprPct }),
    );
  }
  return out;
}
