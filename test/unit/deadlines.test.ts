import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsFederal,
  appealSchedule,
  daysBetween,
  deadlineFor,
  describeLevelDeadline,
  isIsoDate,
  parseNoticeDate,
} from '../../src/lib/appeal/deadlines.ts';
import { deadlineDateView } from '../../src/lib/appeal/deadline-view.ts';
import { DEADLINE_WORDS } from '../../src/i18n/deadline-words.ts';
import { toHtml } from '../../src/lib/format/tree.ts';
import { appealDeadlinesFileSchema, planType, type AppealPlan } from '../../src/schemas/appeal.ts';

const contentFile = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../content/${name}`, import.meta.url)), 'utf8');
const rawPlans = parse(contentFile('appeal-deadlines.yaml')) as unknown;
const plans: AppealPlan[] = appealDeadlinesFileSchema.parse(rawPlans);
const plan = (t: string): AppealPlan => {
  const p = plans.find((x) => x.planType === t);
  if (!p) throw new Error(`no plan ${t}`);
  return p;
};

describe('addDays', () => {
  it('crosses month ends, leap days and the new year', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01'); // 2027 is not a leap year
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-12-31', 60)).toBe('2027-03-01'); // 31 (Jan) + 28 (Feb) = 59 → March 1
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-11-22', 0)).toBe('2026-11-22');
  });
  it('counts 180 days across February 29, 2028 one day shorter than across a plain February', () => {
    // 2027-12-01: Dec 30 days left + Jan 31 + Feb 29 + Mar 31 + Apr 30 = 151, then 29 more days of May.
    expect(addDays('2027-12-01', 180)).toBe('2028-05-29');
    expect(addDays('2026-12-01', 180)).toBe('2027-05-30');
  });
  it('does not shift early years into the 1900s (a Date.UTC pitfall)', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });
  it('rejects dates that do not exist and fractional days', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/Not a real calendar date/);
    expect(() => addDays('31/10/2026', 1)).toThrow(/Not a real calendar date/);
    expect(() => addDays('2026-10-31', 1.5)).toThrow(/whole number/);
  });
  it('agrees with daysBetween and undoes itself (property)', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -2000, max: 2000 }), (d, n) => {
        const later = addDays(d, n);
        return isIsoDate(later) && daysBetween(d, later) === n && addDays(later, -n) === d;
      }),
    );
  });
});

describe('addMonthsFederal (45 CFR 147.136(d)(2)(i))', () => {
  it('keeps the day of the month when the later month has it', () => {
    expect(addMonthsFederal('2027-10-29', 4)).toBe('2028-02-29'); // leap year
    expect(addMonthsFederal('2027-10-28', 4)).toBe('2028-02-28');
    expect(addMonthsFederal('2026-08-31', 4)).toBe('2026-12-31');
    expect(addMonthsFederal('2026-09-30', 4)).toBe('2027-01-30');
    expect(addMonthsFederal('2026-12-15', 4)).toBe('2027-04-15');
    expect(addMonthsFederal('2026-12-31', 12)).toBe('2027-12-31');
  });
  it('falls back to the 1st of the next month when the day is missing', () => {
    expect(addMonthsFederal('2026-10-31', 4)).toBe('2027-03-01'); // no February 31
    expect(addMonthsFederal('2027-10-30', 4)).toBe('2028-03-01'); // February 2028 has 29 days, not 30
    expect(addMonthsFederal('2026-10-29', 4)).toBe('2027-03-01'); // no February 29, 2027
    expect(addMonthsFederal('2027-01-31', 1)).toBe('2027-03-01');
    expect(addMonthsFederal('2028-01-31', 1)).toBe('2028-03-01');
    expect(addMonthsFederal('2028-01-29', 1)).toBe('2028-02-29');
    expect(addMonthsFederal('2026-05-31', 4)).toBe('2026-10-01'); // no September 31
    expect(addMonthsFederal('2026-12-31', 2)).toBe('2027-03-01'); // across the new year
  });
  it('counts backwards too (used for the "more than 5 years ago" check)', () => {
    expect(addMonthsFederal('2031-02-28', -60)).toBe('2026-02-28');
    expect(addMonthsFederal('2028-02-29', -60)).toBe('2023-03-01');
  });
  it('always lands on the same day or on the 1st of the month after (property)', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 24 }), (d, n) => {
        const out = addMonthsFederal(d, n);
        const sameDay = out.slice(8) === d.slice(8);
        const firstOfNext = out.slice(8) === '01' && addMonthsFederal(`${d.slice(0, 8)}01`, n + 1) === out;
        return isIsoDate(out) && out >= d && (sameDay || firstOfNext);
      }),
    );
  });
});

describe('deadlineFor', () => {
  it('adds the presumed days for delivery before counting (Medicare)', () => {
    // 2026-10-31 + 5 days presumed delivery + 120 days: Nov 30, Dec 31, Jan 31, Feb 28 = 120, then 5.
    expect(deadlineFor({ kind: 'days', days: 120, receiptDays: 5 }, '2026-10-31')).toEqual({
      kind: 'date',
      date: '2027-03-05',
    });
    expect(deadlineFor({ kind: 'days', days: 120 }, '2026-10-31')).toEqual({ kind: 'date', date: '2027-02-28' });
    expect(deadlineFor({ kind: 'days', days: 60, receiptDays: 0 }, '2026-11-02')).toEqual({
      kind: 'date',
      date: '2027-01-01',
    });
  });
  it('counts months the federal way', () => {
    expect(deadlineFor({ kind: 'months', months: 4 }, '2026-10-31')).toEqual({ kind: 'date', date: '2027-03-01' });
  });
  it('gives both ends of a state-set window', () => {
    // 2026-11-02 + 90: Nov 28 days left, Dec 31, Jan 31 = 90 → January 31; + 120: Feb 28 = 118, so March 2.
    expect(deadlineFor({ kind: 'day-range', minDays: 90, maxDays: 120 }, '2026-11-02')).toEqual({
      kind: 'range',
      earliest: '2027-01-31',
      latest: '2027-03-02',
    });
  });
  it('has no date when the case moves on by itself', () => {
    expect(deadlineFor({ kind: 'automatic' }, '2026-11-02')).toEqual({ kind: 'automatic' });
  });
});

describe('parseNoticeDate', () => {
  const today = '2026-11-22';
  const error = (input: string, t = today) => {
    const r = parseNoticeDate(input, t);
    return r.ok ? undefined : r.error;
  };
  it('accepts what <input type=date> gives, trimmed', () => {
    expect(parseNoticeDate('2026-10-31', today)).toEqual({ ok: true, date: '2026-10-31' });
    expect(parseNoticeDate(' 2026-10-31 ', today)).toEqual({ ok: true, date: '2026-10-31' });
    expect(parseNoticeDate(today, today)).toEqual({ ok: true, date: today });
    expect(parseNoticeDate('2028-02-29', '2028-03-01')).toEqual({ ok: true, date: '2028-02-29' });
  });
  it('asks for a date when the field is empty', () => {
    expect(error('')).toBe('Enter the date printed on your notice.');
    expect(error('   ')).toBe('Enter the date printed on your notice.');
  });
  it('explains the expected form for malformed input', () => {
    for (const bad of ['10/31/2026', '2026-1-5', '2026/10/31', 'yesterday', '20261031']) {
      expect(error(bad)).toMatch(/^Enter the date as year, month and day, for example 2026-03-15\.$/);
    }
  });
  it('names impossible dates', () => {
    expect(error('2026-02-30')).toBe(
      'There is no such date as 2026-02-30. Check the day and the month on your notice.',
    );
    expect(error('2027-02-29')).toMatch(/no such date/); // 2027 is not a leap year
    expect(error('2026-13-01')).toMatch(/no such date/);
    expect(error('2026-00-10')).toMatch(/no such date/);
    expect(error('2026-04-31')).toMatch(/no such date/);
  });
  it('refuses a date after today', () => {
    expect(error('2026-11-23')).toMatch(/^The date on the notice can't be after today\./);
    expect(error('2099-01-01')).toMatch(/after today/);
  });
  it('asks to check the year when the notice is more than 5 years old', () => {
    expect(error('2021-11-21')).toMatch(/^Check the year: 2021-11-21 is more than 5 years ago\./);
    expect(error('1926-11-22')).toMatch(/^Check the year/);
    expect(error('2021-11-22')).toBeUndefined(); // exactly 5 years is still accepted
  });
  it('treats a bad "today" as a programming error', () => {
    expect(() => parseNoticeDate('2026-10-31', '22/11/2026')).toThrow();
  });
});

describe('appealSchedule', () => {
  it('dates the first level and gives later levels their rule only', () => {
    const s = appealSchedule(plan('marketplace'), '2026-10-31', '2026-11-22');
    expect(s.noticeDate).toBe('2026-10-31');
    expect(s.plan.planType).toBe('marketplace');
    expect(s.levels.map((l) => l.level.id)).toEqual(['internal-appeal', 'external-review']);
    expect(s.levels[0]).toMatchObject({ deadline: { kind: 'date', date: '2027-04-29' }, daysLeft: 158 });
    expect(s.levels[1]).toMatchObject({ deadline: null, daysLeft: null });
  });
  it('counts Medicare from 5 days after the date on the notice', () => {
    const s = appealSchedule(plan('medicare'), '2026-10-31', '2026-11-22');
    expect(s.levels[0]?.deadline).toEqual({ kind: 'date', date: '2027-03-05' });
    expect(s.levels[0]?.daysLeft).toBe(103);
    expect(s.levels.slice(1).every((l) => l.deadline === null && l.daysLeft === null)).toBe(true);
  });
  it('counts Medicare Advantage from the date on the notice, with no days added', () => {
    const s = appealSchedule(plan('medicare-advantage'), '2026-10-31', '2026-11-22');
    expect(s.levels[0]?.deadline).toEqual({ kind: 'date', date: '2026-12-30' });
  });
  it('gives a negative daysLeft once the deadline has passed, and 0 on the day itself', () => {
    // 2026-08-01 + 60 = September 30; November 22 is 53 days later.
    const passed = appealSchedule(plan('medicare-advantage'), '2026-08-01', '2026-11-22');
    expect(passed.levels[0]).toMatchObject({ deadline: { kind: 'date', date: '2026-09-30' }, daysLeft: -53 });
    const lastDay = appealSchedule(plan('medicaid'), '2026-09-23', '2026-11-22');
    expect(lastDay.levels[0]).toMatchObject({ deadline: { kind: 'date', date: '2026-11-22' }, daysLeft: 0 });
  });
  it('counts daysLeft to the earliest date when the first level is a range', () => {
    // The schedule needs only the levels' rules (what the deadline finder hands the browser).
    const p = { levels: [{ deadline: { kind: 'day-range', minDays: 90, maxDays: 120 } as const }] };
    expect(appealSchedule(p, '2026-11-02', '2026-11-22').levels[0]).toMatchObject({
      deadline: { kind: 'range', earliest: '2027-01-31', latest: '2027-03-02' },
      daysLeft: 70,
    });
  });
  it('refuses dates that are not real (validate input with parseNoticeDate first)', () => {
    expect(() => appealSchedule(plan('tricare'), '2026-02-30', '2026-11-22')).toThrow();
    expect(() => appealSchedule(plan('tricare'), '2026-02-03', 'today')).toThrow();
  });
});

describe('describeLevelDeadline', () => {
  it('join the rule and what it counts from into one phrase', () => {
    const texts = (t: string) => plan(t).levels.map((l) => describeLevelDeadline(l));
    expect(texts('marketplace')).toEqual([
      '180 days from the date on your denial notice',
      "4 months from the date on your plan's final denial",
    ]);
    expect(texts('medicare')[0]).toBe(
      '120 days from the day you get the notice of the claim decision (Medicare assumes you get it 5 days after the date on it)',
    );
    expect(texts('medicare-advantage')[1]).toBe(
      "moves on automatically after your plan's decision, if it keeps any part of the denial",
    );
    expect(texts('medicaid')[1]).toBe("90 to 120 days from the date on your plan's appeal decision, set by your state");
  });
});

describe('content/appeal-deadlines.yaml', () => {
  const sourceIds = new Set((parse(contentFile('sources.yaml')) as { id: string }[]).map((s) => s.id));

  it('has every plan type exactly once, in a valid file', () => {
    expect(appealDeadlinesFileSchema.safeParse(rawPlans).success).toBe(true);
    expect(plans.map((p) => p.planType).sort()).toEqual([...planType.options].sort());
  });
  it('gives every first level a deadline the reader files by', () => {
    for (const p of plans) expect(p.levels[0]?.deadline.kind, p.planType).not.toBe('automatic');
  });
  it('cites only sources that exist, on every plan and every level', () => {
    const unknown = plans.flatMap((p) =>
      [...p.sources, ...p.levels.flatMap((l) => l.sources)]
        .filter((id) => !sourceIds.has(id))
        .map((id) => `${p.planType}: ${id}`),
    );
    expect(unknown).toEqual([]);
    for (const p of plans)
      for (const l of p.levels) expect(l.sources.length, `${p.planType}/${l.id}`).toBeGreaterThan(0);
  });
  it('says in every plan that the reader’s own notice governs', () => {
    for (const p of plans) expect(p.summary, p.planType).toMatch(/your own notice|your notice is the one that counts/);
  });
  it('writes "who decides" as a phrase without a full stop, so pages can append the decision time', () => {
    for (const p of plans) for (const l of p.levels) expect(l.decides, `${p.planType}/${l.id}`).not.toMatch(/\.$/);
  });
  it('keeps the researched time limits (payer-facts-verified.md, B5)', () => {
    const rules = (t: string) => plan(t).levels.map((l) => l.deadline);
    expect(rules('marketplace')).toEqual([
      { kind: 'days', days: 180 },
      { kind: 'months', months: 4 },
    ]);
    expect(rules('employer-insured')).toEqual([
      { kind: 'days', days: 180 },
      { kind: 'months', months: 4 },
    ]);
    expect(rules('employer-self-funded')).toEqual([
      { kind: 'days', days: 180 },
      { kind: 'months', months: 4 },
    ]);
    expect(rules('medicare')).toEqual([120, 180, 60, 60, 60].map((days) => ({ kind: 'days', days, receiptDays: 5 })));
    expect(rules('medicare-advantage')).toEqual([
      { kind: 'days', days: 60 },
      { kind: 'automatic' },
      { kind: 'days', days: 60 },
      { kind: 'days', days: 60 },
      { kind: 'days', days: 60 },
    ]);
    expect(rules('medicaid')).toEqual([
      { kind: 'days', days: 60 },
      { kind: 'day-range', minDays: 90, maxDays: 120 },
    ]);
    expect(rules('tricare')[0]).toEqual({ kind: 'days', days: 90 });
    expect(plan('tricare').levels[0]?.expedited).toMatch(/3 calendar days/);
    expect(plan('medicare-advantage').levels[0]?.expedited).toMatch(/72 hours/);
    expect(plan('marketplace').levels[1]?.expedited).toMatch(
      /current federal process[\s\S]*72 hours[\s\S]*Check your notice/,
    );
  });
});

describe('appealDeadlinesFileSchema', () => {
  const clone = (): AppealPlan[] => structuredClone(plans);
  const messages = (data: unknown) => {
    const r = appealDeadlinesFileSchema.safeParse(data);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('rejects a plan type used twice, and names the missing one', () => {
    const data = clone();
    data[1] = { ...data[1]!, planType: data[0]!.planType };
    const out = messages(data);
    expect(out.some((m) => m.startsWith('1.planType: planType "marketplace" is already used by entry 0'))).toBe(true);
    expect(out.some((m) => /planType "employer-insured" is missing/.test(m))).toBe(true);
  });
  it('rejects an automatic first level, a backwards range, an unknown rule and a repeated level id', () => {
    const data = clone();
    data[0]!.levels[0]!.deadline = { kind: 'automatic' };
    expect(messages(data).join('\n')).toMatch(/0\.levels\.0\.deadline: the first level/);

    const range = clone();
    range[5]!.levels[1]!.deadline = { kind: 'day-range', minDays: 120, maxDays: 90 };
    expect(messages(range).join('\n')).toMatch(/maxDays must be at least minDays/);

    const unknown = clone() as unknown as { levels: { deadline: unknown }[] }[];
    unknown[0]!.levels[0]!.deadline = { kind: 'weeks', weeks: 2 };
    expect(messages(unknown).length).toBeGreaterThan(0);

    const twice = clone();
    twice[3]!.levels[1]!.id = twice[3]!.levels[0]!.id;
    expect(messages(twice).join('\n')).toMatch(/level id "redetermination" is used twice/);
  });
  it('rejects a level without sources and a negative receiptDays', () => {
    const data = clone();
    data[2]!.levels[0]!.sources = [];
    data[3]!.levels[0]!.deadline = { kind: 'days', days: 120, receiptDays: -1 };
    const out = messages(data).join('\n');
    expect(out).toMatch(/2\.levels\.0\.sources: needs at least one source id/);
    expect(out).toMatch(/3\.levels\.0\.deadline\.receiptDays/);
  });
});

describe('deadlineDateView (the date the finder adds to the first level)', () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, '');
  it('says the date the US way, with the days left, and marks the date for tests and tools', () => {
    const html = toHtml(deadlineDateView({ kind: 'date', date: '2027-04-29' }, 158));
    expect(html).toContain('data-deadline="2027-04-29"');
    expect(text(html)).toBe('File by April 29, 2027 (158 days from today).');
    expect(text(toHtml(deadlineDateView({ kind: 'date', date: '2026-11-23' }, 1)))).toContain('(1 day from today)');
    expect(text(toHtml(deadlineDateView({ kind: 'date', date: '2026-11-22' }, 0)))).toContain('(today)');
  });
  it('says plainly when the date has passed, and what to do', () => {
    expect(text(toHtml(deadlineDateView({ kind: 'date', date: '2026-09-30' }, -53)))).toBe(
      'File by September 30, 2026. This date has passed (53 days ago). Ask the plan at once whether a late appeal can be accepted for good cause.',
    );
  });
  it('gives the safe date of a state-set window and the latest the state may allow', () => {
    const html = toHtml(deadlineDateView({ kind: 'range', earliest: '2027-01-31', latest: '2027-03-02' }, 70));
    expect(html).toContain('data-deadline="2027-01-31"');
    expect(text(html)).toBe(
      'File by January 31, 2027 to be safe; your state may allow until March 2, 2027. Check your notice.',
    );
  });
});

describe('deadlines in Spanish (src/i18n/deadline-words.ts)', () => {
  const es = DEADLINE_WORDS.es;
  const text = (html: string) => html.replace(/<[^>]+>/g, '');
  it('says the date, the days left and a passed date in Spanish, with the same digits', () => {
    expect(text(toHtml(deadlineDateView({ kind: 'date', date: '2027-04-29' }, 158, es)))).toBe(
      'Presente la apelación a más tardar el 29 de abril de 2027 (faltan 158 días).',
    );
    expect(text(toHtml(deadlineDateView({ kind: 'date', date: '2026-11-23' }, 1, es)))).toContain('(faltan 1 día)');
    expect(text(toHtml(deadlineDateView({ kind: 'date', date: '2026-09-30' }, -53, es)))).toContain(
      'Esta fecha ya pasó (hace 53 días).',
    );
    expect(
      text(toHtml(deadlineDateView({ kind: 'range', earliest: '2027-01-31', latest: '2027-03-02' }, 70, es))),
    ).toBe(
      'Para ir a lo seguro, presente la apelación a más tardar el 31 de enero de 2027; ' +
        'su estado puede darle hasta el 2 de marzo de 2027. Revise su aviso.',
    );
  });
  it('words each kind of rule in Spanish, with the step words it is given', () => {
    const from = 'la fecha de su aviso';
    expect(describeLevelDeadline({ startsFrom: from, deadline: { kind: 'days', days: 120, receiptDays: 5 } }, es)).toBe(
      '120 días a partir de la fecha de su aviso (Medicare da por hecho que usted lo recibe 5 días después de la fecha que lleva)',
    );
    expect(describeLevelDeadline({ startsFrom: from, deadline: { kind: 'months', months: 4 } }, es)).toBe(
      '4 meses a partir de la fecha de su aviso',
    );
    expect(
      describeLevelDeadline({ startsFrom: from, deadline: { kind: 'day-range', minDays: 90, maxDays: 120 } }, es),
    ).toBe('de 90 a 120 días a partir de la fecha de su aviso, según lo fije su estado');
  });
  it('says what is wrong with a typed date in Spanish', () => {
    const wrong = (v: string) => {
      const r = parseNoticeDate(v, '2026-11-30', es);
      return r.ok ? '' : r.error;
    };
    expect(wrong('')).toBe('Escriba la fecha impresa en su aviso.');
    expect(wrong('2026-02-30')).toBe('No existe la fecha 2026-02-30. Revise el día y el mes en su aviso.');
    expect(wrong('2027-01-01')).toMatch(/^La fecha del aviso no puede ser posterior a hoy/);
  });
  it('has the same keys as the English words', () => {
    const keys = (o: object, at = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${at}${k}.`) : [`${at}${k}`],
      );
    expect(keys(es)).toEqual(keys(DEADLINE_WORDS.en));
  });
});
