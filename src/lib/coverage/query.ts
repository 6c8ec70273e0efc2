/**
 * Queries over coverage entries. Every coverage table, the matrix, coverage pages and search filters
 * are built from these functions, so a coverage fact is typed once (in content/coverage/) and shown
 * everywhere from there.
 */
import { coverageStatus, type Coverage } from '../../schemas/coverage.ts';

/** Anchor of one indication on a pair page. */
export const coverageAnchor = (e: Pick<Coverage, 'indication'>): string =>
  e.indication ? `for-${e.indication}` : 'answer';

/** Sorts entries: favourable statuses first, then by indication label. Does not mutate. */
export function sortEntries<T extends Coverage>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      coverageStatus.options.indexOf(a.status) - coverageStatus.options.indexOf(b.status) ||
      (a.indicationLabel ?? '').localeCompare(b.indicationLabel ?? ''),
  );
}

/** One therapy × payer pair and its entries (one per indication). */
export interface CoveragePair<T extends Coverage = Coverage> {
  therapy: string;
  payer: string;
  entries: T[];
}

/** Groups entries into therapy × payer pairs, in the order of `therapyOrder` then `payerOrder`. */
export function coveragePairs<T extends Coverage>(
  entries: readonly T[],
  therapyOrder: readonly string[],
  payerOrder: readonly string[],
): CoveragePair<T>[] {
  const byKey = new Map<string, CoveragePair<T>>();
  for (const e of entries) {
    const key = `${e.therapy}\u0000${e.payer}`;
    const pair = byKey.get(key) ?? { therapy: e.therapy, payer: e.payer, entries: [] };
    pair.entries.push(e);
    byKey.set(key, pair);
  }
  const rank = (list: readonly string[], v: string) => {
    const i = list.indexOf(v);
    return i === -1 ? list.length : i;
  };
  return [...byKey.values()]
    .map((p) => ({ ...p, entries: sortEntries(p.entries) }))
    .sort(
      (a, b) =>
        rank(therapyOrder, a.therapy) - rank(therapyOrder, b.therapy) ||
        rank(payerOrder, a.payer) - rank(payerOrder, b.payer) ||
        a.therapy.localeCompare(b.therapy) ||
        a.payer.localeCompare(b.payer),
    );
}

/** Entries for one therapy, grouped by payer in payer order. */
export const pairsForTherapy = <T extends Coverage>(
  entries: readonly T[],
  therapy: string,
  payerOrder: readonly string[],
) =>
  coveragePairs(
    entries.filter((e) => e.therapy === therapy),
    [therapy],
    payerOrder,
  );

/** Entries for one payer, grouped by therapy in therapy order. */
export const pairsForPayer = <T extends Coverage>(
  entries: readonly T[],
  payer: string,
  therapyOrder: readonly string[],
) =>
  coveragePairs(
    entries.filter((e) => e.payer === payer),
    therapyOrder,
    [payer],
  );

/**
 * The therapy × payer matrix: one row per therapy, one cell per payer; a cell holds the entries of that
 * pair (empty when we have no entry, which the table shows as "no entry yet", never as a status).
 */
export function coverageMatrix<T extends Coverage>(
  entries: readonly T[],
  therapies: readonly string[],
  payers: readonly string[],
) {
  const pairs = coveragePairs(entries, therapies, payers);
  const find = (t: string, p: string) => pairs.find((x) => x.therapy === t && x.payer === p)?.entries ?? [];
  return therapies.map((therapy) => ({
    therapy,
    cells: payers.map((payer) => ({ payer, entries: find(therapy, payer) })),
  }));
}
