/**
 * Everything an outcome page shows, as plain data: title, answer, statuses, sources, next steps. The
 * page component only lays it out. Coverage statuses come from the coverage entries, appeal steps from
 * the appeal data, and the rest from the outcome node; every word is the page language's, given by the
 * caller with the data in that language, so one view serves every language.
 */
import type { NextStep, Related } from '../../schemas/common.ts';
import type { AppealPlan } from '../../schemas/appeal.ts';
import type { Coverage, CoverageStatus } from '../../schemas/coverage.ts';
import type { Flow, FlowOutcome } from '../../schemas/flow.ts';
import type { Lang } from '../../schemas/language.ts';
import type { DeadlineWords } from '../../i18n/deadline-words.ts';
import { sitePaths } from '../paths.ts';
import { fillWords, inSentence } from '../format/text.ts';
import { pageReview, wholePageReview } from '../format/review.ts';
import { appealOutcome, type AppealOutcome } from './appeal-outcome.ts';
import type { FlowPage } from './pages.ts';
import { coverageForPath, coverageOutcomeAnswer, coverageOutcomeTitle, type FlowWords } from './coverage-outcome.ts';

/** The site data an outcome needs, without Astro, in the page's language. */
export interface OutcomeData {
  /** The page's language and its words (src/i18n/: `ui(lang).flow`, `ui(lang).deadlineWords`). */
  lang: Lang;
  words: FlowWords;
  deadlineWords: DeadlineWords;
  /** A coverage status as it reads inside a sentence, in the page's language. */
  statusPhrase: (s: CoverageStatus) => string;
  /** The coverage entries and appeal steps in the page's language (facts are the same in every language). */
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
  const w = data.words;
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
    const names = { therapy: inSentence(therapyName), therapyName };
    const estimateStep = service
      ? {
          text: fillWords(w.owedAfterMedicare, names),
          href: `/estimate/?mcare=${encodeURIComponent(service.id)}#medicare-rates`,
        }
      : { text: fillWords(w.estimateCost, names), href: `/estimate/?therapy=${therapy}` };
    return {
      ...base,
      title: coverageOutcomeTitle(w, node.title, therapyName, useAnswer?.option.label),
      answer: coverageOutcomeAnswer(entries, data.statusPhrase, w),
      ...(entries.length ? pageReview(entries) : wholePageReview(flow.lastReviewed)),
      sources: uniq([...entries.flatMap((e) => [...(e.policy ? [e.policy] : []), ...e.sources]), ...base.sources]),
      nextSteps: [
        ...payers.slice(0, 3).map((p) => ({
          text: fillWords(w.readFullAnswer, { payer: data.payerName(p) }),
          href: sitePaths.coverage(therapy, p),
        })),
        estimateStep,
        { text: w.goodFaith, href: '/guides/good-faith-estimate/' },
        { text: w.prepareCall, href: '/guides/calling-your-insurer/' },
        { text: w.otherRoutes, href: '/guides/other-routes/' },
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
    const appeal = appealOutcome(plan, page.sets.reason!, result.urgent, {
      lang: data.lang,
      flow: w,
      deadlines: data.deadlineWords,
    });
    return {
      ...base,
      title: `${node.title}: ${plan.label}`,
      answer: appeal.answer,
      sources: uniq([...appeal.sources, ...base.sources]),
      nextSteps: [
        { text: w.findDates, href: '/appeal/deadlines/' },
        // Before the appeal letter: the file and the criteria are what the appeal has to answer.
        { text: w.claimFile, href: sitePaths.appealClaimFile(plan.planType) },
        { text: w.writeLetter, href: '/appeal/letter/' },
        { text: fillWords(w.readReason, { reason: appeal.reasonLabel }), href: appeal.reasonGuide },
        { text: w.findHelp, href: sitePaths.appealFindHelp(plan.planType) },
        { text: w.keepRecord, href: '/appeal/call-log/' },
        ...node.nextSteps,
      ],
      appeal: { ...appeal, planLabel: plan.label },
    };
  }
  return base;
}
