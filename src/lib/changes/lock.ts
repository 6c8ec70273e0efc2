/**
 * The status snapshot (content/coverage-status.lock.json) against the coverage data and the change record.
 * The record's own check (./record.ts) proves that an entry's newest change ends at its status; it cannot see
 * an entry whose status changed with no change at all. The snapshot can: every status must equal the one in
 * the snapshot, and `npm run coverage:lock` writes a new snapshot only when content/changes.yaml records each
 * status that moved. A status changed without a record therefore fails the content check, naming the entry.
 */
import type { Change } from '../../schemas/change.ts';
import type { Coverage, CoverageStatus } from '../../schemas/coverage.ts';
import type { CoverageLock } from '../../schemas/coverage-lock.ts';
import type { Problem } from '../content/problem.ts';
import { changesOf } from './record.ts';
import { located } from '../content/entries.ts';

/** The snapshot's file name in the content folder. */
export const LOCK_FILE = 'coverage-status.lock.json';

/** The command that writes it, as messages name it. */
export const LOCK_COMMAND = 'npm run coverage:lock';

type Entry = Pick<Coverage, 'payer' | 'therapy' | 'indication' | 'status'> & { file: string };

/** An entry's name in the snapshot: `payer/therapy[/indication]`. */
export const lockName = (e: Pick<Coverage, 'payer' | 'therapy' | 'indication'>): string =>
  [e.payer, e.therapy, ...(e.indication ? [e.indication] : [])].join('/');

/** The snapshot of `coverage` as the script writes it: every status by entry name, in name order. */
export function statusSnapshot(coverage: readonly Entry[]): CoverageLock {
  const statuses = Object.fromEntries(
    coverage.map((e) => [lockName(e), e.status] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return {
    about:
      `Every coverage entry's status as last recorded. ` +
      `Written by ${LOCK_COMMAND}, never by hand: see CONTRIBUTING.md.`,
    statuses,
  };
}

/** The snapshot as file text (Prettier's JSON layout, so the format check passes it as written). */
export const formatLock = (lock: CoverageLock): string => `${JSON.stringify(lock, null, 2)}\n`;

/** True when the entry's newest change takes it from `was` (or from a rule we did not read) to its status. */
function recorded(entry: Entry, was: CoverageStatus, changes: readonly Change[]): boolean {
  const newest = changesOf(changes, entry)[0];
  return newest !== undefined && newest.to === entry.status && (newest.from === undefined || newest.from === was);
}

/** What the snapshot rules compare, and the file names their messages use. */
export interface LockInput {
  lock: CoverageLock;
  coverage: readonly Entry[];
  changes: readonly Change[];
  /** content/coverage-status.lock.json and content/changes.yaml, as messages name them. */
  files: { lock: string; changes: string };
}

/**
 * Entries whose status moved from the snapshot with no change recording it: the one thing the script will
 * not write over.
 */
export function unrecordedStatusChanges({ lock, coverage, changes, files }: LockInput): Problem[] {
  return located(coverage).flatMap(({ entry, at }) => {
    const was = lock.statuses[lockName(entry)];
    if (was === undefined || was === entry.status || recorded(entry, was, changes)) return [];
    return [
      {
        file: entry.file,
        field: `${at}.status`,
        value: entry.status,
        message:
          `of ${lockName(entry)} was "${was}" in ${files.lock}, and no change in ${files.changes} records the move: ` +
          `add a change from "${was}" to "${entry.status}" (kind policy or correction), then run ${LOCK_COMMAND}`,
      },
    ];
  });
}

/**
 * Every way the snapshot differs from the coverage data: a status moved without a record (above), a status
 * moved with a record but the snapshot was not rewritten, an entry the snapshot lacks, and a name in the
 * snapshot that no entry has. All but the first are fixed by running the script.
 */
export function lockProblems(input: LockInput): Problem[] {
  const { lock, coverage, changes, files } = input;
  const problems = unrecordedStatusChanges(input);
  const names = new Set<string>();
  for (const { entry, at } of located(coverage)) {
    const name = lockName(entry);
    names.add(name);
    const was = lock.statuses[name];
    if (was === undefined)
      problems.push({
        file: entry.file,
        field: `${at}.status`,
        value: entry.status,
        message: `of ${name} is not in ${files.lock}: a new entry needs no change record; run ${LOCK_COMMAND}`,
      });
    else if (was !== entry.status && recorded(entry, was, changes))
      problems.push({
        file: entry.file,
        field: `${at}.status`,
        value: entry.status,
        message: `of ${name} is recorded in ${files.changes} but ${files.lock} still has "${was}": run ${LOCK_COMMAND}`,
      });
  }
  for (const name of Object.keys(lock.statuses))
    if (!names.has(name))
      problems.push({
        file: files.lock,
        field: `statuses`,
        value: name,
        message: `names no coverage entry (one was removed or renamed): run ${LOCK_COMMAND}`,
      });
  return problems;
}
