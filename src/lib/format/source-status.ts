/**
 * The label a withdrawn, superseded or retired source carries wherever it is cited, so a reader never
 * mistakes an old document for the rule in force: "Withdrawn December 24, 2025: never took effect."
 */
import type { SourceStatus } from '../../schemas/source.ts';
import { formatDate } from './date.ts';

const WORD: Record<SourceStatus['kind'], string> = {
  withdrawn: 'Withdrawn',
  superseded: 'Superseded',
  retired: 'Retired',
};

/** `replacedBy` is the citation label of the replacing source, when the status names one. */
export function sourceStatusLine(status: SourceStatus, replacedBy?: string): string {
  const head = status.date ? `${WORD[status.kind]} ${formatDate(status.date)}` : WORD[status.kind];
  const parts = [status.note, replacedBy && `replaced by ${replacedBy}`].filter(Boolean);
  return parts.length ? `${head}: ${parts.join('; ')}.` : `${head}.`;
}
