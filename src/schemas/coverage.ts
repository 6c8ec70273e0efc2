/**
 * content/coverage/<payer>.yaml: what one payer does for each therapy (and indication where it
 * matters). Every coverage table, matrix cell, coverage page and search filter is generated from these
 * entries, so no coverage fact is typed twice.
 */
import { z } from 'astro/zod';
import { isoDate, reviewMonths, slug, sourceIds } from './common.ts';

/**
 * The closed set of statuses, from most to least favourable. Wording for readers lives in
 * src/lib/coverage/status.ts.
 * - `covered`: paid when ordinary plan rules are met.
 * - `covered-with-criteria`: paid only when the listed criteria are met (often with prior authorization).
 * - `case-by-case`: no fixed rule; the payer decides each request.
 * - `not-medically-necessary`: the payer's policy has a rule against paying and calls the treatment "not
 *   medically necessary" (not "investigational"), e.g. the Blue Cross Blue Shield Association policy 2.01.31
 *   on knee gel shots. Ranked above investigational because the payer's reason is about need, which the
 *   reader's own records can address in an appeal; use it only where the policy itself uses these words.
 * - `not-covered-investigational`: the payer's policy calls it experimental, investigational or unproven.
 * - `excluded`: the plan or program does not pay for it at all, whatever the evidence.
 * - `unknown`: we could not find a policy we can source; the entry says what to ask.
 */
export const coverageStatus = z.enum([
  'covered',
  'covered-with-criteria',
  'case-by-case',
  'not-medically-necessary',
  'not-covered-investigational',
  'excluded',
  'unknown',
]);

export const coverageEntrySchema = z.object({
  /** Therapy slug (content/therapies/<slug>.mdx). */
  therapy: slug,
  /**
   * What the treatment is for, when the payer treats uses differently ("diabetic-wounds" vs "joints").
   * Omit when one answer fits every use. Used in the page anchor.
   */
  indication: slug.optional(),
  /**
   * The indication in plain words for headings and tables ("chronic diabetic wounds"). Required with `indication`.
   * Without one, it replaces the therapy's common use in "for …" when the entry answers for more than that use
   * (Anthem's PRP policy covers wounds and joints alike).
   */
  indicationLabel: z.string().min(3).optional(),
  /**
   * When the entry is about one kind of plan the payer sells rather than all of them (Humana's Medicare
   * Advantage plans), the plan group (content/plan-groups.yaml) it belongs to; otherwise the payer's kind
   * decides.
   */
  planGroup: slug.optional(),
  /** The status, from the closed set above. */
  status: coverageStatus,
  /** One sentence a patient can act on ("No. Cigna calls PRP injections for joints unproven."). */
  answer: z.string().min(20).max(300),
  /** The conditions the payer sets, one per item, in plain words. Empty when there are none. */
  criteria: z.array(z.string().min(3)).default([]),
  /**
   * Source id of the payer's own policy document, when there is one. Never on an `unknown` entry: the content
   * check refuses it there (what an unknown entry relies on goes in `sources`, and its note says what to ask).
   */
  policy: slug.optional(),
  /** A plain explanation: why this status, what varies, what to ask for in writing. */
  note: z.string().min(20),
  /** Source ids backing this entry (include `policy` again if it is the main source). */
  sources: sourceIds,
  /** When we last checked this entry against its sources (YYYY-MM-DD). Never in the future. */
  checked: isoDate,
  /** Months until the entry is due for its next review (default 12). */
  reviewMonths,
});

/** One file per payer: the payer slug once, then its entries. */
export const coverageFileSchema = z
  .object({
    /** Payer slug (content/payers/<slug>.mdx) every entry in this file belongs to. */
    payer: slug,
    /** The entries. A therapy may appear more than once only with different indications. */
    entries: z.array(coverageEntrySchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.entries.forEach((e, i) => {
      if (e.indication && !e.indicationLabel) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'indicationLabel'],
          message: 'is required when indication is set',
        });
      }
      const key = `${e.therapy}/${e.indication ?? ''}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'therapy'],
          message: `repeats therapy "${e.therapy}"${e.indication ? ` with indication "${e.indication}"` : ''}`,
        });
      }
      seen.add(key);
    });
  });

export type CoverageStatus = z.infer<typeof coverageStatus>;
export type CoverageEntry = z.infer<typeof coverageEntrySchema>;
/** An entry with the payer of its file attached, as pages and queries use it. */
export type Coverage = CoverageEntry & { payer: string };
