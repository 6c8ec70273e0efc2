/**
 * Geometry and labels for price range bars: every range of a therapy is drawn on one scale from $0 to
 * the highest price, so bars can be compared at a glance. Percentages are rounded to 0.1.
 */
import type { CostRow } from '../../schemas/cost.ts';
import { compareRows, highOf } from '../costs/evidence.ts';
import { COST_WORDS_EN } from '../../i18n/cost-words/en.ts';

/** What one price covers, in English (other languages: src/i18n/cost-words/). */
export const SCOPE_LABEL: Record<CostRow['scope'], string> = COST_WORDS_EN.scope;

/** Which kind of clinic, in English. */
export const TIER_LABEL: Record<CostRow['tier'], string> = COST_WORDS_EN.tier;

const pct = (v: number, max: number) => Math.round((v / max) * 1000) / 10;

export function rangeScale(rows: readonly Pick<CostRow, 'low' | 'high'>[]) {
  const max = Math.max(1, ...rows.map(highOf));
  return (r: Pick<CostRow, 'low' | 'high' | 'typical'>) => ({
    left: pct(r.low, max),
    width: Math.max(pct(highOf(r) - r.low, max), 1),
    typical: r.typical === undefined ? undefined : pct(r.typical, max),
  });
}

const SCOPE_ORDER = Object.keys(SCOPE_LABEL);
const TIER_ORDER = Object.keys(TIER_LABEL);

/** Rows in a stable reading order: by scope (as listed above), then clinic type, then strongest evidence first. */
export const sortCostRows = <T extends Pick<CostRow, 'scope' | 'tier' | 'evidence' | 'dataYear'>>(
  rows: readonly T[],
): T[] =>
  [...rows].sort(
    (a, b) =>
      SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope) ||
      TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) ||
      compareRows(a, b),
  );
