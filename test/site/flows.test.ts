/**
 * Decision flows as a reader without JavaScript meets them: every path of every flow, in English and in
 * each translated flow's Spanish, is walked by following the answer links in the built HTML from the first
 * question, and each ends on an outcome page whose h1 and statuses are what the data says in that language,
 * with the right "Your answers", back and start-again links, every link staying in the page's language.
 * (Static pages: reading dist/ shows what the browser would, in seconds.)
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { ROOT } from '../support/fixtures.ts';
import { outcomeDataFrom } from '../support/flows.ts';
import { builtPage, textOf } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { flowPages } from '../../src/lib/flow/pages.ts';
import { outcomeView } from '../../src/lib/flow/outcome-view.ts';
import { localizedFlow } from '../../src/lib/i18n/localize.ts';
import { inLanguage } from '../../src/lib/paths.ts';
import { LOCALE, type Lang } from '../../src/schemas/language.ts';

const { catalog } = siteCatalog(`${ROOT}/content`);
/** The flows in a language, as its pages show them: in Spanish, each translated flow in its words. */
const flowsIn = (lang: Lang) =>
  lang === 'en'
    ? catalog.flows
    : catalog.flows.flatMap((f) => {
        const t = catalog.es.flows.find((x) => x.id === f.id);
        return t ? [localizedFlow(f, t)] : [];
      });

/** The built page at `path`, or a failed expectation naming it. */
const page = (path: string): HTMLElement => {
  const doc = builtPage(path);
  expect(doc, `${path}: no such page in dist/`).toBeDefined();
  return doc!;
};

/** The one link on the page whose text contains `label`. */
const linkTo = (doc: HTMLElement, selector: string, label: string): string => {
  const links = doc.querySelectorAll(selector).filter((a) => textOf(a).includes(label));
  expect(
    links.map((a) => a.getAttribute('href')),
    `one link "${label}"`,
  ).toHaveLength(1);
  return links[0]!.getAttribute('href')!;
};

describe('decision flows, followed link by link', () => {
  it('has the translated flows in Spanish', () => {
    expect(catalog.es.flows.length).toBeGreaterThan(0);
    expect(
      flowsIn('es')
        .map((f) => f.id)
        .sort(),
    ).toEqual(catalog.es.flows.map((t) => t.id).sort());
  });

  it.each(['en', 'es'] as const)(
    'walks every path of every flow in %s to an outcome with the right h1 and statuses',
    (lang) => {
      const data = outcomeDataFrom(catalog, lang);
      const problems: string[] = [];
      let outcomes = 0;
      const flows = flowsIn(lang);
      for (const flow of flows) {
        // Each page's address in the language: the English flow's, after the language's prefix.
        const expected = new Map(flowPages(flow.id, flow).map((p) => [inLanguage(p.path, lang), p]));
        const walk = (path: string, depth: number): void => {
          const doc = builtPage(path);
          if (!doc) return void problems.push(`${path}: no such page`);
          const want = expected.get(path);
          if (!want) return void problems.push(`${path}: not a page of ${flow.id} in ${lang}`);
          const htmlLang = doc.querySelector('html')?.getAttribute('lang');
          if (htmlLang !== LOCALE[lang]) problems.push(`${path}: <html lang="${htmlLang}">`);
          const answers = doc.querySelectorAll('[data-answer]').length;
          if (answers !== depth) problems.push(`${path}: "Your answers" lists ${answers}, expected ${depth}`);
          if (doc.querySelector('a[data-start-again]')?.getAttribute('href') !== inLanguage(`/check/${flow.id}/`, lang))
            problems.push(`${path}: no start-again link`);
          const h1 = textOf(doc.querySelector('h1'));
          if (want.kind === 'question') {
            const node = flow.nodes[want.node]!;
            if (node.type === 'question' && h1 !== node.text)
              problems.push(`${path}: h1 "${h1}" is not the question "${node.text}"`);
            const links = doc.querySelectorAll('a.flow-option').map((a) => a.getAttribute('href') ?? '');
            if (node.type === 'question' && links.length !== node.options.length)
              problems.push(`${path}: ${links.length} answer links for ${node.options.length} answers`);
            for (const href of links) walk(href, depth + 1);
            return;
          }
          outcomes += 1;
          const view = outcomeView(flow, want, data);
          if (h1 !== view.title) problems.push(`${path}: h1 "${h1}", expected "${view.title}"`);
          const statuses = doc
            .querySelectorAll('.status-list .badge[data-status]')
            .map((e) => e.getAttribute('data-status'));
          const wantStatuses = view.statuses.map((s) => s.status);
          if (JSON.stringify(statuses) !== JSON.stringify(wantStatuses))
            problems.push(`${path}: statuses ${statuses.join(',')}, expected ${wantStatuses.join(',')}`);
          const back = doc.querySelector('a[data-back]')?.getAttribute('href');
          const up = want.segments
            .slice(0, -2)
            .map((s) => `${s}/`)
            .join('');
          if (back !== inLanguage(`/check/${flow.id}/${up}`, lang)) problems.push(`${path}: back link ${back}`);
        };
        walk(inLanguage(`/check/${flow.id}/`, lang), 0);
      }
      expect(problems).toEqual([]);
      expect(outcomes).toBe(
        flows.reduce((n, f) => n + flowPages(f.id, f).filter((p) => p.kind === 'outcome').length, 0),
      );
      expect(outcomes).toBeGreaterThan(100);
    },
  );

  it('offers the claim-file letter for the plan before the appeal letter on every appeal outcome (issue #16)', () => {
    const data = outcomeDataFrom(catalog);
    const problems: string[] = [];
    let checked = 0;
    for (const flow of catalog.flows)
      for (const p of flowPages(flow.id, flow)) {
        if (p.kind !== 'outcome' || !outcomeView(flow, p, data).appeal) continue;
        checked += 1;
        const hrefs = page(p.path)
          .querySelectorAll('section[aria-labelledby="next-steps"] a')
          .map((a) => a.getAttribute('href') ?? '');
        const claimFile = hrefs.indexOf(`/appeal/claim-file/?plan=${p.sets.plan}`);
        const letter = hrefs.indexOf('/appeal/letter/');
        if (claimFile < 0 || letter < 0 || claimFile > letter)
          problems.push(`${p.path}: next steps ${hrefs.join(' ')}`);
      }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('changes an earlier answer from the "Your answers" list', () => {
    const outcome = page('/check/will-insurance-pay/treatment/prp/prp-use/joints/plan/medicaid/');
    const change = outcome.querySelector('[data-answer="prp-use"] a')?.getAttribute('href');
    expect(change).toBe('/check/will-insurance-pay/treatment/prp/');
    const wound = linkTo(page(change!), 'a.flow-option', 'A chronic wound that is not healing');
    const medicaid = linkTo(page(wound), 'a.flow-option', 'Medicaid');
    expect(medicaid).toBe('/check/will-insurance-pay/treatment/prp/prp-use/wound/plan/medicaid/');
    expect(textOf(page(medicaid).querySelector('h1'))).toBe(
      'Will Medicaid pay for PRP injections for a chronic wound that is not healing?',
    );
  });
});

describe('a Spanish flow, followed link by link', () => {
  it('changes an earlier answer from "Sus respuestas", staying in Spanish to the Spanish outcome', () => {
    const outcome = page('/es/check/will-insurance-pay/treatment/prp/prp-use/joints/plan/medicaid/');
    expect(textOf(outcome.querySelector('#your-answers'))).toBe('Cómo llegó aquí');
    const change = outcome.querySelector('[data-answer="prp-use"] a')?.getAttribute('href');
    expect(change).toBe('/es/check/will-insurance-pay/treatment/prp/');
    const question = page(change!);
    expect(textOf(question.querySelector('#your-answers'))).toBe('Sus respuestas');
    expect(textOf(question.querySelector('.flow-name'))).toBe('¿Mi seguro pagará este tratamiento? · pregunta 2');
    const wound = linkTo(question, 'a.flow-option', 'Una herida crónica que no sana');
    const medicaid = linkTo(page(wound), 'a.flow-option', 'Medicaid');
    expect(medicaid).toBe('/es/check/will-insurance-pay/treatment/prp/prp-use/wound/plan/medicaid/');
    expect(textOf(page(medicaid).querySelector('h1'))).toBe(
      'Medicaid: ¿pagará inyecciones de PRP para una herida crónica que no sana?',
    );
  });
});
