// Writes content/coverage-status.lock.json, the snapshot of every coverage entry's status, after a change.
// Usage: npm run coverage:lock [-- <content dir>]
// It refuses while the content has problems, and while any status moved from the snapshot without a change
// in content/changes.yaml that records it: record the change first (CONTRIBUTING.md, "A change of status").

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem } from '../src/lib/content/check.ts';
import { readContent } from '../src/lib/content/read.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { coverageLockSchema } from '../src/schemas/coverage-lock.ts';
import { LOCK_FILE, formatLock, statusSnapshot, unrecordedStatusChanges } from '../src/lib/changes/lock.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const dir = positionals[0] ?? contentDir();
const raw = readContent(dir);
// Check everything but the snapshot itself: that is what this script rewrites.
const { problems, catalog } = checkContent({ ...raw, coverageLock: undefined });
const fail = (lines: string[], why: string) => {
  for (const line of lines) console.error(line);
  console.error(`coverage-lock: ${why}; the snapshot was not written`);
  process.exit(1);
};
if (problems.length) fail(problems.map(formatProblem), `${problems.length} problem(s) in ${dir}: fix them first`);

const file = join(dir, LOCK_FILE);
if (raw.coverageLock) {
  const old = coverageLockSchema.safeParse(raw.coverageLock.data);
  if (!old.success) fail([`${raw.coverageLock.file}: ${old.error.message}`], 'the old snapshot cannot be read');
  else {
    const changesFile = raw.changes?.file ?? join(dir, 'changes.yaml');
    const unrecorded = unrecordedStatusChanges({
      lock: old.data,
      coverage: catalog.coverage,
      changes: catalog.changes,
      files: { lock: raw.coverageLock.file, changes: changesFile },
    });
    if (unrecorded.length) fail(unrecorded.map(formatProblem), `${unrecorded.length} status change(s) not recorded`);
  }
} else if (existsSync(file)) fail([], `${file} could not be read`);

const lock = statusSnapshot(catalog.coverage);
writeFileSync(file, formatLock(lock));
console.log(`coverage-lock: wrote ${file} (${Object.keys(lock.statuses).length} entries)`);
