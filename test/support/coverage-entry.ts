/** A coverage entry for unit tests: the fields every entry needs, `over` for the ones a test is about. */
import type { Coverage } from '../../src/schemas/coverage.ts';

export const entry = (over: Partial<Coverage>): Coverage => ({
  therapy: 'prp',
  payer: 'medicare',
  status: 'unknown',
  answer: 'An answer long enough for the schema.',
  criteria: [],
  note: 'A note long enough for the schema.',
  sources: ['s'],
  checked: '2026-11-22',
  ...over,
});
