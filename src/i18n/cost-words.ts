/**
 * The words of cash prices (src/lib/costs/evidence.ts, src/lib/format/ranges.ts), per language: what a price
 * covers, which clinics, what kind of evidence it is. Kept in small modules of their own (cost-words/en.ts,
 * es.ts) like the deadline words, because the estimator's browser script words its prices with them and
 * should carry the English only. `{…}` marks are filled in by src/lib/format/text.ts `fillWords`.
 */
import type { Lang } from '../schemas/language.ts';
import type { CostEvidence, CostRow } from '../schemas/cost.ts';
import { COST_WORDS_EN } from './cost-words/en.ts';
import { COST_WORDS_ES } from './cost-words/es.ts';

/** One kind of evidence in words: with a year and without, in full and short (`{year}`, `{who}`, `{unknown}`). */
export interface EvidenceWords {
  dated: string;
  undated: string;
  short: string;
  shortUndated: string;
}

export interface CostWords {
  lang: Lang;
  /** What one price covers, as a label that starts a line ("Per injection"). */
  scope: Record<CostRow['scope'], string>;
  /** Which kind of clinic, inside a sentence ("lower-cost clinics"). */
  tier: Record<CostRow['tier'], string>;
  /** A floor: "from $2,000" (`{price}`). */
  from: string;
  evidence: Record<CostEvidence, EvidenceWords>;
  /** A survey's sample after its kind: " of 273 clinics across the US (65 gave a price)". */
  who: string;
  sample: string;
  priced: string;
  about: string;
  /** Said where a price row gives no year for its prices. */
  yearUnknown: string;
  /** The group of "stem cell" prices whose source does not say which cells. */
  unnamedCells: string;
}

export const COST_WORDS: Record<Lang, CostWords> = { en: COST_WORDS_EN, es: COST_WORDS_ES };
