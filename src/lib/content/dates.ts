/**
 * The content check's date rules: a date that records something that has happened (a check, a review, a
 * publication, a change) may not lie in the future, and every page, coverage entry and source whose last
 * check is older than its review interval is listed, so a stale fact is found before a reader relies on it.
 * The review dates come from the same `reviewDue` the pages use for "Next review by", so the two agree.
 */
import { REVIEW_MONTHS, reviewDue } from '../format/review.ts';
import type { Problem } from './problem.ts';

/** True when a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date starts after `day`'s year, month or day. */
export const isAfter = (date: string, day: string): boolean => date > day.slice(0, date.length);

const HOURS_AHEAD_OF_UTC = 14;

/**
 * Today as the content check sees it: the latest calendar date anywhere on Earth (UTC+14), so a date
 * someone typed this morning in Sydney or Auckland is not yet "in the future" by UTC's clock.
 */
export function checkToday(now = new Date()): string {
  return new Date(now.getTime() + HOURS_AHEAD_OF_UTC * 3_600_000).toISOString().slice(0, 10);
}

/** One date in the content: where it is, its value, and what the rules need to know about it. */
export interface DateField {
  file: string;
  /** Field path as problems print it: `entries[2].checked`. */
  field: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  value: string;
  /** What the date belongs to, for a list that gives only an index: a source id, "prp/joints". */
  of?: string;
  /** Only for dates that may lie ahead (a rule's effective date): false. */
  past?: boolean;
  /** Added to the "in the future" message: what may be in the future instead. */
  hint?: string;
  /** For review dates (`checked`, `lastReviewed`): true, with the item's own interval if it has one. */
  review?: { months?: number | undefined };
}

export interface DateCheck {
  /** Dates in the future: errors. */
  problems: Problem[];
  /** Review dates past due: warnings, one per item. */
  overdue: Problem[];
}

/** Applies both rules to `fields`, relative to `today` (YYYY-MM-DD). */
export function checkDates(fields: readonly DateField[], today: string): DateCheck {
  const problems: Problem[] = [];
  const overdue: Problem[] = [];
  for (const f of fields) {
    const at = { file: f.file, field: f.field, value: f.value };
    const of = f.of ? `of ${f.of} ` : '';
    if (f.past !== false && isAfter(f.value, today)) {
      problems.push({ ...at, message: `${of}is in the future (today is ${today})${f.hint ? `; ${f.hint}` : ''}` });
    } else if (f.review) {
      const months = f.review.months ?? REVIEW_MONTHS;
      const due = reviewDue(f.value, months);
      if (today > due)
        overdue.push({
          ...at,
          message: `${of}was due for review by ${due} (every ${months} month${months === 1 ? '' : 's'})`,
        });
    }
  }
  return { problems, overdue };
}
