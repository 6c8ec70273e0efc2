/** content/payers/<slug>.mdx frontmatter: one payer or payer type. The MDX body explains how it decides. */
import { z } from 'astro/zod';
import { pageBase, slug, order } from './common.ts';
import { planType } from './appeal.ts';

/**
 * What sort of payer this is; drives grouping and the appeal rules that apply. `veterans` is VA health care:
 * care VA gives or arranges, with its own appeal routes, unlike `military` (TRICARE), which pays claims.
 */
export const payerKind = z.enum([
  'medicare',
  'medicare-advantage',
  'medicaid',
  'commercial',
  'self-funded',
  'workers-comp',
  'military',
  'veterans',
]);

/** Which appeal law governs a denial. */
export const appealRoute = z.enum([
  'aca',
  'erisa',
  'medicare',
  'medicare-advantage',
  'medicaid',
  'tricare',
  'va',
  'state-wc',
  'varies',
]);

export const payerSchema = pageBase.extend({
  /** What sort of payer this is. */
  kind: payerKind,
  /** The appeal rules that usually apply. `varies` when it depends on the plan (say which in the body). */
  appealRoute,
  /**
   * The kinds of plan (content/appeal-deadlines.yaml) whose appeal steps apply to this payer's members, in
   * the order to show them. Empty when no federal steps apply (workers' comp: each state sets its own).
   */
  appealPlans: z.array(planType).default([]),
  /** Source ids of the payer's own named policies (each source carries its number, title and date). */
  policies: z.array(slug).default([]),
  /** Order in lists and matrix columns (lower first); ties sort by title. */
  order,
});

export type Payer = z.infer<typeof payerSchema>;
