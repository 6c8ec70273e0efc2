/**
 * One URL per page template, and one more for each data variant that changes a template's markup (a
 * coverage page with one section or several, a flow outcome about coverage, about an appeal or in
 * words). Browser tests that check something per template (axe, phone geometry) import this list, so a
 * new template is added here once. `prepare` puts a tool in the state worth checking (a result shown).
 *
 * test/site/templates.test.ts checks that every URL here is a built page and that every built page is
 * an instance of a template listed here, so the list cannot silently fall behind the site.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';

export interface Template {
  /** What the page is, e.g. "coverage (several indications)". */
  name: string;
  path: string;
  /** A tool page whose script builds what the reader sees. */
  tool?: boolean;
  /**
   * The Spanish twin of a template listed in English: the same component and CSS with other words, so
   * the browser sweep checks it where words can change the outcome (axe, and layout at phone width, where
   * longer words wrap or overflow first). One Spanish page stays a full template (every width, scripts on
   * and off) for the Spanish header, menu and footer.
   */
  twin?: true;
  /**
   * False for a page that is one list the reader scans (search results), which needs no "On this page"
   * list however long it is.
   */
  contents?: false;
  /** Steps after load that put the page in the state to check; `js` says whether scripts run. */
  prepare?: (page: Page, how: { js: boolean }) => Promise<void>;
}

/** The letter reader with a sample letter read, and the help for `state` when one is given. */
const letterRead =
  (state?: string): NonNullable<Template['prepare']> =>
  async (page, { js }) => {
    if (!js) return;
    const letter = readFileSync('test/fixtures/letters/medicare-msn-nmn-prp-lcd.yaml', 'utf8');
    await page.fill('#r-text', (parse(letter) as { text: string }).text);
    if (state) await page.selectOption('#r-state', state);
    await page.locator('[data-letter-link]').waitFor();
  };

/** The case file with rows, a deadline, an error and a question shown: its every state in one look. */
const caseShown: NonNullable<Template['prepare']> = async (page, { js }) => {
  if (!js) return;
  await page.selectOption('#case-planType', 'marketplace');
  await page.fill('#case-noticeDate', '2026-10-31');
  await page.click('[data-add="calls"]');
  await page.click('[data-add="criteria"]');
  await page.fill('#case-pass', 'short');
  await page.click('[data-action="export"]'); // the error summary
  await page.click('[data-action="delete"]'); // the question asked before deleting
};

export const TEMPLATES: readonly Template[] = [
  { name: 'home', path: '/' },
  // The same header, menu and footer as every Spanish page (the Spanish guide is the full template for them).
  { name: 'home (Spanish)', path: '/es/', twin: true },
  { name: 'therapy', path: '/therapies/prp/' },
  { name: 'therapy (longest)', path: '/therapies/bone-marrow-concentrate/' },
  { name: 'therapy list', path: '/therapies/' },
  { name: 'payer', path: '/payers/medicare/' },
  { name: 'payer (private insurer)', path: '/payers/cigna/' },
  { name: 'payer list', path: '/payers/' },
  { name: 'Medicare by state', path: '/payers/medicare/by-state/' },
  // Virginia has two contractors: the most a Medicare state page shows.
  { name: 'Medicare in one state', path: '/payers/medicare/by-state/va/' },
  { name: 'Medicare by state (Spanish)', path: '/es/payers/medicare/by-state/', twin: true },
  { name: 'Medicare in one state (Spanish)', path: '/es/payers/medicare/by-state/va/', twin: true },
  { name: 'coverage (one indication)', path: '/coverage/prp/cigna/' },
  { name: 'coverage (several indications)', path: '/coverage/prp/medicare/' },
  { name: 'coverage (not covered, denied-reader route)', path: '/coverage/amniotic-injections/cigna/' },
  { name: 'coverage (covered with criteria)', path: '/coverage/hyaluronic-acid/bcbs/' },
  { name: 'coverage matrix', path: '/coverage/' },
  { name: 'coverage by treatment', path: '/coverage/by-treatment/' },
  { name: 'coverage by insurer', path: '/coverage/by-insurer/' },
  // The Spanish twins of the therapy, payer and coverage templates: longer words and Spanish status labels.
  { name: 'therapy (Spanish)', path: '/es/therapies/prp/', twin: true },
  { name: 'therapy (Spanish, longest)', path: '/es/therapies/bone-marrow-concentrate/', twin: true },
  { name: 'therapy list (Spanish)', path: '/es/therapies/', twin: true },
  { name: 'payer (Spanish)', path: '/es/payers/medicare/', twin: true },
  { name: 'payer list (Spanish)', path: '/es/payers/', twin: true },
  { name: 'coverage (Spanish, one indication)', path: '/es/coverage/prp/cigna/', twin: true },
  { name: 'coverage (Spanish, several indications)', path: '/es/coverage/prp/medicare/', twin: true },
  { name: 'coverage matrix (Spanish)', path: '/es/coverage/', twin: true },
  { name: 'coverage by treatment (Spanish)', path: '/es/coverage/by-treatment/', twin: true },
  { name: 'coverage by insurer (Spanish)', path: '/es/coverage/by-insurer/', twin: true },
  { name: 'guide', path: '/guides/appeal-a-denial/' },
  { name: 'guide (tables)', path: '/guides/billing-codes/' },
  { name: 'guide list', path: '/guides/' },
  { name: 'guide (Spanish)', path: '/es/guides/appeal-a-denial/' },
  { name: 'guide (Spanish, tables)', path: '/es/guides/billing-codes/', twin: true },
  { name: 'guide list (Spanish)', path: '/es/guides/', twin: true },
  { name: 'glossary', path: '/glossary/' },
  { name: 'glossary (Spanish)', path: '/es/glossary/', twin: true },
  { name: 'sources', path: '/sources/' },
  { name: 'sources (Spanish)', path: '/es/sources/', twin: true },
  { name: 'changes', path: '/changes/' },
  { name: 'changes (Spanish)', path: '/es/changes/', twin: true },
  { name: 'about', path: '/about/' },
  { name: 'about (Spanish)', path: '/es/about/', twin: true },
  { name: '404', path: '/no-such-page/' },
  { name: '404 (Spanish)', path: '/es/404.html', twin: true },
  { name: 'search (empty)', path: '/search/' },
  { name: 'search (Spanish, empty)', path: '/es/search/', twin: true },
  {
    name: 'search (results)',
    path: '/search/?q=prp',
    tool: true,
    contents: false,
    // The kind filter opened too: its radio buttons must sit beside their labels.
    prepare: async (page, { js }) => {
      await page.locator('main summary').click();
      if (js) await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
    },
  },
  {
    name: 'estimator (a result shown)',
    path: '/estimate/?therapy=bone-marrow-concentrate&pay=financing',
    tool: true,
    prepare: async (page, { js }) => {
      if (js) await page.locator('[data-you-pay]').waitFor();
    },
  },
  {
    name: 'estimator (Spanish, a Medicare result shown)',
    path: '/es/estimate/?therapy=hyaluronic-acid&pay=financing&mcare=knee-shot-20610&gap=n',
    tool: true,
    // Not only a twin: its form's longer Spanish labels and the price cards are checked at both widths, with and
    // without JavaScript.
    prepare: async (page, { js }) => {
      if (js) await page.locator('[data-medicare-owed]').waitFor();
    },
  },
  { name: 'appeal toolkit', path: '/appeal/', tool: true },
  { name: 'appeal letter', path: '/appeal/letter/', tool: true },
  { name: 'appeal claim-file letter', path: '/appeal/claim-file/', tool: true },
  {
    name: 'appeal letter (Spanish, the English letter explained)',
    path: '/es/appeal/letter/',
    tool: true,
    twin: true,
    prepare: async (page, { js }) => {
      if (!js) return;
      await page.fill('#f-name', 'Rosa Pérez');
      await page.locator('[data-explain] summary').click();
    },
  },
  {
    name: 'appeal claim-file letter (Spanish, the letter in Spanish)',
    path: '/es/appeal/claim-file/',
    tool: true,
    twin: true,
    prepare: async (page, { js }) => {
      if (js) await page.check('#c-letter-lang-es');
    },
  },
  { name: 'appeal letter reader (a letter read)', path: '/appeal/read-letter/', tool: true, prepare: letterRead() },
  {
    name: 'appeal letter reader (Spanish, a letter read, with help in a state)',
    path: '/es/appeal/read-letter/',
    tool: true,
    twin: true,
    prepare: letterRead('NC'),
  },
  {
    name: 'appeal deadlines (dates shown)',
    path: '/appeal/deadlines/',
    tool: true,
    // Medicaid shows the most levels.
    prepare: async (page, { js }) => {
      if (!js) return;
      await page.selectOption('#d-plan', 'medicaid');
      await page.fill('#d-date', '2026-10-31');
    },
  },
  {
    name: 'appeal deadlines (Spanish, dates shown)',
    path: '/es/appeal/deadlines/',
    tool: true,
    twin: true,
    // Medicaid shows the most levels.
    prepare: async (page, { js }) => {
      if (!js) return;
      await page.selectOption('#d-plan', 'medicaid');
      await page.fill('#d-date', '2026-10-31');
    },
  },
  { name: 'appeal worksheet', path: '/appeal/worksheet/', tool: true },
  { name: 'appeal call log', path: '/appeal/call-log/', tool: true },
  { name: 'appeal toolkit (Spanish)', path: '/es/appeal/', tool: true, twin: true },
  { name: 'appeal worksheet (Spanish)', path: '/es/appeal/worksheet/', tool: true, twin: true },
  { name: 'appeal call log (Spanish)', path: '/es/appeal/call-log/', tool: true, twin: true },
  {
    name: 'appeal case (rows, a deadline, an error and a question shown)',
    path: '/appeal/my-case/',
    tool: true,
    prepare: caseShown,
  },
  {
    name: 'appeal case (Spanish, rows, a deadline, an error and a question shown)',
    path: '/es/appeal/my-case/',
    tool: true,
    twin: true,
    prepare: caseShown,
  },
  { name: 'find help (states)', path: '/appeal/find-help/' },
  // California has a sourced office (its consumer program) and places to look: both row shapes.
  { name: 'find help in one state', path: '/appeal/find-help/ca/' },
  { name: 'find help (states, Spanish, for a plan)', path: '/es/appeal/find-help/?plan=medicare', twin: true },
  // North Carolina: a Spanish state name, a sourced office with a note, and places to look.
  { name: 'find help in one state (Spanish)', path: '/es/appeal/find-help/nc/', twin: true },
  { name: 'check index', path: '/check/', tool: true },
  { name: 'flow question (first)', path: '/check/will-insurance-pay/' },
  { name: 'flow question (with answers)', path: '/check/claim-denied/reason/coding/plan/medicaid/' },
  {
    name: 'flow outcome (coverage)',
    path: '/check/will-insurance-pay/treatment/prp/prp-use/joints/plan/employer-insured/',
  },
  {
    name: 'flow outcome (coverage, no policy found)',
    path: '/check/will-insurance-pay/treatment/adipose-cells/adipose-use/joints/plan/medicaid/',
  },
  { name: 'flow outcome (appeal, urgent)', path: '/check/claim-denied/reason/coding/plan/medicaid/urgency/urgent/' },
  {
    name: 'flow outcome (appeal, not sure)',
    path: '/check/claim-denied/reason/coding/plan/medicaid/urgency/not-sure/',
  },
  { name: 'flow outcome (in words)', path: '/check/hsa-financing/pay-with/fsa/diagnosis/no-letter/' },
  { name: 'flow map', path: '/check/will-insurance-pay/map/', tool: true },
  // The flows in Spanish: the same components with the Spanish words (issue #17). The urgency question has
  // the longest hint; the job-based coverage outcome the most entries; the appeal outcome the steps.
  { name: 'check index (Spanish)', path: '/es/check/', tool: true, twin: true },
  {
    name: 'flow question (Spanish, with answers)',
    path: '/es/check/claim-denied/reason/coding/plan/medicaid/',
    twin: true,
  },
  {
    name: 'flow outcome (Spanish, coverage)',
    path: '/es/check/will-insurance-pay/treatment/prp/prp-use/joints/plan/employer-insured/',
    twin: true,
  },
  {
    name: 'flow outcome (Spanish, appeal, urgent)',
    path: '/es/check/claim-denied/reason/coding/plan/medicaid/urgency/urgent/',
    twin: true,
  },
  {
    name: 'flow outcome (Spanish, in words)',
    path: '/es/check/hsa-financing/pay-with/fsa/diagnosis/no-letter/',
    twin: true,
  },
  { name: 'flow map (Spanish)', path: '/es/check/will-insurance-pay/map/', tool: true, twin: true },
];
