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

/** The first review due among several checked items: a page is due when its first fact is. */
export const firstReviewDue = (items: readonly { checked: string; reviewMonths?: number | undefined }[]): string =>
  items.map((i) => reviewDue(i.checked, i.reviewMonths)).reduce((a, b) => (b < a ? b : a));
