/**
 * Search answers real patient questions: plain phrases, billing codes and policy numbers. Each question
 * must bring the expected page into the top 3 of the same Pagefind index and ranking readers use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindInNode } from '../support/pagefind-node.ts';
import { DIST } from '../support/dist.ts';

const QUESTIONS: [question: string, expected: string][] = [
  ['does medicare cover prp', '/coverage/prp/medicare/'],
  ['prp injections cigna', '/coverage/prp/cigna/'],
  ['0232T', '/therapies/prp/'],
  ['L39058', '/therapies/prp/'],
  ['8.01.52', '/payers/bcbs/'],
  ['blue cross policy 254 stem cells', '/payers/bcbs/'],
  ['amniotic injection for knee', '/therapies/amniotic-injections/'],
  ['amniotic membrane diabetic foot ulcer', '/therapies/amniotic-membrane-grafts/'],
  ["wharton's jelly injection", '/therapies/umbilical-cord-products/'],
  ['bone marrow aspirate concentrate', '/therapies/bone-marrow-concentrate/'],
  ['SVF fat stem cells', '/therapies/adipose-cells/'],
  ['0565T', '/therapies/adipose-cells/'],
  ['ryoncil', '/therapies/cultured-stem-cells/'],
  ['gel shots for knee arthritis', '/therapies/hyaluronic-acid/'],
  ['J7325', '/therapies/hyaluronic-acid/'],
  ['prolotherapy insurance', '/therapies/prolotherapy/'],
  ['M0076', '/therapies/prolotherapy/'],
  ['are exosomes covered', '/therapies/exosomes/'],
  ['stem cell transplant for leukemia', '/therapies/stem-cell-transplant/'],
  ['IV vitamin drip', '/therapies/iv-nutrient-therapy/'],
  ['how to appeal a denial', '/guides/appeal-a-denial/'],
  ['external review deadline', '/guides/appeal-a-denial/'],
  ['denied as experimental or investigational', '/guides/denial-reasons/'],
  ['FDA registered vs FDA approved', '/guides/fda-status/'],
  ['section 361 HCT/P', '/guides/fda-status/'],
  ['can I use my HSA for stem cells', '/guides/paying-for-treatment/'],
  ['deferred interest financing', '/guides/paying-for-treatment/'],
  ['letter of medical necessity', '/guides/letter-of-medical-necessity/'],
  ['advance beneficiary notice', '/payers/medicare/'],
  ['medicare PRP Texas', '/payers/medicare/by-state/tx/'],
  ['which medicare contractor covers florida', '/payers/medicare/by-state/fl/'],
  ['medicare local coverage rules by state', '/payers/medicare/by-state/'],
  ['self-funded employer plan ERISA', '/payers/self-funded-plans/'],
  ['tricare prp', '/payers/tricare/'],
  ['workers comp prp', '/payers/workers-comp/'],
  ['clinical trial routine costs', '/guides/other-routes/'],
  ['questions to ask a stem cell clinic', '/guides/questions-for-clinics/'],
  ['what to write down when I call my insurance', '/guides/calling-your-insurer/'],
  ['medicare advantage prior authorization', '/payers/medicare-advantage/'],
  ['appeal letter', '/appeal/letter/'],
  ['appeal deadline calculator', '/appeal/deadlines/'],
  ['cost estimator', '/estimate/'],
];

/**
 * Questions typed with mistakes, as readers type them on a phone: the search corrects them against the
 * words of the pages, and rewrites the phrases in content/search-words.yaml (src/lib/search/spelling.ts).
 */
const MISTYPED: [question: string, expected: string][] = [
  ['platlet rich plasma', '/therapies/prp/'],
  ['prolo therapy', '/therapies/prolotherapy/'],
  ['prolo shots', '/therapies/prolotherapy/'],
  ['hyaluronic acd knee', '/therapies/hyaluronic-acid/'],
  ['synvisk', '/therapies/hyaluronic-acid/'],
  ['euflexa', '/therapies/hyaluronic-acid/'],
  ['amniotc injection for knee', '/therapies/amniotic-injections/'],
  ['stem cell shot for knee', '/therapies/bone-marrow-concentrate/'],
  ['platelet shot medicare', '/coverage/prp/medicare/'],
  ['blood spinning knee', '/therapies/prp/'],
  ['sugar water injection', '/therapies/prolotherapy/'],
  ['bone marow concentrate', '/therapies/bone-marrow-concentrate/'],
  ['exosome therapy', '/therapies/exosomes/'],
  ['medicare advantge prior authorisation', '/payers/medicare-advantage/'],
  ['apeal a denial', '/guides/appeal-a-denial/'],
  ['letter of medical necesity', '/guides/letter-of-medical-necessity/'],
  ['rooster comb injection', '/therapies/hyaluronic-acid/'],
];

let pf: Awaited<ReturnType<typeof pagefindInNode>>;
beforeAll(async () => {
  pf = await pagefindInNode(DIST);
});
afterAll(() => pf.restore());

describe('patient questions find the right page in the top 3', () => {
  it('has at least 25 questions', () => expect(QUESTIONS.length).toBeGreaterThanOrEqual(25));
  for (const [q, expected] of QUESTIONS) {
    it(`"${q}" → ${expected}`, async () => {
      const top = (await pf.search(q)).slice(0, 3).map((r) => r.url);
      expect(top).toContain(expected);
    });
  }
});

describe('mistyped questions find the right page in the top 3', () => {
  it('has at least 12 questions', () => expect(MISTYPED.length).toBeGreaterThanOrEqual(12));
  for (const [q, expected] of MISTYPED) {
    it(`"${q}" → ${expected}`, async () => {
      const top = (await pf.search(q)).slice(0, 3).map((r) => r.url);
      expect(top).toContain(expected);
    });
  }
});
