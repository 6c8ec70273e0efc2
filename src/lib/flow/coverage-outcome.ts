/**
 * What a coverage outcome ("will my plan pay?") says, worked out from the answers and the coverage
 * entries: which entries fit, the page title and the one-sentence answer. Flows never type a status; it
 * always comes from here. The words are the page language's (`ui(lang).flow`, src/i18n/), given by the caller.
 */
import type { Coverage, CoverageStatus } from '../../schemas/coverage.ts';
import type { FlowSets } from '../../schemas/flow.ts';
import type { Dictionary } from '../../i18n/en.ts';
import { sortEntries } from '../coverage/query.ts';
import { fillWords, inSentence } from '../format/text.ts';

/** The words of flow pages in one language (src/i18n/: `ui(lang).flow`). */
export type FlowWords = Dictionary['flow'];

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

/**
 * An English plan title inside a sentence: "Original Medicare" stays; "A job-based plan…" and "Workers' comp…"
 * start lower case. (A language whose title puts the plan first uses the title as written, `{plan}`.)
 */
const planInSentence = (title: string) => title.replace(/^(A|An|Workers')\b/, (m) => m.toLowerCase());
/** A use inside a sentence: its first word lower case unless it is an acronym ("PRP"), without its "(…)" note. */
const useInSentence = (label: string) =>
  label.replace(/^\p{Lu}\p{Ll}*(?![\p{L}\d])/u, (m) => m.toLowerCase()).replace(/\s*\([^)]*\)\s*$/, '');

/**
 * The h1 of a coverage outcome, from the plan outcome's title, the therapy and the use answered:
 * "Will Original Medicare pay for PRP for joint, tendon or back pain?"
 */
export function coverageOutcomeTitle(
  words: Pick<FlowWords, 'coverageTitle' | 'coverageUse'>,
  planTitle: string,
  therapyName: string,
  useLabel: string | undefined,
): string {
  return fillWords(words.coverageTitle, {
    plan: planTitle,
    planInSentence: planInSentence(planTitle),
    therapy: inSentence(therapyName),
    use: useLabel ? fillWords(words.coverageUse, { use: useInSentence(useLabel) }) : '',
  });
}

/**
 * The one-sentence answer of a coverage outcome, from the entries alone: the entry's own answer when
 * there is one, a count of statuses when several payers or states answer, and a plain "we found no
 * policy" when there is none.
 */
export function coverageOutcomeAnswer(
  entries: readonly Pick<Coverage, 'status' | 'answer'>[],
  phrase: (s: CoverageStatus) => string,
  words: Pick<FlowWords, 'noPolicy' | 'allSame' | 'differ' | 'statusCount'>,
): string {
  if (entries.length === 0) return words.noPolicy;
  if (entries.length === 1) return entries[0]!.answer;
  const counts = new Map<CoverageStatus, number>();
  for (const e of entries) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  if (counts.size === 1) return fillWords(words.allSame, { n: entries.length, status: phrase(entries[0]!.status) });
  const parts = [...counts].map(([s, n]) => fillWords(words.statusCount, { n, status: phrase(s) }));
  return fillWords(words.differ, { n: entries.length, counts: parts.join(', ') });
}
