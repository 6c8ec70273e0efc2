/**
 * When a page is due for its next review: every page and coverage fact is reviewed at least every 12
 * months unless its data sets a shorter `reviewMonths` (the about page says so), and pages show the date
 * beside "last reviewed". The content check lists what is past due with the same function.
 */

/** Months between reviews unless the data says otherwise. */
export const REVIEW_MONTHS = 12;

/** `YYYY-MM-DD` + `months` calendar months; a day the month lacks becomes that month's last day. */
export function reviewDue(lastReviewed: string, months = REVIEW_MONTHS): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lastReviewed);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: ${JSON.stringify(lastReviewed)}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const d = Math.min(Number(m[3]), last);
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Something a person checked on a date: a source, a coverage entry, or a page (`checked` = its `lastReviewed`). */
export interface Checked {
  checked: string;
  /** Months until its next review, when shorter than `REVIEW_MONTHS`. */
  reviewMonths?: number | undefined;
}

/** The first review due among several checked items: a page is due when its first fact is. */
export const firstReviewDue = (items: readonly Checked[]): string =>
  items.map((i) => reviewDue(i.checked, i.reviewMonths)).reduce((a, b) => (b < a ? b : a));

/** The two dates a page shows under its heading: "Last reviewed … Next review by …". */
export interface PageReview {
  lastReviewed: string;
  nextReview: string;
}

/**
 * The review dates of a page built from many checked items (a list of pages, the coverage table, the
 * sources a tool rests on): reviewed on the date of its oldest check, due when its first item falls due.
 * The oldest check, not the newest, because "last reviewed" must hold for everything the page shows; and
 * so the next review can never read as earlier than the last one, however stale one item has become (each
 * item is due at least a month after its own check, so after the oldest).
 */
export function pageReview(items: readonly Checked[]): PageReview {
  if (items.length === 0) throw new Error('pageReview: a page needs at least one checked item to date it');
  return {
    lastReviewed: items.map((i) => i.checked).reduce((a, b) => (b < a ? b : a)),
    nextReview: firstReviewDue(items),
  };
}

/** A page that a person reviewed as a whole on `lastReviewed`: due `REVIEW_MONTHS` later. */
export const wholePageReview = (lastReviewed: string): PageReview => pageReview([{ checked: lastReviewed }]);

/**
 * A translated page's review dates: last reviewed when the older of its English review and its translation's
 * was, and due when the first of them is. A translation reviewed after the facts it words were last checked
 * does not make them any fresher (a flow's coverage outcome shows entries checked before its words were
 * translated), and one reviewed before the English shows its own, older date.
 */
export function translatedReview(english: PageReview, translationReviewed: string | undefined): PageReview {
  if (translationReviewed === undefined) return english;
  const translation = wholePageReview(translationReviewed);
  const earlier = (a: string, b: string) => (b < a ? b : a);
  return {
    lastReviewed: earlier(english.lastReviewed, translation.lastReviewed),
    nextReview: earlier(english.nextReview, translation.nextReview),
  };
}
