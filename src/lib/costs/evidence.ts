/**
 * What a price row is, in words, and which row to trust most. One place for both, so the therapy pages,
 * the price table and the estimator say the same thing beside every range ("one clinic's advertised
 * prices; year of the prices not stated") and never call an advertisement a survey.
 */
import type { CostEvidence, CostRow } from '../../schemas/cost.ts';
import { formatUsd, formatUsdRange } from '../format/money.ts';

/** Strongest first: a survey of many clinics, a public fee schedule, one clinic's advertisement, an article's claim. */
export const EVIDENCE_ORDER: readonly CostEvidence[] = ['survey', 'fee-schedule', 'clinic-ad', 'article'];

/** The name of the group of "stem cell" prices whose source does not say which cells. */
export const UNSPECIFIED_CELLS_NAME = '“Stem cell” shots, cells not named';

/** The therapies whose pages also show the unnamed-cell prices, as a group of their own. */
export const UNSPECIFIED_CELLS_SHOWN_ON: readonly string[] = ['bone-marrow-concentrate', 'adipose-cells'];

/**
 * The `therapy` of "stem cell" prices whose source does not say which cells (bone marrow, fat, birth tissue):
 * shown as their own group, never as the price of one named therapy. (A plain constant here, not in the
 * schema: the estimator's browser code imports this file and must not pull in zod.)
 */
export const UNSPECIFIED_CELLS = 'unspecified-stem-cells';

/** The therapy pages that show a row's prices: its own, or for unnamed cells the pages listed above. */
export const therapiesShowing = (therapy: string): readonly string[] =>
  therapy === UNSPECIFIED_CELLS ? UNSPECIFIED_CELLS_SHOWN_ON : [therapy];

/** A therapy page's rows: its own first, then (on the listed pages) the unnamed-cell group, flagged. */
export const rowsShownOn = <T extends Pick<CostRow, 'therapy'>>(rows: readonly T[], therapy: string) => ({
  own: rows.filter((r) => r.therapy === therapy),
  unnamed: UNSPECIFIED_CELLS_SHOWN_ON.includes(therapy) ? rows.filter((r) => r.therapy === UNSPECIFIED_CELLS) : [],
});

type Ranked = Pick<CostRow, 'evidence' | 'dataYear'>;

/**
 * Orders rows best first: stronger evidence, then the newer data year (an unknown year counts as older
 * than any known one). Equal rows compare 0, so a stable sort keeps the file's order.
 */
export function compareRows(a: Ranked, b: Ranked): number {
  return (
    EVIDENCE_ORDER.indexOf(a.evidence) - EVIDENCE_ORDER.indexOf(b.evidence) ||
    (b.dataYear ?? -Infinity) - (a.dataYear ?? -Infinity) ||
    0
  );
}

/** The row to trust most among `rows`: best by compareRows; on a tie, the row listed later in the file. */
export function bestRow<T extends Ranked>(rows: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const r of rows) if (!best || compareRows(r, best) <= 0) best = r;
  return best;
}

const YEAR_UNKNOWN = 'year of the prices not stated';

/** Who was asked, for a survey: "273 clinics across the US (65 gave a price)", "… (about 27 gave a price)". */
const sampleWords = (s: NonNullable<CostRow['sample']>) => {
  const priced = s.priced === undefined ? '' : ` (${s.pricedEstimated ? 'about ' : ''}${s.priced} gave a price)`;
  return `${s.count} ${s.unit} ${s.place}${priced}`;
};

/**
 * What the row is, in words, to show beside its range: "a 2017 survey of 273 clinics across the US (65 gave
 * a price)", "one clinic's advertised prices; year of the prices not stated". Only a survey row ever uses
 * the word "survey".
 */
export function evidenceWords(r: Pick<CostRow, 'evidence' | 'dataYear' | 'sample'>): string {
  const y = r.dataYear;
  switch (r.evidence) {
    case 'survey': {
      const who = r.sample ? ` of ${sampleWords(r.sample)}` : '';
      return y === null ? `a survey${who}; ${YEAR_UNKNOWN}` : `a ${y} survey${who}`;
    }
    case 'fee-schedule':
      return y === null ? `a public fee schedule; ${YEAR_UNKNOWN}` : `a public fee schedule, ${y}`;
    case 'clinic-ad':
      return y === null ? `one clinic's advertised prices; ${YEAR_UNKNOWN}` : `one clinic's advertised prices, ${y}`;
    case 'article':
      return y === null ? `an article's estimate; ${YEAR_UNKNOWN}` : `an article's estimate, ${y}`;
  }
}

/** The same words starting a sentence: "One clinic's advertised prices; …". */
export const evidenceSentence = (r: Parameters<typeof evidenceWords>[0]): string => {
  const w = evidenceWords(r);
  return `${w.charAt(0).toUpperCase()}${w.slice(1)}.`;
};

/** The price as the source gives it: "from $2,000" for a floor, never a range; else "$350–$1,700". */
export const priceWords = (r: Pick<CostRow, 'low' | 'high' | 'floor'>): string =>
  r.floor || r.high === undefined ? `from ${formatUsd(r.low)}` : formatUsdRange(r.low, r.high);

/** The high end for drawing a bar: a floor is drawn as its starting point only. */
export const highOf = (r: Pick<CostRow, 'low' | 'high'>): number => r.high ?? r.low;

/**
 * The kind of evidence in two or three words, for the one-line price near the top of a therapy page, which
 * links to the full words: "a survey", "a 2017 survey", "one clinic's ad", "an article".
 */
export function evidenceShort(r: Pick<CostRow, 'evidence' | 'dataYear'>): string {
  const y = r.dataYear === null ? '' : `${r.dataYear} `;
  return {
    survey: `a ${y}survey`,
    'fee-schedule': `a ${y}fee schedule`,
    'clinic-ad': "one clinic's ad",
    article: 'an article',
  }[r.evidence];
}
