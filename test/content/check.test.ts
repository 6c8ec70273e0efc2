/**
 * The content check: the real content passes; each bad fixture fails with one message naming the file,
 * the field and the bad value; and `astro build` itself stops on bad content.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { checkContent, formatProblem, ContentError } from '../../src/lib/content/check.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { MAX_FILE_BYTES, readContent } from '../../src/lib/content/read.ts';
import { writeFileSync } from 'node:fs';
import { GOOD, ROOT, badCases, overlay, removeOverlays } from '../support/fixtures.ts';

afterAll(removeOverlays);

const problemsFor = (name: string) => {
  const dir = overlay(name);
  return checkContent(readContent(dir, dir), '2026-11-22').problems.map(formatProblem);
};

const ELEMENT = 'has an element content may not use (Markdown, the content components and a few HTML elements only)';
const LINK = 'has a link that is not an https:// address, a site path ("/…"), an #anchor or a mailto: address';

/** Each bad fixture and the line (or, for a rule broken on two paths, the lines) it must produce. */
const EXPECTED: Record<string, string | string[]> = {
  'coverage-unknown-therapy': 'coverage/cigna.yaml: entries[0].therapy names an unknown therapy: "stem-cell-knee"',
  'coverage-unknown-payer': 'coverage/cigna.yaml: payer names an unknown payer: "cigma"',
  'coverage-unknown-source': 'coverage/cigna.yaml: entries[0].sources[1] names an unknown source: "cigna-mm-9999"',
  'coverage-unknown-policy': 'coverage/cigna.yaml: entries[0].policy names an unknown source: "cigna-mm-0000"',
  'coverage-bad-status':
    'coverage/cigna.yaml: entries[0].status Invalid option: expected one of "covered"|"covered-with-criteria"|"case-by-case"|"not-medically-necessary"|"not-covered-investigational"|"excluded"|"unknown": "probably-covered"',
  'page-unknown-source': 'guides/appeal-a-denial.mdx: sources[0] names an unknown source: "healthcare-gov-appeals"',
  'page-cites-unknown-source': 'payers/cigna.mdx: body line 16 <Cite id> names an unknown source: "cigna-mm-0552"',
  // The JSX forms a pattern would miss: a {"…"} value, and id after another attribute (issue #15).
  'page-cites-unknown-source-jsx': 'payers/cigna.mdx: body line 19 <Cite id> names an unknown source: "cigna-mm-9999"',
  'glossary-unknown-term-attribute-order': [
    'payers/cigna.mdx: body line 19 has an attribute <Term> does not take in content: "title"',
    'payers/cigna.mdx: body line 19 <Term id> names an unknown glossary term: "nca"',
  ],
  'page-unknown-related': 'therapies/amniotic-injections.mdx: related.payers[0] names an unknown payer: "aetna"',
  'page-bad-date': 'therapies/amniotic-injections.mdx: lastReviewed is not a real calendar date: "2026-02-30"',
  'page-no-next-steps': 'therapies/amniotic-injections.mdx: nextSteps needs at least one next step: []',
  'denial-code-unknown-source': 'denial-codes.yaml: carc[0].sources[0] names an unknown source: "x12-carc-2019"',
  'cost-unknown-therapy': 'costs.yaml: [0].therapy names an unknown therapy: "platelet-rich-plasma"',
  'cost-low-above-high': 'costs.yaml: [0].high high must be at least low: 350',
  'cost-amount-too-big': 'costs.yaml: [0].high Too big: expected number to be <=1000000: 17000000',
  'cost-amount-not-whole': 'costs.yaml: [0].low Invalid input: expected int, received number: 350.5',
  'cost-read-in-future':
    'costs.yaml: [0].read of prp-per-injection-2019 is in the future (today is 2026-11-22): "2099-01-01"',
  'cost-data-year-missing':
    'costs.yaml: [0].dataYear is required: the year of the prices, or null when the source does not say',
  'source-duplicate-id': 'sources.yaml: [2].id is used twice: "cigna-mm-0507"',
  // Two citations reading "[PRP policy]" for different documents: an author's short repeats another's.
  'source-same-cite-label':
    'sources.yaml: [2] (cms-ncd-270-3-v5) is cited with the same label as "cigna-mm-0507"; give one of them a distinct short: "PRP policy"',
  'source-http-url': 'sources.yaml: [0].url must be an https:// address: "http://www.cms.gov/"',
  'file-name-not-slug':
    'therapies/PRP copy.mdx: (file name) must be lowercase letters, digits and single hyphens, e.g. "medicare-advantage": "PRP copy"',
  'source-replaced-by-not-superseded':
    'sources.yaml: [2].status.replacedBy replacedBy is only for a superseded document: "cms-ncd-270-3"',
  'source-unknown-replaced-by': 'sources.yaml: [2].status.replacedBy names an unknown source: "cms-ncd-270-3-v7"',
  'glossary-unknown-term':
    'therapies/amniotic-injections.mdx: body line 16 <Term id> names an unknown glossary term: "lcd"',
  // MDX is code: only Markdown, the content components and a few HTML elements; safe links only.
  'mdx-script-element': `payers/cigna.mdx: body line 19 ${ELEMENT}: "<script>"`,
  'mdx-meta-refresh': `payers/cigna.mdx: body line 19 ${ELEMENT}: "<meta>"`,
  'mdx-iframe': `payers/cigna.mdx: body line 19 ${ELEMENT}: "<iframe>"`,
  'mdx-event-handler':
    'payers/cigna.mdx: body line 19 has an event-handler attribute on <abbr>, which content may not use: "onmouseover"',
  'mdx-style-attribute': 'payers/cigna.mdx: body line 19 has an attribute <sup> does not take in content: "style"',
  'mdx-export':
    'payers/cigna.mdx: body line 19 has an import or export, which content may not use: "export const leaked = process.env.HOME"',
  'mdx-import':
    'payers/cigna.mdx: body line 19 has an import or export, which content may not use: ' +
    '"import secrets from \'../../../.env\'"',
  'mdx-expression':
    'payers/cigna.mdx: body line 19 has a {…} expression, which content may not use (write \\{ for a brace): "{process.env.HOSTNAME}"',
  'mdx-spread-attribute':
    'payers/cigna.mdx: body line 19 has a {…} spread on <Cite>, which content may not use: "...{ id: \\"cigna-mm-0507\\" }"',
  'mdx-computed-attribute':
    'payers/cigna.mdx: body line 19 has a computed value for <Cite id>: only plain text or numbers are allowed: "[\\"cigna-mm-0507\\"][0]"',
  'mdx-javascript-link': `payers/cigna.mdx: body line 19 ${LINK}: "javascript:alert(1)"`,
  'mdx-data-link': `payers/cigna.mdx: body line 21 ${LINK}: "data:text/html,<script>alert(1)</script>"`,
  'mdx-http-link': `payers/cigna.mdx: body line 19 ${LINK}: "http://www.cigna.example/policy"`,
  'mdx-protocol-relative-link': `payers/cigna.mdx: body line 19 ${LINK}: "//evil.example/cigna/"`,
  'mdx-image-other-host':
    'payers/cigna.mdx: body line 19 has an image that is not a site path ("/…"): "https://tracker.example/pixel.png"',
  'mdx-unreadable':
    'payers/cigna.mdx: body line 19 cannot be read as MDX: "Expected a closing tag for `<Term>` before the end of `paragraph`"',
  // Numbers beyond sane bounds are typos, not data.
  'page-absurd-order': 'payers/cigna.mdx: order Too big: expected number to be <=10000: 9007199254740991',
  // Bytes that are not UTF-8 would be U+FFFD on pages: the file and line are named instead.
  'yaml-not-utf8':
    'glossary.yaml: (file) is not UTF-8 text: line 3 has bytes that are not UTF-8 (save the file as UTF-8)',
  'mdx-not-utf8':
    'payers/cigna.mdx: (file) is not UTF-8 text: line 19 has bytes that are not UTF-8 (save the file as UTF-8)',
  // Decision flows: the graph rules (src/lib/flow/graph.ts) and their references.
  'flow-unknown-next': 'flows/sample.yaml: nodes.use.options[0].next names an unknown node: "plam"',
  'flow-unreachable': 'flows/sample.yaml: nodes.orphan cannot be reached from the start: "orphan"',
  'flow-no-exit':
    'flows/sample.yaml: nodes.use.options needs an exit: an answer such as "Something else" with exit: true',
  'flow-one-answer': 'flows/sample.yaml: nodes.plan.options needs at least two answers besides the exit: 1',
  'flow-cycle': 'flows/sample.yaml: nodes.use.options[3].next leads back to an earlier question (a cycle): "treatment"',
  'flow-exit-to-question':
    'flows/sample.yaml: nodes.treatment.options[2].next is an exit, so it must lead straight to an outcome: "use"',
  'flow-outcome-without-therapy': [
    'flows/sample.yaml: nodes.medicare.result needs "therapy" set by an answer on every path that reaches it, but this path sets none: "treatment=amniotic → plan=medicare"',
    'flows/sample.yaml: nodes.cigna.result needs "therapy" set by an answer on every path that reaches it, but this path sets none: "treatment=amniotic → plan=cigna"',
  ],
  'flow-unknown-therapy':
    'flows/sample.yaml: nodes.treatment.options[1].sets.therapy names an unknown therapy: "amniotic-shots"',
  'flow-unknown-indication':
    'flows/sample.yaml: nodes.use.options[0].sets.indications[0] names an unknown coverage indication: "knees"',
  'flow-unknown-payer': 'flows/sample.yaml: nodes.cigna.result.payers[0] names an unknown payer: "cigna-healthcare"',
  // Dates that record something that has happened may not lie in the future (issue #15), relative to `today`.
  'date-checked-in-future':
    'coverage/cigna.yaml: entries[0].checked of prp is in the future (today is 2026-11-22): "2099-01-01"',
  'date-last-reviewed-in-future':
    'therapies/amniotic-injections.mdx: lastReviewed is in the future (today is 2026-11-22): "2026-11-23"',
  'source-checked-in-future':
    'sources.yaml: [1].checked of cigna-mm-0507 is in the future (today is 2026-11-22): "2099-01-01"',
  'source-published-in-future':
    'sources.yaml: [1].date of cigna-mm-0507 is in the future (today is 2026-11-22); only an "effective" date may be: "2026-12"',
  'source-withdrawn-in-future':
    'sources.yaml: [2].status.date of cms-ncd-270-3-v5 is in the future (today is 2026-11-22): "2027-01-01"',
  'coverage-review-months-too-long':
    'coverage/medicare.yaml: entries[0].reviewMonths Too big: expected number to be <=24: 36',
  // The change record (content/changes.yaml) stays tied to the coverage data.
  'change-in-future': 'changes.yaml: [3].date is in the future (today is 2026-11-22): "2026-12"',
  'change-date-after-recorded': 'changes.yaml: [0].date is after the day it was recorded (2021-04-12): "2021-04-13"',
  'change-unknown-entry':
    'changes.yaml: [2].indication names no coverage entry: payer "medicare" has no entry for therapy "prp" with this indication: "knee"',
  'change-drifts-from-entry':
    'changes.yaml: [1].to is not the current status of the entry in coverage/cigna.yaml ("excluded"): ' +
    'this is the entry\'s newest change, so it must end there: "not-covered-investigational"',
  'change-correction-keeps-status':
    'changes.yaml: [1].to must differ from "from": a correction changes the status (use kind: policy for a rule that kept it): "not-covered-investigational"',
  'change-unknown-source': 'changes.yaml: [0].sources[1] names an unknown source: "cms-ncd-999"',
  'change-duplicate':
    'changes.yaml: [4] repeats change [0] (same date, payer, therapy and indication): "2021-04-13-medicare-prp-diabetic-wounds"',
  'change-fda-with-payer': 'changes.yaml: [3].payer is not a field this item can have: "medicare"',
};

describe('content check', () => {
  it('passes the good fixture and the real content', () => {
    expect(checkContent(readContent(GOOD, GOOD), '2026-11-22').problems).toEqual([]);
    const real = checkContent(readContent(`${ROOT}/content`, ROOT));
    expect(real.problems.map(formatProblem)).toEqual([]);
  });

  it('has an expectation for every bad fixture', () => {
    expect(badCases().filter((c) => c !== 'yaml-syntax-error')).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, line] of Object.entries(EXPECTED)) {
    it(`rejects ${name} with a message naming file, field and value`, () => {
      expect(problemsFor(name)).toEqual(Array.isArray(line) ? line : [line]);
    });
  }

  it('names the file when YAML cannot be parsed', () => {
    const [only, ...rest] = problemsFor('yaml-syntax-error');
    expect(rest).toEqual([]);
    expect(only).toMatch(/^coverage\/cigna\.yaml: \(file\) is not valid YAML: /);
  });

  it('refuses a content file over 1 MB without parsing it', () => {
    const dir = overlay('page-no-next-steps');
    // A 30 MB page was accepted before issue #15; one byte over the limit is enough to show the rule.
    writeFileSync(`${dir}/guides/appeal-a-denial.mdx`, 'x'.repeat(MAX_FILE_BYTES + 1));
    const lines = checkContent(readContent(dir, dir), '2026-11-22').problems.map(formatProblem);
    expect(lines).toContain(
      `guides/appeal-a-denial.mdx: (file) is ${MAX_FILE_BYTES + 1} bytes; ` +
        `a content file may be at most ${MAX_FILE_BYTES} bytes (1 MB)`,
    );
  });

  it('throws one ContentError listing the problems', () => {
    const dir = overlay('coverage-unknown-therapy');
    expect(() => loadContent(dir, dir)).toThrow(ContentError);
    expect(() => loadContent(dir, dir)).toThrow(
      /1 problem\):\ncoverage\/cigna\.yaml: entries\[0\]\.therapy names an unknown therapy: "stem-cell-knee"$/,
    );
  });

  it('lists each coverage entry past its own review interval, one line naming file and field', () => {
    // The first Medicare entry is reviewed every 6 months; everything else in the fixture every 12.
    const at = (today: string) => checkContent(readContent(GOOD, GOOD), today);
    expect(at('2027-05-22').warnings).toEqual([]);
    expect(at('2027-05-23').warnings).toEqual([
      'coverage/medicare.yaml: entries[0].checked of prp/diabetic-wounds was due for review by 2027-05-22 (every 6 months): "2026-11-22"',
    ]);
    expect(at('2027-05-23').overdue.map(formatProblem)).toEqual(at('2027-05-23').warnings);
  });

  it('lists every page, flow, coverage entry and source past 12 months, and nothing on the due day', () => {
    const good = readContent(GOOD, GOOD);
    expect(checkContent(good, '2027-11-22').warnings).toEqual([
      'coverage/medicare.yaml: entries[0].checked of prp/diabetic-wounds was due for review by 2027-05-22 (every 6 months): "2026-11-22"',
    ]);
    const { warnings, overdue, catalog } = checkContent(good, '2027-12-01');
    const items =
      catalog.therapies.length +
      catalog.payers.length +
      catalog.guides.length +
      catalog.flows.length +
      catalog.coverage.length +
      catalog.sources.length;
    expect(overdue).toHaveLength(items);
    expect(warnings).toHaveLength(items);
    expect(warnings).toContain(
      'therapies/prp.mdx: lastReviewed was due for review by 2027-11-22 (every 12 months): "2026-11-22"',
    );
    expect(warnings).toContain(
      'coverage/cigna.yaml: entries[0].checked of prp was due for review by 2027-11-22 (every 12 months): "2026-11-22"',
    );
    expect(warnings).toContain(
      'sources.yaml: [1].checked of cigna-mm-0507 was due for review by 2027-11-22 (every 12 months): "2026-11-22"',
    );
    // Overdue is a warning, never an error: the build still runs.
    expect(checkContent(good, '2027-12-01').problems).toEqual([]);
  });

  it("allows a source's effective date in the future, and a month-only date in the current month", () => {
    const raw = readContent(GOOD, GOOD);
    const sources = raw.sources!.data as { date: string; dateLabel?: string }[];
    sources[0]!.date = '2027-03-01'; // cms-ncd-270-3: dateLabel defaults to "effective"
    sources[1]!.date = '2026-11'; // cigna-mm-0507, revised: this month is not in the future
    expect(checkContent(raw, '2026-11-22').problems).toEqual([]);
    sources[1]!.date = '2026-12';
    expect(checkContent(raw, '2026-11-22').problems.map(formatProblem)).toEqual([
      EXPECTED['source-published-in-future'],
    ]);
  });

  /** Runs a real `astro build` on a bad fixture: it must fail and print `line`. */
  const buildStopsWith = (fixture: string, line: string) => {
    const dir = overlay(fixture);
    const run = spawnSync('npx', ['astro', 'build', '--outDir', `${dir}/dist`], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(line);
  };

  it('stops `astro build` with the message before anything is built', () => {
    buildStopsWith('coverage-unknown-therapy', 'entries[0].therapy names an unknown therapy: "stem-cell-knee"');
  });

  it('stops `astro build` on code in an MDX body before it runs, naming file and line', () => {
    buildStopsWith('mdx-export', EXPECTED['mdx-export'] as string);
  });

  it('stops `astro build` on a broken flow, naming the flow file and node', () => {
    buildStopsWith('flow-unknown-next', 'flows/sample.yaml: nodes.use.options[0].next names an unknown node: "plam"');
  });
});
