/**
 * content/medicare-rates.yaml: Original Medicare's public figures for the covered cases, so the estimator can
 * work out what a reader owes for a covered service: the year's Part B deductible and coinsurance, what each
 * Medigap plan letter pays, the public payment amounts for covered services (with their year, the release
 * they were read in and how sure we are), and the amounts we could not find, with whom to ask. Money is
 * integer cents.
 */
import { z } from 'astro/zod';
import { slug, sourceIds } from './common.ts';

const cents = z.number().int().nonnegative().max(100_000_000);
const year = z.number().int().min(2000).max(2100);
/** primary = read in the document or an exact copy; secondary = read in a summary or a copy of a table. */
const confidence = z.enum(['primary', 'secondary']);

/** One standard Medigap plan letter and what it pays toward Part B cost-sharing. */
export const medigapPlan = z.object({
  /** The plan letter: "G". */
  letter: z.string().regex(/^[A-N]$/, 'must be one plan letter, A to N'),
  /** Share of the Part B coinsurance the plan pays, in percent (K 50, L 75, most 100). */
  coinsurancePaidPct: z.number().int().min(0).max(100),
  /** Whether the plan pays the Part B deductible (only C and F). */
  paysDeductible: z.boolean(),
  /** A copay the reader may still owe for some office visits (Plan N: up to $20), in cents. */
  copayUpToCents: cents.optional(),
});

/** A covered service with a public national payment amount. */
export const medicareService = z.object({
  /** Stable id, also the estimator's URL value: `knee-shot-20610`. */
  id: slug,
  /** The therapy page it belongs to. */
  therapy: slug,
  /** The covered use, completing "covered for …": "knee arthritis, if you meet Medicare's rules". */
  use: z.string().min(5),
  /** What the amount pays for, in plain words, with the code: "Giving the shot in the knee (CPT 20610)". */
  label: z.string().min(5),
  /** The national payment amount for one unit, in cents, before the local adjustment. */
  amountCents: cents.refine((c) => c > 0, 'must be more than 0'),
  /** What one unit is: a service, or a square centimeter of graft. */
  unit: z.enum(['service', 'square-cm']),
  /** When the figure is rounded or disputed (say "about"). */
  approximate: z.boolean().default(false),
  /** The calendar year the amount applies to. */
  year,
  /**
   * The published release the amount was read in, with its quarter or date, in plain words: "CMS relative
   * value file RVU26C, July 2026 release". CMS republishes its payment files every quarter, so an amount is
   * only as current as the release it came from; the reader sees this beside the amount.
   */
  release: z.string().min(5),
  /** Where it is paid: a doctor's office (non-facility) or a hospital outpatient department. */
  setting: z.enum(['office', 'hospital-outpatient']),
  confidence,
  sources: sourceIds,
  /** Plain note shown with the amount (what is not included, what may differ). */
  note: z.string().optional(),
});

/** A part of a covered case with no public rate we could read, and whom to ask. */
export const medicareNoRate = z.object({
  therapy: slug,
  /** What has no rate: "the gel itself (codes J7318 to J7332)". */
  what: z.string().min(5),
  /** Whom to ask and what to ask for, in plain words. */
  ask: z.string().min(10),
});

export const medicareRatesSchema = z.object({
  /** The year the deductible applies to. */
  year,
  deductible: z.object({ amountCents: cents, confidence, sources: sourceIds }),
  coinsurance: z.object({ pct: z.number().int().min(0).max(100), confidence, sources: sourceIds }),
  medigap: z.object({ plans: z.array(medigapPlan).min(1), confidence, sources: sourceIds }),
  /** Sources for what QMB and Medicaid change. */
  qmbSources: sourceIds,
  services: z.array(medicareService),
  noRate: z.array(medicareNoRate).default([]),
});

export type MedicareRates = z.infer<typeof medicareRatesSchema>;
export type MedicareService = z.infer<typeof medicareService>;
export type MedigapPlan = z.infer<typeof medigapPlan>;
