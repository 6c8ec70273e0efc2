/** The short label of an in-text citation: `short`, else a short `number`, else a shortened publisher. */
import type { Source } from '../../schemas/source.ts';

const MAX = 24;

export function citeLabel(s: Pick<Source, 'short' | 'number' | 'publisher'>): string {
  if (s.short) return s.short;
  if (s.number && s.number.length <= MAX) return s.number;
  if (s.publisher.length <= MAX) return s.publisher;
  // "Centers for Medicare & Medicaid Services" → "Centers for Medicare…": cut at a word boundary.
  const cut = s.publisher.slice(0, MAX - 1);
  const words = cut.slice(0, cut.lastIndexOf(' ') > 8 ? cut.lastIndexOf(' ') : cut.length);
  return `${words.replace(/[\s&,;:(-]+$/, '')}…`;
}
