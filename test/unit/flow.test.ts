/**
 * Decision flows, node by node, on the real content: every answer leads where the flow says, every
 * outcome can be reached, coverage outcomes show the status of the coverage entries they name, and
 * appeal outcomes the deadlines of the plan chosen. A few paths are checked against facts written out
 * by hand, so the test does not just repeat the code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.ts';
import { outcomeDataFrom } from '../support/flows.ts';
import { loadContentOnce } from '../support/content.ts';
import type { Catalog } from '../../src/lib/content/check.ts';
import { checkFlowGraph, flowSteps, follow, isQuestion, therapyBranch } from '../../src/lib/flow/graph.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { flowPages } from '../../src/lib/flow/pages.ts';
import { outcomeView, type OutcomeData } from '../../src/lib/flow/outcome-view.ts';
import { coverageOutcomeAnswer, coverageOutcomeTitle } from '../../src/lib/flow/coverage-outcome.ts';
import { appealOutcome } from '../../src/lib/flow/appeal-outcome.ts';
import { localizedAppealPlans } from '../../src/lib/i18n/localize.ts';
import { ui } from '../../src/i18n/index.ts';
import {
  firstQuestion,
  flowOutline,
  flowToMermaid,
  mermaidEdgeId,
  mermaidLabel,
  mermaidNodeId,
  reachable,
} from '../../src/lib/flow/mermaid.ts';

let catalog: Catalog;
let data: OutcomeData;
beforeAll(() => {
  catalog = loadContentOnce(`${ROOT}/content`, ROOT).catalog;
  data = outcomeDataFrom(catalog);
});

const flow = (id: string) => catalog.flows.find((f) => f.id === id)!;
/** The outcome page at the end of `answers` ("question=value" pairs). */
const outcomeAt = (id: string, answers: string[]) => {
  const segments = answers.flatMap((a) => a.split('='));
  const page = flowPages(id, flow(id)).find((p) => p.segments.join('/') === segments.join('/'));
  if (!page) throw new Error(`no page for ${answers.join(' ')}`);
  return { page, view: outcomeView(flow(id), page, data) };
};

describe('the four flows', () => {
  it('exist and pass the graph rules', () => {
    expect(catalog.flows.map((f) => f.id).sort()).toEqual([
      'claim-denied',
      'fda-approved',
      'hsa-financing',
      'will-insurance-pay',
    ]);
    for (const f of catalog.flows) expect(checkFlowGraph(f, f.file)).toEqual([]);
  });

  it('lead every answer of every question to its `next` node, on a page keyed by question and answer', () => {
    for (const f of catalog.flows) {
      const steps = flowSteps(f);
      for (const step of steps) {
        const node = f.nodes[step.node];
        if (!isQuestion(node)) continue;
        for (const o of node.options) {
          const segments = [...step.segments, step.node, o.value];
          const child = steps.find((s) => s.segments.join('/') === segments.join('/'));
          expect(child?.node, `${f.id}: ${sitePaths.flow(f.id, segments)}`).toBe(o.next);
          expect(follow(f, step.node, o.value)).toBe(o.next);
        }
      }
    }
  });

  it('reach every outcome by at least one path, and give each outcome content one indexed page', () => {
    for (const f of catalog.flows) {
      const pages = flowPages(f.id, f);
      const outcomes = Object.entries(f.nodes)
        .filter(([, n]) => n.type === 'outcome')
        .map(([id]) => id);
      for (const id of outcomes)
        expect(
          pages.some((p) => p.node === id),
          `${f.id}: ${id}`,
        ).toBe(true);
      for (const p of pages) {
        if (p.kind === 'question') expect(p.indexable, p.path).toBe(false);
        if (!p.indexable && p.kind === 'outcome')
          expect(pages.find((q) => q.path === p.canonical)?.indexable, p.path).toBe(true);
      }
    }
  });

  it('has a stable address for every page: /check/<flow>/<question>/<answer>/…/', () => {
    const { page } = outcomeAt('will-insurance-pay', ['treatment=prp', 'prp-use=joints', 'plan=original-medicare']);
    expect(page.path).toBe('/check/will-insurance-pay/treatment/prp/prp-use/joints/plan/original-medicare/');
    expect(page.answers.map((a) => a.question)).toEqual(['treatment', 'prp-use', 'plan']);
    expect(page.node).toBe('original-medicare');
  });
});

describe('"Will my insurance pay?" outcomes take their status from the coverage entries', () => {
  // Facts from content/coverage/*.yaml, written out by hand.
  const CASES: [string[], string[]][] = [
    [['treatment=prp', 'prp-use=joints', 'plan=original-medicare'], ['not-covered-investigational']],
    [['treatment=prp', 'prp-use=wound', 'plan=original-medicare'], ['covered-with-criteria']],
    [['treatment=hyaluronic-acid', 'gel-use=knee', 'plan=original-medicare'], ['covered-with-criteria']],
    [
      ['treatment=stem-cell-transplant', 'transplant-use=blood-cancer', 'plan=original-medicare'],
      ['covered-with-criteria'],
    ],
    [['treatment=amniotic-injections', 'amniotic-use=wound', 'plan=original-medicare'], ['covered-with-criteria']],
    [['treatment=iv-nutrient-therapy', 'iv-use=wellness', 'plan=original-medicare'], ['excluded']],
    [
      ['treatment=prp', 'prp-use=joints', 'plan=workers-comp'],
      ['covered-with-criteria', 'not-covered-investigational', 'unknown'],
    ],
    [['treatment=exosomes', 'exosome-use=joints', 'plan=tricare'], ['unknown']],
    // content/coverage/va.yaml: the VA transplant program, and no VA rule found for the injections or grafts.
    [['treatment=stem-cell-transplant', 'transplant-use=blood-cancer', 'plan=va'], ['covered-with-criteria']],
    [['treatment=bone-marrow-concentrate', 'bmc-use=blood-cancer', 'plan=va'], ['covered-with-criteria']],
    [['treatment=bone-marrow-concentrate', 'bmc-use=joints', 'plan=va'], ['unknown']],
    [['treatment=prp', 'prp-use=joints', 'plan=va'], ['unknown']],
    [['treatment=amniotic-membrane-grafts', 'graft-use=wound', 'plan=va'], ['unknown']],
    [
      ['treatment=prolotherapy', 'prolo-use=joints', 'plan=employer-insured'],
      [
        'not-covered-investigational',
        'not-covered-investigational',
        'not-covered-investigational',
        'unknown',
        'not-covered-investigational',
      ],
    ],
  ];
  for (const [answers, statuses] of CASES) {
    it(`${answers.join(' → ')}: ${statuses.join(', ')}`, () => {
      const { view } = outcomeAt('will-insurance-pay', answers);
      expect(view.statuses.map((s) => s.status)).toEqual(statuses);
    });
  }

  it("names an entry of the outcome's payers, for the chosen therapy, on every coverage outcome", () => {
    const f = flow('will-insurance-pay');
    for (const page of flowPages(f.id, f)) {
      const node = f.nodes[page.node]!;
      if (node.type !== 'outcome' || node.result?.kind !== 'coverage') continue;
      const view = outcomeView(f, page, data);
      for (const e of view.coverage!.entries) {
        expect(e.therapy, page.path).toBe(page.sets.therapy);
        expect(node.result.payers, page.path).toContain(e.payer);
        const listed = catalog.coverage.find(
          (c) => c.payer === e.payer && c.therapy === e.therapy && c.indication === e.indication,
        );
        expect(listed?.status, page.path).toBe(e.status);
      }
      expect(
        view.statuses.map((s) => s.status),
        page.path,
      ).toEqual(view.coverage!.entries.length ? view.coverage!.entries.map((e) => e.status) : ['unknown']);
      expect(view.title, page.path).toMatch(/^Will .+ pay for .+\?$/);
    }
  });

  it('shows every coverage entry of the payers it asks about somewhere in the flow, apart from known gaps', () => {
    const f = flow('will-insurance-pay');
    const shown = new Set<string>();
    for (const page of flowPages(f.id, f)) {
      const node = f.nodes[page.node]!;
      if (node.type === 'outcome' && node.result?.kind === 'coverage')
        for (const e of outcomeView(f, page, data).coverage!.entries)
          shown.add(`${e.payer}/${e.therapy}/${e.indication ?? ''}`);
    }
    const missing = catalog.coverage
      .map((e) => `${e.payer}/${e.therapy}/${e.indication ?? ''}`)
      .filter((k) => !shown.has(k));
    // Humana's employer-plan PRP entry: the flow puts Humana under Medicare Advantage only.
    expect(missing).toEqual(['humana/prp/employer-and-individual-plans']);
  });

  it('summarises answers without typing a status', () => {
    const phrase = (s: string) => s;
    const words = ui('en').flow;
    expect(coverageOutcomeAnswer([], phrase, words)).toMatch(/^We found no policy/);
    expect(
      coverageOutcomeAnswer([{ status: 'covered', answer: 'Yes, it does when the rules are met.' }], phrase, words),
    ).toBe('Yes, it does when the rules are met.');
    const two = [
      { status: 'excluded', answer: 'a'.repeat(20) },
      { status: 'unknown', answer: 'b'.repeat(20) },
    ] as const;
    expect(coverageOutcomeAnswer(two, phrase, words)).toBe(
      'The 2 policies we found differ: 1 excluded, 1 unknown. Find your insurer or state below, and ask your plan in writing.',
    );
    expect(coverageOutcomeAnswer(two, phrase, ui('es').flow)).toBe(
      'Las 2 pólizas que encontramos no coinciden: 1 dicen “excluded”, 1 dicen “unknown”. Busque abajo su ' +
        'aseguradora o su estado, y pregunte a su plan por escrito.',
    );
  });

  it("titles a coverage outcome in the page's language, the plan and the use inside the sentence", () => {
    expect(
      coverageOutcomeTitle(
        ui('en').flow,
        'A job-based plan from an insurance company',
        'PRP injections',
        'Joint, tendon or back pain (an injection)',
      ),
    ).toBe('Will a job-based plan from an insurance company pay for PRP injections for joint, tendon or back pain?');
    expect(coverageOutcomeTitle(ui('en').flow, 'Medicaid', 'Amniotic injections', undefined)).toBe(
      'Will Medicaid pay for amniotic injections?',
    );
    // Spanish puts the plan first, as written, so its article keeps its capital.
    expect(
      coverageOutcomeTitle(
        ui('es').flow,
        'Un plan de salud del empleo de una compañía de seguros',
        'Inyecciones de PRP',
        'Úlcera crónica en la pierna (un injerto)',
      ),
    ).toBe(
      'Un plan de salud del empleo de una compañía de seguros: ¿pagará inyecciones de PRP para úlcera crónica en la pierna?',
    );
  });

  it('words an appeal outcome in Spanish from the Spanish appeal steps, with the same deadlines', () => {
    const medicare = (lang: 'en' | 'es') =>
      localizedAppealPlans(catalog.appeals, lang, catalog.es.appeals).find((p) => p.planType === 'medicare')!;
    const words = (lang: 'en' | 'es') => ({ lang, flow: ui(lang).flow, deadlines: ui(lang).deadlineWords });
    const en = appealOutcome(medicare('en'), 'experimental', false, words('en'));
    const es = appealOutcome(medicare('es'), 'experimental', false, words('es'));
    expect(en.answer).toMatch(/^Start with redetermination by the Medicare contractor\. You have 120 days from /);
    expect(es.answer).toMatch(
      /^Empiece por este paso: redeterminación por el contratista de Medicare\. Tiene 120 días a partir de /,
    );
    expect(es.reasonLabel).toBe('Experimental o en investigación');
    expect(es.reasonGuide).toBe('/guides/denial-reasons/#experimental-o-en-investigación');
    expect(en.reasonGuide).toBe('/guides/denial-reasons/#experimental-or-investigational');
    expect(es.send).toHaveLength(en.send.length);
    expect(es.send[0]).toBe('Una copia del aviso de denegación');
    expect(es.steps.map((s) => s.deadline.match(/\d+/g))).toEqual(en.steps.map((s) => s.deadline.match(/\d+/g)));
  });

  it('gives each therapy page the branch that starts with its own answer', () => {
    const f = flow('will-insurance-pay');
    expect(therapyBranch(f, 'prp')?.next).toBe('prp-use');
    expect(therapyBranch(f, 'amniotic-membrane-grafts')?.next).toBe('graft-use');
    for (const t of catalog.therapies) expect(therapyBranch(f, t.slug), t.slug).toBeDefined();
  });
});

describe('"My claim was denied" outcomes take their steps from the appeal data', () => {
  it('marketplace plan, not urgent: the 180-day internal appeal, then external review', () => {
    const { view } = outcomeAt('claim-denied', ['reason=experimental', 'plan=marketplace', 'urgency=standard']);
    expect(view.answer).toContain('180 days from the date on your denial notice');
    expect(view.appeal!.steps.map((s) => s.name)).toEqual([
      'Internal appeal to your plan',
      'External review by an independent reviewer',
    ]);
    expect(view.appeal!.steps.every((s) => s.expedited === undefined)).toBe(true);
    expect(view.appeal!.send).toContain('Published studies that support this treatment');
    expect(view.appeal!.reasonGuide).toBe('/guides/denial-reasons/#experimental-or-investigational');
  });

  it('offers the claim-file letter for the reader’s plan just before the appeal letter', () => {
    const { view } = outcomeAt('claim-denied', ['reason=coding', 'plan=medicare', 'urgency=standard']);
    const texts = view.nextSteps.map((s) => s.text);
    const i = texts.indexOf('Ask for your claim file and the criteria used');
    expect(view.nextSteps[i]?.href).toBe('/appeal/claim-file/?plan=medicare');
    expect(texts[i + 1]).toBe('Write your appeal letter');
  });

  it('Original Medicare: 120 days from receipt, counted as 5 days after the notice date', () => {
    const { view } = outcomeAt('claim-denied', ['reason=not-medically-necessary', 'plan=medicare', 'urgency=standard']);
    expect(view.answer).toMatch(/120 days/);
    expect(view.answer).toMatch(/5 days after the date on it/);
  });

  it("urgent: asks for the fast appeal and shows each step's fast option", () => {
    const { view } = outcomeAt('claim-denied', ['reason=no-prior-authorization', 'plan=marketplace', 'urgency=urgent']);
    expect(view.answer).toMatch(/^Ask for a fast \(expedited\) internal appeal to your plan today/);
    expect(view.appeal!.steps[0]!.expedited).toMatch(/72 hours/);
  });

  it('VA benefits decision: a review within 12 months, then another review, then the court in 120 days', () => {
    const { page, view } = outcomeAt('claim-denied', [
      'reason=no-prior-authorization',
      'plan=va',
      'va-decision=benefits',
    ]);
    expect(page.node).toBe('appeal-standard');
    expect(view.answer).toBe(
      'Start with a decision review of a benefits or payment decision (Higher-Level Review, Supplemental Claim or Board Appeal). You have 12 months from the date on your VA decision letter, but the date on your own notice governs.',
    );
    expect(view.appeal!.steps.map((s) => s.deadline)).toEqual([
      '12 months from the date on your VA decision letter',
      '12 months from the date on the review decision',
      "120 days from the date stamped on the Board's decision, which is the date the Board mailed it",
    ]);
    expect(view.appeal!.steps[0]!.note).toMatch(/clinical appeal instead/);
    expect(view.appeal!.steps.every((s) => s.expedited === undefined)).toBe(true);
  });

  it('VA treatment decision: the clinical appeal through the patient advocate, with no deadline to compute', () => {
    const { page, view } = outcomeAt('claim-denied', ['reason=experimental', 'plan=va', 'va-decision=treatment']);
    expect(page.node).toBe('va-clinical-appeal');
    expect(view.appeal).toBeUndefined();
    expect(view.answer).toMatch(/^Contact the patient advocate at your VA facility/);
    expect(view.sources).toContain('vagov-clinical-appeals');
    const unsure = outcomeAt('claim-denied', ['reason=experimental', 'plan=va', 'va-decision=not-sure']);
    expect(unsure.page.node).toBe('va-which-decision');
  });

  it('never asks a VA reader about a fast appeal: we found none to source', () => {
    const f = flow('claim-denied');
    expect(follow(f, 'plan', 'va')).toBe('va-decision');
    const vaPages = flowPages(f.id, f).filter((p) => p.sets.plan === 'va');
    expect(vaPages.length).toBeGreaterThan(0);
    for (const p of vaPages)
      expect(
        p.answers.map((a) => a.question),
        p.path,
      ).not.toContain('urgency');
  });

  it('"not sure" shares the standard outcome, indexed once', () => {
    const a = outcomeAt('claim-denied', ['reason=coding', 'plan=tricare', 'urgency=not-sure']).page;
    const b = outcomeAt('claim-denied', ['reason=coding', 'plan=tricare', 'urgency=standard']).page;
    expect(a.node).toBe(b.node);
    expect(a.canonical).toBe(b.path);
    expect(a.indexable).toBe(false);
  });
});

describe('Mermaid text and outline come from the graph', () => {
  it('has the accessibility lines, every reachable node once and every answer as one edge with a unique id', () => {
    for (const f of catalog.flows) {
      const text = flowToMermaid(f, { title: f.title, description: f.description });
      const lines = text.split('\n');
      expect(lines[0]).toBe('flowchart LR');
      expect(lines[1]).toMatch(/^accTitle: \S/);
      expect(lines[2]).toMatch(/^accDescr: \S/);
      const ids = reachable(f);
      expect(ids.length).toBe(Object.keys(f.nodes).length);
      for (const id of ids) expect(lines.filter((l) => l.startsWith(`${mermaidNodeId(id)}[`)).length, id).toBe(1);
      const edgeIds = lines.filter((l) => / e_\S+@/.test(l)).map((l) => / (e_\S+)@/.exec(l)![1]);
      const options = ids.flatMap((id) => {
        const n = f.nodes[id];
        return isQuestion(n) ? n.options.map((o) => mermaidEdgeId(id, o.value)) : [];
      });
      expect(edgeIds.sort()).toEqual(options.sort());
      expect(new Set(edgeIds).size).toBe(edgeIds.length);
    }
  });

  it('escapes quotes and clips long labels at a word', () => {
    expect(mermaidLabel('Say "yes" #1')).toBe('Say #quot;yes#quot; #35;1');
    expect(mermaidLabel('one two three four five', 12)).toBe('one two…');
  });

  it('starts a branch diagram and outline at the node asked for', () => {
    const f = flow('will-insurance-pay');
    const text = flowToMermaid(f, { from: 'prp-use', title: 'PRP', description: 'The PRP branch.' });
    expect(text).not.toContain(`${mermaidNodeId('treatment')}[`);
    expect(text).toContain(`${mermaidNodeId('prp-use')}[`);
    const outline = flowOutline(f, 'prp-use');
    expect(outline[0]!.id).toBe('prp-use');
    expect(outline.find((o) => o.id === 'plan')!.answers.length).toBe(10);
  });

  it('gives the first question of a branch as text, each answer with the address it leads to', () => {
    const f = flow('will-insurance-pay');
    const q = firstQuestion(f, 'will-insurance-pay', ['treatment', 'prp']);
    expect(q.id).toBe('prp-use');
    expect(q.text).toBe((f.nodes['prp-use'] as { text: string }).text);
    expect(q.answers.map((a) => a.segments.join('/'))).toContain('treatment/prp/prp-use/joints');
    expect(q.answers.filter((a) => a.exit)).toHaveLength(1);
    expect(firstQuestion(f, 'will-insurance-pay').id).toBe(f.start);
  });

  it('refuses answers that do not lead to a question, naming the flow', () => {
    const f = flow('will-insurance-pay');
    expect(() => firstQuestion(f, 'will-insurance-pay', ['treatment', 'no-such-answer'])).toThrow(
      /Flow "will-insurance-pay": the answers treatment\/no-such-answer do not lead to a question/,
    );
    expect(() => firstQuestion(f, 'will-insurance-pay', ['prp-use', 'joints'])).toThrow(/do not lead to a question/);
    expect(() =>
      firstQuestion(f, 'will-insurance-pay', ['treatment', 'prp', 'prp-use', 'joints', 'plan', 'medicaid']),
    ).toThrow(/lead to an outcome, not a question/);
  });
});
