// The cost estimator: hand-computed cases over a fixture cost table (not content/costs.yaml, which changes).
import { describe, expect, it } from 'vitest';
import type { CostRow } from '../../src/schemas/cost.ts';
import {
  estimate,
  NoPriceError,
  priceRowFor,
  roundHalfUp,
  scopesFor,
  type EstimateInput,
} from '../../src/lib/estimator/model.ts';
import { defaultInput, parseQuery, toQuery, validateField } from '../../src/lib/estimator/query.ts';
import { SEED_ROWS, row } from '../support/cost-rows.ts';
import { ESTIMATOR_WORDS_EN as EN } from '../../src/i18n/estimator-words/en.ts';
import { COST_WORDS_EN } from '../../src/i18n/cost-words/en.ts';

/** The estimator's notices in English. */
const WORDS = { tool: EN, cost: COST_WORDS_EN };

// The seed price ranges (whole dollars), plus two PRP rows of different years.
const ROWS: CostRow[] = [
  row({ id: 'prp-old-2015', therapy: 'prp', scope: 'per-injection', tier: 'any', low: 100, high: 200, dataYear: 2015 }),
  row({
    id: 'prp-2019',
    therapy: 'prp',
    scope: 'per-injection',
    tier: 'any',
    low: 500,
    high: 2500,
    dataYear: 2019,
    sources: ['prp-survey'],
    note: 'Phone survey.',
  }),
  ...SEED_ROWS,
];
// exosomes has no price row; it comes first so the default skips it.
const THERAPIES = ['exosomes', 'prp', 'bone-marrow-concentrate', 'adipose-cells'];
const NAMES = {
  prp: 'PRP',
  exosomes: 'Exosomes',
  'bone-marrow-concentrate': 'Bone marrow concentrate',
  'adipose-cells': 'Fat-derived cells',
};

const base: EstimateInput = {
  therapy: 'prp',
  scope: 'per-injection',
  areas: 1,
  sessions: 1,
  tier: 'lower-cost',
  consultCents: 0,
  imagingCents: 0,
  harvestCents: 0,
  imageGuidanceCents: 0,
  deductibleLeftCents: 0,
  coinsurancePct: 20,
  payment: { method: 'cash' },
};
const input = (over: Partial<EstimateInput>): EstimateInput => ({ ...base, ...over });
const flat = (v: number) => ({ low: v, typical: v, high: v });

describe('roundHalfUp', () => {
  it('rounds halves away from zero and everything else to the nearest whole number', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(2.4999)).toBe(2);
    expect(roundHalfUp(1234.5)).toBe(1235);
    expect(roundHalfUp(7)).toBe(7);
    expect(roundHalfUp(0.49999999999999994)).toBe(0); // Math.floor(x + 0.5) gets this one wrong
    expect(roundHalfUp(-0.4)).toBe(0); // not -0
  });
  it('refuses NaN and Infinity', () => {
    expect(() => roundHalfUp(Number.NaN)).toThrow(RangeError);
    expect(() => roundHalfUp(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('priceRowFor and scopesFor', () => {
  it('prefers the exact clinic type, then any, and the newest year', () => {
    expect(priceRowFor(ROWS, 'bone-marrow-concentrate', 'per-joint', 'established')).toMatchObject({
      row: { id: 'knee-established' },
      usedTier: 'established',
    });
    expect(priceRowFor(ROWS, 'prp', 'per-injection', 'established')).toMatchObject({
      row: { id: 'prp-2019' },
      usedTier: 'any',
    });
    expect(priceRowFor(ROWS, 'adipose-cells', 'per-joint', 'lower-cost')).toBeUndefined();
    expect(priceRowFor(ROWS, 'exosomes', 'per-injection', 'lower-cost')).toBeUndefined();
  });
  it('on a tie of years takes the row listed later', () => {
    const tie = [
      ...ROWS,
      row({ id: 'prp-2019-b', therapy: 'prp', scope: 'per-injection', tier: 'any', low: 1, high: 2, dataYear: 2019 }),
    ];
    expect(priceRowFor(tie, 'prp', 'per-injection', 'lower-cost')?.row.id).toBe('prp-2019-b');
  });
  it('lists the scopes a therapy has prices for, in the price table order', () => {
    expect(scopesFor([...ROWS].reverse(), 'bone-marrow-concentrate')).toEqual([
      'per-joint',
      'single-level-spine',
      'multi-level-spine',
      'multi-area-package',
    ]);
    expect(scopesFor(ROWS, 'exosomes')).toEqual([]);
  });
});

describe('estimate: treatment', () => {
  it('PRP $500–$2,500 per injection: one area, one session, no typical figure; any-clinic row with a note', () => {
    const e = estimate(base, ROWS);
    expect(e.lines).toEqual([
      {
        id: 'treatment',
        label: 'Treatment: 1 area × 1 session at $500–$2,500 each',
        amount: { low: 50_000, high: 250_000 },
        kind: 'treatment',
        costRowId: 'prp-2019',
        evidence: "one clinic's advertised prices, 2019",
        sources: ['prp-survey'],
        note: 'Phone survey.',
      },
    ]);
    expect(e.total).toEqual({ low: 50_000, high: 250_000 });
    expect(e.insuranceMayPay).toEqual(flat(0));
    expect(e.youPay).toEqual(e.total);
    expect(e.notes).toContain(
      'We have no separate price for lower-cost clinics, so this uses the range from all clinics.',
    );
    expect(e.hsa).toBeUndefined();
    expect(e.financing).toBeUndefined();
  });

  it('per-injection multiplies by areas × sessions', () => {
    const e = estimate(input({ areas: 2, sessions: 3 }), ROWS);
    expect(e.lines[0]?.label).toBe('Treatment: 2 areas × 3 sessions at $500–$2,500 each');
    expect(e.total).toEqual({ low: 300_000, high: 1_500_000 });
  });

  it('knee "stem cell" per joint: $3,500–$5,000 lower-cost, $6,000–$8,000 established, no fallback note', () => {
    const knee = input({ therapy: 'bone-marrow-concentrate', scope: 'per-joint', areas: 2 });
    const lower = estimate(knee, ROWS);
    expect(lower.lines[0]?.label).toBe('Treatment: 2 joints × 1 session at $3,500–$5,000 each');
    expect(lower.total).toEqual({ low: 700_000, high: 1_000_000 });
    expect(lower.lines[0]?.costRowId).toBe('knee-lower');
    expect(lower.notes.some((n) => n.includes('all clinics'))).toBe(false);
    const established = estimate({ ...knee, tier: 'established' }, ROWS);
    expect(established.total).toEqual({ low: 1_200_000, high: 1_600_000 });
    expect(established.lines[0]?.costRowId).toBe('knee-established');
  });

  it('spine and package prices already cover the areas: only sessions multiply, with a note', () => {
    const one = estimate(
      input({ therapy: 'bone-marrow-concentrate', scope: 'single-level-spine', areas: 3, sessions: 2 }),
      ROWS,
    );
    expect(one.total).toEqual({ low: 1_200_000, high: 2_000_000 });
    expect(one.lines[0]?.label).toBe('Treatment: 2 sessions at $6,000–$10,000 each (spine, one level)');
    expect(one.notes).toContain(
      'The price “Spine, one level” already covers the areas treated, so only the number of sessions changes the total.',
    );
    const several = estimate(input({ therapy: 'bone-marrow-concentrate', scope: 'multi-level-spine', areas: 4 }), ROWS);
    expect(several.total).toEqual({ low: 1_000_000, high: 2_000_000 });
    const pkg = estimate(input({ therapy: 'bone-marrow-concentrate', scope: 'multi-area-package', areas: 6 }), ROWS);
    expect(pkg.total).toEqual({ low: 1_500_000, typical: 2_000_000, high: 3_000_000 }); // the row's own typical
  });

  it('never makes up a typical figure: only a row that gives one has it, and it carries through every sum', () => {
    const odd = [
      row({ id: 'odd', therapy: 'prp', scope: 'per-injection', tier: 'any', low: 350, high: 1701, dataYear: 2020 }),
    ];
    const without = estimate(input({ consultCents: 10_000, payment: { method: 'hsa', taxRatePct: 22 } }), odd);
    for (const r of [without.lines[0]!.amount, without.total, without.youPay, without.hsa!.saving])
      expect(r).not.toHaveProperty('typical');
    const typical = [{ ...odd[0]!, typical: 897 }];
    const withTypical = estimate(input({ consultCents: 10_000, deductibleLeftCents: 100_000 }), typical);
    expect(withTypical.total).toEqual({ low: 45_000, typical: 99_700, high: 180_100 });
    expect(withTypical.youPay.typical).toBe(99_700);
  });

  it('throws NoPriceError in plain words when no row fits', () => {
    expect(() => estimate(input({ therapy: 'exosomes' }), ROWS)).toThrow(NoPriceError);
    expect(() => estimate(input({ therapy: 'adipose-cells', scope: 'per-joint', tier: 'lower-cost' }), ROWS)).toThrow(
      /no price/,
    );
    expect(() => estimate(input({ scope: 'per-joint' }), ROWS)).toThrow(NoPriceError);
  });

  it('refuses out-of-range input instead of returning NaN', () => {
    expect(() => estimate(input({ areas: 0 }), ROWS)).toThrow(RangeError);
    expect(() => estimate(input({ sessions: 1.5 }), ROWS)).toThrow(RangeError);
    expect(() => estimate(input({ consultCents: -1 }), ROWS)).toThrow(RangeError);
    expect(() => estimate(input({ deductibleLeftCents: Number.NaN }), ROWS)).toThrow(RangeError);
    expect(() =>
      estimate(input({ payment: { method: 'financing', promoMonths: 12, aprPct: 32.95, termMonths: 24 } }), ROWS),
    ).toThrow(/APR/);
    expect(() => estimate(input({ payment: { method: 'hsa', taxRatePct: 51 } }), ROWS)).toThrow(/tax rate/);
  });
});

describe('estimate: extras and insurance', () => {
  // Knee, lower-cost clinic, one joint: $3,500–$5,000 (no typical figure).
  const knee = input({
    therapy: 'bone-marrow-concentrate',
    scope: 'per-joint',
    consultCents: 20_000,
    imagingCents: 80_000,
    harvestCents: 100_000,
    imageGuidanceCents: 30_000,
    deductibleLeftCents: 50_000,
    coinsurancePct: 20,
  });

  it('adds the quoted extras as lines and works out what insurance may pay', () => {
    const e = estimate(knee, ROWS);
    expect(e.lines.map((l) => [l.id, l.kind, l.amount.low])).toEqual([
      ['treatment', 'treatment', 350_000],
      ['consult', 'insurance-may-pay', 20_000],
      ['imaging', 'insurance-may-pay', 80_000],
      ['harvest', 'insurance-may-pay', 100_000],
      ['guidance', 'extra', 30_000],
    ]);
    expect(e.total).toEqual({ low: 580_000, high: 730_000 });
    // X = $2,000. Reader: $500 deductible + 20% of $1,500 = $800. Insurance may pay $1,200.
    expect(e.insuranceMayPay).toEqual(flat(120_000));
    expect(e.youPay).toEqual({ low: 460_000, high: 610_000 });
  });

  it('leaves out extras entered as 0', () => {
    expect(estimate(input({ imagingCents: 5_000 }), ROWS).lines.map((l) => l.id)).toEqual(['treatment', 'imaging']);
  });

  it('insurance pays nothing while the deductible is not met, or at 100% coinsurance', () => {
    expect(estimate({ ...knee, deductibleLeftCents: 300_000 }, ROWS).insuranceMayPay).toEqual(flat(0));
    expect(estimate({ ...knee, deductibleLeftCents: 0, coinsurancePct: 100 }, ROWS).insuranceMayPay).toEqual(flat(0));
    expect(estimate({ ...knee, deductibleLeftCents: 0, coinsurancePct: 0 }, ROWS).insuranceMayPay).toEqual(
      flat(200_000),
    );
  });

  it('image guidance alone is never something insurance may pay', () => {
    const e = estimate(input({ imageGuidanceCents: 40_000, deductibleLeftCents: 0, coinsurancePct: 0 }), ROWS);
    expect(e.insuranceMayPay).toEqual(flat(0));
    expect(e.total.low).toBe(90_000);
  });

  it('rounds the coinsurance share half up, to the reader', () => {
    // 1% of 150 cents = 1.5 → the reader pays 2 cents, insurance 148.
    expect(estimate(input({ consultCents: 150, coinsurancePct: 1 }), ROWS).insuranceMayPay).toEqual(flat(148));
  });
});

describe('estimate: paying', () => {
  it('HSA/FSA: saving = what you pay × tax rate', () => {
    const e = estimate(input({ payment: { method: 'hsa', taxRatePct: 22 } }), ROWS);
    expect(e.hsa).toEqual({
      saving: { low: 11_000, high: 55_000 },
      taxRatePct: 22,
      extraTax: { low: 10_000, high: 50_000 },
    });
  });

  it('financing with no promotion: the standard amortized payment ($5,000 at 24% over 12 months is $472.80)', () => {
    // PRP, 2 areas: you pay $1,000 / $3,000 / $5,000. r = 2% a month; factor 0.02 / (1 − 1.02^−12) = 0.0945596.
    const e = estimate(
      input({ areas: 2, payment: { method: 'financing', promoMonths: 0, aprPct: 24, termMonths: 12 } }),
      ROWS,
    );
    expect(e.financing).toEqual({
      promoMonths: 0,
      aprPct: 24,
      termMonths: 12,
      monthlyInPromo: { low: 0, high: 0 },
      deferredInterest: { low: 0, high: 0 },
      monthlyAfter: { low: 9_456, high: 47_280 },
      missByOne: { low: 0, high: 0 },
      trueZeroByOne: { low: 0, high: 0 },
    });
    expect(e.notes.some((n) => n.includes('runs from the start'))).toBe(true);
  });

  it('deferred interest: monthly to clear it in the promotion, interest charged back, and the payment after', () => {
    const e = estimate(
      input({ areas: 2, payment: { method: 'financing', promoMonths: 12, aprPct: 24, termMonths: 12 } }),
      ROWS,
    );
    expect(e.financing?.monthlyInPromo).toEqual({ low: 8_334, high: 41_667 }); // $1,000 / 12 = $83.33⅓ → $83.34
    expect(e.financing?.deferredInterest).toEqual({ low: 24_000, high: 120_000 }); // 24% for a year
    // $6,200 at 24% over 12 months: 6,200 × 0.0945596 = $586.27
    expect(e.financing?.monthlyAfter).toEqual({ low: 11_725, high: 58_627 });
    expect(e.notes.some((n) => n.startsWith('Deferred interest is an upper-bound estimate'))).toBe(true);
  });

  it('an APR with one decimal: 32.9% for 6 months is 16.45% of the amount', () => {
    const e = estimate(input({ payment: { method: 'financing', promoMonths: 6, aprPct: 32.9, termMonths: 10 } }), ROWS);
    expect(e.financing?.deferredInterest.low).toBe(8_225); // $500 × 16.45% = $82.25
    expect(e.financing?.aprPct).toBe(32.9);
  });

  it('0% APR divides evenly over the term, rounded once', () => {
    const e = estimate(input({ payment: { method: 'financing', promoMonths: 0, aprPct: 0, termMonths: 7 } }), ROWS);
    expect(e.financing?.monthlyAfter).toEqual({ low: 7_143, high: 35_714 }); // 50,000 / 7 = 7,142.86
  });
});

describe('query string', () => {
  const parse = (s: string) => parseQuery(s, THERAPIES, ROWS, WORDS, NAMES);

  it('defaults: the first therapy with a price, its first scope, cash', () => {
    expect(defaultInput(THERAPIES, ROWS)).toEqual(base);
    expect(parse('')).toEqual({ input: base, notices: [] });
    expect(parse('?')).toEqual({ input: base, notices: [] });
    // A clinic type the table has for the therapy's first scope.
    expect(defaultInput(['adipose-cells'], ROWS)).toMatchObject({
      therapy: 'adipose-cells',
      scope: 'per-joint',
      tier: 'established',
    });
    expect(() => defaultInput(['exosomes'], ROWS)).toThrow(NoPriceError);
  });

  it('reads every parameter, money in whole dollars', () => {
    const r = parse(
      '?therapy=bone-marrow-concentrate&scope=per-joint&areas=2&sessions=3&tier=established&consult=150&imaging=$1,200&harvest=900&guidance=300&deductible=500&coinsurance=30&pay=financing&promo=18&apr=26.9&term=36',
    );
    expect(r.notices).toEqual([]);
    expect(r.input).toEqual({
      therapy: 'bone-marrow-concentrate',
      scope: 'per-joint',
      areas: 2,
      sessions: 3,
      tier: 'established',
      consultCents: 15_000,
      imagingCents: 120_000,
      harvestCents: 90_000,
      imageGuidanceCents: 30_000,
      deductibleLeftCents: 50_000,
      coinsurancePct: 30,
      payment: { method: 'financing', promoMonths: 18, aprPct: 26.9, termMonths: 36 },
    });
    expect(parse('pay=hsa&tax=24').input.payment).toEqual({ method: 'hsa', taxRatePct: 24 });
    expect(parse('pay=hsa').input.payment).toEqual({ method: 'hsa', taxRatePct: 22 });
    expect(parse('pay=financing').input.payment).toEqual({
      method: 'financing',
      promoMonths: 12,
      aprPct: 27,
      termMonths: 24,
    });
  });

  it('round trips, with a stable order and defaults left out', () => {
    const x = parse(
      'term=36&apr=26.9&promo=18&pay=financing&scope=per-joint&therapy=bone-marrow-concentrate&areas=2&utm_source=clinic',
    ).input;
    expect(toQuery(x)).toBe(
      'therapy=bone-marrow-concentrate&scope=per-joint&areas=2&pay=financing&promo=18&apr=26.9&term=36',
    );
    expect(parse(toQuery(x))).toEqual({ input: x, notices: [] });
    expect(toQuery(base)).toBe('therapy=prp&scope=per-injection');
    const hsa = input({
      tier: 'established',
      consultCents: 25_000,
      coinsurancePct: 0,
      payment: { method: 'hsa', taxRatePct: 22 },
    });
    expect(toQuery(hsa)).toBe(
      'therapy=prp&scope=per-injection&tier=established&consult=250&coinsurance=0&pay=hsa&tax=22',
    );
    expect(parse(`?${toQuery(hsa)}`).input).toEqual(hsa);
  });

  it('ignores utm_* and other unknown parameters without a notice', () => {
    expect(parse('utm_source=newsletter&utm_medium=email&utm_campaign=knee&fbclid=abc&therapy=prp')).toEqual({
      input: base,
      notices: [],
    });
  });

  it('empty values take the default silently (a form left blank)', () => {
    expect(parse('therapy=&areas=&consult=&pay=')).toEqual({ input: base, notices: [] });
  });

  it('malformed values fall back to defaults with one plain notice each', () => {
    const r = parse('therapy=unknown&areas=abc&sessions=99&pay=bitcoin');
    expect(r.input).toEqual(base);
    expect(r.notices).toEqual([
      'We did not recognize the treatment “unknown”, so we show PRP.',
      'We could not use “abc” as the number of areas (1 to 6), so we use 1.',
      'We could not use “99” as the number of sessions (1 to 10), so we use 1.',
      'We did not recognize the way to pay “bitcoin”, so we show paying in cash.',
    ]);
    expect(parse('areas=99').notices).toEqual(['We could not use “99” as the number of areas (1 to 6), so we use 1.']);
    expect(parse('pay=financing&apr=-5').input.payment).toEqual({
      method: 'financing',
      promoMonths: 12,
      aprPct: 27,
      termMonths: 24,
    });
    expect(parse('pay=financing&apr=-5').notices).toEqual([
      'We could not use “-5” as the interest rate (APR) (0 to 40 percent, at most one decimal), so we use 27%.',
    ]);
    expect(parse('pay=financing&apr=32.95').notices).toHaveLength(1);
    // tax is not read when paying cash
    expect(parse('consult=1e3&deductible=-1&coinsurance=101&tax=9').notices).toHaveLength(3);
  });

  it('a scope or clinic type the therapy has no price for falls back, with a notice', () => {
    const scope = parse('therapy=prp&scope=multi-level-spine');
    expect(scope.input.scope).toBe('per-injection');
    expect(scope.notices).toEqual([
      'We have no “Spine, several levels” price for PRP, so we show the “Per injection” price.',
    ]);
    expect(parse('scope=knee').notices).toEqual([
      'We did not recognize the kind of price “knee”, so we show the “Per injection” price.',
    ]);
    const tier = parse('therapy=adipose-cells&scope=per-joint&tier=lower-cost');
    expect(tier.input.tier).toBe('established');
    expect(tier.notices).toEqual([
      'We have no price from lower-cost clinics for this, so we show established or academic centres.',
    ]);
    expect(parse('tier=cheap').notices).toHaveLength(1);
    // No tier asked for: the one the table has, without a notice.
    expect(parse('therapy=adipose-cells')).toMatchObject({ input: { tier: 'established' }, notices: [] });
  });

  it('a therapy without prices falls back, saying so', () => {
    expect(parse('therapy=exosomes').notices).toEqual(['We have no prices for Exosomes yet, so we show PRP.']);
    expect(parseQuery('therapy=nope', THERAPIES, ROWS, WORDS).notices).toEqual([
      'We did not recognize the treatment “nope”, so we show prp.',
    ]);
  });

  it('quotes at most 40 characters of what was in the URL', () => {
    const [n] = parse(`therapy=${'x'.repeat(500)}`).notices;
    expect(n).toBe(`We did not recognize the treatment “${'x'.repeat(39)}…”, so we show PRP.`);
  });

  it('is lenient about case, spaces and a percent sign', () => {
    expect(parse('therapy=PRP&pay=HSA&tax=%2024%25&coinsurance=25%25').input).toMatchObject({
      therapy: 'prp',
      coinsurancePct: 25,
      payment: { method: 'hsa', taxRatePct: 24 },
    });
  });
});

describe('validateField', () => {
  it('returns a plain message for a bad value and nothing for a good one', () => {
    expect(validateField('sessions', '3', EN)).toBeUndefined();
    expect(validateField('sessions', '11', EN)).toBe('Enter a number of sessions from 1 to 10');
    expect(validateField('sessions', '', EN)).toBe('Enter a number of sessions from 1 to 10');
    expect(validateField('areas', '2.5', EN)).toBe('Enter a number of areas from 1 to 6');
    expect(validateField('tax', '60', EN)).toBe('Enter a tax rate from 0 to 50 percent');
    expect(validateField('coinsurance', '-1', EN)).toBe('Enter a coinsurance from 0 to 100 percent');
    expect(validateField('promo', '61', EN)).toBe('Enter a promotion length from 0 to 60 months');
    expect(validateField('term', '0', EN)).toBe('Enter a repayment time from 1 to 120 months');
    expect(validateField('apr', '32.9', EN)).toBeUndefined();
    expect(validateField('apr', '32.95', EN)).toBe(
      'Enter an interest rate (APR) from 0 to 40 percent, with at most one decimal',
    );
    expect(validateField('consult', '150.50', EN)).toBe('Enter an amount in whole dollars, 0 or more');
    expect(validateField('consult', 'abc', EN)).toBe('Enter an amount in whole dollars, 0 or more');
    expect(validateField('consult', '$1,500', EN)).toBeUndefined();
    expect(validateField('consult', '', EN)).toBeUndefined(); // blank = not on the quote
    expect(validateField('deductible', '2000000', EN)).toBe('Enter an amount of $1,000,000 or less');
    expect(validateField('therapy', 'anything', EN)).toBeUndefined(); // not a typed field
  });
});
