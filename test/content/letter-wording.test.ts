/**
 * The appeal letter's legal wording is content (each plan's `letter` block in content/appeal-deadlines.yaml):
 * the content check validates it with its schema and resolves its source ids, naming file and field.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';
import { ROOT } from '../support/fixtures.ts';
import { readContentOnce } from '../support/content.ts';

const withPlans = (change: (plans: Record<string, Record<string, unknown>>[]) => void) => {
  const raw = readContentOnce(`${ROOT}/content`, ROOT);
  const appeals = structuredClone(raw.appeals);
  if (!appeals) throw new Error('content/appeal-deadlines.yaml is missing');
  change(appeals.data as Record<string, Record<string, unknown>>[]);
  return checkContent({ ...raw, appeals }).problems.map(formatProblem);
};

describe('appeal letter wording in the content check', () => {
  it('names an unknown source id in a letter block', () => {
    expect(
      withPlans((plans) => {
        plans[1]!['letter']!['sources'] = ['ecfr-29-cfr-2560-503-1', 'erisa-section-503'];
      }),
    ).toEqual(['content/appeal-deadlines.yaml: [1].letter.sources[1] names an unknown source: "erisa-section-503"']);
  });
  it('names a plan without its letter wording', () => {
    expect(
      withPlans((plans) => {
        delete plans[6]!['letter'];
      }),
    ).toEqual([expect.stringMatching(/^content\/appeal-deadlines\.yaml: \[6\]\.letter /)]);
  });
  it('names an unknown source id in a claim-file wording block', () => {
    expect(
      withPlans((plans) => {
        plans[3]!['fileRequest']!['sources'] = ['cms-case-file-rule'];
      }),
    ).toEqual([
      'content/appeal-deadlines.yaml: [3].fileRequest.sources[0] names an unknown source: "cms-case-file-rule"',
    ]);
  });
  it('names a claim-file block that claims free copies no sourced rule gives', () => {
    expect(
      withPlans((plans) => {
        plans[3]!['fileRequest']!['ask'] = 'Please send me my claim file free of charge.';
      }),
    ).toEqual([expect.stringMatching(/^content\/appeal-deadlines\.yaml: \[3\]\.fileRequest\.ask .*free is false/)]);
  });
});
