/**
 * The kinds of plan the appeal data knows, each with its own appeal law and steps (content/
 * appeal-deadlines.yaml has one entry per kind). `va` is VA health care: its steps are the decision reviews
 * for health benefits decisions; a treatment decision by the VA care team goes to a clinical appeal
 * instead, which has no fixed filing deadline.
 *
 * Plain data, without zod, like ./denial.ts: the letter builder's browser code reads it (importing zod
 * there ships all of zod). src/schemas/appeal.ts builds its zod enum from `PLAN_TYPE_IDS`.
 */
export const PLAN_TYPE_IDS = [
  'marketplace',
  'employer-insured',
  'employer-self-funded',
  'medicare',
  'medicare-advantage',
  'medicaid',
  'tricare',
  'va',
] as const;

export type PlanType = (typeof PLAN_TYPE_IDS)[number];

/**
 * The kinds of plan the letter reader can recognize on a notice: the ones above, plus workers'
 * compensation, whose appeal rules are set by each state (so content/appeal-deadlines.yaml has no entry).
 */
export const NOTICE_PLAN_IDS = [...PLAN_TYPE_IDS, 'workers-comp'] as const;

export type NoticePlan = (typeof NOTICE_PLAN_IDS)[number];
