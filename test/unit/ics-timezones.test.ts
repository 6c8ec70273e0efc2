/**
 * Deadlines stay on the right day in every time zone and across daylight-saving changes: the calendar file
 * holds dates, not times, and the reader's "today" is their own wall-calendar day. Each block sets
 * process.env.TZ (Node applies it at once) and first proves the zone took effect, so a runner that ignored
 * it would fail here rather than pass without testing anything.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, deadlineFor } from '../../src/lib/appeal/deadlines.ts';
import { buildCalendar, deadlineEvents } from '../../src/lib/appeal/ics.ts';
import { localToday } from '../../src/lib/appeal/today.ts';
import { appealDeadlinesFileSchema } from '../../src/schemas/appeal.ts';

const plans = appealDeadlinesFileSchema.parse(
  parse(readFileSync(fileURLToPath(new URL('../../content/appeal-deadlines.yaml', import.meta.url)), 'utf8')),
);

/** Each zone, with its UTC offset in minutes (getTimezoneOffset sign) in January and July 2027. */
const ZONES = [
  { tz: 'America/Los_Angeles', jan: 480, jul: 420 },
  { tz: 'Pacific/Honolulu', jan: 600, jul: 600 },
  // Lord Howe Island moves its clocks by half an hour: +10:30 in July, +11:00 in January.
  { tz: 'Australia/Lord_Howe', jan: -660, jul: -630 },
  { tz: 'America/New_York', jan: 300, jul: 240 },
  { tz: 'UTC', jan: 0, jul: 0 },
];

/** Days when the clocks change in these zones (2026–2028), and the days around them. */
const DST_DAYS = [
  '2026-03-08',
  '2026-11-01',
  '2027-03-14',
  '2027-11-07',
  '2028-03-12',
  '2028-11-05', // United States
  '2026-04-05',
  '2026-10-04',
  '2027-04-04',
  '2027-10-03',
  '2028-04-02',
  '2028-10-01', // Lord Howe
].flatMap((d) => [addDays(d, -1), d, addDays(d, 1)]);

const STAMP = new Date('2026-11-30T10:00:00Z');
const day = fc
  .date({ min: new Date('2021-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Notice dates whose deadline lands on a clock-change day, for each plan, plus any date at all. */
const noticeDates = (p: (typeof plans)[number]) =>
  fc.oneof(
    day,
    fc.constantFrom(...DST_DAYS).map((target) => {
      // Walk back from the target to a notice date whose deadline is that day (or the nearest after it).
      let notice = addDays(target, -400);
      for (let i = 0; i < 800; i++) {
        const d = deadlineFor(p.levels[0]!.deadline, notice);
        if (d.kind === 'date' && d.date >= target) break;
        notice = addDays(notice, 1);
      }
      return notice;
    }),
  );

const original = process.env.TZ;
/** The file made in the first zone; every other zone must make the same bytes. */
let reference: string | undefined;
afterAll(() => {
  process.env.TZ = original;
});

for (const zone of ZONES) {
  describe(`in ${zone.tz}`, () => {
    beforeAll(() => {
      process.env.TZ = zone.tz;
    });

    it('the zone is in effect', () => {
      expect(new Date('2027-01-15T12:00:00Z').getTimezoneOffset()).toBe(zone.jan);
      expect(new Date('2027-07-15T12:00:00Z').getTimezoneOffset()).toBe(zone.jul);
    });

    it('a calendar in this zone shows each deadline on the day the finder shows (property)', () => {
      for (const p of plans) {
        fc.assert(
          fc.property(noticeDates(p), (notice) => {
            const events = deadlineEvents(p, notice, '2030-01-01', 'example.org');
            const ics = buildCalendar(events, STAMP);
            const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
            const event = new ICAL.Event(vevent);
            const d = deadlineFor(p.levels[0]!.deadline, notice);
            const expected = d.kind === 'date' ? d.date : d.kind === 'range' ? d.earliest : '';
            expect(event.startDate.isDate).toBe(true);
            expect(event.startDate.toString()).toBe(expected);
            expect(event.endDate.toString()).toBe(addDays(expected, 1));
            // What a calendar app in this zone does: the all-day date at local midnight, read back as a local day.
            expect(localToday(event.startDate.toJSDate())).toBe(expected);
            const alarm = event.startDate.clone();
            alarm.isDate = false;
            alarm.addDuration(vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration);
            expect(localToday(alarm.toJSDate())).toBe(addDays(expected, -7));
            expect(alarm.toJSDate().getHours()).toBe(9);
          }),
          { numRuns: 40 },
        );
      }
    });

    it('the file is the same byte for byte as in any other zone', () => {
      const ics = buildCalendar(
        plans.flatMap((p) => deadlineEvents(p, '2027-03-14', '2027-03-14', 'example.org')),
        STAMP,
      );
      expect(ics).toContain('DTSTART;VALUE=DATE:20270910\r\n'); // 180 days after March 14, 2027
      reference ??= ics;
      expect(ics).toBe(reference);
    });

    it("the reader's today is their own wall-calendar day, at any instant around a clock change (property)", () => {
      const wall = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone.tz,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      const instant = fc.oneof(
        fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }),
        // Within two days of each clock change, to the minute.
        fc
          .tuple(fc.constantFrom(...DST_DAYS), fc.integer({ min: -48 * 60, max: 48 * 60 }))
          .map(([d, m]) => new Date(Date.parse(`${d}T00:00:00Z`) + m * 60_000)),
      );
      fc.assert(
        fc.property(instant, (at) => {
          expect(localToday(at)).toBe(wall.format(at));
        }),
        { numRuns: 300 },
      );
    });
  });
}
