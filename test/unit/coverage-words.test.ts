/**
 * The words the coverage, therapy and payer pages build from data, in both languages: statuses, the question
 * and answer of a coverage page, card headings, the kinds of plan, the change note, price evidence, the first
 * appeal step and the cost estimate. Each sentence builder is given its language's words (src/i18n/) and is
 * checked word for word in English and in Spanish. Also which pages exist in Spanish, and how a page names
 * what has no translation yet (in English, saying so).
 */
import { describe, expect, it } from 'vitest';
import { entry } from '../support/coverage-entry.ts';
import { coverageStatus } from '../../src/schemas/coverage.ts';
import { STATUS, statusView } from '../../src/lib/coverage/status.ts';
import { coveragePageText, coverageQuestion } from '../../src/lib/coverage/page.ts';
import { cardHeadings, entryUseIn } from '../../src/lib/coverage/uses.ts';
import { localPages } from '../../src/lib/i18n/names.ts';
import { localizedCosts, translatedPairs, translatedPaths } from '../../src/lib/i18n/localize.ts';
import { askFor, planGroupsIn } from '../../src/lib/coverage/summary.ts';
import { changeNoteLead, changeViews, type ChangeLookups } from '../../src/lib/changes/view.ts';
import { evidenceSentence, evidenceShort, evidenceWords, priceWords } from '../../src/lib/costs/evidence.ts';
import { firstSteps } from '../../src/lib/appeal/summary.ts';
import { estimate, type EstimateInput } from '../../src/lib/estimator/model.ts';
import { defaultInput } from '../../src/lib/estimator/query.ts';
import { estimateHtml, estimateView } from '../../src/lib/estimator/view.ts';
import { fillTree, h, toHtml } from '../../src/lib/format/tree.ts';
import { inSentence } from '../../src/lib/format/text.ts';
import { loadContent, siteCatalog } from '../../src/lib/content/load.ts';
import { ui } from '../../src/i18n/index.ts';
import { COST_WORDS } from '../../src/i18n/cost-words.ts';
import { ESTIMATE_WORDS } from '../../src/i18n/estimate-words.ts';
import { DEADLINE_WORDS } from '../../src/i18n/deadline-words.ts';
import { LANGUAGES } from '../../src/schemas/language.ts';
import type { PlanGroup } from '../../src/schemas/plan-group.ts';
import type { AppealPlan } from '../../src/schemas/appeal.ts';
import { GOOD } from '../support/fixtures.ts';
import { row } from '../support/cost-rows.ts';

describe('coverage statuses', () => {
  it('have a label, a phrase and a meaning in every language, with one icon and tone for all', () => {
    for (const lang of LANGUAGES)
      for (const s of coverageStatus.options) {
        const v = statusView(s, lang);
        for (const word of [v.label, v.phrase, v.meaning]) expect(word.length, `${lang} ${s}`).toBeGreaterThan(3);
        expect([v.icon, v.tone]).toEqual([STATUS[s].icon, STATUS[s].tone]);
      }
    // Each language tells the statuses apart.
    for (const lang of LANGUAGES)
      expect(new Set(coverageStatus.options.map((s) => statusView(s, lang).label)).size).toBe(7);
  });

  it('says "investigational" and "not medically necessary" apart, in both languages', () => {
    expect(statusView('not-covered-investigational').label).toBe('Not covered: investigational');
    expect(statusView('not-covered-investigational', 'es').label).toBe('No cubierto: experimental');
    expect(statusView('not-medically-necessary', 'es').label).toBe('No cubierto: sin necesidad médica');
    expect(statusView('unknown', 'es').phrase).toBe('no se sabe: pregunte por escrito');
  });
});

describe('a coverage page’s question and answer', () => {
  it('asks the question with the treatment as it reads in a sentence', () => {
    expect(coverageQuestion('Medicare', 'Amniotic injections')).toBe('Does Medicare cover amniotic injections?');
    expect(coverageQuestion('Medicare', 'Inyecciones de PRP', 'es')).toBe('¿Cubre Medicare inyecciones de PRP?');
    // A capital with an accent is lowered too; an acronym is left alone.
    expect(coverageQuestion('Aetna', 'Ácido hialurónico', 'es')).toBe('¿Cubre Aetna ácido hialurónico?');
    expect(inSentence('PRP inyectado')).toBe('PRP inyectado');
  });

  it('gives one entry’s own answer, and for several uses says what they share or that they differ', () => {
    const one = { therapy: 'prp', payer: 'aetna', entries: [entry({ answer: 'No, Aetna no la cubre.' })] };
    expect(coveragePageText(one, { therapy: 'PRP', payer: 'Aetna' }, 'es').answer).toBe('No, Aetna no la cubre.');
    const split = {
      therapy: 'prp',
      payer: 'medicare',
      entries: [
        entry({ indication: 'joints', indicationLabel: 'las articulaciones', status: 'not-covered-investigational' }),
        entry({ indication: 'wounds', indicationLabel: 'heridas crónicas', status: 'covered-with-criteria' }),
      ],
    };
    expect(coveragePageText(split, { therapy: 'Inyecciones de PRP', payer: 'Medicare' }, 'es')).toEqual({
      title: '¿Cubre Medicare inyecciones de PRP?',
      answer: 'Depende del uso o del plan. Medicare tiene 2 respuestas distintas. Están abajo.',
      description:
        'Depende del uso: para las articulaciones, no cubierto (dicen que es experimental); para heridas ' +
        'crónicas, cubierto si se cumplen ciertas condiciones.',
    });
    const same = { ...split, entries: split.entries.map((e) => ({ ...e, status: 'excluded' as const })) };
    expect(coveragePageText(same, { therapy: 'PRP', payer: 'TRICARE' }).answer).toBe(
      'Not covered: the plan or program excludes it, for every use and plan we found. Each answer is below.',
    );
    expect(coveragePageText(same, { therapy: 'PRP', payer: 'TRICARE' }, 'es').answer).toBe(
      'No cubierto: el plan o el programa lo excluye, para todos los usos y planes que encontramos. Cada respuesta ' +
        'está abajo.',
    );
  });

  it('heads two cards with one name by their uses, in the page’s language', () => {
    const cards = [
      { name: 'Medicare', use: 'dolor de articulaciones' },
      { name: 'Medicare', use: 'heridas crónicas' },
      { name: 'Aetna', use: 'dolor de articulaciones' },
    ];
    expect(cardHeadings(cards, 'es')).toEqual([
      'Medicare, para dolor de articulaciones',
      'Medicare, para heridas crónicas',
      'Aetna',
    ]);
    expect(cardHeadings(cards)[0]).toBe('Medicare, for dolor de articulaciones');
  });
});

describe('kinds of plan in another language', () => {
  const groups = siteCatalog().catalog.planGroups;

  it('has Spanish words for every kind of plan in the content, short enough for one line of a phone', () => {
    const spanish = planGroupsIn(groups, 'es');
    expect(spanish.map((g) => g.id)).toEqual(groups.map((g) => g.id));
    for (const g of spanish) {
      expect(g.askFor.length, g.id).toBeLessThanOrEqual(34);
      if (g.whenCovered) expect(g.whenCovered.askFor.length, g.id).toBeLessThanOrEqual(34);
      // Only the words change: the kinds and the pages it links to are the English group's.
      const english = groups.find((x) => x.id === g.id)!;
      expect([g.kinds, g.askHref, g.whenCovered?.askHref]).toEqual([
        english.kinds,
        english.askHref,
        english.whenCovered?.askHref,
      ]);
    }
    const medicare = spanish.find((g) => g.id === 'original-medicare')!;
    expect(medicare.label).toBe('Medicare Original');
    expect(askFor(medicare, ['covered']).askFor).toBe('prueba de que cumple la regla');
    expect(askFor(medicare, ['unknown']).askFor).toBe('el aviso ABN antes de tratarse');
    expect(planGroupsIn(groups, 'en')).toEqual(groups);
  });

  it('names a kind of plan that has no words in a language', () => {
    const extra: PlanGroup = {
      id: 'new-kind',
      label: 'New kind',
      kinds: ['commercial'],
      askFor: 'a thing',
      askHref: '/',
    };
    expect(() => planGroupsIn([...groups, extra], 'es')).toThrow(/"new-kind"/);
    const noCoveredAsk = groups.map((g) => (g.id === 'original-medicare' ? { ...g, whenCovered: undefined } : g));
    expect(() => planGroupsIn(noCoveredAsk as PlanGroup[], 'es')).toThrow(/whenCovered/);
  });
});

describe('the note of a recorded change', () => {
  const { catalog } = loadContent(GOOD, GOOD, '2026-11-22');
  const lookups: ChangeLookups = {
    therapy: (s) => catalog.therapies.find((t) => t.slug === s)!,
    payer: (s) => catalog.payers.find((p) => p.slug === s)!,
    coverage: catalog.coverage,
  };
  const views = new Map(changeViews(catalog.changes, lookups).map((v) => [v.id, v]));

  it('says when and from what, with the date and status in the language of the page', () => {
    const changed = views.get('2021-04-13-medicare-prp-diabetic-wounds')!;
    expect(changeNoteLead(changed)).toBe('Changed on April 13, 2021: was “Not covered: investigational”.');
    expect(changeNoteLead(changed, 'es')).toBe('Cambió el 13 de abril de 2021: antes era “No cubierto: experimental”.');
    const corrected = views.get('2026-11-cigna-prp')!;
    expect(changeNoteLead(corrected, 'es')).toBe('Lo corregimos en noviembre de 2026: antes decíamos “No se sabe”.');
    const kept = { ...corrected, from: corrected.to! };
    expect(changeNoteLead(kept, 'es')).toBe('Lo corregimos en noviembre de 2026; la cobertura sigue igual.');
    const rule = { ...changed, kind: 'policy' as const, from: changed.to! };
    expect(changeNoteLead(rule, 'es')).toBe('La regla cambió el 13 de abril de 2021; la cobertura sigue igual.');
    const { from: _from, ...fresh } = changed;
    expect(changeNoteLead(fresh, 'es')).toBe('La regla cambió el 13 de abril de 2021.');
  });
});

describe('price evidence', () => {
  const survey = row({
    id: 'survey',
    therapy: 'prp',
    scope: 'per-injection',
    tier: 'any',
    low: 350,
    high: 1700,
    dataYear: 2017,
    evidence: 'survey',
    sample: { count: 273, unit: 'clinics', place: 'across the US', priced: 65 },
  });
  const ad = row({
    id: 'ad',
    therapy: 'prp',
    scope: 'per-treatment',
    tier: 'any',
    low: 2000,
    dataYear: null,
    floor: true,
  });

  // The same row with its sample's words in Spanish (content/es/costs.yaml, laid over by `localizedCosts`).
  const encuesta = { ...survey, sample: { ...survey.sample!, unit: 'clínicas', place: 'en todo el país' } };

  it('words a survey with its sample, and an advertisement with no year, in both languages', () => {
    expect(evidenceWords(survey)).toBe('a 2017 survey of 273 clinics across the US (65 gave a price)');
    expect(evidenceWords(encuesta, COST_WORDS.es)).toBe(
      'una encuesta de 2017 a 273 clínicas en todo el país (65 dieron un precio)',
    );
    const estimated = { ...encuesta, sample: { ...encuesta.sample, priced: 27, pricedEstimated: true } };
    expect(evidenceWords(estimated, COST_WORDS.es)).toMatch(/\(unos 27 dieron un precio\)$/);
    expect(evidenceSentence(ad, COST_WORDS.es)).toBe(
      'Los precios que anuncia una clínica; no dice de qué año son los precios.',
    );
    expect(evidenceShort(survey, COST_WORDS.es)).toBe('encuesta de 2017');
    expect(evidenceShort(ad, COST_WORDS.es)).toBe('anuncio de una clínica');
    expect(priceWords(ad, COST_WORDS.es)).toBe('desde $2,000');
    expect(priceWords(survey, COST_WORDS.es)).toBe('$350–$1,700');
  });

  it("words every survey of the content in Spanish, its sample's words from content/es/costs.yaml", () => {
    const { catalog } = siteCatalog();
    const rows = localizedCosts(catalog.costs, 'es', catalog.es.costs);
    const surveys = rows.filter((r) => r.sample);
    expect(surveys.length).toBeGreaterThan(0);
    for (const r of surveys) {
      const english = catalog.costs.find((x) => x.id === r.id)!.sample!;
      const spanish = evidenceWords(r, COST_WORDS.es);
      expect(r.wordsLang, r.id).toBe('es');
      expect(spanish, r.id).toMatch(/^una encuesta/);
      expect(spanish, r.id).toContain(`${r.sample!.unit} ${r.sample!.place}`);
      // Neither English phrase of the sample ("orthopedic offices", "in Miami-Dade County, Florida") is left.
      for (const w of [english.unit, english.place]) expect(spanish, r.id).not.toContain(w);
    }
  });
});

describe('the first appeal step', () => {
  const plan: AppealPlan = siteCatalog().catalog.appeals.find((p) => p.planType === 'marketplace')!;

  it('gives its time limit in the words of the language', () => {
    const [en] = firstSteps(['marketplace'], [plan]);
    const [es] = firstSteps(['marketplace'], [plan], DEADLINE_WORDS.es);
    expect(en?.deadline).toMatch(/^180 days from /);
    expect(es?.deadline).toMatch(/^180 días a partir de /);
  });
});

describe('the cost estimate in Spanish', () => {
  const prp = row({
    id: 'prp',
    therapy: 'prp',
    scope: 'per-injection',
    tier: 'any',
    low: 500,
    high: 1500,
    dataYear: 2019,
    note: 'Phone survey.',
  });
  const series = { shots: 3, note: 'El PRP suele darse en una serie.' };
  // PRP as a series of 3 shots in one area, cash, at a lower-cost clinic (the table has only any-clinic prices).
  const input: EstimateInput = defaultInput(['prp'], [prp], { prp: series });

  it('words the lines and notes of the model', () => {
    const e = estimate(input, [prp], series, ESTIMATE_WORDS.es);
    expect(e.lines[0]?.label).toBe('Tratamiento: 1 zona × una serie de 3 inyecciones, $500–$1,500 por inyección');
    expect(e.lines[0]?.evidence).toBe('los precios que anuncia una clínica, de 2019');
    expect(e.notes).toEqual([
      'No tenemos un precio aparte para clínicas de menor costo, así que usamos el rango de todas las clínicas.',
      'El PRP suele darse en una serie. Contamos una serie de 3 inyecciones. Consulte con la clínica cuántas ' +
        'inyecciones va a necesitar, y cambie el número de sesiones para que coincida.',
    ]);
    const spine = estimate(
      { ...input, scope: 'single-level-spine', sessions: 2 },
      [{ ...prp, scope: 'single-level-spine', floor: true, high: undefined }],
      undefined,
      ESTIMATE_WORDS.es,
    );
    expect(spine.lines[0]?.label).toBe('Tratamiento: 2 sesiones, desde $500 por sesión (columna, un nivel)');
    expect(spine.notes).toContain(
      'El precio “Columna, un nivel” ya incluye las zonas tratadas. Por eso solo el número de sesiones cambia el total.',
    );
  });

  it('shows the estimate in Spanish, with the English note of a price row marked as English', () => {
    const e = estimate(input, [prp], series, ESTIMATE_WORDS.es);
    const html = estimateHtml(
      e,
      (id) => ({ id, label: id, href: `#source-${id}` }),
      '/es/guides/x/',
      ESTIMATE_WORDS.es,
    );
    expect(html).toContain('<p class="estimate-total">Usted podría pagar entre <strong data-you-pay="150000-450000">');
    expect(html).toContain('Una inyección cuesta <strong>$500–$1,500</strong>. Una serie de 3 inyecciones cuesta');
    expect(html).toContain('<span lang="en-US">Phone survey.</span>');
    expect(html).toContain('<th scope="row">Total antes del seguro</th>');
    expect(html).not.toMatch(/You may pay|Total before|How it adds up|Source: /);
    // The English view is the one the estimator's own page has always shown.
    const english = estimateHtml(estimate(input, [prp], series), (id) => ({ id, label: id, href: '#' }), '/');
    expect(english).toContain('You may pay between <strong');
    expect(english).toContain('Phone survey.</small>');
    expect(english).not.toContain('lang=');
  });

  it('words paying by HSA and financing in Spanish', () => {
    const hsa = estimate({ ...input, payment: { method: 'hsa', taxRatePct: 22 } }, [prp], series, ESTIMATE_WORDS.es);
    const view = toHtml(estimateView(hsa, (id) => ({ id, label: id, href: '#' }), '/es/guia/', ESTIMATE_WORDS.es));
    expect(view).toContain('con una tasa de impuestos de 22%, podría ahorrar <strong>');
    expect(view).toContain('impuesto adicional de 20%');
    expect(view).toContain('<a href="/es/guia/">Qué puede pagar el dinero de una HSA, FSA o HRA</a>.');
    const card = estimate(
      { ...input, payment: { method: 'financing', promoMonths: 12, aprPct: 26.9, termMonths: 24, loanAprPct: 9.5 } },
      [prp],
      series,
      ESTIMATE_WORDS.es,
    );
    const financing = toHtml(estimateView(card, (id) => ({ id, label: id, href: '#' }), '/', ESTIMATE_WORDS.es));
    expect(financing).toContain(
      '<strong>Financiamiento:</strong> para pagar todo el saldo dentro de la promoción de 12 meses',
    );
    expect(financing).toContain('Un préstamo personal al 9.5% pagado en 12 meses le costaría');
    expect(card.notes.at(-1)).toMatch(/^El interés diferido es un cálculo del máximo: 26\.9% al año/);
  });
});

describe('fillTree', () => {
  it('puts nodes where the marks are and leaves an unknown mark as typed', () => {
    expect(toHtml(fillTree('Pay {x} now{y}.', { x: h('strong', {}, '$5'), y: false }))).toBe(
      'Pay <strong>$5</strong> now.',
    );
    expect(fillTree('{a}{b}', { a: 'A' })).toEqual(['A', '{b}']);
  });
});

describe('the Spanish dictionary', () => {
  it('uses the fixed insurance words (content/es/terms.yaml) where the English does', () => {
    const t = ui('es');
    expect(t.whatToDo.letter).toContain('apelación');
    expect(t.prices.gfeLink).toBe('Estimado de buena fe');
    expect(t.planGroups['original-medicare']?.label).toBe('Medicare Original');
  });
});

describe('pages, names and uses in another language', () => {
  const english = [
    { slug: 'prp', title: 'Platelet-rich plasma (PRP) injections', shortTitle: 'PRP injections' },
    { slug: 'exosomes', title: 'Exosome injections and infusions', shortTitle: 'Exosomes' },
  ];
  const spanish = [{ slug: 'prp', title: 'Inyecciones de plasma rico en plaquetas', shortTitle: 'Inyecciones de PRP' }];

  it('names a translated page in its language, and an untranslated one in English, saying so', () => {
    const inSpanish = localPages(english, spanish, 'es');
    expect(inSpanish('prp')).toMatchObject({ name: 'Inyecciones de PRP', lang: 'es' });
    expect(inSpanish('exosomes')).toMatchObject({ name: 'Exosomes', lang: 'en' });
    expect(localPages(english, spanish, 'en')('prp')).toMatchObject({ name: 'PRP injections', lang: 'en' });
    expect(() => inSpanish('nothing')).toThrow(/"nothing"/);
  });

  it("gives a use the language of the words it comes from: the entry's own label, else the therapy's", () => {
    const therapy = {
      commonUse: 'dolor de articulaciones',
      otherUses: [{ label: 'heridas', indications: ['wounds'] }],
    };
    const langs = { therapy: 'es', entry: 'en' } as const;
    expect(entryUseIn(therapy, entry({}), langs)).toEqual({
      common: true,
      label: 'dolor de articulaciones',
      lang: 'es',
    });
    expect(entryUseIn(therapy, entry({ indication: 'knee', indicationLabel: 'knee pain' }), langs)).toMatchObject({
      label: 'knee pain',
      lang: 'en',
    });
    expect(entryUseIn(therapy, entry({ indication: 'wounds', indicationLabel: 'wounds' }), langs)).toMatchObject({
      label: 'heridas',
      lang: 'es',
    });
  });

  it('lists a coverage page in a language once its therapy and payer pages are, with the table and its lists', () => {
    const pairs = [
      { therapy: 'prp', payer: 'aetna' },
      { therapy: 'prp', payer: 'cigna' },
      { therapy: 'exosomes', payer: 'aetna' },
    ];
    const pages = { therapies: ['prp'], payers: ['aetna'], guides: [] };
    expect(translatedPairs(pairs, pages)).toEqual([{ therapy: 'prp', payer: 'aetna' }]);
    const paths = translatedPaths('es', { glossary: false, appeals: false, pages, coverage: pairs });
    expect(paths).toEqual(
      expect.arrayContaining([
        '/coverage/',
        '/coverage/by-treatment/',
        '/coverage/by-insurer/',
        '/coverage/prp/aetna/',
      ]),
    );
    expect(paths).not.toContain('/coverage/prp/cigna/');
    const none = translatedPaths('es', {
      glossary: false,
      appeals: false,
      pages: { ...pages, payers: [] },
      coverage: pairs,
    });
    expect(none.filter((p) => p.startsWith('/coverage/'))).toEqual([]);
    expect(translatedPaths('en', { glossary: true, appeals: true, pages, coverage: pairs })).toEqual([]);
  });
});
