/**
 * What the "claim denied" outcome says: the reader's appeal steps from the appeal data, the fast route
 * when waiting is dangerous, and what to send for the reason on the notice.
 */
import type { AppealPlan } from '../../schemas/appeal.ts';
import { describeLevelDeadline } from '../appeal/deadlines.ts';
import { DENIAL_REASONS, ENCLOSURES, type DenialReason, type Enclosure } from '../../schemas/denial.ts';

/** For each reason: the section of the denial-reasons guide that explains it, and what to send. */
export const REASON_HELP: Record<DenialReason, { anchor: string; send: readonly Enclosure[] }> = {
  'not-medically-necessary': {
    anchor: 'not-medically-necessary',
    send: ['notice', 'lmn', 'records', 'imaging', 'treatments', 'policy'],
  },
  experimental: { anchor: 'experimental-or-investigational', send: ['notice', 'lmn', 'records', 'studies', 'policy'] },
  'no-prior-authorization': { anchor: 'no-prior-authorization', send: ['notice', 'lmn', 'records', 'priorAuth'] },
  'out-of-network': { anchor: 'out-of-network', send: ['notice', 'lmn', 'records'] },
  coding: { anchor: 'coding-problems', send: ['notice', 'bill', 'records'] },
};

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

export function appealOutcome(plan: AppealPlan, reason: DenialReason, urgent: boolean): AppealOutcome {
  const first = plan.levels[0]!;
  const firstDeadline = describeLevelDeadline(first);
  const answer = urgent
    ? first.expedited
      ? `Ask for a fast (expedited) ${lower(first.name)} today, and send your doctor's statement ` +
        `that waiting could seriously harm your health. You still have ${firstDeadline} for a normal appeal.`
      : `Ask ${lower(first.decides.split(',')[0]!)} today whether a fast (expedited) review is possible: ` +
        `we found no fast option for this step. The normal limit is ${firstDeadline}.`
    : `Start with ${lower(first.name)}. You have ${firstDeadline}, but the date on your own notice governs.`;
  return {
    answer,
    reasonLabel: DENIAL_REASONS[reason],
    reasonGuide: `/guides/denial-reasons/#${REASON_HELP[reason].anchor}`,
    send: REASON_HELP[reason].send.map((e) => ENCLOSURES[e]),
    steps: plan.levels.map((l) => ({
      name: l.name,
      deadline: describeLevelDeadline(l),
      decides: l.decides,
      ...(l.decisionTime ? { decisionTime: l.decisionTime } : {}),
      ...(urgent && l.expedited ? { expedited: l.expedited } : {}),
      ...(l.note ? { note: l.note } : {}),
      sources: l.sources,
    })),
    sources: [...new Set([...plan.sources, ...plan.levels.flatMap((l) => l.sources)])],
  };
}
