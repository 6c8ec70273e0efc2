/**
 * What a price row is, in words, and which row to trust most. One place for both, so the therapy pages,
 * the price table and the estimator say the same thing beside every range ("one clinic's advertised
 * prices; year of the prices not stated") and never call an advertisement a survey.
 */
import type { CostEvidence, CostRow } from '../../schemas/cost.ts';
import type { CostWords } from '../../i18n/cost-words.ts';
import { COST_WORDS_EN } from '../../i18n/cost-words/en.ts';
import { formatUsd, formatUsdRange } from '../format/money.ts';
import { fillWords } from '../format/text.ts';

/** Strongest first: a survey of many clinics, a public fee schedule, one clinic's advertisement, an article's claim. */
export const EVIDENCE_ORDER: readonly CostEvidence[] = ['survey', 'fee-schedule', 'clinic-ad', 'article'];

/** The name of the group of "stem cell" prices whose source does not say which cells (in English). */
export const UNSPECIFIED_CELLS_NAME = COST_WORDS_EN.unnamedCells;

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

/**
 * Who was asked, for a survey: "273 clinics across the US (65 gave a price)", "… (about 27 gave a price)". The
 * sample's own words are the row's, in its language (src/data.ts `costsIn`: content/es/costs.yaml in Spanish).
 */
const sampleWords = (s: NonNullable<CostRow['sample']>, w: CostWords) =>
  fillWords(w.sample, {
    count: s.count,
    unit: s.unit,
    place: s.place,
    priced:
      s.priced === undefined ? '' : fillWords(w.priced, { about: s.pricedEstimated ? w.about : '', priced: s.priced }),
  });

/**
 * What the row is, in words, to show beside its range: "a 2017 survey of 273 clinics across the US (65 gave
 * a price)", "one clinic's advertised prices; year of the prices not stated". Only a survey row ever uses
 * the word "survey".
 */
export function evidenceWords(
  r: Pick<CostRow, 'evidence' | 'dataYear' | 'sample'>,
  w: CostWords = COST_WORDS_EN,
): string {
  const words = w.evidence[r.evidence];
  const who = r.evidence === 'survey' && r.sample ? fillWords(w.who, { sample: sampleWords(r.sample, w) }) : '';
  return r.dataYear === null
    ? fillWords(words.undated, { who, unknown: w.yearUnknown })
    : fillWords(words.dated, { who, year: r.dataYear });
}

/** The same words starting a sentence: "One clinic's advertised prices; …". */
export const evidenceSentence = (r: Parameters<typeof evidenceWords>[0], w: CostWords = COST_WORDS_EN): string => {
  const text = evidenceWords(r, w);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

/** The price as the source gives it: "from $2,000" for a floor, never a range; else "$350–$1,700". */
export const priceWords = (r: Pick<CostRow, 'low' | 'high' | 'floor'>, w: CostWords = COST_WORDS_EN): string =>
  r.floor || r.high === undefined ? fillWords(w.from, { price: formatUsd(r.low) }) : formatUsdRange(r.low, r.high);

/** The high end for drawing a bar: a floor is drawn as its starting point only. */
export const highOf = (r: Pick<CostRow, 'low' | 'high'>): number => r.high ?? r.low;

/**
 * The kind of evidence in two or three words, for the one-line price near the top of a therapy page, which
 * links to the full words: "a survey", "a 2017 survey", "one clinic's ad", "an article".
 */
export function evidenceShort(r: Pick<CostRow, 'evidence' | 'dataYear'>, w: CostWords = COST_WORDS_EN): string {
  const words = w.evidence[r.evidence];
  return r.dataYear === null ? words.shortUndated : fillWords(words.short, { year: r.dataYear });
}
