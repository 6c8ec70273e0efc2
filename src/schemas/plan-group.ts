/**
 * content/plan-groups.yaml: the kinds of plan a reader may have, as the per-plan summary on therapy pages
 * lists them ("Original Medicare", "Job-based and individual plans", …), each with the one thing to ask
 * for before paying. Payers join a group by their `kind`.
 */
import { z } from 'astro/zod';
import { sitePath, slug } from './common.ts';
import { payerKind } from './payer.ts';

const ask = z.object({
  /**
   * The one thing to ask for before paying, completing "Ask for …": "an ABN before treatment". Short enough
   * for one line on a phone; the page at `askHref` explains it, with its sources.
   */
  askFor: z.string().min(5).max(34, 'must fit on one line of a phone: 34 characters at most'),
  /** Site path of the page that explains what to ask for. */
  askHref: sitePath,
});

export const planGroupSchema = z.object({
  /** Stable id, e.g. `original-medicare`. */
  id: slug,
  /** The name readers know: "Original Medicare", "Job-based and individual plans". */
  label: z.string().min(3),
  /** Payer kinds (content/payers/*.mdx `kind`) in this group; each kind belongs to one group. */
  kinds: z.array(payerKind).min(1),
  ...ask.shape,
  /**
   * What to ask for instead when every answer for the treatment is "covered" or "covered if criteria are
   * met": an ABN, for example, is for care Medicare may not pay, so it is the wrong step for a covered
   * transplant.
   */
  whenCovered: ask.optional(),
});

export const planGroupsFileSchema = z.array(planGroupSchema);

export type PlanGroup = z.infer<typeof planGroupSchema>;
