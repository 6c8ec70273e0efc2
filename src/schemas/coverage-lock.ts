/**
 * content/coverage-status.lock.json: the snapshot of every coverage entry's status as last recorded. It is
 * written by `npm run coverage:lock` (scripts/coverage-lock.ts), never by hand, and read by the content check
 * (src/lib/changes/lock.ts): a status that differs from the snapshot fails the check, and the script refuses
 * to update the snapshot until content/changes.yaml records the change. So no status changes silently.
 */
import { z } from 'astro/zod';
import { coverageStatus } from './coverage.ts';

/**
 * An entry's name in the snapshot: `payer/therapy`, or `payer/therapy/indication` when the entry has an
 * indication. Slugs have no slash, so the name is unambiguous.
 */
export const lockKey = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+(?:\/[a-z0-9-]+)?$/, 'must be "payer/therapy" or "payer/therapy/indication"');

export const coverageLockSchema = z
  .object({
    /** What the file is and how to update it, for a person who opens it. Written by the script. */
    about: z.string().min(10),
    /** Every coverage entry's status, by entry name, in name order. */
    statuses: z.record(lockKey, coverageStatus),
  })
  .strict();

export type CoverageLock = z.infer<typeof coverageLockSchema>;
