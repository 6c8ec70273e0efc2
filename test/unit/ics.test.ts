/**
 * The calendar file (src/lib/appeal/ics.ts), checked by a real iCalendar parser (ical.js): it must read the
 * file we write and give back the same dates, text and reminder. Time zones: test/unit/ics-timezones.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addDays, deadlineFor } from '../../src/lib/appeal/deadlines.ts';
import {
  REMIND_DAYS,
  buildCalendar,
  deadlineEvents,
  escapeText,
  foldLine,
  type CalendarEvent,
  type CalendarPlan,
} from '../../src/lib/appeal/ics.ts';
import { appealDeadlinesFileSchema } from '../../src/schemas/appeal.ts';

const plans = appealDeadlinesFileSchema.parse(
  parse(readFileSync(fileURLToPath(new URL('../../content/appeal-deadlines.yaml', import.meta.url)), 'utf8')),
);
const plan = (t: string) => plans.find((p) => p.planType === t)!;
const STAMP = new Date('2026-11-30T10:28:36.512Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

/** Parses with ical.js and returns each event's fields as plain values. */
function read(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    const alarm = c.getFirstSubcomponent('valarm');
    let remindAt: string | undefined;
    if (alarm) {
      const t = e.startDate.clone();
      t.isDate = false;
      t.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
      remindAt = t.toString();
    }
    return {
      uid: e.uid,
      start: e.startDate.toString(),
      startIsDate: e.startDate.isDate,
      end: e.endDate.toString(),
      summary: e.summary,
      description: e.description,
      stamp: String(c.getFirstPropertyValue('dtstamp')),
      url: c.getFirstPropertyValue('url'),
      remindAt,
    };
  });
}

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'marketplace-internal-appeal-20261130@example.org',
  date: '2027-05-29',
  summary: 'Appeal deadline: Internal appeal to your plan',
  description: 'File by May 29, 2027.',
  remindDaysBefore: 7,
  ...over,
});

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('plain: text "quoted"')).toBe('plain: text "quoted"');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
  it('keeps every line within 75 octets, never splits a character, and unfolds to the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const line = `DESCRIPTION:${s.replace(/[\r\n]/g, ' ')}`;
        const folded = foldLine(line);
        const parts = folded.split('\r\n');
        for (const p of parts) {
          expect(octets(p)).toBeLessThanOrEqual(75);
          // A split inside a UTF-8 sequence or a surrogate pair would not survive a strict round trip.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).toBe(p);
        }
        parts.slice(1).forEach((p) => expect(p.startsWith(' ')).toBe(true));
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});

describe('buildCalendar', () => {
  it('writes an all-day event with a reminder a week before, which ical.js reads back the same', () => {
    const ics = buildCalendar([event({ url: 'https://example.org/appeal/deadlines/' })], STAMP);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/); // every line ends in CRLF
    expect(ics).toContain('DTSTART;VALUE=DATE:20270529\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20270530\r\n');
    expect(ics).toContain('DTSTAMP:20261130T102836Z\r\n');
    expect(read(ics)).toEqual([
      {
        uid: 'marketplace-internal-appeal-20261130@example.org',
        start: '2027-05-29',
        startIsDate: true,
        end: '2027-05-30',
        summary: 'Appeal deadline: Internal appeal to your plan',
        description: 'File by May 29, 2027.',
        stamp: '2026-11-30T10:28:36Z',
        url: 'https://example.org/appeal/deadlines/',
        remindAt: '2027-05-22T09:00:00',
      },
    ]);
  });
  it('ends the event on the next day across month, year and leap-day ends', () => {
    for (const [date, end] of [
      ['2027-01-31', '2027-02-01'],
      ['2026-12-31', '2027-01-01'],
      ['2028-02-28', '2028-02-29'],
      ['2028-02-29', '2028-03-01'],
    ] as const) {
      expect(read(buildCalendar([event({ date })], STAMP))[0]).toMatchObject({ start: date, end });
    }
  });
  it('leaves the reminder out when none is asked for, and rejects a date that does not exist', () => {
    const { remindDaysBefore: _, ...noReminder } = event();
    expect(buildCalendar([noReminder], STAMP)).not.toContain('VALARM');
    expect(() => buildCalendar([event({ date: '2027-02-29' })], STAMP)).toThrow(/Not a real calendar date/);
    expect(() => buildCalendar([event()], new Date('nope'))).toThrow(/DTSTAMP/);
    expect(() => buildCalendar([event({ remindDaysBefore: 0 })], STAMP)).toThrow(/Reminder/);
  });
  it('round-trips any text and any date through ical.js (property)', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    // Text a reader could see: any characters but controls, which iCalendar text cannot hold.
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
      .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' '));
    fc.assert(
      fc.property(day, text, text, fc.integer({ min: 1, max: 30 }), (date, summary, description, remind) => {
        const [e] = read(buildCalendar([event({ date, summary, description, remindDaysBefore: remind })], STAMP));
        expect(e).toMatchObject({ start: date, end: addDays(date, 1), startIsDate: true, summary, description });
        expect(e!.remindAt).toBe(`${addDays(date, -remind)}T09:00:00`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('deadlineEvents', () => {
  const host = 'example.org';
  it('gives the date the finder shows, for every kind of plan', () => {
    for (const p of plans) {
      const [e] = deadlineEvents(p, '2026-10-31', '2026-11-30', host);
      const d = deadlineFor(p.levels[0]!.deadline, '2026-10-31');
      expect(d.kind, p.planType).toBe('date'); // no first level in the data is a window or automatic
      expect(e!.date, p.planType).toBe(d.kind === 'date' ? d.date : '');
      expect(e!.summary).toBe(`Appeal deadline: ${p.levels[0]!.name}`);
      expect(e!.description).toContain(p.label);
      expect(e!.description).toMatch(/printed on your own notice govern/);
      expect(e!.remindDaysBefore).toBe(REMIND_DAYS);
    }
  });
  it('counts each plan’s rule: 180 days, Medicare’s 5 days for mail, and calendar months', () => {
    const date = (t: string) => deadlineEvents(plan(t), '2026-10-31', '2026-11-30', host)[0]!.date;
    expect(date('marketplace')).toBe('2027-04-29');
    expect(date('medicare')).toBe('2027-03-05'); // 5 + 120 days
    expect(date('va')).toBe('2027-10-31'); // 12 months
  });
  it('keeps one UID per plan, level and notice date, whatever day the file is made', () => {
    const a = deadlineEvents(plan('medicare'), '2026-10-31', '2026-11-01', host)[0]!;
    const b = deadlineEvents(plan('medicare'), '2026-10-31', '2026-11-30', host)[0]!;
    expect(a.uid).toBe('medicare-redetermination-20261031@example.org');
    expect(b.uid).toBe(a.uid);
    expect(deadlineEvents(plan('medicare'), '2026-10-30', '2026-11-30', host)[0]!.uid).not.toBe(a.uid);
    expect(deadlineEvents(plan('medicaid'), '2026-10-31', '2026-11-30', host)[0]!.uid).not.toBe(a.uid);
  });
  it('puts the safe date of a state window in the calendar and the latest date in the text', () => {
    const windowPlan: CalendarPlan = {
      planType: 'test',
      label: 'Test plan',
      levels: [
        {
          id: 'hearing',
          name: 'Hearing',
          startsFrom: 'the date on the decision',
          deadline: { kind: 'day-range', minDays: 90, maxDays: 120 },
        },
      ],
    };
    const [e] = deadlineEvents(windowPlan, '2026-10-31', '2026-11-30', host);
    expect(e!.date).toBe('2027-01-29');
    expect(e!.description).toMatch(
      /^File by January 29, 2027 to be safe; your state may allow until February 28, 2027\./,
    );
  });
  it('makes no event when the first step happens on its own', () => {
    const auto: CalendarPlan = {
      planType: 'test',
      label: 'Test plan',
      levels: [{ id: 'auto', name: 'Auto', startsFrom: 'x', deadline: { kind: 'automatic' } }],
    };
    expect(deadlineEvents(auto, '2026-10-31', '2026-11-30', host)).toEqual([]);
  });
  it('writes a file for every plan that ical.js parses, with the same dates', () => {
    for (const p of plans) {
      const events = deadlineEvents(p, '2026-02-28', '2026-11-30', host, 'https://example.org/appeal/deadlines/');
      const [e] = read(buildCalendar(events, STAMP));
      expect(e!.start, p.planType).toBe(events[0]!.date);
      expect(e!.description).toBe(events[0]!.description);
      expect(e!.remindAt).toBe(`${addDays(events[0]!.date, -7)}T09:00:00`);
    }
  });
});
