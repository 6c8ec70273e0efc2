import { describe, expect, it } from 'vitest';
import { entry } from '../support/coverage-entry.ts';
import {
  coverageAnchor,
  coverageMatrix,
  coveragePairs,
  pairsForPayer,
  pairsForTherapy,
} from '../../src/lib/coverage/query.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { coveragePageText } from '../../src/lib/coverage/page.ts';
import { STATUS } from '../../src/lib/coverage/status.ts';
import { coverageStatus } from '../../src/schemas/coverage.ts';

const entries = [
  entry({ therapy: 'prp', payer: 'cigna', status: 'not-covered-investigational' }),
  entry({
    therapy: 'prp',
    payer: 'medicare',
    indication: 'joints',
    indicationLabel: 'joints',
    status: 'not-covered-investigational',
  }),
  entry({
    therapy: 'prp',
    payer: 'medicare',
    indication: 'diabetic-wounds',
    indicationLabel: 'diabetic wounds',
    status: 'covered-with-criteria',
  }),
  entry({ therapy: 'amniotic-injections', payer: 'medicare', status: 'not-covered-investigational' }),
];

describe('coverage queries', () => {
  it('ids, paths and anchors are stable', () => {
    expect(sitePaths.coverage('prp', 'medicare')).toBe('/coverage/prp/medicare/');
    expect(coverageAnchor(entries[1]!)).toBe('for-joints');
    expect(coverageAnchor(entries[0]!)).toBe('answer');
  });

  it('groups entries into therapy × payer pairs in the given order, favourable statuses first', () => {
    const pairs = coveragePairs(entries, ['prp', 'amniotic-injections'], ['medicare', 'cigna']);
    expect(pairs.map((p) => `${p.therapy}/${p.payer}`)).toEqual([
      'prp/medicare',
      'prp/cigna',
      'amniotic-injections/medicare',
    ]);
    expect(pairs[0]!.entries.map((e) => e.indication)).toEqual(['diabetic-wounds', 'joints']);
  });

  it('filters by therapy and by payer', () => {
    expect(pairsForTherapy(entries, 'prp', ['medicare', 'cigna']).map((p) => p.payer)).toEqual(['medicare', 'cigna']);
    expect(pairsForPayer(entries, 'medicare', ['prp', 'amniotic-injections']).map((p) => p.therapy)).toEqual([
      'prp',
      'amniotic-injections',
    ]);
    expect(pairsForPayer(entries, 'aetna', ['prp'])).toEqual([]);
  });

  it('builds the full matrix with empty cells where there is no entry (never a guessed status)', () => {
    const m = coverageMatrix(entries, ['prp', 'amniotic-injections'], ['medicare', 'cigna']);
    expect(m).toHaveLength(2);
    expect(m[1]!.cells.map((c) => c.entries.length)).toEqual([1, 0]);
    expect(m[0]!.cells[0]!.entries).toHaveLength(2);
  });

  it('writes the page question and answer from the entries', () => {
    const [medicare] = coveragePairs(entries, ['prp'], ['medicare']);
    const t = coveragePageText(medicare!, { therapy: 'PRP', payer: 'Medicare' });
    expect(t.title).toBe('Does Medicare cover PRP?');
    expect(t.description).toBe(
      'It depends on the use: for diabetic wounds, covered if criteria are met; for joints, not covered (called investigational).',
    );
    // The statuses are listed right under the answer, so the answer does not repeat them.
    expect(t.answer).toBe('It depends on the use or the plan. Medicare has 2 different answers, listed below.');
    const same = coveragePageText(
      {
        therapy: 'prp',
        payer: 'bcbs',
        entries: [entries[1]!, { ...entries[0]!, status: 'not-covered-investigational' }],
      },
      { therapy: 'PRP', payer: 'Blue Cross' },
    );
    expect(same.answer).toMatch(/^Not covered because the payer calls it .*, for every use and plan we found\./);
    const single = coveragePageText(
      { therapy: 'prp', payer: 'cigna', entries: [entries[0]!] },
      { therapy: 'PRP', payer: 'Cigna' },
    );
    expect(single.answer).toBe(entries[0]!.answer);
    expect(single.description).toBe(entries[0]!.answer);
  });

  it('has a word, icon and tone for every status in the schema', () => {
    expect(Object.keys(STATUS).sort()).toEqual([...coverageStatus.options].sort());
    for (const s of coverageStatus.options) {
      expect(STATUS[s].label.length).toBeGreaterThan(2);
      expect(STATUS[s].icon.length).toBeGreaterThan(0);
    }
  });

  it('keeps "not medically necessary" apart from "investigational", between case by case and investigational', () => {
    const at = (s: (typeof coverageStatus.options)[number]) => coverageStatus.options.indexOf(s);
    expect(at('case-by-case')).toBeLessThan(at('not-medically-necessary'));
    expect(at('not-medically-necessary')).toBeLessThan(at('not-covered-investigational'));
    expect(STATUS['not-medically-necessary'].label).toBe('Not covered: not medically necessary');
    expect(STATUS['not-medically-necessary'].label).not.toMatch(/investigational/i);
    expect(STATUS['not-medically-necessary'].tone).toBe('bad');
    const [pair] = coveragePairs(
      [
        entry({
          therapy: 'hyaluronic-acid',
          payer: 'bcbs',
          indication: 'knee',
          indicationLabel: 'knee',
          status: 'not-medically-necessary',
        }),
        entry({
          therapy: 'hyaluronic-acid',
          payer: 'bcbs',
          indication: 'hip',
          indicationLabel: 'hip',
          status: 'not-covered-investigational',
        }),
      ],
      ['hyaluronic-acid'],
      ['bcbs'],
    );
    expect(coveragePageText(pair!, { therapy: 'Gel shots', payer: 'Blue plans' }).description).toBe(
      'It depends on the use: for knee, not covered (called not medically necessary); for hip, not covered (called investigational).',
    );
  });
});

import { cardHeadings, commonUseFirst, entryUse } from '../../src/lib/coverage/uses.ts';
describe('the common use first', () => {
  const prp = {
    commonUse: 'joint, tendon or muscle pain',
    otherUses: [{ label: 'chronic wounds', indications: ['diabetic-wounds', 'wounds'] }],
  };

  it("names each entry's use: an other use by its label, a split of the common use by its own words", () => {
    expect(entryUse(prp, entries[2]!)).toEqual({ common: false, label: 'chronic wounds' });
    expect(entryUse(prp, entries[1]!)).toEqual({ common: true, label: 'joints' });
    expect(entryUse(prp, entries[0]!)).toEqual({ common: true, label: 'joint, tendon or muscle pain' });
  });

  it('puts the common use before the rare covered exception, whatever order the entries came in', () => {
    // The pair's own order is favourable first: Medicare's covered wound use, then joints (issue #11's bug).
    const [medicare] = coveragePairs(entries, ['prp'], ['medicare']);
    expect(medicare!.entries.map((e) => e.indication)).toEqual(['diabetic-wounds', 'joints']);
    expect(commonUseFirst(prp, medicare!.entries).map((e) => e.indication)).toEqual(['joints', 'diabetic-wounds']);
  });

  it('keeps the given order within each kind of use, and leaves its input alone', () => {
    const list = [
      entry({ payer: 'a', indication: 'wounds' }),
      entry({ payer: 'b' }),
      entry({ payer: 'c', indication: 'diabetic-wounds' }),
      entry({ payer: 'd', indication: 'knee', indicationLabel: 'knee' }),
    ];
    const before = list.map((e) => e.payer);
    expect(commonUseFirst(prp, list).map((e) => e.payer)).toEqual(['b', 'd', 'a', 'c']);
    expect(list.map((e) => e.payer)).toEqual(before);
  });
});

describe('card headings', () => {
  it('gives a name alone when it heads one card, and its use when it heads more than one', () => {
    expect(
      cardHeadings([
        { name: 'Medicare', use: 'joint, tendon or muscle pain' },
        { name: 'Cigna', use: 'joint, tendon or muscle pain' },
        { name: 'Medicare', use: 'chronic wounds' },
      ]),
    ).toEqual(['Medicare, for joint, tendon or muscle pain', 'Cigna', 'Medicare, for chronic wounds']);
  });

  it('gives the use alone where it already starts with the name', () => {
    expect(
      cardHeadings([
        { name: "Workers' comp", use: "Oregon workers' comp" },
        { name: "Workers' comp", use: "workers' comp in other states" },
      ]),
    ).toEqual(["Workers' comp, for Oregon workers' comp", "Workers' comp in other states"]);
  });

  it('adds the indication where two cards share both name and use', () => {
    expect(
      cardHeadings([
        { name: 'Aetna', use: 'chronic wounds', indication: 'diabetic foot ulcers' },
        { name: 'Aetna', use: 'chronic wounds', indication: 'venous leg ulcers' },
      ]),
    ).toEqual(['Aetna, for chronic wounds (diabetic foot ulcers)', 'Aetna, for chronic wounds (venous leg ulcers)']);
  });
});
