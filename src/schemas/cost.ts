/**
 * content/costs.yaml: dated cash-price ranges, like a rates table. Append new rows rather than editing old
 * ones, so every estimate stays traceable to a dated source. Each row says what kind of evidence it is and
 * the year its prices are from (or that the year is unknown), kept apart from the day we read it, because a
 * clinic's undated article read in 2026 is not a 2026 price.
 */
import { z } from 'astro/zod';
import { isoDate, slug, sourceIds } from './common.ts';

/** What one price covers, as the source says it. */
export const costScope = z.enum([
  'per-injection',
  'per-treatment',
  'per-series',
  'per-joint',
  'single-level-spine',
  'multi-level-spine',
  'multi-area-package',
  'per-application',
  'per-course',
  'per-visit',
]);

/** Which kind of clinic the range describes. `any` when the source does not split by clinic type. */
export const costTier = z.enum(['any', 'lower-cost', 'established']);

/**
 * What kind of evidence a price is, strongest first: a peer-reviewed or government survey of many
 * clinics; a public fee schedule or rate; one clinic's own advertised prices; an article's claim.
 */
export const costEvidence = z.enum(['survey', 'fee-schedule', 'clinic-ad', 'article']);

/** The most a price may be, in whole dollars: anything above is a typing error. */
export const MAX_PRICE_DOLLARS = 1_000_000;
const dollars = z.number().int().nonnegative().max(MAX_PRICE_DOLLARS);

/**
 * The most clinics or offices a survey may have asked: more than the country has of any kind, so a
 * larger number (9,007,199,254,740,991 once passed) is a typing error.
 */
export const MAX_SAMPLE = 100_000;
const clinics = z.number().int().positive().max(MAX_SAMPLE);

/** Who was asked, for a survey: "91 orthopedic offices" "in Miami-Dade County, Florida". */
export const costSample = z
  .object({
    /** How many clinics or offices were asked (or reached). */
    count: clinics,
    /** What they were, plural: "orthopedic offices", "clinics". */
    unit: z.string().min(3),
    /** Where, as a phrase that follows the count: "in Miami-Dade County, Florida", "across the US". */
    place: z.string().min(3),
    /** How many of them gave a price, when fewer than were asked. */
    priced: clinics.optional(),
    /**
     * True when `priced` is our own arithmetic from the study's percentages (91 offices × 36% offered PRP ×
     * 81% of those gave a price ≈ 27), not a count the study states: shown as "about 27".
     */
    pricedEstimated: z.boolean().optional(),
  })
  .strict(); // strict: an unquoted comma in YAML's { … } would otherwise drop half a place name silently

export const costRowSchema = z
  .object({
    /** Stable row id, e.g. `prp-per-injection-miami-2019`. */
    id: slug,
    /**
     * The therapy slug (content/therapies/<slug>.mdx), or `unspecified-stem-cells` for "stem cell" prices whose source
     * does not say which cells (shown as a group of their own, src/lib/costs/evidence.ts).
     */
    therapy: slug,
    /** What the price covers, as the source words it: per injection, per treatment, per joint, per series. */
    scope: costScope,
    /** Clinic type the range describes. Default `any`. */
    tier: costTier.default('any'),
    /** What kind of evidence the price is. */
    evidence: costEvidence,
    /** Who was asked, for a survey (count, kind of clinic, place). */
    sample: costSample.optional(),
    /** Lowest price seen, or the starting price of a floor, whole US dollars. */
    low: dollars,
    /** Highest price seen, whole US dollars (at least `low`). Left out only for a floor. */
    high: dollars.positive().optional(),
    /**
     * True when the source gives only a starting price ("from $2,000", "as low as"): shown as "from $2,000",
     * never as a range. A floor has no `high`.
     */
    floor: z.boolean().default(false),
    /** A typical (mean or median) price when the source gives one, whole US dollars. */
    typical: dollars.positive().optional(),
    /** Always USD; stated so nobody has to guess. */
    currency: z.literal('USD').default('USD'),
    /**
     * The year the prices were collected, or null when the source does not say. Required, so an unknown
     * year is a choice someone made, never a field forgotten.
     */
    dataYear: z
      .number({
        error: (iss) =>
          iss.input === undefined
            ? 'is required: the year of the prices, or null when the source does not say'
            : 'must be a year such as 2019, or null',
      })
      .int()
      .min(2000)
      .max(2100)
      .nullable(),
    /** The day we read the prices in the source (not the year of the prices). */
    read: isoDate,
    /** Where the range comes from. */
    sources: sourceIds,
    /** Plain note shown with the range ("plus the cost of imaging"). */
    note: z.string().optional(),
  })
  .refine((r) => r.floor || r.high !== undefined, {
    message: 'needs a high price, or floor: true for a "from $X" price',
    path: ['high'],
  })
  .refine((r) => !r.floor || r.high === undefined, {
    message: 'a floor ("from $X") has no high price',
    path: ['high'],
  })
  .refine((r) => r.high === undefined || r.high >= r.low, { message: 'high must be at least low', path: ['high'] })
  .refine((r) => r.typical === undefined || (r.typical >= r.low && (r.high === undefined || r.typical <= r.high)), {
    message: 'typical must lie between low and high',
    path: ['typical'],
  })
  .refine((r) => r.evidence !== 'survey' || r.sample !== undefined, {
    message: 'a survey row needs its sample (count, unit, place)',
    path: ['sample'],
  })
  .refine((r) => r.sample?.priced === undefined || r.sample.priced <= r.sample.count, {
    message: 'priced cannot be more than count',
    path: ['sample', 'priced'],
  })
  .refine((r) => !r.sample?.pricedEstimated || r.sample.priced !== undefined, {
    message: 'pricedEstimated needs the estimated number in priced',
    path: ['sample', 'pricedEstimated'],
  });

export const costsFileSchema = z.array(costRowSchema);

export type CostRow = z.infer<typeof costRowSchema>;
export type CostEvidence = z.infer<typeof costEvidence>;
