/**
 * The series the estimator counts, from the therapy pages' front matter (`series`): by therapy for the cash
 * estimate (model.ts SeriesTable), and by Original Medicare service for the Medicare one (medicare.ts), so both
 * start from the same number of shots. Build time; the tables ship to the browser as data.
 */
import type { TreatmentSeries } from '../../schemas/therapy.ts';
import type { SeriesTable } from './model.ts';

interface WithSeries {
  slug: string;
  series?: TreatmentSeries | undefined;
}

/** Therapy slug → its series (shots and the words on where the number comes from). */
export const seriesTable = (therapies: readonly WithSeries[]): SeriesTable =>
  Object.fromEntries(
    therapies.flatMap((t) => (t.series ? [[t.slug, { shots: t.series.shots, note: t.series.note }]] : [])),
  );

/** Medicare service id → the shots of the series it is paid for once each. */
export const seriesShotsByService = (therapies: readonly WithSeries[]): Readonly<Record<string, number>> =>
  Object.fromEntries(therapies.flatMap((t) => (t.series ? t.series.medicare.map((id) => [id, t.series!.shots]) : [])));
