/**
 * Who can help after a denial (content/state-help.yaml, src/lib/appeal/state-help.ts): the offices for
 * each kind of plan come in the right order, phone numbers become well-formed tel: links, the reader's
 * packed copy of the data unpacks to the same data, the reader's help part shows a state's offices or a
 * link, and the content check names the file and field of every broken rule.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';
import {
  ALL_KINDS,
  HELP_ORDER,
  HELP_PLANS,
  helpCoverage,
  helpFor,
  isOffice,
  packHelp,
  planNote,
  telHref,
  unpackHelp,
} from '../../src/lib/appeal/state-help.ts';
import { helpView } from '../../src/lib/appeal/reader-help.ts';
import { HELP_PLAN_IDS, STATE_HELP_KINDS } from '../../src/schemas/state-help.ts';
import { STATE_CODES } from '../../src/schemas/medicare-contractor.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { toHtml } from '../../src/lib/format/tree.ts';
import { ROOT } from '../support/fixtures.ts';
import { loadContentOnce, readContentOnce } from '../support/content.ts';
import { en } from '../../src/i18n/en.ts';

const FILE = 'content/state-help.yaml';
const h = loadContentOnce(join(ROOT, 'content'), ROOT).catalog.stateHelp!;
const kinds = (code: string, plan?: Parameters<typeof helpFor>[2]) => helpFor(h, code, plan).map((s) => s.kind);

describe('the offices for a state and a kind of plan', () => {
  it('puts the SHIP first for Medicare and Medicare Advantage, then 1-800-MEDICARE', () => {
    expect(kinds('TX', 'medicare')).toEqual(['ship', 'medicare']);
    expect(kinds('TX', 'medicare-advantage')).toEqual(['ship', 'medicare']);
  });

  it('sends fully insured and Marketplace plans to the insurance department, then the consumer program', () => {
    expect(kinds('NC', 'employer-insured')).toEqual(['insurance', 'cap']);
    expect(kinds('NC', 'marketplace')).toEqual(['insurance', 'cap']);
  });

  it('sends self-funded plans to the Department of Labor, never to the state insurance department', () => {
    expect(kinds('AK', 'employer-self-funded')).toEqual(['ebsa', 'cap']);
    expect(planNote(h, 'employer-self-funded')?.note).toMatch(/cannot help with self-funded/);
  });

  it('gives both routes for a job-based plan of unknown kind, after asking HR which it is', () => {
    expect(kinds('OH', 'employer')).toEqual(['insurance', 'ebsa', 'cap']);
    expect(planNote(h, 'employer')?.note).toMatch(/fully insured or self-funded/);
  });

  it('sends Medicaid to the fair hearing, workers’ comp to the state agency; nothing for TRICARE and VA', () => {
    expect(kinds('PR', 'medicaid')).toEqual(['medicaid']);
    expect(kinds('WY', 'workers-comp')).toEqual(['workers-comp']);
    expect(kinds('VA', 'tricare')).toEqual([]);
    expect(kinds('VA', 'va')).toEqual([]);
  });

  it('lists every kind when the plan is not known, and accepts a lowercase code', () => {
    expect(kinds('ga')).toEqual([...ALL_KINDS]);
  });

  it('has an order for every kind of plan, and a label for every one on the state pages', () => {
    expect(Object.keys(HELP_ORDER).sort()).toEqual([...HELP_PLAN_IDS].sort());
    expect(HELP_PLANS.map((p) => p.plan).sort()).toEqual([...HELP_PLAN_IDS].sort());
  });

  it('uses the national office rows for EBSA and 1-800-MEDICARE', () => {
    const [ebsa] = helpFor(h, 'CA', 'employer-self-funded');
    expect(ebsa).toMatchObject({ kind: 'ebsa', national: true, office: { phone: '1-866-444-3272' } });
    expect(helpFor(h, 'CA', 'medicare')[1]?.office.phone).toBe('1-800-633-4227');
  });

  it('throws on a state that is not in the data', () => {
    expect(() => helpFor(h, 'ZZ')).toThrow(/ZZ/);
  });
});

describe('the data', () => {
  it('covers every state and territory with every kind, each an office or a place to look', () => {
    expect(h.states.map((s) => s.code).sort()).toEqual([...STATE_CODES].sort());
    for (const s of h.states) expect(s.offices.map((o) => o.kind).sort(), s.code).toEqual([...STATE_HELP_KINDS].sort());
    const counts = helpCoverage(h);
    for (const k of STATE_HELP_KINDS) expect(counts[k]!.office + counts[k]!.lookWhere).toBe(STATE_CODES.length);
    // Sourced offices found in research (by hand): GA and IA SHIPs; CT, CA and VT consumer programs;
    // AL, AK, AZ, NC and WA insurance departments.
    expect(counts).toMatchObject({
      ship: { office: 2 },
      cap: { office: 3 },
      insurance: { office: 5 },
      medicaid: { office: 0 },
      'workers-comp': { office: 0 },
    });
  });

  it('shows no phone number we could not confirm in a current, first-hand source', () => {
    const text = readFileSync(join(ROOT, FILE), 'utf8');
    // The national SHIP line and locator (seen only in third-party code), Ohio's 2008 number, Alabama's
    // number from other websites, Wyoming's from a 2022 copy, Florida's from 2010 and Washington's SHIBA
    // line from a 2016 post.
    for (const dropped of ['839-2675', 'shiphelp', '686-1526', '241-4141', '777-7441', '963-5337'])
      expect(text, dropped).not.toContain(dropped);
    const shiba = h.states.find((s) => s.code === 'WA')!.offices.find((o) => o.kind === 'ship')!;
    expect(isOffice(shiba)).toBe(false);
  });
});

describe('tel: links', () => {
  it('turns both printed forms into +1 and ten digits', () => {
    expect(telHref('1-800-633-4227')).toBe('tel:+18006334227');
    expect(telHref('907-269-7900')).toBe('tel:+19072697900');
  });
});

const HELP = { words: en.stateHelp, lang: 'en' as const };

describe('the letter reader’s copy of the data', () => {
  it('unpacks to exactly the checked data, and is smaller', () => {
    const packed = packHelp(h);
    expect(unpackHelp(JSON.parse(JSON.stringify(packed)))).toEqual(h);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(h).length * 0.6);
  });

  it('shows the offices for the state and plan, with tel: links, sources and checked dates', () => {
    const html = toHtml(helpView(h, 'GA', 'medicare', sitePaths, HELP));
    expect(html).toContain('In Georgia, for Original Medicare:');
    expect(html).toContain('href="tel:+18665524464"');
    expect(html).toContain('(option 4)');
    expect(html).toContain('href="/sources/#source-georgiacares-ship"');
    expect(html).toContain('Checked November 30, 2026.');
    expect(html).toContain('href="/appeal/find-help/ga/#plan-medicare"');
    // Original Medicare: the SHIP, then 1-800-MEDICARE, and nothing else.
    expect(html.match(/data-help-office="[a-z-]+"/g)).toEqual([
      'data-help-office="ship"',
      'data-help-office="medicare"',
    ]);
  });

  it('says where to look when the state has no sourced office, linking the national list', () => {
    const html = toHtml(helpView(h, 'OH', 'employer-insured', sitePaths, HELP));
    expect(html).toContain('NAIC');
    expect(html).toContain('href="https://content.naic.org/research_actuarial_dept.htm"');
    expect(html).not.toContain('tel:+1800686'); // Ohio's 2008 number is never shown
  });

  it('links to the state list, with the plan, when no state is given', () => {
    const html = toHtml(helpView(h, undefined, 'medicaid', sitePaths, HELP));
    expect(html).toContain('href="/appeal/find-help/?plan=medicaid"');
    expect(html).not.toContain('data-help-office');
  });
});

describe('the content check of content/state-help.yaml', () => {
  /** The real content with one change to the file; returns the problem lines. */
  const problemsAfter = (change: (data: any) => void, today?: string) => {
    const raw = readContentOnce(join(ROOT, 'content'), ROOT);
    // Aliased YAML nodes are shared objects: copy so a change touches one place only.
    raw.stateHelp!.data = structuredClone(raw.stateHelp!.data);
    change(raw.stateHelp!.data);
    return checkContent(raw, today).problems.map(formatProblem);
  };
  const stateAt = (d: any, code: string) => d.states.findIndex((s: any) => s.code === code);

  it('passes the real file', () => expect(problemsAfter(() => {})).toEqual([]));

  it('names a missing state or territory, and one listed twice', () => {
    expect(problemsAfter((d) => (d.states = d.states.filter((s: any) => s.code !== 'GU')))).toEqual([
      `${FILE}: states has no row for this state or territory: "GU"`,
    ]);
    expect(problemsAfter((d) => d.states.push(structuredClone(d.states[stateAt(d, 'TX')])))).toEqual([
      `${FILE}: states[56].code is listed twice (first at states[43].code): "TX"`,
    ]);
  });

  it('names a missing kind of office in a state', () => {
    expect(
      problemsAfter((d) => {
        const s = d.states[stateAt(d, 'OH')];
        s.offices = s.offices.filter((o: any) => o.kind !== 'medicaid');
      }),
    ).toEqual([`${FILE}: states[35].offices has no row for this kind of office (OH): "medicaid"`]);
  });

  it('names a missing national office or kind description', () => {
    expect(problemsAfter((d) => (d.national = d.national.filter((n: any) => n.kind !== 'ebsa')))).toEqual([
      `${FILE}: national has no row for this national office: "ebsa"`,
    ]);
    expect(problemsAfter((d) => (d.kinds = d.kinds.filter((k: any) => k.kind !== 'cap')))).toEqual([
      `${FILE}: kinds has no row for this kind of office: "cap"`,
    ]);
  });

  it('names an unknown source id', () => {
    expect(problemsAfter((d) => (d.states[0].offices[2].sources = ['no-such-source']))).toEqual([
      `${FILE}: states[0].offices[2].sources[0] names an unknown source: "no-such-source"`,
    ]);
  });

  it('names a checked date in the future', () => {
    expect(problemsAfter((d) => (d.states[1].offices[2].checked = '2026-12-02'), '2026-12-01')).toEqual([
      `${FILE}: states[1].offices[2].checked of AK insurance is in the future (today is 2026-12-01): "2026-12-02"`,
    ]);
  });

  it('refuses an office with no phone or web address, and a place to look that also gives a number', () => {
    expect(
      problemsAfter((d) => {
        const row = d.states[1].offices[2];
        delete row.phone;
        delete row.url;
      }),
    ).toEqual([`${FILE}: states[1].offices[2].phone or url is required for an office (or give lookWhere instead)`]);
    expect(problemsAfter((d) => (d.states[35].offices[2].phone = '1-800-686-1526'))).toEqual([
      `${FILE}: states[35].offices[2].phone must be left out with lookWhere: ` +
        'a row is an office or a place to look: "1-800-686-1526"',
    ]);
  });

  it('refuses a phone number not written like 1-800-633-4227, and a web address that is not https', () => {
    expect(
      problemsAfter((d) => {
        d.states[1].offices[2].phone = '(907) 269-7900';
        d.states[1].offices[2].url = 'http://www.commerce.alaska.gov/';
      }),
    ).toEqual([
      `${FILE}: states[1].offices[2].phone must be a US number written like "1-800-633-4227": "(907) 269-7900"`,
      `${FILE}: states[1].offices[2].url must be an https:// address: "http://www.commerce.alaska.gov/"`,
    ]);
  });
});
