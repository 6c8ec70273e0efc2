import { describe, expect, it } from 'vitest';
import { copiedRuns, shingles, words } from '../../src/lib/content/copycheck.ts';

describe('copied-text check', () => {
  const seed =
    'Medicare generally does not cover PRP for musculoskeletal conditions because the evidence is not sufficient for a national decision.';
  const set = shingles([seed], 12);
  it('normalises case and punctuation', () => {
    expect(words('PRP, “Medicare’s” rule!')).toEqual(['prp', "medicare's", 'rule']);
  });
  it('flags a copied run of 12 words even with different punctuation and case', () => {
    // 13 shared words ("medicare … evidence is") hold two overlapping 12-word runs.
    expect(
      copiedRuns(
        'As they say: MEDICARE generally does not cover PRP for musculoskeletal conditions, because the evidence is thin.',
        set,
        12,
      ),
    ).toHaveLength(2);
  });
  it('passes text in our own words, and runs of 11 words', () => {
    expect(copiedRuns('Medicare does not pay for PRP shots for joints or tendons.', set, 12)).toEqual([]);
    expect(
      copiedRuns('Medicare generally does not cover PRP for musculoskeletal conditions because the evidence', set, 12),
    ).toHaveLength(1);
    expect(
      copiedRuns('Medicare generally does not cover PRP for musculoskeletal conditions because the', set, 12),
    ).toEqual([]);
  });
});
