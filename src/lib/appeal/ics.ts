/**
 * Appeal deadlines as an iCalendar file (RFC 5545), made on the reader's device: the deadline finder hands
 * it to the browser as a download, so nothing is sent anywhere. Pure functions, no DOM.
 *
 * Each deadline is an all-day event (`DTSTART;VALUE=DATE`, `DTEND` the next day). A date value has no time
 * and no time zone, so no calendar can move it to the day before or after when the reader's time zone or
 * daylight-saving time changes; dates are worked out from the `YYYY-MM-DD` text, never a local Date. Lines
 * end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text values are escaped.
 */
import { addDays, appealSchedule, describeLevelDeadline, isIsoDate, type PlanRules } from './deadlines.ts';
import type { DeadlineWords } from '../../i18n/deadline-words.ts';
import { DEADLINE_WORDS_EN } from '../../i18n/deadline-words/en.ts';
import { fillWords } from '../format/text.ts';
import { formatDate } from '../format/date.ts';
import type { AppealLevel } from '../../schemas/appeal.ts';

/** One all-day event. */
export interface CalendarEvent {
  /** Stable id: the same deadline always gets the same UID, so importing the file again updates the event. */
  uid: string;
  /** The day, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  /** A page about the event. */
  url?: string;
  /** Days before the date to remind the reader; none when left out. */
  remindDaysBefore?: number;
}

/** The reminder fires at this hour of the reader's own day, not at midnight. */
const REMINDER_HOUR = 9;
const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and any line break as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line (RFC 5545 3.1): no line longer than 75 octets, continuation lines start with one
 * space (which counts toward the 75), and a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** `YYYY-MM-DD` → `YYYYMMDD`, the iCalendar DATE form. */
const icsDate = (date: string) => {
  if (!isIsoDate(date)) throw new Error(`Not a real calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return date.replaceAll('-', '');
};

/** A UTC instant as an iCalendar DATE-TIME (`20261130T102836Z`), for DTSTAMP. */
const icsStamp = (at: Date) => {
  if (Number.isNaN(at.getTime())) throw new Error('DTSTAMP needs a valid date');
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
};

/** The trigger for a reminder `days` before an all-day event, at REMINDER_HOUR on that day. */
const trigger = (days: number) => {
  if (!Number.isInteger(days) || days < 1) throw new Error(`Reminder days must be a whole number ≥ 1: ${days}`);
  return `-P${days - 1}DT${24 - REMINDER_HOUR}H`;
};

/**
 * The whole calendar file. `stamp` is when the file is made (DTSTAMP, in UTC); the caller passes it so the
 * same input always gives the same file.
 */
export function buildCalendar(events: readonly CalendarEvent[], stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Regen Coverage Guide//Appeal deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icsStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.url ? [`URL:${e.url}`] : []),
      'TRANSP:TRANSPARENT',
    );
    if (e.remindDaysBefore !== undefined) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${trigger(e.remindDaysBefore)}`,
        `DESCRIPTION:${escapeText(`In ${e.remindDaysBefore} days: ${e.summary}`)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** What the deadline finder knows about a plan in the browser: its label and each level's name and rule. */
export interface CalendarPlan extends PlanRules {
  planType: string;
  label: string;
  levels: readonly Pick<AppealLevel, 'id' | 'name' | 'startsFrom' | 'deadline'>[];
}

/** Days before a deadline the reminder fires. */
export const REMIND_DAYS = 7;

/**
 * The deadlines the finder works out for `plan` and the date on the notice, as events: the first level's
 * date, or for a window set by the state, the earliest date (the safe one) with the latest in the text.
 * Later levels start from a decision not yet made, so they have no date. Each UID is built from the plan,
 * the level and the notice date, so the same deadline keeps its UID. `host` names the site in the UID.
 */
export function deadlineEvents(
  plan: CalendarPlan,
  noticeDate: string,
  today: string,
  host: string,
  url?: string,
  words: DeadlineWords = DEADLINE_WORDS_EN,
): CalendarEvent[] {
  const [first] = appealSchedule(plan, noticeDate, today).levels;
  if (!first?.deadline || first.deadline.kind === 'automatic') return [];
  const level = first.level;
  const d = first.deadline;
  const date = d.kind === 'date' ? d.date : d.earliest;
  const rule = describeLevelDeadline(level, words);
  const w = words.calendar;
  const day = (value: string) => formatDate(value, words.lang);
  return [
    {
      uid: `${plan.planType}-${level.id}-${icsDate(noticeDate)}@${host}`,
      date,
      summary: fillWords(w.summary, { name: level.name }),
      description: [
        d.kind === 'date'
          ? fillWords(w.fileBy, { date: day(date) })
          : fillWords(w.fileBySafe, { date: day(date), latest: day(d.latest) }),
        fillWords(w.rule, { plan: plan.label, rule, notice: day(noticeDate) }),
        w.govern,
      ].join('\n'),
      ...(url ? { url } : {}),
      remindDaysBefore: REMIND_DAYS,
    },
  ];
}
