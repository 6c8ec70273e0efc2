// The cost estimator's invariants, for any valid input and any query string (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CostRow } from '../../src/schemas/cost.ts';
import { compareRows } from '../../src/lib/costs/evidence.ts';
import {
  estimate,
  rowsFor,
  priceRowFor,
  scopesFor,
  type Estimate,
  type EstimateInput,
  type Range,
  type Tier,
} from '../../src/lib/estimator/model.ts';
import { parseQuery, toQuery } from '../../src/lib/estimator/query.ts';
import { SEED_ROWS, evidenceRows, row } from '../support/cost-rows.ts';
import { ESTIMATOR_WORDS_EN as EN } from '../../src/i18n/estimator-words/en.ts';
import { COST_WORDS_EN } from '../../src/i18n/cost-words/en.ts';
import { ESTIMATOR_WORDS } from '../../src/i18n/estimator-words.ts';
import { COST_WORDS } from '../../src/i18n/cost-words.ts';

/** The estimator's notices in English. */
const WORDS = { tool: EN, cost: COST_WORDS_EN };

const ROWS: CostRow[] = [
  row({ id: 'prp-2019', therapy: 'prp', scope: 'per-injection', tier: 'any', low: 500, high: 2500, dataYear: 2019 }),
  row({ id: 'prp-odd', therapy: 'prp', scope: 'per-visit', tier: 'lower-cost', low: 351, high: 1700, dataYear: 2021 }),
  ...SEED_ROWS,
  row({
    id: 'prp-typical',
    therapy: 'prp',
    scope: 'per-joint',
    tier: 'any',
    low: 350,
    high: 1700,
    typical: 897,
    dataYear: 2019,
  }),
  row({ id: 'course', therapy: 'prolotherapy', scope: 'per-course', tier: 'any', low: 0, high: 3000, dataYear: 2022 }),
  // Several kinds of evidence for one scope, a floor and a series.
  ...evidenceRows('adipose-cells'),
];
const THERAPIES = ['exosomes', 'prp', 'bone-marrow-concentrate', 'adipose-cells', 'prolotherapy'];

// Every therapy × scope × tier the table can price, with no row chosen (the trusted one) or each row the reader may
// choose.
const PRICED = THERAPIES.flatMap((therapy) =>
  scopesFor(ROWS, therapy).flatMap((scope) =>
    (['lower-cost', 'established'] as Tier[])
      .filter((tier) => priceRowFor(ROWS, therapy, scope, tier))
      .flatMap((tier) => [
        { therapy, scope, tier },
        ...rowsFor(ROWS, therapy, scope, tier).rows.map((r) => ({ therapy, scope, tier, row: r.id })),
      ]),
  ),
);

const dollarsAsCents = fc.integer({ min: 0, max: 1_000_000 }).map((d) => d * 100);
const payment: fc.Arbitrary<EstimateInput['payment']> = fc.oneof(
  fc.constant({ method: 'cash' as const }),
  fc.record({ method: fc.constant('hsa' as const), taxRatePct: fc.integer({ min: 0, max: 50 }) }),
  fc
    .record({
      method: fc.constant('financing' as const),
      promoMonths: fc.integer({ min: 0, max: 60 }),
      aprPct: fc.integer({ min: 0, max: 400 }).map((t) => t / 10),
      termMonths: fc.integer({ min: 1, max: 120 }),
      loanAprPct: fc.option(
        fc.integer({ min: 1, max: 400 }).map((t) => t / 10),
        { nil: undefined },
      ),
    })
    .map(({ loanAprPct, ...p }) => (loanAprPct === undefined ? p : { ...p, loanAprPct })),
);
const validInput: fc.Arbitrary<EstimateInput> = fc
  .record({
    priced: fc.constantFrom(...PRICED),
    areas: fc.integer({ min: 1, max: 6 }),
    sessions: fc.integer({ min: 1, max: 10 }),
    consultCents: dollarsAsCents,
    imagingCents: dollarsAsCents,
    harvestCents: dollarsAsCents,
    imageGuidanceCents: dollarsAsCents,
    deductibleLeftCents: dollarsAsCents,
    coinsurancePct: fc.integer({ min: 0, max: 100 }),
    payment,
  })
  .map(({ priced, ...rest }) => ({ ...priced, ...rest }));

const ranges = (e: Estimate): Range[] => [
  ...e.lines.map((l) => l.amount),
  e.total,
  e.insuranceMayPay,
  e.youPay,
  ...(e.hsa ? [e.hsa.saving, e.hsa.extraTax] : []),
  ...(e.financing
    ? [
        e.financing.monthlyInPromo,
        e.financing.deferredInterest,
        e.financing.monthlyAfter,
        e.financing.missByOne,
        e.financing.trueZeroByOne,
        ...(e.financing.loan ? [e.financing.loan.interest] : []),
      ]
    : []),
];
const KEYS = ['low', 'typical', 'high'] as const;

describe('estimate, for any valid input', () => {
  it('keeps every range ordered, every figure a safe non-negative integer, and the sums exact', () => {
    fc.assert(
      fc.property(validInput, (x) => {
        const e = estimate(x, ROWS);
        // A typical figure only where the price row gives one, and then in every range built on it.
        const rowTypical = ROWS.find((r) => r.id === e.lines[0]?.costRowId)?.typical !== undefined;
        for (const r of ranges(e)) {
          const typical = r.typical ?? r.low;
          for (const v of [r.low, typical, r.high]) expect(Number.isSafeInteger(v) && v >= 0, `${v}`).toBe(true);
          expect(r.low <= typical && typical <= r.high).toBe(true);
        }
        for (const r of [e.total, e.youPay]) expect(r.typical !== undefined).toBe(rowTypical);
        for (const k of KEYS) {
          const at = (r: Range) => (k === 'typical' ? (r.typical ?? 0) : r[k]);
          if (k === 'typical' && !rowTypical) continue;
          expect(e.lines.reduce((s, l) => s + at(l.amount), 0)).toBe(at(e.total));
          expect(at(e.youPay) + at(e.insuranceMayPay)).toBe(at(e.total));
          if (e.hsa) expect(at(e.hsa.saving)).toBeLessThanOrEqual(at(e.youPay));
          if (e.hsa) expect(at(e.hsa.extraTax)).toBeLessThanOrEqual(at(e.youPay));
        }
        const treatment = e.lines.find((l) => l.kind === 'treatment');
        expect(treatment?.costRowId && treatment.sources?.length).toBeTruthy();
        expect(e.notes.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('uses the row the reader chose, or else the most trusted one; a floor stays a floor', () => {
    fc.assert(
      fc.property(validInput, (x) => {
        const e = estimate(x, ROWS);
        const candidates = rowsFor(ROWS, x.therapy, x.scope, x.tier).rows;
        const used = ROWS.find((r) => r.id === e.lines[0]?.costRowId)!;
        expect(used.id).toBe(x.row ?? candidates[0]?.id);
        // The first candidate is one no other beats: stronger evidence, or as strong and newer.
        expect(candidates.every((c) => compareRows(candidates[0]!, c) <= 0)).toBe(true);
        // A floor: every range built on it is open, with no top above its start.
        for (const r of [e.total, e.youPay, e.lines[0]!.amount]) {
          expect(r.open === true).toBe(used.floor);
          if (r.open) expect(r.high).toBe(r.low);
        }
        if (e.financing) {
          // Missing by one payment costs at most the whole-balance bound, and at least the true 0% plan's month.
          const f = e.financing;
          expect(f.missByOne.high).toBeLessThanOrEqual(f.deferredInterest.high);
          expect(f.missByOne.low).toBeGreaterThanOrEqual(f.trueZeroByOne.low);
          if (f.promoMonths === 0) expect(f.missByOne).toEqual({ ...f.trueZeroByOne });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('survives parseQuery(toQuery(x)) unchanged', () => {
    fc.assert(
      fc.property(validInput, (x) => {
        expect(parseQuery(toQuery(x), THERAPIES, ROWS, WORDS)).toEqual({ input: x, notices: [] });
      }),
      { numRuns: 500 },
    );
  });
});

const NAMES = [
  'therapy',
  'scope',
  'areas',
  'sessions',
  'tier',
  'consult',
  'imaging',
  'harvest',
  'guidance',
  'deductible',
  'coinsurance',
  'pay',
  'tax',
  'promo',
  'apr',
  'term',
  'loan',
  'row',
  'utm_source',
];
// Plausible and implausible values: numbers of every shape, the real slugs, and arbitrary unicode.
const value = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' ',
    '1',
    '6',
    '7',
    '0',
    '-0',
    '10',
    '32.9',
    '40.0',
    '1e3',
    '0x10',
    '$1,500',
    '٣',
    'Infinity',
    'NaN',
    '%',
    '%zz',
    '+',
  ),
  fc.constantFrom(
    ...THERAPIES,
    'unknown',
    ...PRICED.map((p) => p.scope),
    'lower-cost',
    'established',
    'any',
    'cash',
    'hsa',
    'financing',
    'bitcoin',
  ),
);
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string()), value), { maxLength: 20 })
  .chain((pairs) =>
    fc.constantFrom(
      pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
      pairs.map(([k, v]) => `${k}=${v}`).join('&'), // raw: stray '&', '=', '%', '#', unpaired surrogates
    ),
  );

describe('parseQuery, for any string', () => {
  it('never throws, and returns an input estimate accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          query,
          query.map((q) => `?${q}`),
        ),
        (s) => {
          const { input, notices } = parseQuery(s, THERAPIES, ROWS, WORDS);
          expect(() => estimate(input, ROWS)).not.toThrow();
          expect(notices.every((n) => n.length > 0 && n.length < 300)).toBe(true);
          // What it returns is itself a valid input: it survives the round trip.
          expect(parseQuery(toQuery(input), THERAPIES, ROWS, WORDS)).toEqual({ input, notices: [] });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads the same numbers in both languages (/es/estimate/?… is /estimate/?…); only the notices differ', () => {
    const SPANISH = { tool: ESTIMATOR_WORDS.es, cost: COST_WORDS.es };
    fc.assert(
      fc.property(
        fc.oneof(
          query,
          query.map((q) => `?${q}`),
        ),
        (s) => {
          const en = parseQuery(s, THERAPIES, ROWS, WORDS);
          const es = parseQuery(s, THERAPIES, ROWS, SPANISH);
          expect(es.input).toEqual(en.input);
          expect(es.notices).toHaveLength(en.notices.length);
          for (const [i, n] of es.notices.entries())
            expect(n, en.notices[i]).toMatch(/^(No (reconocimos|tenemos|pudimos)|Todavía no tenemos) /);
          expect(estimate(es.input, ROWS)).toEqual(estimate(en.input, ROWS));
        },
      ),
      { numRuns: 500 },
    );
  });
});
