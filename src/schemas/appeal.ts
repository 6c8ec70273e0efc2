/**
 * content/appeal-deadlines.yaml: the appeal steps and filing deadlines for each kind of health plan, the
 * data behind the deadline finder. The date on the reader's own notice always governs; this file holds the
 * usual federal rules so the finder can work out a first date and explain the later steps.
 */
import { z } from 'astro/zod';
import { isoDate, reviewMonths, slug, sourceIds } from './common.ts';
import { fileRequestWording, letterWording } from './letter.ts';
import { PLAN_TYPE_IDS } from './plan-type.ts';

/** The kinds of plan, in the order to list them (see ./plan-type.ts). */
export const planType = z.enum(PLAN_TYPE_IDS);

/** A whole number of days, at least 1 and at most 3 years: no appeal window is longer, so more is a typo. */
const positiveDays = z.number().int().positive().max(1095);

/**
 * How a filing deadline is counted from the date a step starts from. `kind` picks the rule:
 * - `days`: a fixed number of calendar days;
 * - `months`: calendar months, with the federal external-review fallback for short months;
 * - `day-range`: a window the state chooses, so only the earliest and latest possible dates are known;
 * - `automatic`: the case moves on without the reader filing anything.
 */
export const deadlineRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('days'),
    /** Calendar days to file, e.g. 180. Weekends and holidays count. */
    days: positiveDays,
    /**
     * Days added before counting when the rule counts from the day you are presumed to get the notice,
     * not the date printed on it. Medicare presumes 5 days (42 CFR 405.942), so its rules use `5`.
     * Leave out when the rule counts from the date on the notice.
     */
    receiptDays: z.number().int().nonnegative().max(30).optional(),
  }),
  z.object({
    kind: z.literal('months'),
    /**
     * Calendar months to file, e.g. 4: the same day of the month that many months later. When that month
     * has no such day (October 31 + 4 months), the deadline is the 1st day of the month after, as the
     * federal external-review rule says (45 CFR 147.136(d)(2)(i)).
     */
    months: z.number().int().positive().max(36),
  }),
  z
    .object({
      kind: z.literal('day-range'),
      /** The shortest window a state may set, in calendar days (Medicaid fair hearing: 90). */
      minDays: positiveDays,
      /** The longest window a state may set, in calendar days (Medicaid fair hearing: 120). */
      maxDays: positiveDays,
    })
    .refine((r) => r.maxDays >= r.minDays, { message: 'maxDays must be at least minDays', path: ['maxDays'] }),
  z.object({
    /**
     * The case goes to this step on its own (Medicare Advantage: the plan must send it to the independent review
     * entity).
     */
    kind: z.literal('automatic'),
  }),
]);

/** One step of an appeal, in order. */
export const appealLevel = z.object({
  /** Stable id within the plan, e.g. `internal-appeal`, `external-review`, `alj-hearing`. */
  id: slug,
  /** The step's plain name, as a heading: "Internal appeal to your plan". */
  name: z.string().min(3),
  /**
   * Who decides this step, as a plain phrase without a final full stop (pages may append the decision
   * time after it): "Your health plan", "An independent review organization (IRO), which does not work for your plan".
   */
  decides: z.string().min(3),
  /** What the deadline counts from, in plain words: "the date on your denial notice". */
  startsFrom: z.string().min(3),
  /** How long you have to file this step, counted from `startsFrom`. */
  deadline: deadlineRule,
  /**
   * How long the decider has to answer, in plain words ("30 days for care you have not had yet …"). Leave out when no
   * source gives it.
   */
  decisionTime: z.string().min(3).optional(),
  /**
   * The fast (expedited) option for this step and its time frame, in plain words. Leave out when there is none we can
   * source.
   */
  expedited: z.string().min(3).optional(),
  /** Anything else the reader must know about this step: limits, dollar minimums, where the rule varies. */
  note: z.string().min(3).optional(),
  /** Source ids (content/sources.yaml) for this step's deadline, decider, decision time and fast option. */
  sources: sourceIds,
});

/** One kind of plan and its appeal steps. */
export const appealPlan = z
  .object({
    /** Which kind of plan this is. Each appears once in the file. */
    planType,
    /** The plan kind as a reader would pick it: "Marketplace or other individual ACA plan". */
    label: z.string().min(3),
    /** One plain sentence: the route in short, and that the date on the reader's own notice governs. */
    summary: z.string().min(20),
    /** The steps in order. The first starts from the denial notice the reader has; later ones from a later decision. */
    levels: z.array(appealLevel).min(1, 'needs at least one appeal level'),
    /** Source ids for the plan as a whole (which law applies, how dates are counted). */
    sources: sourceIds,
    /** What the appeal letter builder writes for this kind of plan: the rights it cites, with their sources. */
    letter: letterWording,
    /** What the letter asking for the claim file and the criteria writes for this kind of plan, with sources. */
    fileRequest: fileRequestWording,
    /**
     * When someone last compared this plan's steps and time limits with their sources (YYYY-MM-DD). Never in
     * the future. A deadline past its review interval is listed by `npm run check:content`, and the deadline page
     * shows "Checked …; next review by …" under each plan, so a stale deadline is visible to readers too.
     */
    checked: isoDate,
    /** Months until the plan's deadlines are due for review (default 12). */
    reviewMonths,
  })
  .refine((p) => p.levels[0]?.deadline.kind !== 'automatic', {
    message: 'the first level starts from the notice the reader has, so it needs a deadline the reader files by',
    path: ['levels', 0, 'deadline'],
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.levels.forEach((l, i) => {
      if (ids.has(l.id))
        ctx.addIssue({ code: 'custom', message: `level id "${l.id}" is used twice`, path: ['levels', i, 'id'] });
      ids.add(l.id);
    });
  });

/** The whole file: every plan type exactly once. */
export const appealDeadlinesFileSchema = z.array(appealPlan).superRefine((plans, ctx) => {
  const seen = new Map<string, number>();
  plans.forEach((p, i) => {
    const first = seen.get(p.planType);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `planType "${p.planType}" is already used by entry ${first}`,
        path: [i, 'planType'],
      });
    } else {
      seen.set(p.planType, i);
    }
  });
  for (const t of planType.options) {
    if (!seen.has(t)) ctx.addIssue({ code: 'custom', message: `planType "${t}" is missing`, path: [] });
  }
});

export type PlanType = z.infer<typeof planType>;
export type DeadlineRule = z.infer<typeof deadlineRule>;
export type AppealLevel = z.infer<typeof appealLevel>;
export type AppealPlan = z.infer<typeof appealPlan>;
