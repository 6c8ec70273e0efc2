/**
 * The content check: the real content passes; each bad fixture fails with one message naming the file,
 * the field and the bad value; and `astro build` itself stops on bad content.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { checkContent, formatProblem, ContentError } from '../../src/lib/content/check.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { MAX_FILE_BYTES, readContent } from '../../src/lib/content/read.ts';
import { WHOLE_FILE_TRANSLATIONS } from '../../src/lib/content/translations.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE, formatLock, statusSnapshot } from '../../src/lib/changes/lock.ts';
import { GOOD, ROOT, badCases, overlay, overlayMany, removeOverlays } from '../support/fixtures.ts';
import { readContentOnce } from '../support/content.ts';

afterAll(removeOverlays);

/**
 * `npx astro build` of the content folder `dir` into `outDir`: the same astro, run by the same node, without npx's
 * own start (about 0.4 s of CPU a build).
 */
const astroBuild = (dir: string, outDir: string) =>
  spawnSync(process.execPath, ['node_modules/.bin/astro', 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
    timeout: 120_000,
  });

/**
 * The node scripts run here (four runs of the content modules) keep their compiled code in Node's compile cache,
 * as astro does for itself: about 0.2 s of CPU less a run after the first.
 */
const SCRIPT_ENV = { ...process.env, NODE_COMPILE_CACHE: join(tmpdir(), 'node-compile-cache') };

const problemsFor = (name: string) => {
  const dir = overlay(name);
  return checkContent(readContent(dir, dir), '2026-11-22').problems.map(formatProblem);
};

const ELEMENT = 'has an element content may not use (Markdown, the content components and a few HTML elements only)';
const LINK = 'has a link that is not an https:// address, a site path ("/…"), an #anchor or a mailto: address';
const MERMAID_LINK =
  'has a Mermaid click or link line, which content may not use (a diagram links nowhere: put links in its outline)';
const MERMAID_INIT =
  'has a Mermaid %%{…}%% directive, which content may not use (the site sets how diagrams are drawn)';
const MERMAID_HTML =
  'has HTML in a Mermaid diagram, which content may not use (only <br>, <b>, <i>, <em>, <strong>, <sub>, <sup>)';
const HREF = 'must be a site path starting with a single "/" or an https:// address';
const SITE_PATH = 'must be a site path starting with a single "/", e.g. "/guides/appeal-a-denial/"';

/** Each bad fixture and the line (or, for a rule broken on two paths, the lines) it must produce. */
const EXPECTED: Record<string, string | string[]> = {
  'coverage-unknown-therapy': 'coverage/cigna.yaml: entries[0].therapy names an unknown therapy: "stem-cell-knee"',
  'coverage-unknown-payer': 'coverage/cigna.yaml: payer names an unknown payer: "cigma"',
  'coverage-unknown-source': 'coverage/cigna.yaml: entries[0].sources[1] names an unknown source: "cigna-mm-9999"',
  'coverage-unknown-policy': 'coverage/cigna.yaml: entries[0].policy names an unknown source: "cigna-mm-0000"',
  // An "unknown" entry names no policy and says what to ask (issue #14).
  'coverage-unknown-with-policy':
    'coverage/cigna.yaml: entries[0].policy is set on an "unknown" entry: an entry with no policy we could source ' +
    'names none (cite what it relies on in sources): "cigna-mm-0507"',
  'coverage-unknown-says-nothing-to-ask':
    'coverage/cigna.yaml: entries[0].note of an "unknown" entry says nothing to ask: its answer or note must tell ' +
    'the reader what to ask the payer: "Cigna\'s PRP policy was revised, and we have not read the new version."',
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
  // A series' Medicare services must be the therapy's own (content/medicare-rates.yaml); the fixture has none.
  'therapy-series-unknown-medicare':
    "therapies/prp.mdx: series.medicare[0] is not one of this therapy's services in medicare-rates.yaml: " +
    '"knee-shot-20610"',
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
  'mdx-img-onerror': `payers/cigna.mdx: body line 19 ${ELEMENT}: "<img>"`,
  'mdx-link-element': `payers/cigna.mdx: body line 19 ${ELEMENT}: "<link>"`,
  'mdx-style-element': [
    `payers/cigna.mdx: body line 19 ${ELEMENT}: "<style>"`,
    'payers/cigna.mdx: body line 19 has a {…} expression, which content may not use (write \\{ for a brace): "{`main { display: none }`}"',
  ],
  'mdx-object': `payers/cigna.mdx: body line 19 ${ELEMENT}: "<object>"`,
  'mdx-embed': `payers/cigna.mdx: body line 19 ${ELEMENT}: "<embed>"`,
  'mdx-form': [
    `payers/cigna.mdx: body line 19 ${ELEMENT}: "<form>"`,
    `payers/cigna.mdx: body line 20 ${ELEMENT}: "<input>"`,
  ],
  'mdx-svg-script': [
    `payers/cigna.mdx: body line 19 ${ELEMENT}: "<svg>"`,
    `payers/cigna.mdx: body line 20 ${ELEMENT}: "<script>"`,
  ],
  'mdx-html-a-href': `payers/cigna.mdx: body line 19 ${ELEMENT}: "<a>"`,
  'mdx-vbscript-link': `payers/cigna.mdx: body line 19 ${LINK}: "vbscript:msgbox(1)"`,
  'mdx-javascript-mixed-case': `payers/cigna.mdx: body line 19 ${LINK}: "JaVaScRiPt:alert(1)"`,
  // Written `&#106;avascript&colon;`: the check reads the link the page would get.
  'mdx-javascript-entity': `payers/cigna.mdx: body line 19 ${LINK}: "javascript:alert(1)"`,
  'mdx-javascript-autolink':
    'payers/cigna.mdx: body line 19 cannot be read as MDX: "Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)"',
  'mdx-backslash-link': `payers/cigna.mdx: body line 19 ${LINK}: "/\\\\evil.example/cigna/"`,
  // A host that decodes or tidies the path and then redirects would send the reader to //evil.example/.
  'mdx-encoded-slash-link': [
    `payers/cigna.mdx: body line 19 ${LINK}: "/%2F%2Fevil.example/cigna/"`,
    `payers/cigna.mdx: body line 19 ${LINK}: "/..//evil.example/"`,
  ],
  // Mermaid text is held to the same rules: Mermaid's strict mode still draws a link to any site.
  'mdx-diagram-click-link': `payers/cigna.mdx: body line 24 ${MERMAID_LINK}: "click decision href \\"http://evil.example/\\" _blank"`,
  'mdx-diagram-init-directive': [
    `payers/cigna.mdx: body line 22 ${MERMAID_INIT}: "%%{init: {\\"themeCSS\\": \\".node { background: url(https://trac…"`,
    `payers/cigna.mdx: body line 24 ${MERMAID_HTML}: "<img src='https://tracker.example/p.png'>"`,
  ],
  // Each component's attributes, present and of their type, or the page fails deep in the build unnamed.
  'mdx-component-attributes': [
    'payers/cigna.mdx: body line 19 has a value for <Cite id> that is not text in quotes: "3"',
    'payers/cigna.mdx: body line 21 has a <Cite> without id: "<Cite>"',
    'payers/cigna.mdx: body line 23 has a <Term> without id and words between its tags: "<Term>"',
    'payers/cigna.mdx: body line 25 has a value for <Diagram headingLevel> other than 2 or 3: "9"',
  ],
  // `{"\x3c…"}` is `<…` to JavaScript; it once threw out of the check without naming the file.
  'mdx-attribute-js-escape':
    'payers/cigna.mdx: body line 19 has a computed value for <Cite id>: only plain text or numbers are allowed: "\\"\\\\x3ccigna-mm-0507\\""',
  'mdx-image-other-host':
    'payers/cigna.mdx: body line 19 has an image that is not a site path ("/…"): "https://tracker.example/pixel.png"',
  'mdx-unreadable':
    'payers/cigna.mdx: body line 19 cannot be read as MDX: "Expected a closing tag for `<Term>` before the end of `paragraph`"',
  // Site paths stay on this site: //host and /\\host are other sites, and so is a path a host decodes into one.
  'next-steps-protocol-relative': `payers/cigna.mdx: nextSteps[0].href ${HREF}: "//evil.example/therapies/prp/"`,
  'next-steps-backslash': `payers/cigna.mdx: nextSteps[0].href ${HREF}: "/\\\\evil.example/therapies/prp/"`,
  'next-steps-encoded-slash': [
    `payers/cigna.mdx: nextSteps[0].href ${HREF}: "/%2F%2Fevil.example/"`,
    `payers/cigna.mdx: nextSteps[1].href ${HREF}: "/%5cevil.example/"`,
  ],
  'next-steps-dot-segment': `payers/cigna.mdx: nextSteps[0].href ${HREF}: "/therapies/../..//evil.example/"`,
  'plan-group-ask-href-protocol-relative': [
    `plan-groups.yaml: [0].askHref ${SITE_PATH}: "//evil.example/guides/appeal-a-denial/"`,
    `plan-groups.yaml: [0].whenCovered.askHref ${SITE_PATH}: "/\\\\evil.example/guides/appeal-a-denial/"`,
  ],
  // A page saved as .md would be left out of the site without a word.
  'page-wrong-extension': 'guides/calling-your-plan.md: (file) is not read: the files in this folder must end in .mdx',
  'coverage-file-name-not-slug':
    'coverage/Aetna Copy.yaml: (file name) must be lowercase letters, digits and single hyphens, e.g. "medicare-advantage": "Aetna Copy"',
  // Numbers beyond sane bounds are typos, not data.
  'page-absurd-order': 'payers/cigna.mdx: order Too big: expected number to be <=10000: 9007199254740991',
  'cost-sample-too-big': 'costs.yaml: [0].sample.count Too big: expected number to be <=100000: 9007199254740991',
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
  'medicare-reviewed-in-future': [
    'medicare-contractors.yaml: lastReviewed is in the future (today is 2026-11-22): "2099-01-01"',
    'medicare-contractors.yaml: contractors[0].decisions[0].revised of prp/joints is in the future (today is 2026-11-22): "2099-01"',
  ],
  'translation-reviewed-in-future':
    'es/guides/appeal-a-denial.mdx: reviewed is in the future (today is 2026-11-22): "2099-01-01"',
  'translation-coverage-wrong-entry':
    'es/coverage/cigna.yaml: entries[0] must translate the English entry prp here: "hyaluronic-acid"',
  'translation-flow-wrong-node': [
    'es/flows/sample.yaml: nodes.plan.options has no translation of this English option: "not-sure"',
    'es/flows/sample.yaml: nodes has no translation of this English node: "unsure"',
    'es/flows/sample.yaml: nodes.unsur is not a node of the English flow: "unsur"',
  ],
  // A Spanish Medicare-by-state file whose national rule says 12 weeks where the English says 20.
  'translation-medicare-changed-fact': [
    'es/medicare-contractors.yaml: national[0].says lacks a fact of the English: "20"',
    'es/medicare-contractors.yaml: national[0].says states a fact the English does not: "12"',
  ],
  // The Spanish reasons of the change record: Cigna's policy number changed, and the FDA decision left out.
  'translation-changes-changed-fact': [
    'es/changes.yaml: changes has no translation of this change: "2025-12-fda-amniotic-injections"',
    'es/changes.yaml: changes[1].why lacks a fact of the English: "0507"',
    'es/changes.yaml: changes[1].why states a fact the English does not: "0508"',
  ],
  // The Spanish words of the price rows: a note where the English row has none, and a row the English lacks.
  'translation-costs-wrong-row': [
    'es/costs.yaml: rows[1].id is not a price row in the English: "prp-per-injection-2020"',
    'es/costs.yaml: rows[0].note is extra: the English row has none: "Una nota que la fila en inglés no tiene."',
  ],
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
  'change-unknown-source': 'changes.yaml: [0].sources[1] names an unknown source: "cms-ncd-999"',
  'change-duplicate':
    'changes.yaml: [4] repeats change [0] (same date, payer, therapy and indication): "2021-04-13-medicare-prp-diabetic-wounds"',
  'change-fda-with-payer': 'changes.yaml: [3].payer is not a field this item can have: "medicare"',
  // The status snapshot (content/coverage-status.lock.json): no status moves without a change recording it.
  'coverage-status-not-recorded':
    'coverage/medicare.yaml: entries[1].status of medicare/prp/joints was "case-by-case" in ' +
    'coverage-status.lock.json, and no change in changes.yaml records the move: add a change from "case-by-case" ' +
    'to "not-covered-investigational" (kind policy or correction), then run npm run coverage:lock: ' +
    '"not-covered-investigational"',
  'coverage-status-recorded-not-locked':
    'coverage/cigna.yaml: entries[0].status of cigna/prp is recorded in changes.yaml but coverage-status.lock.json ' +
    'still has "unknown": run npm run coverage:lock: "not-covered-investigational"',
  'coverage-status-lock-stale': [
    'coverage/medicare.yaml: entries[1].status of medicare/prp/joints is not in coverage-status.lock.json: ' +
      'a new entry needs no change record; run npm run coverage:lock: "not-covered-investigational"',
    'coverage-status.lock.json: statuses names no coverage entry (one was removed or renamed): ' +
      'run npm run coverage:lock: "medicare/prp/knee"',
  ],
};

describe('content check', () => {
  it('passes the good fixture and the real content', () => {
    expect(checkContent(readContent(GOOD, GOOD), '2026-11-22').problems).toEqual([]);
    const real = checkContent(readContentOnce(`${ROOT}/content`, ROOT));
    expect(real.problems.map(formatProblem)).toEqual([]);
  });

  it('checks the real content against its status snapshot, which lists every entry', () => {
    const raw = readContentOnce(`${ROOT}/content`, ROOT);
    expect(raw.coverageLock?.file).toBe('content/coverage-status.lock.json');
    const { statuses } = raw.coverageLock!.data as { statuses: Record<string, string> };
    const { catalog } = checkContent(raw);
    expect(Object.keys(statuses)).toHaveLength(catalog.coverage.length);
    // Byte for byte what the script writes: nobody edited it by hand.
    expect(readFileSync(`${ROOT}/content/${LOCK_FILE}`, 'utf8')).toBe(formatLock(statusSnapshot(catalog.coverage)));
  });

  it('writes the snapshot only once every status that moved is recorded (npm run coverage:lock)', () => {
    const lock = (name: string) => {
      const dir = overlay(name);
      const run = spawnSync(process.execPath, ['scripts/coverage-lock.ts', dir], {
        cwd: ROOT,
        env: SCRIPT_ENV,
        encoding: 'utf8',
      });
      return {
        dir,
        run,
        problems: () => checkContent(readContent(dir, dir), '2026-11-22').problems.map(formatProblem),
      };
    };
    const refused = lock('coverage-status-not-recorded');
    expect(refused.run.status).toBe(1);
    expect(refused.run.stderr).toContain('entries[1].status of medicare/prp/joints was "case-by-case"');
    expect(refused.run.stderr).toContain('1 status change(s) not recorded; the snapshot was not written');
    expect(refused.problems()).toEqual([EXPECTED['coverage-status-not-recorded']]);
    for (const name of ['coverage-status-recorded-not-locked', 'coverage-status-lock-stale']) {
      const fixed = lock(name);
      expect(fixed.run.status, fixed.run.stderr).toBe(0);
      expect(fixed.problems(), name).toEqual([]);
    }
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

  // On the real file, its date moved: a fixture would have to list every office of 56 states and territories.
  it('rejects a future review date in state-help.yaml', () => {
    const raw = readContentOnce(`${ROOT}/content`, ROOT);
    (raw.stateHelp!.data as { lastReviewed: string }).lastReviewed = '2099-01-01';
    expect(checkContent(raw).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/state-help\.yaml: lastReviewed is in the future \(today is [\d-]+\): "2099-01-01"$/,
      ),
    ]);
  });

  it('rejects a future review date in every whole-file translation', () => {
    const raw = readContentOnce(`${ROOT}/content`, ROOT);
    for (const { key } of WHOLE_FILE_TRANSLATIONS) (raw.es[key]!.data as { reviewed: string }).reviewed = '2099-01-01';
    const problems = checkContent(raw).problems.map(formatProblem);
    expect(problems).toEqual(
      WHOLE_FILE_TRANSLATIONS.map(({ key }) =>
        expect.stringMatching(
          new RegExp(`^${raw.es[key]!.file}: reviewed is in the future \\(today is [\\d-]+\\): "2099-01-01"$`),
        ),
      ),
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

  it("dates each kind of plan's appeal deadlines: never in the future, listed once past review", () => {
    const raw = readContentOnce(`${ROOT}/content`, ROOT);
    const plans = raw.appeals!.data as { planType: string; checked: string }[];
    const due = (today: string) =>
      checkContent(raw, today).warnings.filter((w) => w.startsWith('content/appeal-deadlines.yaml'));
    const latest = plans.map((p) => p.checked).sort()[plans.length - 1]!;
    expect(due(latest)).toEqual([]);
    const late = due('2099-01-01');
    expect(late).toHaveLength(plans.length);
    expect(late[0]).toMatch(
      /^content\/appeal-deadlines\.yaml: \[0\]\.checked of marketplace was due for review by [\d-]+ \(every 12 /,
    );
    plans[0]!.checked = '2099-01-01';
    expect(checkContent(raw, latest).problems.map(formatProblem)).toContain(
      `content/appeal-deadlines.yaml: [0].checked of marketplace is in the future (today is ${latest}): "2099-01-01"`,
    );
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
    const run = astroBuild(dir, `${dir}/dist`);
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(line);
  };

  it('stops `astro build` with the message before anything is built', () => {
    buildStopsWith('coverage-unknown-therapy', 'entries[0].therapy names an unknown therapy: "stem-cell-knee"');
  });

  it('stops `astro build` on a broken flow, naming the flow file and node', () => {
    buildStopsWith('flow-unknown-next', 'flows/sample.yaml: nodes.use.options[0].next names an unknown node: "plam"');
  });
});

/**
 * Issue #15: each kind of bad content stops both `npm run check:content` and `astro build`, naming the file
 * and the line or field. The fixtures below share one content folder (test/support/fixtures.ts
 * `overlayMany`: a fixture's page becomes a page of its own), so one run of each proves every one. These
 * are the fixtures whose message does not wait for the rest of the content to be right: cross-references
 * (an unknown id) are reported only when every file passes its schema, and have their own build tests above.
 */
describe('check:content and astro build, on every kind of unsafe or absurd content at once', () => {
  const TOGETHER = [
    // MDX may hold prose and the content components, nothing else.
    ...[
      'script-element',
      'img-onerror',
      'iframe',
      'link-element',
      'meta-refresh',
      'style-element',
      'object',
      'embed',
      'form',
      'svg-script',
      'html-a-href',
      'event-handler',
      'style-attribute',
      'export',
      'import',
      'expression',
      'spread-attribute',
      'computed-attribute',
      'attribute-js-escape',
      'component-attributes',
      'unreadable',
      'not-utf8',
    ].map((k) => `mdx-${k}`),
    // Links only to https:// addresses and site paths, in bodies, diagrams and site-path fields.
    ...[
      'javascript-link',
      'javascript-mixed-case',
      'javascript-entity',
      'javascript-autolink',
      'vbscript-link',
      'data-link',
      'http-link',
      'protocol-relative-link',
      'backslash-link',
      'encoded-slash-link',
      'image-other-host',
      'diagram-click-link',
      'diagram-init-directive',
    ].map((k) => `mdx-${k}`),
    'next-steps-protocol-relative',
    'next-steps-backslash',
    'next-steps-encoded-slash',
    'next-steps-dot-segment',
    'plan-group-ask-href-protocol-relative',
    // Names, encodings, dates and sizes.
    'file-name-not-slug',
    'coverage-file-name-not-slug',
    'page-wrong-extension',
    'yaml-not-utf8',
    'date-checked-in-future',
    'source-checked-in-future',
    'medicare-reviewed-in-future',
    'translation-reviewed-in-future',
    'cost-amount-too-big',
    'page-absurd-order',
  ];
  const { dir, renamed } = overlayMany(TOGETHER);
  // A 30 MB page was accepted before issue #15; one byte over the limit shows the rule.
  writeFileSync(join(dir, 'guides', 'too-big.mdx'), 'x'.repeat(MAX_FILE_BYTES + 1));
  const rename = (line: string, moves: Map<string, string>) => {
    for (const [from, to] of moves) if (line.startsWith(`${from}:`)) return `${to}${line.slice(from.length)}`;
    return line;
  };
  const expected = [
    ...TOGETHER.flatMap((name) => [EXPECTED[name]!].flat().map((line) => rename(line, renamed.get(name)!))),
    `guides/too-big.mdx: (file) is ${MAX_FILE_BYTES + 1} bytes; ` +
      `a content file may be at most ${MAX_FILE_BYTES} bytes (1 MB)`,
  ];

  it('holds one page per MDX fixture and every expected line', () => {
    expect(renamed.get('mdx-iframe')).toEqual(new Map([['payers/cigna.mdx', 'payers/mdx-iframe.mdx']]));
    expect(expected.length).toBeGreaterThan(TOGETHER.length);
  });

  it('`check:content` (the CLI) prints exactly these problems, each naming file and line or field, and exits 1', () => {
    // Run from the content folder, so it names files as authors see them; the date is the fixtures' today.
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), '.', '--today', '2026-11-22'], {
      cwd: dir,
      env: SCRIPT_ENV,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const printed = run.stderr.split('\n').filter((l) => l && !/^(warning: |check-content: )/.test(l));
    expect(printed.sort()).toEqual([...expected].sort());
    expect(run.stderr).toContain(`check-content: ${expected.length} problem(s) in .`);
  });

  it('`astro build` stops before building anything, with the same lines', { timeout: 120_000 }, () => {
    const out = join(dir, 'dist');
    const run = astroBuild(dir, out);
    expect(run.status).not.toBe(0);
    // The build names files from the project root, and today is the real one.
    const lines = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    const missing = expected.filter((line) => {
      const pattern = line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/today is [\d-]+/g, 'today is [\\d-]+');
      return !lines.some((l) => new RegExp(`(^|/)${pattern}$`).test(l));
    });
    expect(missing).toEqual([]);
    expect(lines.join('\n')).toContain(`Content check failed (${expected.length} problems)`);
    expect(existsSync(out), 'nothing was built').toBe(false);
  });
});
