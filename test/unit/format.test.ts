import { describe, expect, it } from 'vitest';
import { formatDate, latest } from '../../src/lib/format/date.ts';
import { formatUsd, formatUsdRange } from '../../src/lib/format/money.ts';
import { anchorId, clip } from '../../src/lib/format/text.ts';
import { rangeScale } from '../../src/lib/format/ranges.ts';

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
  it('makes stable anchors', () => {
    expect(anchorId('What it is')).toBe('what-it-is');
    expect(anchorId('HSA & FSA: rules')).toBe('hsa-and-fsa-rules');
    expect(anchorId('!!!')).toBe('section');
  });
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
    const scale = rangeScale([{ high: 2000 }, { high: 1000 }]);
    expect(scale({ low: 500, high: 1000, typical: 750 })).toEqual({ left: 25, width: 25, typical: 37.5 });
    expect(scale({ low: 2000, high: 2000, typical: undefined })).toEqual({ left: 100, width: 1, typical: undefined });
  });
});

import { citeLabel } from '../../src/lib/format/cite.ts';
describe('citeLabel', () => {
  it('prefers the short label, then a short number, then a shortened publisher', () => {
    expect(citeLabel({ short: 'Bennell 2021', number: 'JAMA 2021;326(20):2021-2030', publisher: 'JAMA' })).toBe(
      'Bennell 2021',
    );
    expect(citeLabel({ number: 'NCD 270.3', publisher: 'Centers for Medicare & Medicaid Services' })).toBe('NCD 270.3');
    expect(citeLabel({ number: 'J Am Acad Orthop Surg 2019;27(20):779-783', publisher: 'JAAOS' })).toBe('JAAOS');
    expect(citeLabel({ publisher: 'Centers for Medicare & Medicaid Services' })).toBe('Centers for Medicare…');
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
