/**
 * What a coverage outcome ("will my plan pay?") says, worked out from the answers and the coverage
 * entries: which entries fit, the page title and the one-sentence answer. Flows never type a status; it
 * always comes from here.
 */
import type { Coverage, CoverageStatus } from '../../schemas/coverage.ts';
import type { FlowSets } from '../../schemas/flow.ts';
import { sortEntries } from '../coverage/query.ts';
import { inSentence } from '../format/text.ts';

/** The coverage entries for a therapy at some payers, keeping only entries whose indication fits. */
export function coverageForPath<T extends Coverage>(
  entries: readonly T[],
  sets: FlowSets,
  payers: readonly string[],
): T[] {
  const fits = (e: T) =>
    e.therapy === sets.therapy &&
    payers.includes(e.payer) &&
    (e.indication === undefined || (sets.indications ?? []).includes(e.indication));
  const hits = entries.filter(fits);
  // Payers in the order the outcome lists them, then the usual entry order within a payer.
  return payers.flatMap((p) => sortEntries(hits.filter((e) => e.payer === p)));
}

/** "Original Medicare" stays; "A job-based plan…" and "Workers' comp…" start lower case mid-sentence. */
const planInSentence = (title: string) => title.replace(/^(A|An|Workers')\b/, (m) => m.toLowerCase());
const useInSentence = (label: string) =>
  label.replace(/^(?:A|An|[A-Z][a-z]+)\b/, (m) => m.toLowerCase()).replace(/\s*\([^)]*\)\s*$/, '');

/** The h1 of a coverage outcome: "Will Original Medicare pay for PRP for joint, tendon or back pain?" */
export function coverageOutcomeTitle(planTitle: string, therapyName: string, useLabel: string | undefined): string {
  const use = useLabel ? ` for ${useInSentence(useLabel)}` : '';
  return `Will ${planInSentence(planTitle)} pay for ${inSentence(therapyName)}${use}?`;
}

/**
 * The one-sentence answer of a coverage outcome, from the entries alone: the entry's own answer when
 * there is one, a count of statuses when several payers or states answer, and a plain "we found no
 * policy" when there is none.
 */
export function coverageOutcomeAnswer(
  entries: readonly Pick<Coverage, 'status' | 'answer'>[],
  phrase: (s: CoverageStatus) => string,
): string {
  if (entries.length === 0) {
    return (
      'We found no policy for this. Ask your plan in writing whether it covers this treatment for your ' +
      'condition, and get the answer before you pay.'
    );
  }
  if (entries.length === 1) return entries[0]!.answer;
  const counts = new Map<CoverageStatus, number>();
  for (const e of entries) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  if (counts.size === 1)
    return (
      `All ${entries.length} policies we found say the same: ${phrase(entries[0]!.status)}. ` +
      'Your own plan document decides, so ask in writing.'
    );
  const parts = [...counts].map(([s, n]) => `${n} ${phrase(s)}`);
  return (
    `The ${entries.length} policies we found differ: ${parts.join(', ')}. ` +
    'Find your insurer or state below, and ask your plan in writing.'
  );
}
