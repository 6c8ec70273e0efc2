/** Fixture price rows for estimator tests: the seed ranges in whole dollars (not content/costs.yaml, which changes). */
import type { CostRow } from '../../src/schemas/cost.ts';

/** A row with the usual defaults: one clinic's advertised prices, not a floor, read on 2026-11-30. */
export const row = (
  r: Omit<CostRow, 'currency' | 'sources' | 'evidence' | 'floor' | 'read'> &
    Partial<Pick<CostRow, 'sources' | 'evidence' | 'floor' | 'read'>>,
): CostRow => ({
  currency: 'USD',
  sources: ['seed-source'],
  evidence: 'clinic-ad',
  floor: false,
  read: '2026-11-30',
  ...r,
});

/** Knee "stem cell" by clinic type, spine one and several levels, a multi-area package, and one fat-cell row. */
export const SEED_ROWS: CostRow[] = [
  row({
    id: 'knee-lower',
    therapy: 'bone-marrow-concentrate',
    scope: 'per-joint',
    tier: 'lower-cost',
    low: 3500,
    high: 5000,
    dataYear: 2023,
  }),
  row({
    id: 'knee-established',
    therapy: 'bone-marrow-concentrate',
    scope: 'per-joint',
    tier: 'established',
    low: 6000,
    high: 8000,
    dataYear: 2023,
  }),
  row({
    id: 'spine-one',
    therapy: 'bone-marrow-concentrate',
    scope: 'single-level-spine',
    tier: 'any',
    low: 6000,
    high: 10000,
    dataYear: 2023,
  }),
  row({
    id: 'spine-several',
    therapy: 'bone-marrow-concentrate',
    scope: 'multi-level-spine',
    tier: 'any',
    low: 10000,
    high: 20000,
    dataYear: 2023,
  }),
  row({
    id: 'package',
    therapy: 'bone-marrow-concentrate',
    scope: 'multi-area-package',
    tier: 'any',
    low: 15000,
    high: 30000,
    typical: 20000,
    dataYear: 2023,
  }),
  row({
    id: 'fat-established',
    therapy: 'adipose-cells',
    scope: 'per-joint',
    tier: 'established',
    low: 7000,
    high: 9000,
    dataYear: 2024,
  }),
];

/** Who the Miami phone survey asked (Alcerro & Lavernia 2019), for survey fixture rows. */
export const MIAMI = { count: 91, unit: 'orthopedic offices', place: 'in Miami-Dade County, Florida' };

/**
 * PRP per injection from three kinds of evidence (a survey with no data year, a newer article), a PRP
 * series, and a floor ("from $2,000" per joint) for `floorTherapy`: for row choice, series and floors.
 */
export const evidenceRows = (floorTherapy: string): CostRow[] => [
  row({
    id: 'prp-survey',
    therapy: 'prp',
    scope: 'per-injection',
    tier: 'any',
    evidence: 'survey',
    sample: MIAMI,
    low: 350,
    high: 1700,
    typical: 897,
    dataYear: null,
  }),
  row({
    id: 'prp-article',
    therapy: 'prp',
    scope: 'per-injection',
    tier: 'any',
    evidence: 'article',
    low: 100,
    high: 900,
    dataYear: 2027,
  }),
  row({ id: 'prp-series', therapy: 'prp', scope: 'per-series', tier: 'any', low: 900, high: 1500, dataYear: 2024 }),
  row({
    id: 'cells-floor',
    therapy: floorTherapy,
    scope: 'per-joint',
    tier: 'any',
    evidence: 'article',
    floor: true,
    low: 2000,
    high: undefined,
    dataYear: null,
  }),
];
