/**
 * The copied-text check's mechanism, on a small made-up document (the repository holds no seed text):
 * fingerprints flag a copied run of 12 words whatever its case and punctuation, and pass 11.
 */
import { describe, expect, it } from 'vitest';
import {
  copiedRuns,
  copyProblems,
  fingerprint,
  fingerprintFile,
  fingerprintsOf,
  parseFingerprints,
  words,
} from '../../scripts/lib/copycheck.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';

describe('copied-text check', () => {
  const seed =
    'Medicare generally does not cover PRP for musculoskeletal conditions because the evidence is not sufficient for a national decision.';
  // Through the file format, as the real check reads it.
  const set = parseFingerprints(fingerprintFile([seed]));

  it('normalises case and punctuation', () => {
    expect(words('PRP, “Medicare’s” rule!')).toEqual(['prp', "medicare's", 'rule']);
  });

  it('stores one 64-bit fingerprint per run, sorted, and no text', () => {
    // 19 words hold 8 runs of 12.
    expect(fingerprintsOf([seed])).toHaveLength(8);
    expect([...set]).toEqual(fingerprintsOf([seed]));
    expect([...set].every((f) => /^[0-9a-f]{16}$/.test(f))).toBe(true);
    expect(fingerprintFile([seed])).not.toMatch(/medicare/i);
    expect(fingerprint('a b c')).not.toBe(fingerprint('a b d'));
  });

  it('flags a copied run of 12 words even with different punctuation and case', () => {
    // 13 shared words ("medicare … evidence is") hold two overlapping 12-word runs.
    expect(
      copiedRuns(
        'As they say: MEDICARE generally does not cover PRP for musculoskeletal conditions, because the evidence is thin.',
        set,
      ),
    ).toEqual([
      'medicare generally does not cover prp for musculoskeletal conditions because the evidence',
      'generally does not cover prp for musculoskeletal conditions because the evidence is',
    ]);
  });

  it('passes text in our own words, and runs of 11 words', () => {
    expect(copiedRuns('Medicare does not pay for PRP shots for joints or tendons.', set)).toEqual([]);
    expect(copiedRuns('Medicare generally does not cover PRP for musculoskeletal conditions because the', set)).toEqual(
      [],
    );
  });

  it('reports a copy as a content-check Problem naming file and field', () => {
    const problems = copyProblems(
      [
        { file: 'glossary.yaml', field: '[3].definition', text: `${seed.slice(0, 90)} and more.` },
        { file: 'costs.yaml', field: '[0].note', text: 'Our own words.' },
      ],
      set,
    );
    expect(problems.map(formatProblem)).toEqual([
      'glossary.yaml: [3].definition repeats 12 words of a seed document word for word: say it in our own words: "medicare generally does not cover prp for musculoskeletal conditions because the evidence"',
    ]);
  });
});
