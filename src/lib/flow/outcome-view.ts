/**
 * Everything an outcome page shows, as plain data: title, answer, statuses, sources, next steps. The
 * page component only lays it out. Coverage statuses come from the coverage entries, appeal steps from
 * the appeal data, and the rest from the outcome node.
 */
import type { NextStep, Related } from '../../schemas/common.ts';
import type { AppealPlan } from '../../schemas/appeal.ts';
import type { Coverage, CoverageStatus } from '../../schemas/coverage.ts';
import type { Flow, FlowOutcome } from '../../schemas/flow.ts';
import { sitePaths } from '../paths.ts';
import { statusView } from '../coverage/status.ts';
import { inSentence } from '../format/text.ts';
import { pageReview, wholePageReview } from '../format/review.ts';
import { appealOutcome, type AppealOutcome } from './appeal-outcome.ts';
import type { FlowPage } from './pages.ts';
import { coverageForPath, coverageOutcomeAnswer, coverageOutcomeTitle } from './coverage-outcome.ts';

/** The site data an outcome needs, without Astro. */
export interface OutcomeData {
  coverage: readonly Coverage[];
  appealPlans: readonly AppealPlan[];
  therapyName: (slug: string) => string;
  payerName: (slug: string) => string;
  /**
   * The covered services with a public Original Medicare amount (content/medicare-rates.yaml), in file order: a
   * covered Original Medicare outcome links what the reader would owe for the first of its therapy's.
   */
  medicareServices: readonly { id: string; therapy: string }[];
}

export interface StatusLine {
  status: CoverageStatus;
  /** Whose answer this is when several payers or states answer ("Aetna", "Washington State workers' comp"). */
  scope?: string;
}

export interface OutcomeView {
  node: FlowOutcome;
  title: string;
  answer: string;
  lastReviewed: string;
  /** When the page is next due for review: the first of its coverage entries to fall due. */
  nextReview: string;
  sources: string[];
  nextSteps: NextStep[];
  related: Related;
  filters: { therapy?: string[]; payer?: string[] };
  /** One line per coverage entry (empty for other outcomes). */
  statuses: StatusLine[];
  coverage?: { entries: Coverage[]; therapy: string };
  appeal?: AppealOutcome & { planLabel: string };
}

const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];
/** The statuses under which Original Medicare pays, so the reader's share is what matters. */
const COVERED: readonly CoverageStatus[] = ['covered', 'covered-with-criteria'];

export function outcomeView(flow: Flow & { id: string }, page: FlowPage, data: OutcomeData): OutcomeView {
  const node = flow.nodes[page.node] as FlowOutcome;
  const base = {
    node,
    title: node.title,
    answer: node.answer ?? '',
    ...wholePageReview(flow.lastReviewed),
    sources: uniq([...node.sources, ...flow.sources]),
    nextSteps: [...node.nextSteps],
    related: {
      therapies: [...flow.related.therapies],
      payers: [...flow.related.payers],
      guides: [...flow.related.guides],
    },
    filters: {},
    statuses: [],
  };
  const result = node.result;
  if (result?.kind === 'coverage') {
    const therapy = page.sets.therapy!;
    const entries = coverageForPath(data.coverage, page.sets, result.payers);
    const useAnswer = page.answers.length >= 2 ? page.answers[page.answers.length - 2] : undefined;
    const several = entries.length > 1;
    const therapyName = data.therapyName(therapy);
    const payers = uniq(entries.map((e) => e.payer));
    // Original Medicare pays for this use: what the reader would owe after Medicare pays, not a cash price.
    const medicareCovered = entries.some((e) => e.payer === 'medicare' && COVERED.includes(e.status));
    const service = medicareCovered ? data.medicareServices.find((s) => s.therapy === therapy) : undefined;
    const estimateStep = service
      ? {
          text: `See what you would owe for ${inSentence(therapyName)} after Original Medicare pays`,
          href: `/estimate/?mcare=${encodeURIComponent(service.id)}#medicare-rates`,
        }
      : { text: `Estimate what ${therapyName} would cost you`, href: `/estimate/?therapy=${therapy}` };
    return {
      ...base,
      title: coverageOutcomeTitle(node.title, therapyName, useAnswer?.option.label),
      answer: coverageOutcomeAnswer(entries, (s) => statusView(s).phrase),
      ...(entries.length ? pageReview(entries) : wholePageReview(flow.lastReviewed)),
      sources: uniq([...entries.flatMap((e) => [...(e.policy ? [e.policy] : []), ...e.sources]), ...base.sources]),
      nextSteps: [
        ...payers.slice(0, 3).map((p) => ({
          text: `Read the full answer for ${data.payerName(p)}`,
          href: sitePaths.coverage(therapy, p),
        })),
        estimateStep,
        {
          text: 'If you pay yourself, ask the clinic for a written Good Faith Estimate',
          href: '/guides/good-faith-estimate/',
        },
        { text: 'Prepare for the call to your plan', href: '/guides/calling-your-insurer/' },
        { text: 'See other ways people get treatment paid for', href: '/guides/other-routes/' },
        ...node.nextSteps,
      ],
      related: {
        therapies: uniq([therapy, ...base.related.therapies]),
        payers: uniq([...payers, ...base.related.payers]),
        guides: base.related.guides,
      },
      filters: { therapy: [therapyName], payer: payers.map(data.payerName) },
      statuses: entries.length
        ? entries.map((e) => ({
            status: e.status,
            ...(several
              ? { scope: `${data.payerName(e.payer)}${e.indicationLabel ? `, ${e.indicationLabel}` : ''}` }
              : {}),
          }))
        : [{ status: 'unknown' }],
      coverage: { entries, therapy },
    };
  }
  if (result?.kind === 'appeal') {
    const plan = data.appealPlans.find((p) => p.planType === page.sets.plan)!;
    const appeal = appealOutcome(plan, page.sets.reason!, result.urgent);
    return {
      ...base,
      title: `${node.title}: ${plan.label}`,
      answer: appeal.answer,
      sources: uniq([...appeal.sources, ...base.sources]),
      nextSteps: [
        { text: 'Find the date of each deadline', href: '/appeal/deadlines/' },
        // Before the appeal letter: the file and the criteria are what the appeal has to answer.
        { text: 'Ask for your claim file and the criteria used', href: sitePaths.appealClaimFile(plan.planType) },
        { text: 'Write your appeal letter', href: '/appeal/letter/' },
        { text: `Read what "${appeal.reasonLabel}" means and how to answer it`, href: appeal.reasonGuide },
        { text: 'Find a person who can help in your state', href: sitePaths.appealFindHelp(plan.planType) },
        { text: 'Keep a record of every call', href: '/appeal/call-log/' },
        ...node.nextSteps,
      ],
      appeal: { ...appeal, planLabel: plan.label },
    };
  }
  return base;
}
