/**
 * The change record (content/changes.yaml) as data: each change's stable id, the order pages show them in,
 * the changes of one coverage entry, and the rules that keep the record tied to the coverage data.
 */
import type { Change, CoverageChange } from '../../schemas/change.ts';
import type { Coverage } from '../../schemas/coverage.ts';
import type { Problem } from '../content/problem.ts';
import { isAfter } from '../content/dates.ts';

/** What names a coverage entry: its payer, therapy and (optional) indication. */
export type EntryRef = Pick<Coverage, 'payer' | 'therapy' | 'indication'>;

export const isCoverageChange = (c: Change): c is CoverageChange => c.kind !== 'fda';

const entryKey = (e: { payer: string; therapy: string; indication?: string | undefined }) =>
  `${e.payer}/${e.therapy}/${e.indication ?? ''}`;

/**
 * A change's id, made of what it is about: `2026-11-30-anthem-prp`, `2025-12-fda-stem-cell-transplant`.
 * It is the page anchor and, as a URL, the feed entry's id, so it stays the same from build to build.
 */
export const changeId = (c: Change): string =>
  [
    c.date,
    isCoverageChange(c) ? c.payer : 'fda',
    c.therapy,
    ...(isCoverageChange(c) && c.indication ? [c.indication] : []),
  ].join('-');

/** The change's anchor on the "What changed" page. */
export const changeAnchor = (c: Change): string => `change-${changeId(c)}`;

/**
 * Newest first: by date, then by the day it was recorded, then later in the file first. A month-only date
 * ("2025-12") sorts before the days of that month: we do not know which day it was.
 */
export function newestFirst<T extends Change>(changes: readonly T[]): T[] {
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || b.c.recorded.localeCompare(a.c.recorded) || b.i - a.i)
    .map((x) => x.c);
}

/** The changes of one coverage entry, newest first. */
export const changesOf = (changes: readonly Change[], entry: EntryRef): CoverageChange[] =>
  newestFirst(changes.filter(isCoverageChange).filter((c) => entryKey(c) === entryKey(entry)));

/**
 * Rules across the record and the coverage entries (references to therapies, payers and sources are
 * checked with the others in src/lib/content/check.ts). `changes` are in file order; `file` names
 * content/changes.yaml in messages; `today` is the content check's today.
 */
export function changeRecordProblems(
  changes: readonly Change[],
  coverage: readonly (Coverage & { file: string })[],
  file: string,
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  const entries = new Map(coverage.map((e) => [entryKey(e), e]));
  const payers = new Set(coverage.map((e) => e.payer));
  const therapies = new Set(coverage.map((e) => e.therapy));
  const ids = new Map<string, number>();
  changes.forEach((c, i) => {
    const id = changeId(c);
    const first = ids.get(id);
    if (first !== undefined)
      problems.push({
        file,
        field: `[${i}]`,
        value: id,
        message: `repeats change [${first}] (same date, payer, therapy and indication)`,
      });
    else ids.set(id, i);
    // A date in the future is reported by the date rules; saying it is also after `recorded` adds nothing.
    if (isAfter(c.date, c.recorded) && !isAfter(c.date, today))
      problems.push({
        file,
        field: `[${i}].date`,
        value: c.date,
        message: `is after the day it was recorded (${c.recorded})`,
      });
    // An unknown payer or therapy is reported once, as an unknown reference, not again here.
    if (isCoverageChange(c) && payers.has(c.payer) && therapies.has(c.therapy) && !entries.has(entryKey(c)))
      problems.push({
        file,
        field: c.indication ? `[${i}].indication` : `[${i}].therapy`,
        value: c.indication ?? c.therapy,
        message: c.indication
          ? `names no coverage entry: payer "${c.payer}" has no entry for therapy "${c.therapy}" with this indication`
          : `names no coverage entry: payer "${c.payer}" has no entry for this therapy without an indication`,
      });
  });
  // The newest change of each entry must end where the entry is now: the record cannot drift from the data.
  const coverageChanges = changes.filter(isCoverageChange);
  const seen = new Set<string>();
  for (const c of newestFirst(coverageChanges)) {
    const key = entryKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = entries.get(key);
    if (entry && entry.status !== c.to)
      problems.push({
        file,
        field: `[${changes.indexOf(c)}].to`,
        value: c.to,
        message:
          `is not the current status of the entry in ${entry.file} ("${entry.status}"): ` +
          "this is the entry's newest change, so it must end there",
      });
  }
  return problems;
}
