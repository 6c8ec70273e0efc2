/**
 * The deadline finder's arithmetic: from the date on a denial notice and a plan's appeal rules
 * (content/appeal-deadlines.yaml), the date each step must be filed by. Pure functions, no Astro.
 *
 * Dates are `YYYY-MM-DD` strings throughout. Arithmetic runs on UTC midnights, so the result never depends
 * on the time zone of the build machine or the reader's browser. These are the general rules: the date on
 * the reader's own notice governs, and pages must say so next to every date shown.
 */
import type { AppealLevel, AppealPlan, DeadlineRule } from '../../schemas/appeal.ts';
import type { DeadlineWords } from '../../i18n/deadline-words.ts';
import { DEADLINE_WORDS_EN } from '../../i18n/deadline-words/en.ts';
import { fillWords } from '../format/text.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a real calendar date into numbers, or returns undefined (wrong shape, or a day that does not exist). */
function parts(date: string): { y: number; m: number; d: number } | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

/** Like `parts`, for dates handed in by code: a bad one is a programming error, so it throws. */
function mustParts(date: string, what = 'date'): { y: number; m: number; d: number } {
  const p = parts(date);
  if (!p) throw new Error(`Not a real calendar ${what} (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return p;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `m` (1–12) of year `y`, Gregorian calendar. */
function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const format = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
/** Milliseconds at UTC midnight. setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999. */
const toUtc = ({ y, m, d }: { y: number; m: number; d: number }) => new Date(0).setUTCFullYear(y, m - 1, d);
const fromUtc = (ms: number) => {
  const dt = new Date(ms);
  return format(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
};

/** True when `date` is a real calendar date written `YYYY-MM-DD`. */
export const isIsoDate = (date: string): boolean => parts(date) !== undefined;

/** `date` plus `n` calendar days (n may be negative). `addDays('2028-02-28', 1)` is `'2028-02-29'`. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`Days must be a whole number: ${n}`);
  return fromUtc(toUtc(mustParts(date)) + n * MS_PER_DAY);
}

/** Whole calendar days from `from` to `to`: positive when `to` is later, negative when it is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(mustParts(to)) - toUtc(mustParts(from))) / MS_PER_DAY);
}

/**
 * `date` plus `n` calendar months, counted the way the federal external-review rule counts them
 * (45 CFR 147.136(d)(2)(i)): the same day of the month, `n` months later; when that month has no such day,
 * the 1st day of the month after it. So 2026-10-31 + 4 months is 2027-03-01 (no February 31), and
 * 2027-10-29 + 4 months is 2028-02-29 (a leap year).
 */
export function addMonthsFederal(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`Months must be a whole number: ${n}`);
  const { y, m, d } = mustParts(date);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  if (d <= daysInMonth(ty, tm)) return format(ty, tm, d);
  return tm === 12 ? format(ty + 1, 1, 1) : format(ty, tm + 1, 1);
}

/** The reader's own calendar date, `YYYY-MM-DD` (local time: "today" is the day on the reader's wall calendar). */
function localToday(now: Date): string {
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Notices older than this many years are almost surely a typo in the year. */
const MAX_AGE_YEARS = 5;

export type ParsedNoticeDate = { ok: true; date: string } | { ok: false; error: string };

/**
 * Checks what the reader typed as the date on their notice. Accepts `YYYY-MM-DD` (what `<input type=date>`
 * gives), with surrounding spaces ignored. Errors are whole sentences to show beside the field.
 * `today` is the reader's date (`YYYY-MM-DD`); it defaults to the local calendar date of this device.
 */
export function parseNoticeDate(
  input: string,
  today: string = localToday(new Date()),
  words: DeadlineWords = DEADLINE_WORDS_EN,
): ParsedNoticeDate {
  mustParts(today, 'date for today');
  const value = input.trim();
  const w = words.parse;
  if (value === '') return { ok: false, error: w.empty };
  if (!ISO_DATE.test(value)) return { ok: false, error: w.format };
  if (!parts(value)) return { ok: false, error: fillWords(w.noSuchDate, { value }) };
  if (value > today) return { ok: false, error: w.future };
  if (value < addMonthsFederal(today, -12 * MAX_AGE_YEARS))
    return { ok: false, error: fillWords(w.tooOld, { value, years: MAX_AGE_YEARS }) };
  return { ok: true, date: value };
}

/** What a rule gives for one starting date. */
export type Deadline =
  { kind: 'date'; date: string } | { kind: 'range'; earliest: string; latest: string } | { kind: 'automatic' };

/**
 * The deadline a rule gives when the step starts on `from`: a single date, a range when the state sets the
 * window (file by `earliest` to be safe), or `automatic` when the reader files nothing.
 */
export function deadlineFor(rule: DeadlineRule, from: string): Deadline {
  mustParts(from);
  switch (rule.kind) {
    case 'days':
      return { kind: 'date', date: addDays(from, (rule.receiptDays ?? 0) + rule.days) };
    case 'months':
      return { kind: 'date', date: addMonthsFederal(from, rule.months) };
    case 'day-range':
      return { kind: 'range', earliest: addDays(from, rule.minDays), latest: addDays(from, rule.maxDays) };
    case 'automatic':
      return { kind: 'automatic' };
  }
}

/** What the schedule needs of a plan: its levels' rules, in order. */
export type PlanRules = { readonly levels: readonly Pick<AppealLevel, 'deadline'>[] };

export interface ScheduledLevel<L = AppealLevel> {
  level: L;
  /** The deadline as a date for the first level; null for later levels, which start from a decision not yet made. */
  deadline: Deadline | null;
  /**
   * Days from today to the first level's deadline (the earliest date of a range); negative once it has passed.
   * Null otherwise.
   */
  daysLeft: number | null;
}

export interface AppealSchedule<P extends PlanRules = AppealPlan> {
  plan: P;
  noticeDate: string;
  levels: ScheduledLevel<P['levels'][number]>[];
}

/**
 * Every level of `plan`, with a date for the first (the step the reader's notice starts) and the rule alone
 * for the rest. `noticeDate` and `today` must be real `YYYY-MM-DD` dates (check input with `parseNoticeDate`).
 * `plan` needs only its levels' rules, so the browser can be handed just those.
 */
export function appealSchedule<P extends PlanRules>(plan: P, noticeDate: string, today: string): AppealSchedule<P> {
  mustParts(noticeDate, 'notice date');
  mustParts(today, 'date for today');
  return {
    plan,
    noticeDate,
    levels: plan.levels.map((level, i) => {
      if (i > 0) return { level, deadline: null, daysLeft: null };
      const deadline = deadlineFor(level.deadline, noticeDate);
      const last = deadline.kind === 'date' ? deadline.date : deadline.kind === 'range' ? deadline.earliest : undefined;
      return { level, deadline, daysLeft: last === undefined ? null : daysBetween(today, last) };
    }),
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A level's time limit as one plain phrase, joining the rule and what it counts from without repeating
 * "from": "180 days from the date on your denial notice", "120 days from the day you get the notice of the
 * claim decision (Medicare assumes you get it 5 days after the date on it)", "moves on automatically after
 * your plan's decision, if it keeps any part of the denial".
 */
export function describeLevelDeadline(
  level: Pick<AppealLevel, 'deadline' | 'startsFrom'>,
  words: DeadlineWords = DEADLINE_WORDS_EN,
  assumedBy = 'Medicare',
): string {
  const rule = level.deadline;
  const w = words.rule;
  const from = level.startsFrom;
  switch (rule.kind) {
    case 'days': {
      const base = fillWords(w.days, { count: count(rule.days, ...words.day), from });
      return rule.receiptDays
        ? fillWords(w.receipt, { base, who: assumedBy, count: count(rule.receiptDays, ...words.day) })
        : base;
    }
    case 'months':
      return fillWords(w.months, { count: count(rule.months, ...words.month), from });
    case 'day-range':
      return fillWords(w.range, { min: rule.minDays, max: rule.maxDays, from });
    case 'automatic':
      return fillWords(w.automatic, { from });
  }
}
