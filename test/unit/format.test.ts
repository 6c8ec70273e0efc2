import { toHtml } from '../../src/lib/format/tree.ts';
import { rangeBar } from '../../src/lib/format/range-bar.ts';
import { describe, expect, it } from 'vitest';
import { formatDate, latest } from '../../src/lib/format/date.ts';
import { formatUsd, formatUsdRange } from '../../src/lib/format/money.ts';
import { clip } from '../../src/lib/format/text.ts';
import { rangeScale } from '../../src/lib/format/ranges.ts';
import { sectionHeadings, textOf } from '../../src/lib/format/html.ts';

describe('formatDate', () => {
  it('shows full, month and year precision the US way, without time-zone drift', () => {
    expect(formatDate('2026-11-22')).toBe('November 22, 2026');
    expect(formatDate('2021-04-01')).toBe('April 1, 2021');
    expect(formatDate('2025-10')).toBe('October 2025');
    expect(formatDate('2019')).toBe('2019');
  });
  it('rejects text that is not a date', () => {
    expect(() => formatDate('22/11/2026')).toThrow(/Not a date/);
    expect(() => formatDate('2026-13')).toThrow(/Not a month/);
  });
  it('latest picks the newest ISO date', () => {
    expect(latest(['2025-01-31', '2026-02-01', '2025-12-31'])).toBe('2026-02-01');
  });
});

describe('money', () => {
  it('formats whole dollars with thousands separators', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(897)).toBe('$897');
    expect(formatUsd(12000)).toBe('$12,000');
    expect(formatUsd(1234567)).toBe('$1,234,567');
    expect(formatUsdRange(500, 2500)).toBe('$500–$2,500');
    expect(formatUsdRange(700, 700)).toBe('$700');
  });
  it('refuses fractions so no float ever reaches a page', () => {
    expect(() => formatUsd(10.5)).toThrow();
  });
});

describe('text', () => {
  it('clips descriptions at a word boundary', () => {
    expect(clip('short')).toBe('short');
    const long = 'word '.repeat(60);
    const c = clip(long, 50);
    expect(c.length).toBeLessThanOrEqual(50);
    expect(c.endsWith('…')).toBe(true);
  });
});

describe('rangeScale', () => {
  it('puts every range on one scale up to the highest price', () => {
    const scale = rangeScale([
      { low: 0, high: 2000 },
      { low: 0, high: 1000 },
    ]);
    expect(scale({ low: 500, high: 1000, typical: 750 })).toEqual({ left: 25, width: 25, typical: 37.5 });
    expect(scale({ low: 2000, high: 2000, typical: undefined })).toEqual({ left: 100, width: 1, typical: undefined });
  });
});

import { baseCiteLabel, citeLabel, citeLabelClashes, citeLabels, type Citable } from '../../src/lib/format/cite.ts';
describe('citeLabel', () => {
  const source = (id: string, over: Partial<Citable>): Citable => ({
    id,
    publisher: 'HealthCare.gov (Centers for Medicare & Medicaid Services)',
    title: 'A page',
    date: '2026',
    ...over,
  });

  it('prefers the short label, then a short number, then a shortened publisher', () => {
    expect(baseCiteLabel({ short: 'Bennell 2021', number: 'JAMA 2021;326(20):2021-2030', publisher: 'JAMA' })).toBe(
      'Bennell 2021',
    );
    expect(baseCiteLabel({ number: 'NCD 270.3', publisher: 'Centers for Medicare & Medicaid Services' })).toBe(
      'NCD 270.3',
    );
    expect(baseCiteLabel({ number: 'J Am Acad Orthop Surg 2019;27(20):779-783', publisher: 'JAAOS' })).toBe('JAAOS');
    expect(baseCiteLabel({ publisher: 'Centers for Medicare & Medicaid Services' })).toBe('Centers for Medicare…');
  });

  it('keeps the label a source has on its own when no other source has it', () => {
    const all = [source('a', { number: 'NCD 270.3' }), source('b', { title: 'Internal appeals' })];
    expect(citeLabel(all[0]!, all)).toBe('NCD 270.3');
    expect(citeLabel(all[1]!, all)).toBe('HealthCare.gov…');
  });

  it('names the publisher and the title where two pages of one publisher would read alike', () => {
    const all = [
      source('internal', { title: 'Internal appeals' }),
      source('external', { title: 'External review' }),
      source('sbc', { title: 'Summary of Benefits and Coverage' }),
      source('pre', { title: 'Preauthorization (glossary)' }),
    ];
    expect([...citeLabels(all).values()]).toEqual([
      'HealthCare.gov: Internal appeals',
      'HealthCare.gov: External review',
      // Cut at a word, and never on a dangling "and".
      'HealthCare.gov: Summary of Benefits…',
      // A closing aside only where it is what tells two titles apart.
      'HealthCare.gov: Preauthorization',
    ]);
  });

  it('uses what tells sources apart best: a part of the number, the year of a version, the billing code', () => {
    const cms = 'Centers for Medicare & Medicaid Services (Federal Register)';
    const labels = citeLabels([
      source('fr-1', { publisher: cms, number: 'CMS-8091-N; FR Doc 2025-20251; 90 FR 52063' }),
      source('fr-2', { publisher: cms, number: 'CMS-1832-F; FR Doc 2025-19787; 90 FR 49266' }),
      // Already "CMS-1832-F" on its own: the rule above must take the next part of its number.
      source('fact-sheet', { publisher: 'CMS', number: 'CMS-1832-F' }),
      source('ncd', { number: 'NCD 270.3', date: '2021-04-13' }),
      source('ncd-v5', { number: 'NCD 270.3', date: '2012-08-02' }),
      source('op-1', { publisher: 'OpenPayer (Trek Health)', title: 'CPT 20611: Ultrasound-Guided Arthrocentesis' }),
      source('op-2', { publisher: 'OpenPayer (Trek Health)', title: 'HCPCS J7321: Hyaluronan Injection' }),
    ]);
    expect(Object.fromEntries(labels)).toEqual({
      'fr-1': 'CMS-8091-N',
      'fr-2': 'FR Doc 2025-19787',
      'fact-sheet': 'CMS-1832-F',
      ncd: 'NCD 270.3 (2021)',
      'ncd-v5': 'NCD 270.3 (2012)',
      'op-1': 'OpenPayer: CPT 20611',
      'op-2': 'OpenPayer: HCPCS J7321',
    });
  });

  it('gives the title alone when the publisher has no short name, and an acronym when it gives one', () => {
    const fda = 'U.S. Food and Drug Administration';
    const nahri = 'National Association of Healthcare Revenue Integrity (NAHRI)';
    const labels = citeLabels([
      source('a', { publisher: fda, title: 'Regenerative Medicine Advanced Therapy Designation' }),
      source('b', { publisher: fda, title: 'MedWatch' }),
      source('c', { publisher: nahri, title: 'MACs withdraw final LCDs for certain skin substitutes' }),
      source('d', { publisher: 'National Association of Boards of Pharmacy', title: 'IV hydration clinics' }),
    ]);
    expect(Object.fromEntries(labels)).toEqual({
      a: 'Regenerative Medicine…',
      b: 'MedWatch',
      c: 'NAHRI: MACs withdraw final LCDs…',
      d: 'IV hydration clinics',
    });
  });

  it("keeps an author's short, and reports two sources that still read alike, naming both", () => {
    const all = [
      source('one', { short: 'HealthCare.gov appeals' }),
      source('two', { short: 'HealthCare.gov appeals' }),
      // Three pages alike in every field: the first gets its title, the other two have nothing left.
      source('three', { title: 'Internal appeals' }),
      source('four', { title: 'Internal appeals' }),
      source('five', { title: 'Internal appeals' }),
    ];
    expect(citeLabels(all).get('one')).toBe('HealthCare.gov appeals');
    expect(citeLabelClashes(all)).toEqual([
      { ids: ['one', 'two'], label: 'HealthCare.gov appeals', index: 1 },
      { ids: ['four', 'five'], label: 'HealthCare.gov…', index: 4 },
    ]);
  });

  it('gives every source of the real catalog its own label', async () => {
    const { siteCatalog } = await import('../../src/lib/content/load.ts');
    const { sources } = siteCatalog().catalog;
    expect(citeLabelClashes(sources)).toEqual([]);
    expect(new Set(sources.map((s) => citeLabel(s, sources))).size).toBe(sources.length);
  });
});

import { sourceStatusLine } from '../../src/lib/format/source-status.ts';
describe('sourceStatusLine', () => {
  it('says what happened and when, with the reason and the replacement when known', () => {
    expect(sourceStatusLine({ kind: 'withdrawn', date: '2025-12-24', note: 'never took effect' })).toBe(
      'Withdrawn December 24, 2025: never took effect.',
    );
    expect(sourceStatusLine({ kind: 'superseded', date: '2024-05', replacedBy: 'x' }, 'NCD 310.1')).toBe(
      'Superseded May 2024: replaced by NCD 310.1.',
    );
    expect(sourceStatusLine({ kind: 'retired', date: '2024' })).toBe('Retired 2024.');
    expect(sourceStatusLine({ kind: 'superseded', note: 'a later version applies' })).toBe(
      'Superseded: a later version applies.',
    );
    expect(
      sourceStatusLine({ kind: 'superseded', date: '2021-04-13', note: 'a later version applies' }, 'NCD 270.3'),
    ).toBe('Superseded April 13, 2021: a later version applies; replaced by NCD 270.3.');
  });
});

import { inSentence } from '../../src/lib/format/text.ts';
describe('inSentence', () => {
  it('lowercases ordinary names but keeps acronyms and brand capitals', () => {
    expect(inSentence('Amniotic injections')).toBe('amniotic injections');
    expect(inSentence('Stem cell transplant (bone marrow)')).toBe('stem cell transplant (bone marrow)');
    expect(inSentence('PRP injections')).toBe('PRP injections');
    expect(inSentence('IV nutrient therapy')).toBe('IV nutrient therapy');
    expect(inSentence('UnitedHealthcare')).toBe('UnitedHealthcare');
  });
});

describe('labelCells', () => {
  it('names each body cell by its column so a phone can show rows as cards', async () => {
    const { labelCells } = await import('../../src/lib/format/table.ts');
    const html =
      '<thead><tr><th>Code</th><th>What it <em>means</em></th></tr></thead><tbody><tr><td>0232T</td><td>PRP &amp; more</td></tr><tr><th>A</th><td>B</td></tr></tbody>';
    expect(labelCells(html)).toBe(
      '<thead><tr><th>Code</th><th>What it <em>means</em></th></tr></thead><tbody><tr><td data-label="Code">0232T</td><td data-label="What it means">PRP &amp; more</td></tr><tr><th>A</th><td data-label="What it means">B</td></tr></tbody>',
    );
    expect(labelCells('<tbody><tr><td>x</td></tr></tbody>')).toBe('<tbody><tr><td>x</td></tr></tbody>');
  });
});

describe('sectionHeadings (the "On this page" list from rendered HTML)', () => {
  it('lists every h2 with an id, in order, as plain text, and skips the ones asked', () => {
    const html = `<h1>T</h1><h2 id="a" class="x">Your <em>answers</em></h2><p>..</p><h2>No id</h2>
      <section><h2 id="b">Aetna &amp; Cigna&#39;s &#x201C;rules&#x201D;</h2></section><h3 id="c">Not a section</h3>
      <h2 id="sources">Sources</h2>`;
    expect(sectionHeadings(html, ['sources'])).toEqual([
      { id: 'a', text: 'Your answers' },
      { id: 'b', text: "Aetna & Cigna's \u201Crules\u201D" },
    ]);
    expect(sectionHeadings('<p>nothing</p>')).toEqual([]);
  });
  it('textOf leaves unknown entities as they are', () => {
    expect(textOf('a &bogus; <b>b</b>\n c')).toBe('a &bogus; b c');
  });
});

describe('rangeBar', () => {
  it('places the bar and the typical mark with SVG attributes, never a style attribute', () => {
    expect(toHtml(rangeBar({ left: 14, width: 54, typical: 35.9 }))).toBe(
      '<svg class="range-track" aria-hidden="true" focusable="false">' +
        '<rect class="range-bar" x="14%" width="54%" height="100%" rx="5"></rect>' +
        '<rect class="range-typical" x="35.9%" y="-37.5%" width="3" height="175%"></rect></svg>',
    );
  });
  it('draws no mark without a typical price', () => {
    expect(toHtml(rangeBar({ left: 0, width: 100 }))).not.toContain('range-typical');
  });
});

import { distinctHeadings } from '../../src/lib/format/text.ts';
describe('distinctHeadings', () => {
  it('adds a suffix only where a heading repeats, one at a time, until each stands alone', () => {
    const change = (name: string, date: string) => ({ name, suffixes: [`, ${date}`] });
    expect(
      distinctHeadings([
        change('Blue Cross Blue Shield: gel shots for knees', 'November 30, 2026'),
        change('Cigna: gel shots for knees', 'March 1, 2026'),
        change('Blue Cross Blue Shield: gel shots for knees', 'January 1, 2026'),
      ]),
    ).toEqual([
      'Blue Cross Blue Shield: gel shots for knees, November 30, 2026',
      'Cigna: gel shots for knees',
      'Blue Cross Blue Shield: gel shots for knees, January 1, 2026',
    ]);
  });

  it('leaves a heading as it is when it has no suffix left', () => {
    expect(
      distinctHeadings([
        { name: 'A', suffixes: [] },
        { name: 'A', suffixes: [undefined] },
      ]),
    ).toEqual(['A', 'A']);
  });
});
