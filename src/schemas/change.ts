/**
 * content/changes.yaml: the record of what changed, the only place a change is typed. The "What changed"
 * page, the Atom feed (/changes.xml) and the "changed on …" note on each coverage entry are generated
 * from it. The content check ties every change to real data: the therapy, payer and sources exist, the
 * (therapy, payer, indication) names a coverage entry, the newest change of an entry ends at the entry's
 * current status, and no date lies in the future.
 *
 * Add a change whenever a coverage entry's status changes (and when a payer's policy changes, or we correct
 * what an entry says, without changing the status), in the same commit as the entry itself. The status
 * snapshot (content/coverage-status.lock.json, src/lib/changes/lock.ts) makes the first of these enforced:
 * a status that differs from the snapshot without a change that records it fails the check.
 */
import { z } from 'astro/zod';
import { isoDate, partialDate, slug, sourceIds } from './common.ts';
import { coverageStatus } from './coverage.ts';

/** Fields every change has. */
const changeBase = {
  /**
   * When the change happened, as precise as the sources say: `YYYY-MM-DD`, or `YYYY-MM` when a source
   * gives only the month (never a guessed day). For a `policy` change, the day the new rule took effect;
   * for a `correction`, the day we corrected the site; for an `fda` change, the day of the FDA's decision.
   * Never in the future: a change is recorded once it has happened.
   */
  date: partialDate,
  /**
   * The day this change was added to the record (`YYYY-MM-DD`), not after today and not before `date`.
   * The feed's "updated" time: a clinic's feed reader shows the change as new from this day.
   */
  recorded: isoDate,
  /** Therapy slug (content/therapies/<slug>.mdx). */
  therapy: slug,
  /**
   * Why it changed, in plain words a patient can follow: one to three short sentences, our own words.
   * Shown on the "What changed" page, in the feed and in the note on the coverage page.
   */
  why: z.string().min(20).max(500),
  /** Source ids (content/sources.yaml) that show the change. */
  sources: sourceIds,
};

/** Which coverage entry a change is about, as in content/coverage/<payer>.yaml. */
const entryFields = {
  /** Payer slug (content/payers/<slug>.mdx and content/coverage/<payer>.yaml). */
  payer: slug,
  /** The entry's `indication`, when the entry has one; omit when it has none. */
  indication: slug.optional(),
  /** The status after the change. For an entry's newest change, this must be the entry's current status. */
  to: coverageStatus,
};

/**
 * The payer or program changed its rule for one coverage entry: a new policy, a new list of products, a
 * benefit exclusion, a new payment rule. `from` may equal `to` ("the rule changed, the status did not").
 */
export const policyChangeSchema = z
  .object({
    ...changeBase,
    kind: z.literal('policy'),
    ...entryFields,
    /**
     * The status under the old rule, from the coverage statuses (src/schemas/coverage.ts). Omit it when we
     * did not read the old rule: the site then says only what the status is now, and never guesses.
     */
    from: coverageStatus.optional(),
  })
  .strict();

/**
 * The payer did not change, but our reading was wrong and we corrected the entry. `date` is the day the site
 * changed; `from` is the status we had. `to` may equal `from`: a correction that kept the status (the products,
 * the policy or the wording the answer rests on were wrong, not the status), which pages and the feed call a
 * correction with the status unchanged.
 */
export const correctionSchema = z
  .object({
    ...changeBase,
    kind: z.literal('correction'),
    ...entryFields,
    /** The status the site showed before the correction (equal to `to` when the correction kept it). */
    from: coverageStatus,
  })
  .strict();

/**
 * A decision of the U.S. Food and Drug Administration about a treatment (an approval, a wider or narrower
 * approved use). It belongs to no payer and has no status: the page links it to the treatment.
 */
export const fdaChangeSchema = z
  .object({
    ...changeBase,
    kind: z.literal('fda'),
  })
  .strict();

export const changeSchema = z.discriminatedUnion('kind', [policyChangeSchema, correctionSchema, fdaChangeSchema]);

/** The whole file: a list of changes, in any order (pages sort them newest first). */
export const changesFileSchema = z.array(changeSchema);

export type Change = z.infer<typeof changeSchema>;
/** A change to one coverage entry: a policy change or a correction. */
export type CoverageChange = z.infer<typeof policyChangeSchema> | z.infer<typeof correctionSchema>;
export type FdaChange = z.infer<typeof fdaChangeSchema>;
