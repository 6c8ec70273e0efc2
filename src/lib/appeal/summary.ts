/**
 * The first appeal step for each kind of plan a payer's members may have: what the "Denied?" box on
 * coverage and payer pages shows, from content/appeal-deadlines.yaml (never typed on a page).
 */
import type { AppealPlan, PlanType } from '../../schemas/appeal.ts';
import type { PlanGroup } from '../../schemas/plan-group.ts';
import type { DeadlineWords } from '../../i18n/deadline-words.ts';
import { DEADLINE_WORDS_EN } from '../../i18n/deadline-words/en.ts';
import { describeLevelDeadline } from './deadlines.ts';

export interface FirstStep {
  planType: PlanType;
  /** The kind of plan, as the appeal data names it. */
  planLabel: string;
  /** The first step's name: "Internal appeal to your plan". */
  step: string;
  /** Its time limit in words: "180 days from the date on your denial notice". */
  deadline: string;
  /** The sources of this step (its `sources` in content/appeal-deadlines.yaml), which back the step and its limit. */
  sources: string[];
}

/**
 * The first step of each plan type in `planTypes` that the appeal data knows, in that order: in the language of
 * `plans` (src/data.ts `appealPlansIn`), with its time limit in `words`.
 */
export function firstSteps(
  planTypes: readonly PlanType[],
  plans: readonly AppealPlan[],
  words: DeadlineWords = DEADLINE_WORDS_EN,
): FirstStep[] {
  return planTypes.flatMap((planType) => {
    const plan = plans.find((p) => p.planType === planType);
    const level = plan?.levels[0];
    if (!plan || !level) return [];
    return [
      {
        planType,
        planLabel: plan.label,
        step: level.name,
        deadline: describeLevelDeadline(level, words),
        // Only the step's own sources: the sentence names this step and its time limit, and the plan's sources
        // are about the whole route (the marketplace's include HealthCare.gov's external review page).
        sources: [...level.sources],
      },
    ];
  });
}

/**
 * What the "What to do now" box says for a payer: its plan group (what to ask for before paying) and the
 * first appeal steps of its kinds of plan: said once when they all read the same, else one per kind of plan.
 * `planGroup` narrows a page to one kind of the payer's plans (Humana's Medicare Advantage plans).
 */
export function payerNextSteps(
  payer: { kind: string; appealPlans: readonly PlanType[] },
  planGroup: string | undefined,
  groups: readonly PlanGroup[],
  plans: readonly AppealPlan[],
  words: DeadlineWords = DEADLINE_WORDS_EN,
): { group: PlanGroup | undefined; steps: FirstStep[]; sources: string[] } {
  const group =
    groups.find((g) => g.id === planGroup) ?? groups.find((g) => (g.kinds as readonly string[]).includes(payer.kind));
  const planTypes: readonly PlanType[] =
    group?.id === 'medicare-advantage' ? ['medicare-advantage'] : payer.appealPlans;
  const all = firstSteps(planTypes, plans, words);
  // Said once when every kind of plan has the same first step. When they differ, each kind keeps its own line
  // and label: merging two of three would show one plan's label for both (Humana's insured job-based plans
  // appeared as "self-funded").
  const steps = new Set(all.map((s) => `${s.step}|${s.deadline}`)).size === 1 ? all.slice(0, 1) : all;
  const sources = [...new Set(steps.flatMap((s) => s.sources))];
  return { group, steps, sources };
}

/** Every source behind the appeal steps of `plans` (each plan's and each step's), once each, in order. */
export const appealSourceIds = (plans: readonly Pick<AppealPlan, 'sources' | 'levels'>[]): string[] => [
  ...new Set(plans.flatMap((p) => [...p.sources, ...p.levels.flatMap((l) => l.sources)])),
];
