/**
 * content/costs.yaml: dated cash-price ranges, like a rates table. Append new rows with a new year
 * rather than editing old ones, so every estimate stays traceable to a dated source.
 */
import { z } from 'astro/zod';
import { slug, sourceIds } from './common.ts';

/** What one price covers. */
export const costScope = z.enum([
  'per-injection',
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

export const costRowSchema = z
  .object({
    /** Stable row id, e.g. `prp-per-injection-2019`. */
    id: slug,
    /** The therapy slug (content/therapies/<slug>.mdx). */
    therapy: slug,
    /** What the price covers. */
    scope: costScope,
    /** Clinic type the range describes. Default `any`. */
    tier: costTier.default('any'),
    /** Lowest price seen, whole US dollars. */
    low: z.number().int().nonnegative(),
    /** Highest price seen, whole US dollars (at least `low`). */
    high: z.number().int().positive(),
    /** A typical (mean or median) price when the source gives one, whole US dollars. */
    typical: z.number().int().positive().optional(),
    /** Always USD; stated so nobody has to guess. */
    currency: z.literal('USD').default('USD'),
    /** The year the prices were collected or published. */
    year: z.number().int().min(2000).max(2100),
    /** Where the range comes from. */
    sources: sourceIds,
    /** Plain note shown with the range ("plus the cost of imaging"). */
    note: z.string().optional(),
  })
  .refine((r) => r.high >= r.low, { message: 'high must be at least low', path: ['high'] })
  .refine((r) => r.typical === undefined || (r.typical >= r.low && r.typical <= r.high), {
    message: 'typical must lie between low and high',
    path: ['typical'],
  });

export const costsFileSchema = z.array(costRowSchema);

export type CostRow = z.infer<typeof costRowSchema>;
