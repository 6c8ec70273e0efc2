/**
 * The letter reader against fictional sample letters (test/fixtures/letters/, written for the tests from
 * the research notes for issue #16; no real person's data), one per plan type and reason, each with what
 * must be found and traps it must not take; plus edge cases: empty text, signs that point two ways, two
 * dates, a date in the future, and codes that look like billing codes but are not.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { codeCovers, numberPattern, readLetter } from '../../src/lib/appeal/reader.ts';
import { readerData, readerPlans } from '../../src/lib/appeal/reader-data.ts';
import { readingView, type ReaderChoices, type ReaderContext } from '../../src/lib/appeal/reader-view.ts';
import { toHtml } from '../../src/lib/format/tree.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { loadContentOnce } from '../support/content.ts';
import { NOTICE_PLAN_IDS } from '../../src/schemas/plan-type.ts';
import { NOTICE_REASON_IDS } from '../../src/schemas/denial.ts';
import { en } from '../../src/i18n/en.ts';
import { REASON_HELP } from '../../src/lib/flow/appeal-outcome.ts';

const { catalog } = loadContentOnce('content');
const data = readerData(catalog);
const TODAY = '2026-11-30';
const WHY = { ...en.letterReader.why, lang: 'en' as const };

interface Fixture {
  id: string;
  text: string;
  expect: {
    planType: string;
    noticeDate: string;
    codes: string[];
    diagnosisCodes: string[];
    carc: string[];
    rarc: string[];
    policies: string[];
    reason: string;
    alsoAccept?: string[];
  };
}

const DIR = 'test/fixtures/letters';
const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(DIR, f), 'utf8')) as Fixture);

describe('sample letters', () => {
  it('cover every plan type and every reason the reader knows', () => {
    expect(new Set(fixtures.map((f) => f.expect.planType))).toEqual(new Set(NOTICE_PLAN_IDS));
    const reasons = new Set(fixtures.map((f) => f.expect.reason));
    // No sample is about prior authorization: the research wrote none, and the flow covers it.
    expect(reasons).toEqual(new Set(NOTICE_REASON_IDS.filter((r) => r !== 'no-prior-authorization')));
  });

  for (const f of fixtures) {
    describe(f.id, () => {
      const r = readLetter(f.text, data, TODAY, WHY);
      it('finds the plan type, with the words that show it', () => {
        expect(r.plan.plan).toBe(f.expect.planType);
        expect(r.plan.evidence.length).toBeGreaterThan(0);
        for (const e of r.plan.evidence) expect(f.text.replace(/[’]/g, "'")).toContain(e.line);
      });
      it('finds the notice date and not the traps', () => {
        expect(r.noticeDate.date).toBe(f.expect.noticeDate);
        expect(r.noticeDate.why).toBeTruthy();
      });
      it('finds the billing codes and the diagnosis codes, and nothing else', () => {
        expect(r.billingCodes.map((c) => c.code)).toEqual(f.expect.codes);
        expect(r.diagnosisCodes.map((c) => c.code)).toEqual(f.expect.diagnosisCodes);
      });
      it('finds the adjustment and remark codes', () => {
        expect(r.adjustments.filter((a) => a.kind === 'carc').map((a) => a.code)).toEqual(f.expect.carc);
        expect(r.adjustments.filter((a) => a.kind === 'rarc').map((a) => a.code)).toEqual(f.expect.rarc);
        for (const a of r.adjustments) expect(a.entry, `${a.code} has a plain meaning`).toBeDefined();
      });
      it('matches the policy numbers to our sources', () => {
        expect(r.policies.map((p) => p.number)).toEqual(f.expect.policies);
      });
      it('finds the denial reason', () => {
        expect([f.expect.reason, ...(f.expect.alsoAccept ?? [])]).toContain(r.reason.reason);
        expect(r.reason.evidence.length).toBeGreaterThan(0);
      });
    });
  }

  it('matches the billing codes to the therapies whose pages list them', () => {
    const byCode = (text: string) =>
      Object.fromEntries(
        readLetter(text, data, TODAY, WHY).billingCodes.map((c) => [c.code, c.therapies.map((t) => t.slug)]),
      );
    expect(byCode('CPT 0232T and J7325 and Q4101 and 15275 and 86999')).toEqual({
      '0232T': ['prp'],
      J7325: ['hyaluronic-acid'],
      Q4101: ['amniotic-membrane-grafts'],
      '15275': ['amniotic-membrane-grafts'],
      '86999': [],
    });
  });
});

describe('edge cases', () => {
  it('finds nothing in empty text, and guesses nothing', () => {
    const r = readLetter('   \n', data, TODAY, WHY);
    expect(r.plan).toEqual({ plan: null, evidence: [], candidates: [] });
    expect(r.noticeDate).toEqual({ date: null, others: [] });
    expect(r.reason).toEqual({ reason: null, evidence: [], candidates: [] });
    expect([r.billingCodes, r.adjustments, r.policies, r.diagnosisCodes]).toEqual([[], [], [], []]);
  });

  it('names no plan when the signs point two ways, and lists both', () => {
    const r = readLetter('TRICARE\nMedicare Summary Notice\nWe denied it.', data, TODAY, WHY);
    expect(r.plan.plan).toBeNull();
    expect(r.plan.candidates.map((c) => c.plan).sort()).toEqual(['medicare', 'tricare']);
  });

  it('names no plan from one weak sign', () => {
    expect(readLetter('Dear Veteran, your claim was denied.', data, TODAY, WHY).plan.plan).toBeNull();
  });

  it('with two dates that could each be the notice date, takes the first and says why', () => {
    const r = readLetter('March 3, 2026\n\nSome text.\n\nMarch 9, 2026\n', data, TODAY, WHY);
    expect(r.noticeDate.date).toBe('2026-03-03');
    expect(r.noticeDate.why).toMatch(/other dates/);
    expect(r.noticeDate.others).toEqual([
      expect.objectContaining({ date: '2026-03-09', why: expect.stringMatching(/March 3, 2026 comes first/) }),
    ]);
  });

  it('prefers a labelled notice date to one on a line of its own', () => {
    const r = readLetter('March 3, 2026\nDate of this notice: 03/05/2026', data, TODAY, WHY);
    expect(r.noticeDate.date).toBe('2026-03-05');
    expect(r.noticeDate.why).toMatch(/label/);
  });

  it('never takes a date in the future, a date of service or a deadline', () => {
    const r = readLetter(
      'Date: 01/05/2027\nDate of service: 10/01/2026\nAppeal by November 1, 2026.',
      data,
      TODAY,
      WHY,
    );
    expect(r.noticeDate.date).toBeNull();
    expect(r.noticeDate.others.map((o) => [o.date, o.why])).toEqual([
      ['2027-01-05', expect.stringMatching(/after today/)],
      ['2026-10-01', expect.stringMatching(/date of service/)],
      ['2026-11-01', expect.stringMatching(/deadline/)],
    ]);
  });

  it('skips dates that do not exist', () => {
    expect(readLetter('02/30/2026', data, TODAY, WHY).noticeDate.date).toBeNull();
  });

  it('does not take ZIP codes, form numbers or ID parts as billing codes', () => {
    const r = readLetter(
      'Fargo, ND 58100\nVA Form 10182\nPO Box 20610\nMember H0000-TEST-55\nSURG.00011',
      data,
      TODAY,
      WHY,
    );
    expect(r.billingCodes).toEqual([]);
  });

  it('takes a remark code only where the line says it is a code', () => {
    expect(readLetter('Suite M1, Main Street', data, TODAY, WHY).adjustments).toEqual([]);
    expect(readLetter('Remark: M1', data, TODAY, WHY).adjustments.map((a) => [a.code, a.entry])).toEqual([
      ['M1', undefined],
    ]);
  });

  it('reports a code it has no meaning for without inventing one', () => {
    const [a] = readLetter('Codes: CO-999', data, TODAY, WHY).adjustments;
    expect(a).toMatchObject({ code: 'CO-999', group: { code: 'CO' } });
    expect(a?.entry).toBeUndefined();
  });

  it('gives no reason when two reasons score the same', () => {
    const r = readLetter('Codes: CO-50, CO-55', data, TODAY, WHY);
    expect(r.reason.reason).toBeNull();
    expect(r.reason.candidates.map((c) => c.reason).sort()).toEqual(['experimental', 'not-medically-necessary']);
  });
});

describe('code ranges and printed numbers', () => {
  it('reads the ranges therapy pages print', () => {
    expect(codeCovers('15271-15278', '15275')).toBe(true);
    expect(codeCovers('15271-15278', '15279')).toBe(false);
    expect(codeCovers('Q4100-series', 'Q4250')).toBe(true);
    expect(codeCovers('Q4100-series', 'Q3999')).toBe(false);
    expect(codeCovers('J7325', 'J7325')).toBe(true);
  });
  it('matches a policy number written the ways letters write it', () => {
    expect(numberPattern('MM 0507').test('policy MM0507')).toBe(true);
    expect(numberPattern('NCD 150.7').test('NCD 1507')).toBe(false);
    expect(numberPattern('TPM Ch. 4, Sec. 23.1').test('TRICARE Policy Manual, Chapter 4, Section 23.1')).toBe(true);
    expect(numberPattern('TPM Ch. 4, Sec. 23.1').test('TPM Ch. 4, Sec. 23.12')).toBe(false);
  });
});

describe('what the reader shows', () => {
  const ctx: ReaderContext = {
    today: TODAY,
    plans: readerPlans(catalog.appeals, catalog.appeals),
    workersCompLabel: "Workers' compensation",
    paths: sitePaths,
    externalReviewSource: 'healthcare-gov-external-review',
    words: en.letterReader.view,
    deadlineWords: en.deadlineWords,
    reasonLabels: en.noticeReasons,
    reasonAnchors: {
      'not-medically-necessary': REASON_HELP['not-medically-necessary'].anchor.en,
      experimental: REASON_HELP.experimental.anchor.en,
      'no-prior-authorization': REASON_HELP['no-prior-authorization'].anchor.en,
      'out-of-network': REASON_HELP['out-of-network'].anchor.en,
      coding: REASON_HELP.coding.anchor.en,
    },
  };
  const show = (id: string, choices: ReaderChoices = {}) => {
    const f = fixtures.find((x) => x.id === id)!;
    return toHtml(readingView(readLetter(f.text, data, TODAY, WHY), choices, ctx));
  };

  it('gives the deadline as a date, the outside review and a filled-in letter link after #', () => {
    const html = show('erisa-insured-nmn-hyaluronic');
    // 180 days from March 17, 2026.
    expect(html).toContain('data-deadline="2026-09-13"');
    expect(html).toMatch(/Yes\. A denial about medical need/);
    expect(html).toContain(
      'href="/appeal/letter/#planType=employer-insured&amp;denialReason=not-medically-necessary&amp;noticeDate=2026-03-17&amp;therapy=Hyaluronic',
    );
    expect(html).toContain('href="/guides/denial-reasons/#not-medically-necessary"');
  });

  it('says an outside review may not be open for a network denial, and lets the reader’s choices win', () => {
    expect(show('erisa-self-funded-oon-hyaluronic')).toMatch(/Maybe\. External review is for denials/);
    expect(show('erisa-self-funded-oon-hyaluronic', { reason: 'experimental' })).toMatch(/Yes\. A denial about/);
  });

  it('asks for what it did not find, and gives no letter reason for an exclusion', () => {
    const html = show('va-community-care-coding-bmac');
    expect(html).toContain('data-missing="policies"');
    const excluded = show('marketplace-excluded-adipose');
    expect(excluded).toContain('#planType=marketplace&amp;noticeDate=2026-04-02');
    expect(excluded).not.toContain('denialReason=');
  });

  it('offers the claim-file letter for the plan found, before the appeal letter', () => {
    const html = show('erisa-insured-nmn-hyaluronic');
    const claimFile = html.indexOf('href="/appeal/claim-file/?plan=employer-insured"');
    expect(claimFile).toBeGreaterThan(0);
    expect(claimFile).toBeLessThan(html.indexOf('href="/appeal/letter/#'));
    // Workers' comp has no claim-file wording of its own: the letter opens without a plan picked.
    expect(show('workers-comp-ca-ur-nmn-prp')).toContain('href="/appeal/claim-file/"');
  });

  it('labels a policy that is no longer in force where it names it', () => {
    const oth024 = data.policies.find((p) => p.id === 'uhc-oth024')!;
    expect(oth024.status).toMatch(/^Superseded: replaced by /);
    const html = toHtml(readingView(readLetter('Denied under policy OTH024.', data, TODAY, WHY), {}, ctx));
    expect(html).toContain(`<strong data-source-status="">${oth024.status}</strong>`);
    // A policy in force carries no label.
    expect(data.policies.find((p) => p.id === 'cigna-mm-0507')?.status).toBeUndefined();
  });

  it("sends workers' comp readers to the rules on their notice", () => {
    expect(show('workers-comp-ca-ur-nmn-prp')).toMatch(/deadlines are set by each state/);
  });
});
