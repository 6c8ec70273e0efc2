/**
 * What the "claim denied" outcome says: the reader's appeal steps from the appeal data, the fast route
 * when waiting is dangerous, and what to send for the reason on the notice. The words are the page
 * language's (src/i18n/), given by the caller with the appeal steps in that language.
 */
import type { AppealPlan } from '../../schemas/appeal.ts';
import type { Lang } from '../../schemas/language.ts';
import type { DeadlineWords } from '../../i18n/deadline-words.ts';
import { describeLevelDeadline } from '../appeal/deadlines.ts';
import { fillWords } from '../format/text.ts';
import type { DenialReason, Enclosure } from '../../schemas/denial.ts';
import type { FlowWords } from './coverage-outcome.ts';

/**
 * For each reason: the section of the denial-reasons guide that explains it (its heading's id in the guide of
 * each language), and what to send.
 */
export const REASON_HELP: Record<DenialReason, { anchor: Record<Lang, string>; send: readonly Enclosure[] }> = {
  'not-medically-necessary': {
    anchor: { en: 'not-medically-necessary', es: 'no-es-médicamente-necesario' },
    send: ['notice', 'lmn', 'records', 'imaging', 'treatments', 'policy'],
  },
  experimental: {
    anchor: { en: 'experimental-or-investigational', es: 'experimental-o-en-investigación' },
    send: ['notice', 'lmn', 'records', 'studies', 'policy'],
  },
  'no-prior-authorization': {
    anchor: { en: 'no-prior-authorization', es: 'sin-autorización-previa' },
    send: ['notice', 'lmn', 'records', 'priorAuth'],
  },
  'out-of-network': { anchor: { en: 'out-of-network', es: 'fuera-de-la-red' }, send: ['notice', 'lmn', 'records'] },
  coding: { anchor: { en: 'coding-problems', es: 'problemas-con-los-códigos' }, send: ['notice', 'bill', 'records'] },
};

/** The words an appeal outcome is written in: the flow's and the deadlines', in one language. */
export interface AppealWords {
  lang: Lang;
  flow: Pick<FlowWords, 'appealFast' | 'appealNoFast' | 'appealStart' | 'reasons' | 'enclosures'>;
  deadlines: DeadlineWords;
}

export interface AppealOutcome {
  /** The one-sentence answer at the top of the page. */
  answer: string;
  reasonLabel: string;
  /** Site path of the guide section for the reason. */
  reasonGuide: string;
  /** The documents to send, in plain words. */
  send: string[];
  /** The appeal steps in order, each with its time limit in words. */
  steps: {
    name: string;
    deadline: string;
    decides: string;
    decisionTime?: string;
    expedited?: string;
    note?: string;
    sources: string[];
  }[];
  /** Every source behind the steps. */
  sources: string[];
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The appeal outcome for `plan` (its steps in the words' language) and the reason on the notice. */
export function appealOutcome(
  plan: AppealPlan,
  reason: DenialReason,
  urgent: boolean,
  words: AppealWords,
): AppealOutcome {
  const first = plan.levels[0]!;
  const deadline = (l: AppealPlan['levels'][number]) => describeLevelDeadline(l, words.deadlines);
  const values = {
    nameInSentence: lower(first.name),
    decidesInSentence: lower(first.decides.split(',')[0]!),
    deadline: deadline(first),
  };
  const template = urgent
    ? first.expedited
      ? words.flow.appealFast
      : words.flow.appealNoFast
    : words.flow.appealStart;
  return {
    answer: fillWords(template, values),
    reasonLabel: words.flow.reasons[reason],
    reasonGuide: `/guides/denial-reasons/#${REASON_HELP[reason].anchor[words.lang]}`,
    send: REASON_HELP[reason].send.map((e) => words.flow.enclosures[e]),
    steps: plan.levels.map((l) => ({
      name: l.name,
      deadline: deadline(l),
      decides: l.decides,
      ...(l.decisionTime ? { decisionTime: l.decisionTime } : {}),
      ...(urgent && l.expedited ? { expedited: l.expedited } : {}),
      ...(l.note ? { note: l.note } : {}),
      sources: l.sources,
    })),
    sources: [...new Set([...plan.sources, ...plan.levels.flatMap((l) => l.sources)])],
  };
}
