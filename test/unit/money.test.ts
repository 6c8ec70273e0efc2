// Issue #13, "money you can trust": the words beside every price, which row the estimator trusts, floors,
// series, the cost of missing a promotion by one payment, and what Original Medicare leaves you to pay.
// Hand-computed cases over fixture rows, then fast-check properties of the Medicare cost-sharing maths.
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CostRow } from '../../src/schemas/cost.ts';
import type { MedigapPlan } from '../../src/schemas/medicare-rate.ts';
import { bestRow, compareRows, evidenceWords, priceWords } from '../../src/lib/costs/evidence.ts';
import { costSharing, secondPayerFor, type SecondPayer } from '../../src/lib/costs/medicare.ts';
import { estimate, rowChoices, rowsFor, type EstimateInput, type SeriesTable } from '../../src/lib/estimator/model.ts';
import { defaultInput, parseQuery, toQuery } from '../../src/lib/estimator/query.ts';
import { medicareEstimate, medicareQuery, medicareView, parseMedicare } from '../../src/lib/estimator/medicare.ts';
import { seriesShotsByService, seriesTable } from '../../src/lib/estimator/series.ts';
import { toHtml } from '../../src/lib/format/tree.ts';
import { estimateHtml, rangeText, usd } from '../../src/lib/estimator/view.ts';
import { loadContentOnce } from '../support/content.ts';
import { ROOT } from '../support/fixtures.ts';
import { MIAMI, SEED_ROWS, evidenceRows, row } from '../support/cost-rows.ts';
import { outcomeDataFrom } from '../support/flows.ts';
import { flowPages } from '../../src/lib/flow/pages.ts';
import { outcomeView } from '../../src/lib/flow/outcome-view.ts';
import { ESTIMATOR_WORDS_EN as EN } from '../../src/i18n/estimator-words/en.ts';
import { COST_WORDS_EN } from '../../src/i18n/cost-words/en.ts';
import { ESTIMATOR_WORDS } from '../../src/i18n/estimator-words.ts';
import { localizedMedicareRates } from '../../src/lib/i18n/localize.ts';

/** The estimator's notices in English. */
const WORDS = { tool: EN, cost: COST_WORDS_EN };
/** The price list's labels in English. */
const CHOICE = { cost: COST_WORDS_EN, row: EN.row };

const ROWS: CostRow[] = [
  row({ id: 'prp-ad-2026', therapy: 'prp', scope: 'per-injection', tier: 'any', low: 500, high: 2500, dataYear: 2026 }),
  // A newer clinic ad with another scope must not beat the survey for the default scope.
  row({
    id: 'prp-treatment-ad',
    therapy: 'prp',
    scope: 'per-treatment',
    tier: 'any',
    low: 500,
    high: 2500,
    dataYear: 2027,
  }),
  ...evidenceRows('unspecified-stem-cells'),
  row({
    id: 'flat-3000',
    therapy: 'prolotherapy',
    scope: 'per-course',
    tier: 'any',
    low: 3000,
    high: 3000,
    dataYear: 2022,
  }),
];
const THERAPIES = ['prp', 'unspecified-stem-cells', 'prolotherapy'];
const HSA_GUIDE = '/guides/paying-for-treatment/#hsa-fsa-and-hra-money';
const base: EstimateInput = { ...defaultInput(THERAPIES, ROWS) };
const input = (over: Partial<EstimateInput>): EstimateInput => ({ ...base, ...over });

describe('the words beside a price', () => {
  it('say what kind of evidence it is and the year of the prices, or that the year is not stated', () => {
    expect(evidenceWords({ evidence: 'survey', sample: MIAMI, dataYear: null })).toBe(
      'a survey of 91 orthopedic offices in Miami-Dade County, Florida; year of the prices not stated',
    );
    expect(
      evidenceWords({
        evidence: 'survey',
        sample: { count: 273, unit: 'clinics', place: 'across the US', priced: 65 },
        dataYear: 2017,
      }),
    ).toBe('a 2017 survey of 273 clinics across the US (65 gave a price)');
    // A count worked out from the study's percentages says "about".
    expect(
      evidenceWords({ evidence: 'survey', sample: { ...MIAMI, priced: 27, pricedEstimated: true }, dataYear: null }),
    ).toBe(
      'a survey of 91 orthopedic offices in Miami-Dade County, Florida (about 27 gave a price); year of the prices not stated',
    );
    expect(evidenceWords({ evidence: 'clinic-ad', dataYear: 2025 })).toBe("one clinic's advertised prices, 2025");
    expect(evidenceWords({ evidence: 'clinic-ad', dataYear: null })).toBe(
      "one clinic's advertised prices; year of the prices not stated",
    );
    expect(evidenceWords({ evidence: 'article', dataYear: null })).toBe(
      "an article's estimate; year of the prices not stated",
    );
    expect(evidenceWords({ evidence: 'fee-schedule', dataYear: 2026 })).toBe('a public fee schedule, 2026');
  });

  it('never call an advertisement or an article a survey', () => {
    for (const evidence of ['clinic-ad', 'article', 'fee-schedule'] as const)
      for (const dataYear of [null, 2020])
        expect(evidenceWords({ evidence, dataYear, sample: MIAMI })).not.toMatch(/survey/i);
  });

  it('show a floor as "from $X", never as a range', () => {
    expect(priceWords({ low: 2000, floor: true })).toBe('from $2,000');
    expect(priceWords({ low: 350, high: 1700, floor: false })).toBe('$350–$1,700');
  });
});

describe('which price row the estimator trusts', () => {
  it('prefers survey > fee schedule > clinic ad > article, then the newest data year, unknown years last', () => {
    const r = (evidence: CostRow['evidence'], dataYear: number | null) => ({ evidence, dataYear });
    expect(compareRows(r('survey', null), r('clinic-ad', 2026))).toBeLessThan(0);
    expect(compareRows(r('fee-schedule', 2010), r('clinic-ad', 2026))).toBeLessThan(0);
    expect(compareRows(r('clinic-ad', null), r('article', 2027))).toBeLessThan(0);
    expect(compareRows(r('survey', 2017), r('survey', null))).toBeLessThan(0);
    expect(compareRows(r('survey', 2019), r('survey', 2017))).toBeLessThan(0);
    expect(compareRows(r('article', 2020), r('article', 2020))).toBe(0);
    // On a tie, the row listed later in the file.
    expect(
      bestRow([
        { id: 'a', ...r('article', 2020) },
        { id: 'b', ...r('article', 2020) },
      ])?.id,
    ).toBe('b');
  });

  it('starts each therapy at the scope of its most trusted row, and uses that row', () => {
    expect(base).toMatchObject({ therapy: 'prp', scope: 'per-injection' });
    expect(base.row).toBeUndefined();
    expect(rowsFor(ROWS, 'prp', 'per-injection', 'lower-cost').rows.map((r) => r.id)).toEqual([
      'prp-survey',
      'prp-ad-2026',
      'prp-article',
    ]);
    const e = estimate(base, ROWS);
    expect(e.lines[0]?.costRowId).toBe('prp-survey');
    expect(e.lines[0]?.evidence).toBe(
      'a survey of 91 orthopedic offices in Miami-Dade County, Florida; year of the prices not stated',
    );
    expect(e.youPay).toEqual({ low: 35_000, typical: 89_700, high: 170_000 });
  });

  it('lets the reader switch rows, keeps the choice in the link, and falls back with a notice', () => {
    const chosen = parseQuery('therapy=prp&scope=per-injection&row=prp-ad-2026', THERAPIES, ROWS, WORDS);
    expect(chosen).toEqual({ input: input({ row: 'prp-ad-2026' }), notices: [] });
    expect(estimate(chosen.input, ROWS).lines[0]?.costRowId).toBe('prp-ad-2026');
    expect(toQuery(chosen.input)).toBe('therapy=prp&scope=per-injection&row=prp-ad-2026');
    expect(toQuery(base)).toBe('therapy=prp&scope=per-injection'); // the trusted row needs no parameter
    const wrong = parseQuery('therapy=prp&scope=per-injection&row=flat-3000', THERAPIES, ROWS, WORDS);
    expect(wrong.input).toEqual(base);
    expect(wrong.notices).toEqual(['We have no price source “flat-3000” for this, so we use the price we trust most.']);
    // A row id that is not this scope's is ignored by the model too.
    expect(estimate(input({ row: 'flat-3000' }), ROWS).lines[0]?.costRowId).toBe('prp-survey');
  });
});

describe('the price list lists every row of the treatment, with what it covers and its evidence', () => {
  it('first the rows for what is picked (the trusted one first), then every other row in reading order', () => {
    const { picked, others } = rowChoices(ROWS, 'prp', 'per-injection', 'lower-cost', CHOICE);
    expect(picked.map((c) => [c.value, c.row.id])).toEqual([
      ['', 'prp-survey'],
      ['prp-ad-2026', 'prp-ad-2026'],
      ['prp-article', 'prp-article'],
    ]);
    expect(others.map((c) => c.value)).toEqual(['prp-treatment-ad', 'prp-series']);
    expect([...picked, ...others].map((c) => c.label)).toEqual([
      '$350–$1,700 (per injection): a survey of 91 orthopedic offices in Miami-Dade County, Florida; ' +
        'year of the prices not stated (the one we trust most)',
      "$500–$2,500 (per injection): one clinic's advertised prices, 2026",
      "$100–$900 (per injection): an article's estimate, 2027",
      "$500–$2,500 (per treatment): one clinic's advertised prices, 2027",
      "$900–$1,500 (per series of injections): one clinic's advertised prices, 2024",
    ]);
    // Every row of the treatment is there once; no row of another treatment.
    const all = [...picked, ...others].map((c) => c.row.id).sort();
    expect(all).toEqual(
      ROWS.filter((r) => r.therapy === 'prp')
        .map((r) => r.id)
        .sort(),
    );
  });

  it('names the clinic type of a row priced for one kind of clinic', () => {
    const { picked, others } = rowChoices(SEED_ROWS, 'bone-marrow-concentrate', 'per-joint', 'lower-cost', CHOICE);
    expect(picked.map((c) => c.label)).toEqual([
      "$3,500–$5,000 (per joint, lower-cost clinics): one clinic's advertised prices, 2023 (the one we trust most)",
    ]);
    expect(others[0]?.label).toBe(
      "$6,000–$8,000 (per joint, established or academic centres): one clinic's advertised prices, 2023",
    );
  });

  it('a row of another kind of price brings what is treated and the clinic type with it, in the link too', () => {
    const other = parseQuery('therapy=prp&scope=per-injection&row=prp-treatment-ad', THERAPIES, ROWS, WORDS);
    expect(other).toEqual({ input: input({ scope: 'per-treatment', row: 'prp-treatment-ad' }), notices: [] });
    expect(estimate(other.input, ROWS).lines[0]?.costRowId).toBe('prp-treatment-ad');
    expect(parseQuery(toQuery(other.input), THERAPIES, ROWS, WORDS)).toEqual(other);
    const bmc = parseQuery(
      'therapy=bone-marrow-concentrate&scope=single-level-spine&row=knee-established',
      ['bone-marrow-concentrate'],
      SEED_ROWS,
      WORDS,
    ).input;
    expect(bmc).toMatchObject({ scope: 'per-joint', tier: 'established', row: 'knee-established' });
    expect(estimate(bmc, SEED_ROWS).lines[0]?.costRowId).toBe('knee-established');
  });
});

describe('floors and series', () => {
  it('a floor gives an open range: "from $4,000" for two joints, never a top figure', () => {
    const e = estimate(input({ therapy: 'unspecified-stem-cells', scope: 'per-joint', areas: 2 }), ROWS);
    expect(e.lines[0]?.label).toBe('Treatment: 2 joints × 1 session from $2,000 each');
    expect(e.total).toEqual({ low: 400_000, high: 400_000, open: true });
    expect(e.youPay).toEqual({ low: 400_000, high: 400_000, open: true });
    expect(rangeText(e.youPay)).toBe('from $4,000');
    const html = estimateHtml(e, (id) => ({ id, label: id, href: `#${id}` }), HSA_GUIDE);
    expect(html).toContain('You may pay <strong data-you-pay="400000-">from $4,000</strong>');
    expect(html).not.toMatch(/\$4,000–/);
    expect(e.notes).toContain(
      'This source gives only a starting price, so the estimate says where prices start, not what most people pay.',
    );
  });

  it('a series is costed as a series, per area: 2 knees × 1 series at $900–$1,500', () => {
    const e = estimate(input({ scope: 'per-series', areas: 2 }), ROWS);
    expect(e.lines[0]?.label).toBe('Treatment: 2 areas × 1 series at $900–$1,500 each');
    expect(e.total).toEqual({ low: 180_000, high: 300_000 });
    expect(estimate(input({ scope: 'per-series', sessions: 2 }), ROWS).lines[0]?.label).toBe(
      'Treatment: 1 area × 2 series at $900–$1,500 each',
    );
  });

  it('a price per shot or per treatment says to count the shots of a series', () => {
    expect(estimate(base, ROWS).notes).toContain(
      'This price is per injection. Ask the clinic whether you will need a series. If so, set the number of sessions to the number of shots.',
    );
    expect(estimate(input({ scope: 'per-series' }), ROWS).notes.some((n) => n.includes('need a series'))).toBe(false);
  });
});

describe('HSA or FSA money for something that is not medical care', () => {
  const hsa = estimate(
    input({ therapy: 'prolotherapy', scope: 'per-course', payment: { method: 'hsa', taxRatePct: 22 } }),
    ROWS,
  );

  it('works out the 20% extra tax on what you pay: $600 on $3,000, beside the $660 saving at 22%', () => {
    expect(hsa.hsa).toEqual({
      saving: { low: 66_000, high: 66_000 },
      taxRatePct: 22,
      extraTax: { low: 60_000, high: 60_000 },
    });
    // PRP from the survey: $350–$1,700, typical $897, so 20% is $70–$340, typical $179.40.
    expect(estimate(input({ payment: { method: 'hsa', taxRatePct: 10 } }), ROWS).hsa?.extraTax).toEqual({
      low: 7_000,
      typical: 17_940,
      high: 34_000,
    });
  });

  it('says so in words: income tax, the extra 20% before 65 and when not, with a link to the guide', () => {
    const html = estimateHtml(hsa, (id) => ({ id, label: id, href: `#${id}` }), HSA_GUIDE);
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('may save you $660 in tax, if the treatment counts as medical care');
    expect(text).toContain('If it does not count as medical care, there is no saving.');
    expect(text).toContain('HSA money you spend on it anyway is taxed as income.');
    expect(text).toContain('Before age 65 you also owe an extra 20% tax on it: $600 more here.');
    expect(text).toContain('The extra tax does not apply once you are 65, or if you are disabled.');
    expect(html).toContain(`<a href="${HSA_GUIDE}">What HSA, FSA and HRA money can pay for</a>`);
    // Only when paying from an account.
    expect(estimateHtml(estimate(base, ROWS), (id) => ({ id, label: id, href: id }), HSA_GUIDE)).not.toContain(
      'data-hsa',
    );
  });
});

describe('a treatment given as a series is costed as a series', () => {
  const SERIES: SeriesTable = { prp: { shots: 3, note: 'In the trial, people got 3 shots.' } };
  const link = (id: string) => ({ id, label: id, href: `#${id}` });

  it('starts from the whole series where the price is per shot or per treatment, else from one session', () => {
    expect(defaultInput(THERAPIES, ROWS, SERIES)).toEqual({ ...base, sessions: 3 });
    expect(defaultInput(['prolotherapy'], ROWS, SERIES).sessions).toBe(1);
    expect(parseQuery('therapy=prp', THERAPIES, ROWS, WORDS, undefined, SERIES).input.sessions).toBe(3);
    expect(
      parseQuery('therapy=prp&scope=per-treatment', THERAPIES, ROWS, WORDS, undefined, SERIES).input.sessions,
    ).toBe(3);
    expect(parseQuery('therapy=prp&scope=per-series', THERAPIES, ROWS, WORDS, undefined, SERIES).input.sessions).toBe(
      1,
    );
    expect(parseQuery('therapy=prp&sessions=1', THERAPIES, ROWS, WORDS, undefined, SERIES).input.sessions).toBe(1);
    expect(parseQuery('therapy=prp&sessions=99', THERAPIES, ROWS, WORDS, undefined, SERIES).notices).toEqual([
      'We could not use “99” as the number of sessions (1 to 10), so we use 3.',
    ]);
  });

  it('keeps the number of shots in the link only when it is not the series, and reads it back', () => {
    expect(toQuery(input({ sessions: 3 }), SERIES)).toBe('therapy=prp&scope=per-injection');
    expect(toQuery(input({ sessions: 1 }), SERIES)).toBe('therapy=prp&scope=per-injection&sessions=1');
    for (const scope of ['per-injection', 'per-treatment', 'per-series'] as const)
      for (let sessions = 1; sessions <= 10; sessions++) {
        const x = input({ scope, sessions });
        expect(parseQuery(toQuery(x, SERIES), THERAPIES, ROWS, WORDS, undefined, SERIES)).toEqual({
          input: x,
          notices: [],
        });
      }
  });

  it('3 PRP shots at $350–$1,700 (average $897): $1,050–$5,100, about $2,691, with per shot and per series', () => {
    const e = estimate(input({ sessions: 3 }), ROWS, SERIES['prp']);
    expect(e.lines[0]?.label).toBe('Treatment: 1 area × a series of 3 shots at $350–$1,700 each');
    expect(e.total).toEqual({ low: 105_000, typical: 269_100, high: 510_000 });
    expect(e.series).toEqual({
      shots: 3,
      perShot: { low: 35_000, typical: 89_700, high: 170_000 },
      perSeries: { low: 105_000, typical: 269_100, high: 510_000 },
      perTreatment: false,
    });
    expect(e.notes).toContain(
      'In the trial, people got 3 shots. We count a series of 3 shots. ' +
        'Ask the clinic how many shots you will need, and change the number of sessions to match.',
    );
    expect(e.notes.some((n) => n.includes('whether you will need a series'))).toBe(false);
    const html = estimateHtml(e, link, HSA_GUIDE);
    expect(html).toContain(
      'One shot costs <strong>about $897 ($350–$1,700)</strong>. ' +
        'A series of 3 shots costs <strong>about $2,691 ($1,050–$5,100)</strong> in each area treated.',
    );
    // Two knees: the series in each.
    expect(estimate(input({ sessions: 3, areas: 2 }), ROWS, SERIES['prp']).total.high).toBe(1_020_000);
  });

  it('a price "per treatment" is counted per shot, and the note gives the price if it is the whole series', () => {
    const e = estimate(input({ scope: 'per-treatment', sessions: 3 }), ROWS, SERIES['prp']);
    expect(e.lines[0]?.label).toBe('Treatment: 1 area × a series of 3 shots at $500–$2,500 each');
    expect(e.series?.perTreatment).toBe(true);
    expect(e.notes).toContain(
      'The source prices a “treatment” and does not say if that is one shot or the whole series. ' +
        'We count it as one shot. If it is the whole series, the series costs $500–$2,500 for each area.',
    );
    expect(estimateHtml(e, link, HSA_GUIDE)).toContain(
      'One shot costs <strong>$500–$2,500</strong>, if the price is for one shot.',
    );
  });

  it('one shot, a price per series, or a treatment not given as a series: no series figures', () => {
    const one = estimate(input({ sessions: 1 }), ROWS, SERIES['prp']);
    expect(one.lines[0]?.label).toBe('Treatment: 1 area × 1 shot at $350–$1,700 each');
    expect(one.series).toBeUndefined();
    expect(estimate(input({ scope: 'per-series' }), ROWS, SERIES['prp']).series).toBeUndefined();
    expect(estimate(input({ sessions: 3 }), ROWS).series).toBeUndefined();
    expect(estimate(input({ sessions: 3 }), ROWS).lines[0]?.label).toBe(
      'Treatment: 1 area × 3 sessions at $350–$1,700 each',
    );
  });

  it('the content gives PRP and gel shots a series of 3, with words and sources; gel under Medicare too', () => {
    const table = seriesTable(catalog.therapies);
    expect(Object.keys(table).sort()).toEqual(['hyaluronic-acid', 'prp']);
    for (const t of catalog.therapies.filter((x) => x.series)) {
      expect(t.series!.shots, t.slug).toBe(3);
      expect(t.series!.sources.length, t.slug).toBeGreaterThan(0);
      expect(table[t.slug]?.note).toBe(t.series!.note);
    }
    expect(seriesShotsByService(catalog.therapies)).toEqual({ 'knee-shot-20610': 3, 'knee-shot-20611': 3 });
  });

  it('under Medicare, a gel shot starts from the series: 3 × the shot fee, "For a series of 3 shots"', () => {
    const shots = seriesShotsByService(catalog.therapies);
    const fee = RATES.services.find((x) => x.id === 'knee-shot-20610')!.amountCents;
    const m = parseMedicare('mcare=knee-shot-20610&mded=0', RATES, EN, shots).input!;
    expect(m.qty).toBe(3);
    expect(medicareQuery(m, RATES, shots)).toBe('mcare=knee-shot-20610&mded=0');
    expect(medicareQuery({ ...m, qty: 1 }, RATES, shots)).toBe('mcare=knee-shot-20610&mqty=1&mded=0');
    const r = medicareEstimate(m, RATES, shots)!;
    expect(r.allowedCents).toBe(3 * fee);
    expect(r.sharing.withMedicareOnly).toBe(Math.round((3 * fee * 20) / 100));
    const text = (x: typeof r) =>
      toHtml(medicareView(x, RATES, (id) => ({ label: id, href: `#${id}` }), '/abn/', EN)).replace(/<[^>]+>/g, '');
    expect(text(r)).toContain(`For a series of 3 shots, the approved amount is ${usd(3 * fee)}.`);
    // A service not given as a series keeps its own count and words.
    const wound = parseMedicare('mcare=prp-wound-g0465', RATES, EN, shots).input!;
    expect(wound.qty).toBe(1);
    expect(text(medicareEstimate(wound, RATES, shots)!)).toContain('For 1 service, the approved amount');
  });
});

describe('financing: missing the end of a promotion by one payment', () => {
  const fin = (loanAprPct?: number) =>
    estimate(
      input({
        therapy: 'prolotherapy',
        scope: 'per-course',
        payment: {
          method: 'financing',
          promoMonths: 12,
          aprPct: 27,
          termMonths: 24,
          ...(loanAprPct ? { loanAprPct } : {}),
        },
      }),
      ROWS,
    ).financing!;

  it('$3,000, 12 months at 27%: the last $250 late charges back $438.75; a true 0% plan about $5.63 a month', () => {
    // Balances $3,000, $2,750, … $250 add up to $19,500; 27% / 12 = 2.25% of that is $438.75.
    expect(fin().missByOne).toEqual({ low: 43_875, high: 43_875 });
    // $250 × 2.25% = $5.625, rounded half up.
    expect(fin().trueZeroByOne).toEqual({ low: 563, high: 563 });
    expect(fin().loan).toBeUndefined();
  });

  it('a personal loan at 12% over the same 12 months costs $198.56 in interest', () => {
    // 3,000 × 0.01 / (1 − 1.01^−12) = 266.5464 a month; × 12 = 3,198.5564.
    expect(fin(12).loan).toEqual({ aprPct: 12, months: 12, interest: { low: 19_856, high: 19_856 } });
  });

  it('says it in words, and keeps the loan rate in the link', () => {
    const x = input({
      therapy: 'prolotherapy',
      scope: 'per-course',
      payment: { method: 'financing', promoMonths: 12, aprPct: 27, termMonths: 24, loanAprPct: 12 },
    });
    const text = estimateHtml(estimate(x, ROWS), (id) => ({ id, label: id, href: `#${id}` }), HSA_GUIDE).replace(
      /<[^>]+>/g,
      '',
    );
    expect(text).toContain('but the last payment is late, you would pay $439 more in deferred interest');
    expect(text).toContain('On a true 0% plan, the same late payment would cost $6 more for each month');
    expect(text).toContain('A personal loan at 12% paid off over 12 months would cost $199 in interest in all.');
    expect(toQuery(x)).toContain('&loan=12');
    expect(parseQuery(toQuery(x), THERAPIES, ROWS, WORDS)).toEqual({ input: x, notices: [] });
  });
});

const { catalog } = loadContentOnce(join(ROOT, 'content'), ROOT);
const RATES = catalog.medicareRates!;
const plan = (letter: string): MedigapPlan => RATES.medigap.plans.find((p) => p.letter === letter)!;

describe('the price rows in content/costs.yaml and their sources', () => {
  const source = (id: string) => catalog.sources.find((s) => s.id === id)!;

  it('were checked on or after the day each row was read, so the page never shows an older check', () => {
    for (const r of catalog.costs)
      for (const id of r.sources) expect(source(id).checked >= r.read, `${r.id}: ${id}`).toBe(true);
  });

  it('never date a clinic ad or an article by the year we read it ("Reviewed 2026")', () => {
    const weak = catalog.costs.filter((r) => r.evidence === 'clinic-ad' || r.evidence === 'article');
    expect(weak.length).toBeGreaterThan(5);
    for (const r of weak)
      for (const id of r.sources) expect(source(id).dateLabel, `${r.id}: ${id}`).not.toBe('reviewed');
  });

  it('count the Miami offices that priced a shot as "about", since the study gives only percentages', () => {
    const miami = catalog.costs.filter((r) => r.sources.includes('alcerro-jaaos-2019'));
    expect(miami.map((r) => [r.id, r.sample?.priced, r.sample?.pricedEstimated])).toEqual([
      ['prp-per-injection-miami-2019', 27, true],
      ['stem-cell-knee-miami-2019', 9, true],
    ]);
    for (const r of miami) expect(evidenceWords(r)).toMatch(/\(about \d+ gave a price\)/);
  });
});

describe('Original Medicare cost-sharing (hand-computed, 2026 figures)', () => {
  const owe = (allowedCents: number, deductibleLeftCents: number, second: SecondPayer = { kind: 'none' }) =>
    costSharing({ allowedCents, deductibleLeftCents, coinsurancePct: 20, second });

  it('reads the 2026 Part B deductible and the 20% from the content', () => {
    expect(RATES.deductible.amountCents).toBe(28_300);
    expect(RATES.coinsurance.pct).toBe(20);
  });

  it('a $68.81 knee shot: all of it while the deductible is not met, 20% ($13.76) once it is', () => {
    expect(owe(6_881, 28_300)).toMatchObject({ deductiblePart: 6_881, coinsurancePart: 0, medicarePays: 0 });
    expect(owe(6_881, 0)).toMatchObject({ coinsurancePart: 1_376, medicarePays: 5_505, withMedicareOnly: 1_376 });
  });

  it('10 cm² of skin substitute at the corrected 2026 rate, $127.14: 20% is $254.28', () => {
    expect(RATES.services.find((s) => s.id === 'skin-substitute-per-cm2')?.amountCents).toBe(12_714);
    expect(owe(127_140, 0).owed).toEqual({ low: 25_428, high: 25_428 });
  });

  it("reads the 2026 national office amounts from CMS's July 2026 relative value file (RVU26C)", () => {
    const amount = (id: string) => RATES.services.find((s) => s.id === id)!;
    // Total relative value units × the 2026 conversion factor $33.4009, to the cent.
    expect(amount('knee-shot-20610').amountCents).toBe(Math.round(2.06 * 3_340.09)); // $68.81
    expect(amount('knee-shot-20611').amountCents).toBe(Math.round(3.12 * 3_340.09)); // $104.21
    expect(amount('prp-wound-g0465').amountCents).toBe(Math.round(31.84 * 3_340.09)); // $1,063.48
    for (const id of ['knee-shot-20610', 'knee-shot-20611', 'prp-wound-g0465']) {
      expect(amount(id)).toMatchObject({ year: 2026, confidence: 'primary' });
      expect(amount(id).release).toMatch(/RVU26C, July 2026/);
    }
  });

  it('$1,063.48 for PRP on a diabetic wound (2026) with the whole $283 deductible left, and each second payer', () => {
    const plain = owe(106_348, 28_300);
    // $283 deductible, then 20% of $780.48 = $156.096 → $156.10.
    expect(plain).toMatchObject({ deductiblePart: 28_300, coinsurancePart: 15_610, withMedicareOnly: 43_910 });
    expect(plain.medicarePays).toBe(62_438);
    const gap = (letter: string) => owe(106_348, 28_300, { kind: 'medigap', plan: plan(letter) }).owed;
    expect(gap('F')).toEqual({ low: 0, high: 0 });
    expect(gap('G')).toEqual({ low: 28_300, high: 28_300 });
    expect(gap('K')).toEqual({ low: 28_300 + 7_805, high: 28_300 + 7_805 }); // K pays half the 20%
    // L pays three quarters: 75% of $156.10 = $117.075 → $117.08, so $39.02 is left.
    expect(gap('L')).toEqual({ low: 28_300 + 3_902, high: 28_300 + 3_902 });
    expect(gap('N')).toEqual({ low: 28_300, high: 30_300 }); // up to a $20 office copay
    expect(owe(106_348, 28_300, { kind: 'qmb' }).owed).toEqual({ low: 0, high: 0 });
    expect(owe(106_348, 28_300, { kind: 'medicaid' }).owed).toEqual({ low: 0, high: 43_910 });
  });

  it('refuses amounts that are not whole cents', () => {
    expect(() => owe(68.81, 0)).toThrow(RangeError);
    expect(() => owe(-1, 0)).toThrow(RangeError);
  });

  it('the estimator section: parses, links and works out the same figures', () => {
    const { input: m, notices } = parseMedicare('mcare=knee-shot-20610&mqty=2&mother=300&mded=0&gap=g', RATES, EN);
    expect(notices).toEqual([]);
    expect(m).toEqual({ service: 'knee-shot-20610', qty: 2, otherCents: 30_000, deductibleLeftCents: 0, gap: 'g' });
    const r = medicareEstimate(m!, RATES)!;
    expect(r.allowedCents).toBe(2 * 6_881 + 30_000);
    expect(r.sharing.withMedicareOnly).toBe(8_752); // 20% of $437.62 = $87.524
    expect(r.sharing.owed).toEqual({ low: 0, high: 0 }); // Plan G once the deductible is met
    expect(medicareQuery(m, RATES)).toBe('mcare=knee-shot-20610&mqty=2&mother=300&mded=0&gap=g');
    expect(parseMedicare('mcare=knee-shot-20610', RATES, EN).input?.deductibleLeftCents).toBe(28_300);
    expect(parseMedicare('mcare=nope', RATES, EN)).toEqual({
      notices: ['We did not recognize the Medicare-covered service in the link, so we leave that part out.'],
    });
    expect(parseMedicare('mcare=knee-shot-20610&gap=z', RATES, EN).notices).toHaveLength(1);
  });

  it('in Spanish: the same figures, in Spanish words, with the sources marked as English', () => {
    const ES = ESTIMATOR_WORDS.es;
    const rates = localizedMedicareRates(RATES, 'es', catalog.es.medicareRates);
    expect(rates.services.map((s) => s.amountCents)).toEqual(RATES.services.map((s) => s.amountCents));
    const q = 'mcare=prp-wound-g0465&gap=n';
    const { input: m } = parseMedicare(q, rates, ES);
    expect(m).toEqual(parseMedicare(q, RATES, EN).input);
    const link = (id: string) => ({ label: id, href: `#${id}` });
    const html = toHtml(medicareView(medicareEstimate(m!, rates)!, rates, link, '/es/abn/', ES));
    const text = html.replace(/<[^>]+>/g, '');
    // $1,063.48 with the whole $283 deductible left: $283 + 20% of $780.48 = $439.10;
    // Plan N: $283, or $303 with its copay.
    expect(text).toContain('El monto nacional de Medicare de 2026 por PRP para una herida por diabetes');
    expect(text).toContain('es $1,063.48 por servicio, en un consultorio médico');
    expect(text).toContain(
      'Para 1 servicio, el monto aprobado es $1,063.48. Solo con Medicare Original, usted pagaría $439.10',
    );
    expect(text).toContain('Con el Plan Medigap N, usted pagaría entre $283 y $303');
    expect(text).toContain('Aviso Anticipado al Beneficiario');
    expect(text).not.toMatch(/\b(you|the|would|with)\b/);
    expect(html).toMatch(/<a href="#cms-pfs-rvu26c" lang="en-US">/);
    expect(parseMedicare('mcare=nope', rates, ES).notices).toEqual([
      'No reconocimos el servicio cubierto por Medicare que trae el enlace, así que dejamos fuera esa parte.',
    ]);
    expect(parseMedicare('mcare=knee-shot-20610&mqty=0', rates, ES).notices).toEqual([
      'No pudimos usar el número de inyecciones o centímetros cuadrados que trae el enlace (de 1 a 1000), así que usamos el valor inicial.',
    ]);
  });
});

describe('Original Medicare cost-sharing, for any amount (fast-check)', () => {
  const second: fc.Arbitrary<SecondPayer> = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.constant({ kind: 'qmb' as const }),
    fc.constant({ kind: 'medicaid' as const }),
    fc.constantFrom(...RATES.medigap.plans).map((p) => ({ kind: 'medigap' as const, plan: p })),
  );
  const cents = fc.integer({ min: 0, max: 100_000_000 });

  it('owed is never negative, never above what Medicare alone leaves, which is never above the amount', () => {
    fc.assert(
      fc.property(cents, cents, fc.integer({ min: 0, max: 100 }), second, (a, d, pct, s) => {
        const c = costSharing({ allowedCents: a, deductibleLeftCents: d, coinsurancePct: pct, second: s });
        expect(0 <= c.owed.low && c.owed.low <= c.owed.high && c.owed.high <= c.withMedicareOnly).toBe(true);
        expect(c.withMedicareOnly).toBeLessThanOrEqual(a);
        expect(c.medicarePays + c.withMedicareOnly).toBe(a);
        expect(c.secondPays.low + c.owed.high).toBe(c.withMedicareOnly);
        for (const v of [c.deductiblePart, c.coinsurancePart, c.medicarePays, c.owed.low, c.owed.high])
          expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('Medigap F owes nothing, G only the deductible part, every plan at most Medicare alone; QMB owes nothing', () => {
    fc.assert(
      fc.property(cents, cents, (a, d) => {
        const c = (s: SecondPayer) =>
          costSharing({ allowedCents: a, deductibleLeftCents: d, coinsurancePct: 20, second: s });
        const plain = c({ kind: 'none' });
        expect(c({ kind: 'medigap', plan: plan('F') }).owed).toEqual({ low: 0, high: 0 });
        expect(c({ kind: 'medigap', plan: plan('G') }).owed).toEqual({
          low: plain.deductiblePart,
          high: plain.deductiblePart,
        });
        for (const p of RATES.medigap.plans)
          expect(c({ kind: 'medigap', plan: p }).owed.high).toBeLessThanOrEqual(plain.withMedicareOnly);
        expect(c({ kind: 'medigap', plan: plan('K') }).owed.low).toBeGreaterThanOrEqual(
          c({ kind: 'medigap', plan: plan('L') }).owed.low,
        );
        expect(c({ kind: 'qmb' }).owed).toEqual({ low: 0, high: 0 });
      }),
      { numRuns: 1000 },
    );
  });

  it('more deductible left never lowers what you owe, and a bigger amount never lowers it either', () => {
    fc.assert(
      fc.property(cents, cents, cents, second, (a, d1, d2, s) => {
        const o = (allowedCents: number, d: number) =>
          costSharing({ allowedCents, deductibleLeftCents: d, coinsurancePct: 20, second: s }).withMedicareOnly;
        expect(o(a, Math.max(d1, d2))).toBeGreaterThanOrEqual(o(a, Math.min(d1, d2)));
        expect(o(a + d1, d2)).toBeGreaterThanOrEqual(o(a, d2));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads every second payer a link can name', () => {
    expect(secondPayerFor('', RATES)).toEqual({ kind: 'none' });
    expect(secondPayerFor('QMB', RATES)).toEqual({ kind: 'qmb' });
    expect(secondPayerFor('g', RATES)).toEqual({ kind: 'medigap', plan: plan('G') });
    expect(secondPayerFor('e', RATES)).toBeUndefined(); // no Plan E is sold
  });
});

describe('covered Original Medicare outcomes lead to what the reader would owe, not to a cash price', () => {
  const flow = catalog.flows.find((f) => f.id === 'will-insurance-pay')!;
  const data = outcomeDataFrom(catalog);
  const steps = (path: string) => {
    const page = flowPages(flow.id, flow).find((p) => p.path.endsWith(`/${path}/`))!;
    return outcomeView(flow, page, data).nextSteps.map((s) => s.href ?? '');
  };

  it('PRP for a diabetic wound, gel shots in the knee and skin-substitute grafts link the Medicare section', () => {
    for (const [path, service] of [
      ['treatment/prp/prp-use/wound/plan/original-medicare', 'prp-wound-g0465'],
      ['treatment/hyaluronic-acid/gel-use/knee/plan/original-medicare', 'knee-shot-20610'],
      ['treatment/amniotic-membrane-grafts/graft-use/wound/plan/original-medicare', 'skin-substitute-per-cm2'],
    ] as const) {
      expect(steps(path), path).toContain(`/estimate/?mcare=${service}#medicare-rates`);
      expect(
        steps(path).filter((h) => h.startsWith('/estimate/?therapy=')),
        path,
      ).toEqual([]);
    }
  });

  it('an outcome Medicare does not cover, or another payer, still links the cash estimate', () => {
    expect(steps('treatment/prp/prp-use/joints/plan/original-medicare')).toContain('/estimate/?therapy=prp');
    expect(steps('treatment/hyaluronic-acid/gel-use/other-joint/plan/original-medicare')).toContain(
      '/estimate/?therapy=hyaluronic-acid',
    );
    expect(steps('treatment/prp/prp-use/wound/plan/original-medicare').some((h) => h.includes('mcare='))).toBe(true);
    expect(
      flowPages(flow.id, flow)
        .filter((p) => p.kind === 'outcome' && !p.path.endsWith('/original-medicare/'))
        .flatMap((p) => outcomeView(flow, p, data).nextSteps)
        .filter((s) => s.href?.includes('mcare=')),
    ).toEqual([]);
  });
});
