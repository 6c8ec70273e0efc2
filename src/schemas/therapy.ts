/** content/therapies/<slug>.mdx frontmatter: one treatment. The MDX body explains it in plain words. */
import { z } from 'astro/zod';
import { pageBase, slug, sourceIds, order } from './common.ts';

/** A billing code the reader may see on a quote, bill or denial letter. */
export const billingCode = z.object({
  /** The code as printed: "0232T", "J7325", "Q4100-Q4299". */
  code: z.string().min(3),
  /** The code set it belongs to. */
  system: z.enum(['CPT', 'HCPCS', 'ICD-10-CM', 'ICD-10-PCS']),
  /** What it means, in plain words. */
  meaning: z.string().min(5),
  /** Where the meaning (and any coverage note) comes from. */
  sources: sourceIds,
});

/** A use that insurers do pay for, and the conditions. */
export const coveredException = z.object({
  /** The use, in plain words: "Chronic diabetic foot ulcers that have not healed with standard care". */
  text: z.string().min(10),
  /** Conditions a payer usually sets, in plain words. */
  conditions: z.array(z.string().min(3)).default([]),
  /** Sources for the exception and its conditions. */
  sources: sourceIds,
});

/**
 * A treatment usually given as a series of shots (PRP, gel shots): how many shots an estimate counts as one
 * series, and where that number comes from. The estimator starts from it where a price is per shot or per
 * treatment (src/lib/estimator/model.ts), so a series is costed as a series.
 */
export const treatmentSeries = z
  .object({
    /** The number of shots an estimate counts as one series: the estimator's starting number of sessions. */
    shots: z.number().int().min(2).max(10),
    /**
     * Plain words shown with the estimate: where the number comes from and what to ask ("In the 2021 knee
     * trial, people got 3 shots a week apart.").
     */
    note: z.string().min(10),
    /** Where the number comes from. */
    sources: sourceIds,
    /**
     * Original Medicare services (content/medicare-rates.yaml ids) paid once for each shot of the series, so the
     * Medicare estimate starts from the same number of shots.
     */
    medicare: z.array(slug).default([]),
  })
  .strict();

export const therapySchema = pageBase.extend({
  /**
   * FDA status in one plain sentence ("Devices that prepare PRP are cleared; the injection itself is not
   * approved for joints.").
   */
  fdaStatus: z.object({
    /** Short label for tables: "Device cleared", "Not approved", "Approved (BLA)", "Section 361 HCT/P". */
    label: z.string().min(3),
    /** One or two plain sentences. */
    detail: z.string().min(10),
    /** Sources for the FDA status. */
    sources: sourceIds,
  }),
  /** Billing codes the reader may see. */
  codes: z.array(billingCode).default([]),
  /** Uses that are covered, with conditions. Empty if none. */
  coveredExceptions: z.array(coveredException).default([]),
  /** Questions to ask the clinic before paying. */
  askTheClinic: z.array(z.string().min(5)).default([]),
  /**
   * The use most readers ask about, in words that complete "for …": "joint, tendon or back pain". Coverage
   * entries apply to it unless their indication is listed under `otherUses`; badges and summaries say so.
   */
  commonUse: z.string().min(3),
  /**
   * Other uses some payers treat differently (often the rare covered exception), each with the coverage
   * indications (content/coverage/*.yaml `indication`) that mean it. Listed after the common use.
   */
  otherUses: z
    .array(
      z.object({
        /** Completes "for …": "chronic diabetic wounds". */
        label: z.string().min(3),
        /** Coverage entry indications that are this use; each must exist in this therapy's entries. */
        indications: z.array(slug).min(1),
      }),
    )
    .default([]),
  /** When the treatment is usually given as a series of shots: how many an estimate counts, and why. */
  series: treatmentSeries.optional(),
  /** Order in lists (lower first); ties sort by title. */
  order,
});

export type Therapy = z.infer<typeof therapySchema>;
export type TreatmentSeries = z.infer<typeof treatmentSeries>;
export type TherapyWithSlug = Therapy & { slug: string };
