import { describe, expect, it } from 'vitest';
import { inLanguage, pageLanguage } from '../../src/lib/paths.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { translatedReview } from '../../src/lib/format/review.ts';
import { facts } from '../../src/lib/i18n/facts.ts';
import {
  avoidedWords,
  checkAppealsTranslation,
  checkChangesTranslation,
  checkCostsTranslation,
  checkDenialCodesTranslation,
  checkStateHelpTranslation,
  checkGlossaryTranslation,
  checkCoverageTranslation,
  checkFlowTranslation,
  checkMedicareRatesTranslation,
  checkMedicareTranslation,
  checkPageTranslation,
  coverageWords,
  flowWords,
  factProblems,
  glossaryWords,
  staleness,
  therapyFields,
  type TherapyWords,
} from '../../src/lib/i18n/check.ts';
import { wordsVersion } from '../../src/lib/i18n/version.ts';
import {
  localizedAppealPlans,
  localizedChanges,
  localizedCosts,
  localizedCoverage,
  localizedFlow,
  localizedDenialCodes,
  localizedStateHelp,
  localizedGlossary,
  localizedMedicareRates,
  localizedMedicare,
  localizedTherapy,
  translatedPaths,
} from '../../src/lib/i18n/localize.ts';
import type { CoverageTranslation, FlowTranslation, TherapyTranslation } from '../../src/schemas/translation.ts';
import { flowSchema, type Flow } from '../../src/schemas/flow.ts';
import { flowPages } from '../../src/lib/flow/pages.ts';
import type { Coverage } from '../../src/schemas/coverage.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import { changeId } from '../../src/lib/changes/record.ts';

describe('addresses in a language', () => {
  it('puts /es in front of the English path, and reads it back', () => {
    expect(inLanguage('/glossary/', 'es')).toBe('/es/glossary/');
    expect(inLanguage('/glossary/', 'en')).toBe('/glossary/');
    expect(pageLanguage('/es/glossary/')).toEqual({ lang: 'es', path: '/glossary/' });
    expect(pageLanguage('/es/')).toEqual({ lang: 'es', path: '/' });
    expect(pageLanguage('/estimate/')).toEqual({ lang: 'en', path: '/estimate/' });
  });
});

describe('dates in Spanish', () => {
  it('writes day, month and year as es-US readers expect', () => {
    expect(formatDate('2026-11-30', 'es')).toBe('30 de noviembre de 2026');
    expect(formatDate('2026-01', 'es')).toBe('enero de 2026');
    expect(formatDate('2026', 'es')).toBe('2026');
    expect(formatDate('2026-11-30')).toBe('November 30, 2026');
  });
});

describe('review dates of a translated page', () => {
  it('are as old as the older of the English review and the translation, and due when the first is', () => {
    const english = { lastReviewed: '2026-11-22', nextReview: '2027-05-22' };
    expect(translatedReview(english, undefined)).toEqual(english);
    // Words translated after the facts were checked do not make the facts fresher.
    expect(translatedReview(english, '2026-11-30')).toEqual(english);
    expect(translatedReview(english, '2026-01-15')).toEqual({ lastReviewed: '2026-01-15', nextReview: '2027-01-15' });
    expect(translatedReview({ lastReviewed: '2026-11-30', nextReview: '2027-11-30' }, '2026-11-30')).toEqual({
      lastReviewed: '2026-11-30',
      nextReview: '2027-11-30',
    });
  });
});

describe('dictionaries', () => {
  it('have the same keys in both languages', () => {
    // Words keyed by content (the kinds of plan by id) are checked against the content
    // (test/unit/coverage-words.test.ts): English has none of its own there.
    const byContent = new Set(['planGroups.']);
    const keys = (d: object, at = ''): string[] =>
      byContent.has(at)
        ? []
        : Object.entries(d).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${at}${k}.`) : [`${at}${k}`]));
    expect(keys(es)).toEqual(keys(en));
  });
});

describe('facts', () => {
  it('keeps digit-holding tokens and normalises how languages write them', () => {
    expect([
      ...facts('Pay $1,000 (20 %) by January 1, 2026: codes 0232T and J7325, policy 8.01.52, CMS-R-131.'),
    ]).toEqual(['$1000', '20%', '1', '2026', '0232T', 'J7325', '8.01.52', 'CMS-R-131']);
    expect([...facts('a 14-day window, the 3rd level')]).toEqual(['14', '3']);
    expect([...facts('una ventana de 14 días, el 3.er nivel')]).toEqual(['14', '3']);
  });
});

const english: GlossaryTerm[] = [
  {
    id: 'premium',
    term: 'Premium',
    definition: 'What you pay each month, such as $185 in 2026.',
    aliases: [],
    sources: [],
  },
];
const terms = [{ en: 'premium', es: 'prima', avoid: ['premio'] }];

describe('translation checks', () => {
  const version = wordsVersion(glossaryWords(english));
  const good = {
    translates: { file: 'content/glossary.yaml', version },
    reviewed: '2026-11-30',
    terms: [{ id: 'premium', term: 'Prima', definition: 'Lo que paga cada mes, como $185 en 2026.', aliases: [] }],
  };
  it('passes a faithful, current translation', () => {
    expect(checkGlossaryTranslation(good, 'content/es/glossary.yaml', english, terms)).toEqual({
      problems: [],
      warnings: [],
    });
  });
  it('names the avoided word, the changed fact, the missing term and the unknown one', () => {
    const bad = {
      ...good,
      terms: [
        { id: 'premium', term: 'Premio', definition: 'Lo que paga cada mes, como $158 en 2026.', aliases: [] },
        { id: 'no-such-term', term: 'Nada', definition: 'Un término que el inglés no tiene.', aliases: [] },
      ],
    };
    const { problems } = checkGlossaryTranslation(bad, 'content/es/glossary.yaml', english, terms);
    expect(problems.map((p) => `${p.field} ${p.message}: ${String(p.value)}`)).toEqual([
      'terms[0].definition lacks a fact of the English: $185',
      'terms[0].definition states a fact the English does not: $158',
      'terms[0].term uses another word for "premium": write "prima": premio',
      'terms[1].id is not a term of the English glossary: no-such-term',
    ]);
    const partial = { ...good, terms: [] };
    expect(checkGlossaryTranslation(partial, 'f', english, terms).problems.map((p) => p.message)).toEqual([
      'has no translation of this English term',
    ]);
  });
  it('lists a translation as stale once its English words change, not before', () => {
    expect(staleness('f', good.translates, version)).toEqual([]);
    const changed = wordsVersion(glossaryWords([{ ...english[0]!, definition: 'What you pay each month.' }]));
    expect(changed).not.toBe(version);
    expect(staleness('content/es/glossary.yaml', good.translates, changed)[0]).toContain(
      'npm run translations -- --stamp content/es/glossary.yaml',
    );
  });
  it('matches avoided words whole, without case or accents mattering for the rest', () => {
    expect(avoidedWords(terms, 'f', 'x', 'El PREMIO mensual')).toHaveLength(1);
    expect(avoidedWords(terms, 'f', 'x', 'premiosa premios')).toHaveLength(0);
  });
  it('lays the Spanish words over the English facts and sorts as Spanish sorts', () => {
    const two: GlossaryTerm[] = [
      ...english,
      { id: 'appeal', term: 'Appeal', definition: 'Asking again.', aliases: [], sources: ['src-a'] },
    ];
    const t = {
      ...good,
      terms: [...good.terms, { id: 'appeal', term: 'Apelación', definition: 'Pedir otra vez.', aliases: [] }],
    };
    expect(localizedGlossary(two, 'es', t).map((g) => [g.id, g.term, g.sources])).toEqual([
      ['appeal', 'Apelación', ['src-a']],
      ['premium', 'Prima', []],
    ]);
    expect(() => localizedGlossary(two, 'es', good)).toThrow('No es translation of glossary term "appeal"');
  });
});

describe('the appeal steps in Spanish (content/es/appeal-deadlines.yaml)', () => {
  const { catalog } = siteCatalog();
  const translation = catalog.es.appeals!;
  const copy = () => structuredClone(translation);
  const check = (t: typeof translation) =>
    checkAppealsTranslation(t, 'es.yaml', catalog.appeals, catalog.es.terms).problems.map(
      (p) => `${p.field}: ${String(p.value)} ${p.message}`,
    );
  it('translates every kind of plan and step of the real file, with the same facts', () => {
    expect(check(translation)).toEqual([]);
    expect(localizedAppealPlans(catalog.appeals, 'es', translation).map((p) => p.label)).not.toContain(
      catalog.appeals[0]!.label,
    );
  });
  it('names a changed number, a missing step, a missing field and an avoided word', () => {
    const t = copy();
    const first = t.plans[0]!;
    first.levels[0]!.decisionTime = first.levels[0]!.decisionTime!.replace('30', '31');
    first.levels.pop();
    delete t.plans[1]!.levels[0]!.note;
    t.plans[2]!.summary += ' Presente una reclamación.';
    const out = check(t).join('\n');
    expect(out).toMatch(/plans\[0\]\.levels\[0\]\.decisionTime: 30 lacks a fact of the English/);
    expect(out).toMatch(/plans\[0\]\.levels: \S+ has no translation of this step/);
    expect(out).toMatch(/plans\[1\]\.levels\[0\]\.note: undefined is missing: the English step has one/);
    expect(out).toMatch(/plans\[2\]\.summary: reclamación uses another word for "claim"/);
  });
  it('holds the letters’ legal wording to the English: its citations, and free copies only where given', () => {
    const t = copy();
    const at = (planType: string) => t.plans.findIndex((p) => p.planType === planType);
    const [market, medicare, medicaid] = [at('marketplace'), at('medicare'), at('medicaid')];
    t.plans[market]!.letter.ask = t.plans[market]!.letter.ask.replace('147.136', '147.163');
    t.plans[medicare]!.fileRequest.ask = 'Les pido que me envíen, sin costo, una copia del expediente de mi reclamo.';
    t.plans[medicaid]!.fileRequest.ask = t.plans[medicaid]!.fileRequest.ask.replace(', sin costo,', '');
    t.plans[medicaid]!.letter.next = 'Si mantienen la denegación, pediré una revisión de mi reclamación.';
    const out = check(t).join('\n');
    expect(out).toMatch(new RegExp(`plans\\[${market}\\]\\.letter\\.ask: 147\\.136 lacks a fact of the English`));
    expect(out).toMatch(
      new RegExp(`plans\\[${market}\\]\\.letter\\.ask: 147\\.163 states a fact the English does not`),
    );
    expect(out).toMatch(
      new RegExp(`plans\\[${medicare}\\]\\.fileRequest\\.ask: .* claims free copies that no sourced rule`),
    );
    expect(out).toMatch(new RegExp(`plans\\[${medicaid}\\]\\.fileRequest\\.ask: .* must say "sin costo"`));
    expect(out).toMatch(
      new RegExp(`plans\\[${medicaid}\\]\\.letter\\.next: reclamación uses another word for "claim"`),
    );
  });
  it('lays the letters’ Spanish wording over the English, keeping its sources and whether copies are free', () => {
    const plans = localizedAppealPlans(catalog.appeals, 'es', translation);
    for (const p of plans) {
      const en = catalog.appeals.find((x) => x.planType === p.planType)!;
      expect(p.letter.sources).toEqual(en.letter.sources);
      expect(p.fileRequest.free).toBe(en.fileRequest.free);
      expect(p.letter.ask).not.toBe(en.letter.ask);
      expect(p.fileRequest.note).not.toBe(en.fileRequest.note);
    }
  });
});

describe('the letter reader’s codes in Spanish (content/es/denial-codes.yaml)', () => {
  const { catalog } = siteCatalog();
  const translation = catalog.es.denialCodes!;
  const check = (t: typeof translation) =>
    checkDenialCodesTranslation(t, 'es.yaml', catalog.denialCodes!, catalog.es.terms).problems.map(
      (p) => `${p.field}: ${String(p.value)} ${p.message}`,
    );
  it('explains every code of the real file, code for code, with the same facts', () => {
    expect(check(translation)).toEqual([]);
    const codes = localizedDenialCodes(catalog.denialCodes!, 'es', translation);
    expect(codes.carc.find((c) => c.code === '50')?.meaning).toBe(
      'El plan dice que la atención no era médicamente necesaria.',
    );
    expect(codes.carc.find((c) => c.code === '46')?.stopped).toBe('2003-10-16'); // facts stay the English
    expect(codes.planSigns).toBe(catalog.denialCodes!.planSigns); // letters are read in English
  });
  it('names a missing code, a code the English lacks, a code twice, a changed code and an avoided word', () => {
    const t = structuredClone(translation);
    t.carc = t.carc.filter((c) => c.code !== '50');
    t.rarc.push({ code: 'N999', meaning: 'Un código que no existe.' }, { ...t.rarc[0]! });
    t.groups[0]!.meaning += ' Vea el código 45.';
    t.carc[0]!.meaning = 'Una reclamación negada.';
    const out = check(t).join('\n');
    expect(out).toMatch(/carc: 50 has no translation of this English code/);
    expect(out).toMatch(/rarc\[\d+\]\.code: N999 is not a code of the English rarc/);
    expect(out).toMatch(/rarc\[\d+\]\.code: N115 is translated twice/);
    expect(out).toMatch(/groups\[0\]\.meaning: 45 states a fact the English does not/);
    expect(out).toMatch(/carc\[0\]\.meaning: reclamación uses another word for "claim"/);
  });
});

describe('who can help, in Spanish (content/es/state-help.yaml)', () => {
  const { catalog } = siteCatalog();
  const translation = catalog.es.stateHelp!;
  const check = (t: typeof translation) =>
    checkStateHelpTranslation(t, 'es.yaml', catalog.stateHelp!, catalog.es.terms).problems.map(
      (p) => `${p.field}: ${String(p.value)} ${p.message}`,
    );
  it('translates every kind of office, plan note and text of ours, and keeps the offices’ own names', () => {
    expect(check(translation)).toEqual([]);
    const help = localizedStateHelp(catalog.stateHelp!, 'es', translation);
    const nc = help.states.find((s) => s.code === 'NC')!;
    expect(nc.name).toBe('Carolina del Norte');
    const en = catalog.stateHelp!.states.find((s) => s.code === 'NC')!;
    expect(nc.offices.map((o) => [o.name, 'phone' in o ? o.phone : undefined, o.sources])).toEqual(
      en.offices.map((o) => [o.name, 'phone' in o ? o.phone : undefined, o.sources]),
    );
    const texts = (h: typeof help) =>
      h.states.flatMap((s) => s.offices.flatMap((o) => ('lookWhere' in o && o.lookWhere ? [o.lookWhere] : [])));
    expect(texts(help).some((x) => /^We could not/.test(x))).toBe(false);
    expect(texts(help).length).toBe(texts(catalog.stateHelp!).length);
  });
  it('names a missing text, a changed phone number, an unknown kind and an unknown state', () => {
    const t = structuredClone(translation);
    t.texts[0]!.text = t.texts[0]!.text.replace('1-800-633-4227', '1-800-633-4228');
    t.texts.pop();
    t.kinds.push({ kind: 'lawyer', title: 'Abogado', helps: 'Un abogado de su estado.' });
    t.states.push({ code: 'ZZ', name: 'Ningún estado' });
    const out = check(t).join('\n');
    expect(out).toMatch(/texts: .* has no translation/);
    expect(out).toMatch(/texts\[0\]\.text: 1-800-633-4227 lacks a fact of the English/);
    expect(out).toMatch(/kinds\[\d+\]: lawyer is not in the English kinds/);
    expect(out).toMatch(/states\[\d+\]\.code: ZZ is not a state of the English file/);
  });
});

describe("Medicare's amounts in Spanish (content/es/medicare-rates.yaml)", () => {
  const { catalog } = siteCatalog();
  const rates = catalog.medicareRates!;
  const translation = catalog.es.medicareRates!;
  const check = (t: typeof translation) =>
    checkMedicareRatesTranslation(t, 'es.yaml', rates, catalog.es.terms).problems.map(
      (p) => `${p.field}: ${String(p.value)} ${p.message}`,
    );
  it('translates every service and missing rate of the real file, with the same facts, laid over the amounts', () => {
    expect(check(translation)).toEqual([]);
    const es = localizedMedicareRates(rates, 'es', translation);
    expect(es.services.map((s) => [s.id, s.amountCents, s.year, s.sources])).toEqual(
      rates.services.map((s) => [s.id, s.amountCents, s.year, s.sources]),
    );
    expect(es.services.map((s) => s.label)).toEqual(translation.services.map((s) => s.label));
    expect(es.noRate.map((n) => n.what)).toEqual(translation.noRate.map((n) => n.what));
    expect(localizedMedicareRates(rates, 'en', translation)).toBe(rates);
  });
  it('names a changed amount, a missing service, an extra note, a missing rate and an avoided word', () => {
    const t = structuredClone(translation);
    t.services[0]!.note = t.services[0]!.note!.replace('$33.4009', '$33.40');
    t.services.pop();
    delete t.services[1]!.note;
    t.noRate.pop();
    t.noRate[0]!.ask += ' Presente una reclamación.';
    const out = check(t).join('\n');
    expect(out).toMatch(/services\[0\]\.note: \$33\.4009 lacks a fact of the English/);
    expect(out).toMatch(/services: skin-substitute-per-cm2 has no translation of this service/);
    expect(out).toMatch(/services\[1\]\.note: undefined is missing: the English has one/);
    expect(out).toMatch(/noRate: 1 must have one item per English item \(2\)/);
    expect(out).toMatch(/noRate\[0\]\.ask: reclamación uses another word for "claim"/);
  });
});

describe('a translated page against its English page', () => {
  const { catalog } = siteCatalog();
  const english = catalog.guides.find((g) => g.slug === 'good-faith-estimate')!;
  const spanish = catalog.es.pages.guides.find((g) => g.slug === 'good-faith-estimate')!;
  const run = (t: typeof spanish, file = 'content/guides/good-faith-estimate.mdx') =>
    checkPageTranslation(
      t,
      t.file,
      { ...english, file },
      { english: [], translated: [] },
      catalog.es.terms,
    ).problems.map((p) => `${p.field}: ${String(p.value)} ${p.message}`);
  it('passes the real page, and names the English file wherever the content folder is', () => {
    expect(run(spanish)).toEqual([]);
    expect(run({ ...spanish, translates: { ...spanish.translates, file: 'content/guides/other.mdx' } })).toEqual([
      'translates.file: content/guides/other.mdx must name the English page with the same file name: content/guides/good-faith-estimate.mdx',
    ]);
  });
  it('names a changed amount, a lost next step and a next step that links elsewhere', () => {
    const answer = spanish.answer.replace('$400', '$500');
    const nextSteps = [{ ...spanish.nextSteps[0]!, href: '/guides/other/' }, ...spanish.nextSteps.slice(1)];
    const out = run({ ...spanish, answer, nextSteps }).join('\n');
    expect(out).toMatch(/answer: \$400 lacks a fact of the English/);
    expect(out).toMatch(/nextSteps\[0\]\.href: \/guides\/other\/ must link where the English next step does/);
    expect(run({ ...spanish, nextSteps: spanish.nextSteps.slice(1) }).join('\n')).toMatch(
      /nextSteps: \d+ has \d+ next steps/,
    );
  });
});

describe("a therapy page's own fields in Spanish", () => {
  const english: TherapyWords = {
    commonUse: 'joint, tendon or back pain',
    fdaStatus: { label: 'Device cleared', detail: 'Cleared in 2009 for bone grafts.', sources: ['a'] },
    codes: [{ code: '0232T', system: 'CPT', meaning: 'PRP injection', sources: ['a'] }],
    coveredExceptions: [{ text: 'Chronic diabetic wounds', conditions: ['At least 30 days of care'], sources: ['a'] }],
    askTheClinic: ['What is the total price?'],
    otherUses: [{ label: 'chronic wounds', indications: ['wounds'] }],
    series: { shots: 3, note: 'People got 3 shots.', sources: ['a'], medicare: [] },
  };
  const spanish: TherapyTranslation = {
    translates: { file: 'content/therapies/prp.mdx', version: 'pending' },
    reviewed: '2026-11-30',
    title: 'PRP',
    answer: 'Por lo general, no. La mayoría no paga.',
    synonyms: [],
    faq: [],
    nextSteps: [{ text: 'Vea' }],
    commonUse: 'dolor de articulaciones, tendones o espalda',
    fdaStatus: { label: 'Dispositivo autorizado', detail: 'Autorizado en 2009 para injertos óseos.' },
    codes: [{ code: '0232T', meaning: 'Inyección de PRP' }],
    coveredExceptions: [{ text: 'Heridas diabéticas crónicas', conditions: ['Al menos 30 días de cuidado'] }],
    askTheClinic: ['¿Cuál es el precio total?'],
    otherUses: [{ label: 'heridas crónicas' }],
    series: { note: 'Las personas recibieron 3 inyecciones.' },
  };
  const problems = (t: TherapyTranslation) => {
    const own = therapyFields(t, english, 'content/es/therapies/prp.mdx');
    return [...own.problems, ...own.texts.flatMap(([field, en, es]) => factProblems('f', field, en, es))].map(
      (p) => `${p.field}: ${String(p.value)} ${p.message}`,
    );
  };
  it('passes a faithful translation and lays its words over the English facts', () => {
    expect(problems(spanish)).toEqual([]);
    const page = localizedTherapy({ ...english, slug: 'prp' } as never, spanish) as unknown as TherapyWords;
    expect(page.codes[0]).toMatchObject({ code: '0232T', system: 'CPT', meaning: 'Inyección de PRP', sources: ['a'] });
    expect(page.otherUses[0]).toEqual({ label: 'heridas crónicas', indications: ['wounds'] });
    expect(page.series).toEqual({
      shots: 3,
      note: 'Las personas recibieron 3 inyecciones.',
      sources: ['a'],
      medicare: [],
    });
  });
  it('names a lost code, a changed code, a missing condition, a changed year and a missing series', () => {
    expect(problems({ ...spanish, codes: [] })).toContain('codes: 0 has 0 items; the English has 1');
    expect(problems({ ...spanish, codes: [{ code: '0481T', meaning: 'Inyección' }] })).toContain(
      'codes[0].code: 0481T must be the English code 0232T',
    );
    expect(problems({ ...spanish, coveredExceptions: [{ text: 'Heridas diabéticas', conditions: [] }] })).toContain(
      'coveredExceptions[0].conditions: 0 has 0 items; the English has 1',
    );
    expect(
      problems({ ...spanish, fdaStatus: { ...spanish.fdaStatus, detail: 'Autorizado en 2010 para injertos.' } }),
    ).toContain('fdaStatus.detail: 2009 lacks a fact of the English');
    const { series: _, ...noSeries } = spanish;
    expect(problems(noSeries)).toContain('series: undefined is missing: the English page has one');
  });
});

describe('coverage entries in Spanish (content/es/coverage/<payer>.yaml)', () => {
  const entry = (over: Partial<Coverage> = {}): Coverage => ({
    therapy: 'prp',
    payer: 'cigna',
    status: 'not-covered-investigational',
    answer: 'No. Cigna calls PRP unproven in policy MM 0507.',
    criteria: [],
    note: 'Cigna policy MM 0507 lists PRP as unproven since 2025.',
    sources: ['cigna-mm-0507'],
    checked: '2026-11-01',
    ...over,
  });
  const english = [
    entry(),
    entry({
      therapy: 'amniotic-membrane-grafts',
      indication: 'wounds',
      indicationLabel: 'chronic wounds',
      status: 'covered-with-criteria',
      answer: 'Yes, with conditions, for chronic wounds.',
      criteria: ['Wound open 4 weeks'],
      note: 'Cigna pays when its conditions are met.',
    }),
  ];
  const spanish: CoverageTranslation = {
    translates: { file: 'content/coverage/cigna.yaml', version: wordsVersion(coverageWords(english)) },
    reviewed: '2026-11-30',
    entries: [
      {
        therapy: 'prp',
        answer: 'No. Cigna dice que el PRP no está probado en la póliza MM 0507.',
        criteria: [],
        note: 'La póliza MM 0507 de Cigna dice que el PRP no está probado desde 2025.',
      },
      {
        therapy: 'amniotic-membrane-grafts',
        indication: 'wounds',
        indicationLabel: 'heridas crónicas',
        answer: 'Sí, con condiciones, para heridas crónicas.',
        criteria: ['Herida abierta por 4 semanas'],
        note: 'Cigna paga cuando se cumplen sus condiciones.',
      },
    ],
  };
  const run = (t: CoverageTranslation) =>
    checkCoverageTranslation(t, 'content/es/coverage/cigna.yaml', english, 'content/coverage/cigna.yaml', []);
  const lines = (t: CoverageTranslation) => run(t).problems.map((p) => `${p.field}: ${String(p.value)} ${p.message}`);
  it('passes a faithful, current translation and lays its words over the English facts', () => {
    expect(run(spanish)).toEqual({ problems: [], warnings: [] });
    const [prp, graft] = localizedCoverage(english, 'es', [{ ...spanish, payer: 'cigna' }]);
    expect(prp).toMatchObject({ status: 'not-covered-investigational', sources: ['cigna-mm-0507'], wordsLang: 'es' });
    expect(graft).toMatchObject({ indicationLabel: 'heridas crónicas', criteria: ['Herida abierta por 4 semanas'] });
    // A payer whose file is not translated keeps its English words, marked so.
    expect(localizedCoverage(english, 'es', [])[0]).toMatchObject({ answer: english[0]!.answer, wordsLang: 'en' });
  });
  it('names a changed policy number, an entry out of order, a lost criterion and a missing label', () => {
    const [prp, graft] = spanish.entries as [CoverageTranslation['entries'][0], CoverageTranslation['entries'][0]];
    expect(
      lines({ ...spanish, entries: [{ ...prp, answer: 'No. Cigna dice que no, póliza MM 0508.' }, graft] }),
    ).toEqual(expect.arrayContaining(['entries[0].answer: 0507 lacks a fact of the English']));
    expect(lines({ ...spanish, entries: [graft, prp] })).toContain(
      'entries[0]: amniotic-membrane-grafts/wounds must translate the English entry prp here',
    );
    expect(lines({ ...spanish, entries: [prp, { ...graft, criteria: [] }] })).toContain(
      'entries[1].criteria: 0 has 0 items; the English has 1',
    );
    const { indicationLabel: _, ...unlabelled } = graft;
    expect(lines({ ...spanish, entries: [prp, unlabelled] })).toContain(
      'entries[1].indicationLabel: undefined is missing: the English entry has one',
    );
    expect(lines({ ...spanish, entries: [prp] })).toContain('entries: 1 has 1 items; the English has 2');
  });
  it('lists the translation as stale once an English entry changes', () => {
    const changed = [entry({ note: 'Cigna policy MM 0507 lists PRP as unproven.' }), english[1]!];
    const out = checkCoverageTranslation(spanish, 'x.yaml', changed, 'content/coverage/cigna.yaml', []);
    expect(out.warnings.join('\n')).toMatch(/x\.yaml: translates content\/coverage\/cigna\.yaml as of version/);
  });
});

describe('decision flows in Spanish (content/es/flows/<id>.yaml)', () => {
  const english: Flow = flowSchema.parse({
    title: 'Can I use my HSA?',
    description: 'Two questions about how you pay lead to what to check first.',
    start: 'pay',
    lastReviewed: '2026-11-30',
    sources: ['irs-pub-969'],
    nodes: {
      pay: {
        type: 'question',
        text: 'How will you pay?',
        short: 'Paying with',
        hint: 'Pick the one you are most likely to use.',
        options: [
          { value: 'hsa', label: 'My HSA', hint: 'A health savings account.', next: 'may-count' },
          { value: 'card', label: 'A medical credit card', next: 'terms' },
          { value: 'not-sure', label: 'I have not decided', next: 'terms', exit: true },
        ],
      },
      'may-count': {
        type: 'outcome',
        title: 'It may count',
        answer: 'HSA money may pay for it if it treats a diagnosis. Ask first.',
        body: ['You may owe an extra 20% tax if you are under 65.'],
        nextSteps: [
          { text: 'Read IRS Publication 969', href: 'https://www.irs.gov/publications/p969' },
          { text: 'Ask' },
        ],
        sources: ['irs-pub-969'],
      },
      terms: {
        type: 'outcome',
        title: 'Check the terms',
        answer: 'Find out the rate and the total before you sign the offer.',
        sources: ['cfpb-carecredit-2013'],
      },
    },
  });
  const spanish: FlowTranslation = {
    translates: { file: 'content/flows/hsa.yaml', version: wordsVersion(flowWords(english)) },
    reviewed: '2026-11-30',
    title: '¿Puedo usar mi HSA?',
    description: 'Dos preguntas sobre cómo pagará le dicen qué revisar primero.',
    nodes: {
      pay: {
        text: '¿Cómo pagará?',
        short: 'Forma de pago',
        hint: 'Elija la que es más probable que use.',
        options: {
          hsa: { label: 'Mi HSA', hint: 'Una cuenta de ahorros para la salud.' },
          card: { label: 'Una tarjeta de crédito médica' },
          'not-sure': { label: 'Todavía no lo decidí' },
        },
      },
      'may-count': {
        title: 'Puede contar',
        answer: 'El dinero de la HSA puede pagarlo si trata un diagnóstico. Pregunte antes.',
        body: ['Puede deber un impuesto adicional del 20% si tiene menos de 65 años.'],
        nextSteps: [
          { text: 'Lea la Publicación 969 del IRS', href: 'https://www.irs.gov/publications/p969' },
          { text: 'Pregunte' },
        ],
      },
      terms: {
        title: 'Revise las condiciones',
        answer: 'Averigüe la tasa y el total antes de firmar la oferta.',
      },
    },
  };
  const terms = [{ en: 'claim', es: 'reclamo', avoid: ['reclamación'] }];
  const lines = (t: FlowTranslation, flow: Flow = english) =>
    checkFlowTranslation(t, 'content/es/flows/hsa.yaml', flow, 'content/flows/hsa.yaml', terms).problems.map(
      (p) => `${p.field}: ${String(p.value)} ${p.message}`,
    );
  /** A copy of the translation with one node's words changed. */
  const withNode = (id: string, words: FlowTranslation['nodes'][string] | undefined): FlowTranslation => {
    const nodes = { ...spanish.nodes };
    if (words) nodes[id] = words;
    else delete nodes[id];
    return { ...spanish, nodes };
  };
  const pay = spanish.nodes['pay']!;
  const mayCount = spanish.nodes['may-count']!;

  it('passes a faithful, current translation', () => {
    expect(checkFlowTranslation(spanish, 'x.yaml', english, 'content/flows/hsa.yaml', terms)).toEqual({
      problems: [],
      warnings: [],
    });
  });

  it('names a missing node, a node the English lacks, a missing option and an option the English lacks', () => {
    expect(lines(withNode('terms', undefined))).toEqual(['nodes: terms has no translation of this English node']);
    expect(lines(withNode('term', spanish.nodes['terms']))).toEqual([
      'nodes.term: term is not a node of the English flow',
    ]);
    const { card: _, ...options } = pay.options!;
    expect(lines(withNode('pay', { ...pay, options: { ...options, debit: { label: 'Débito' } } }))).toEqual([
      'nodes.pay.options: card has no translation of this English option',
      'nodes.pay.options.debit: debit is not an option of the English question',
    ]);
  });

  it('requires each field exactly where the English node has it, and no field of the other kind of node', () => {
    const { hint: _, ...noHint } = pay;
    expect(lines(withNode('pay', noHint))).toEqual([
      'nodes.pay.hint: undefined is missing: the English question has one',
    ]);
    expect(lines(withNode('pay', { ...pay, title: 'Pago' }))).toEqual([
      'nodes.pay.title: Pago is extra: the English node is a question',
    ]);
    const options = { ...pay.options!, card: { label: 'Una tarjeta', hint: 'Con interés.' } };
    expect(lines(withNode('pay', { ...pay, options }))).toEqual([
      'nodes.pay.options.card.hint: Con interés. is extra: the English option has none',
    ]);
    const { answer: __, ...noAnswer } = mayCount;
    expect(lines(withNode('may-count', { ...noAnswer, short: 'Cuenta' }))).toEqual([
      'nodes.may-count.short: Cuenta is extra: the English node is an outcome',
      'nodes.may-count.answer: undefined is missing: the English outcome has one',
    ]);
    expect(lines(withNode('terms', { ...spanish.nodes['terms']!, body: ['Un párrafo de más.'] }))).toEqual([
      'nodes.terms.body: 1 has 1 items; the English has 0',
    ]);
  });

  it('keeps the next steps one for one, each linking exactly where the English one does', () => {
    const [irs, ask] = mayCount.nextSteps!;
    expect(lines(withNode('may-count', { ...mayCount, nextSteps: [irs!] }))).toEqual([
      'nodes.may-count.nextSteps: 1 has 1 items; the English has 2',
    ]);
    const spanishIrs = { ...irs!, href: 'https://www.irs.gov/es/publications/p969' };
    expect(
      lines(withNode('may-count', { ...mayCount, nextSteps: [spanishIrs, { ...ask!, href: '/guides/x/' }] })),
    ).toEqual([
      'nodes.may-count.nextSteps[0].href: https://www.irs.gov/es/publications/p969 must link exactly where the English ' +
        'next step does: https://www.irs.gov/publications/p969',
      'nodes.may-count.nextSteps[1].href: /guides/x/ must link exactly where the English next step does: (no link)',
    ]);
  });

  it('names a changed fact and an avoided word, wherever they are', () => {
    const body = ['Puede deber un impuesto adicional del 10% si tiene menos de 65 años.'];
    expect(lines(withNode('may-count', { ...mayCount, body }))).toEqual([
      'nodes.may-count.body[0]: 20% lacks a fact of the English',
      'nodes.may-count.body[0]: 10% states a fact the English does not',
    ]);
    const options = { ...pay.options!, card: { label: 'Una tarjeta para la reclamación' } };
    expect(lines(withNode('pay', { ...pay, options }))).toEqual([
      'nodes.pay.options.card.label: reclamación uses another word for "claim": write "reclamo"',
    ]);
    expect(lines({ ...spanish, translates: { ...spanish.translates, file: 'content/flows/other.yaml' } })).toEqual([
      'translates.file: content/flows/other.yaml must name the English flow with the same file name: ' +
        'content/flows/hsa.yaml',
    ]);
  });

  it('lists the translation as stale once an English word changes, and not for a routing change', () => {
    const reworded = structuredClone(english);
    (reworded.nodes['terms'] as { answer: string }).answer = 'Find out the rate and the total before you sign.';
    const stale = checkFlowTranslation(spanish, 'x.yaml', reworded, 'content/flows/hsa.yaml', terms).warnings;
    expect(stale.join('\n')).toMatch(
      /^x\.yaml: translates content\/flows\/hsa\.yaml as of version \w{12}; the English is now/,
    );
    const rerouted = structuredClone(english);
    (rerouted.nodes['pay'] as { options: { next: string }[] }).options[1]!.next = 'may-count';
    expect(checkFlowTranslation(spanish, 'x.yaml', rerouted, 'content/flows/hsa.yaml', terms).warnings).toEqual([]);
  });

  it('lays the words over the English flow, keeping its ids, values, routes and sources', () => {
    const flow = localizedFlow(english, spanish);
    expect(flow.title).toBe('¿Puedo usar mi HSA?');
    expect(flow.nodes['pay']).toEqual({
      type: 'question',
      text: '¿Cómo pagará?',
      short: 'Forma de pago',
      hint: 'Elija la que es más probable que use.',
      options: [
        { value: 'hsa', label: 'Mi HSA', hint: 'Una cuenta de ahorros para la salud.', next: 'may-count', exit: false },
        { value: 'card', label: 'Una tarjeta de crédito médica', next: 'terms', exit: false },
        { value: 'not-sure', label: 'Todavía no lo decidí', next: 'terms', exit: true },
      ],
    });
    expect(flow.nodes['may-count']).toMatchObject({
      title: 'Puede contar',
      sources: ['irs-pub-969'],
      nextSteps: [
        { text: 'Lea la Publicación 969 del IRS', href: 'https://www.irs.gov/publications/p969' },
        { text: 'Pregunte' },
      ],
    });
    // The same pages at the same addresses, so each Spanish page has its English twin.
    expect(flowPages('hsa', flow).map((p) => [p.path, p.indexable])).toEqual(
      flowPages('hsa', english).map((p) => [p.path, p.indexable]),
    );
    expect(() => localizedFlow(english, withNode('terms', undefined))).toThrow('No translation of flow node "terms"');
  });

  it("puts every page of a translated flow, and the list of checks, among the language's pages", () => {
    const paths = translatedPaths('es', {
      glossary: false,
      appeals: false,
      pages: { therapies: [], payers: [], guides: [] },
      flows: [{ ...localizedFlow(english, spanish), id: 'hsa' }],
    });
    expect(paths).toEqual(
      expect.arrayContaining([
        '/check/',
        '/check/hsa/',
        '/check/hsa/pay/hsa/',
        '/check/hsa/pay/not-sure/',
        '/check/hsa/map/',
      ]),
    );
    const none = translatedPaths('es', {
      glossary: false,
      appeals: false,
      pages: { therapies: [], payers: [], guides: [] },
      flows: [],
    });
    expect(none.filter((p) => p.startsWith('/check/'))).toEqual([]);
  });
});

describe("Original Medicare's local rules in Spanish (content/es/medicare-contractors.yaml)", () => {
  const { catalog } = siteCatalog();
  const english = catalog.medicare!;
  const translation = catalog.es.medicare!;
  const copy = () => structuredClone(translation);
  const check = (t: typeof translation, en = english) =>
    checkMedicareTranslation(t, 'es.yaml', en, 'content/medicare-contractors.yaml', catalog.es.terms);
  const lines = (t: typeof translation) => check(t).problems.map((p) => `${p.field}: ${String(p.value)} ${p.message}`);
  const at = (t: typeof translation, id: string) => t.contractors.findIndex((c) => c.id === id);

  it('translates every contractor, rule, national rule, unplaced rule and place of the real file, current', () => {
    expect(check(translation)).toEqual({ problems: [], warnings: [] });
    expect(translation.states).toHaveLength(english.states.length);
  });

  it('names a changed rule number, a rule out of order, a lost or extra note, a lost place and an avoided word', () => {
    const t = copy();
    const jf = at(t, 'noridian-jf');
    const amniotic = t.contractors[jf]!.decisions[1]!;
    expect(amniotic.therapy).toBe('amniotic-injections');
    amniotic.note = amniotic.note!.replace('L39118', 'L39119');
    const je = t.contractors[at(t, 'noridian-je')]!;
    delete je.decisions[0]!.note;
    je.decisions[1]!.note = 'Una nota que el inglés no tiene.';
    const cgs = t.contractors[at(t, 'cgs-j15')]!;
    cgs.decisions = [cgs.decisions[1]!, cgs.decisions[0]!, ...cgs.decisions.slice(2)];
    t.national[0]!.says += ' Presente una reclamación.';
    t.states = t.states.slice(1);
    expect(lines(t)).toEqual([
      `contractors[${at(t, 'noridian-je')}].decisions[0].note: undefined is missing: the English item has one`,
      `contractors[${at(t, 'noridian-je')}].decisions[1].note: Una nota que el inglés no tiene. ` +
        'is extra: the English item has none',
      `contractors[${at(t, 'cgs-j15')}].decisions[0]: amniotic-injections ` +
        'must translate the English item prp/joints-and-tendons here',
      `contractors[${at(t, 'cgs-j15')}].decisions[1]: prp/joints-and-tendons ` +
        'must translate the English item amniotic-injections here',
      `states: ${english.states.length - 1} has ${english.states.length - 1} items; ` +
        `the English has ${english.states.length}`,
      `contractors[${jf}].decisions[1].note: L39118 lacks a fact of the English`,
      `contractors[${jf}].decisions[1].note: L39119 states a fact the English does not`,
      'national[0].says: reclamación uses another word for "claim": write "reclamo"',
    ]);
  });

  it('names a place out of order and a file that translates another', () => {
    const t = copy();
    t.states = [t.states[1]!, t.states[0]!, ...t.states.slice(2)];
    t.translates = { ...t.translates, file: 'content/medicare-rates.yaml' };
    expect(lines(t)).toEqual([
      'translates.file: content/medicare-rates.yaml must name the English file: content/medicare-contractors.yaml',
      'states[0].code: AK must translate the English item AL here',
      'states[1].code: AL must translate the English item AK here',
    ]);
  });

  it('lists the translation as stale once an English text changes, and not for a fact it does not carry', () => {
    const said = structuredClone(english);
    said.national[0]!.says = 'PRP from your own blood is covered for diabetic wounds.';
    expect(check(translation, said).warnings.join('\n')).toMatch(
      /es\.yaml: translates content\/medicare-contractors\.yaml as of version \w+; the English is now \w+/,
    );
    const dated = structuredClone(english);
    dated.lastReviewed = '2026-12-01';
    dated.contractors[0]!.decisions[0]!.effective = '2022-01-24';
    expect(check(translation, dated).warnings).toEqual([]);
  });

  it('lays the Spanish words over the English facts', () => {
    const es = localizedMedicare(english, translation);
    const jh = es.contractors.find((c) => c.id === 'novitas-jh')!;
    const enJh = english.contractors.find((c) => c.id === 'novitas-jh')!;
    const prp = jh.decisions[0]!;
    expect(prp).toMatchObject({
      therapy: 'prp',
      lcd: 'L39068',
      status: 'active',
      coverage: 'not-covered-investigational',
    });
    expect(prp.sources).toEqual(enJh.decisions[0]!.sources);
    expect(prp.says).toMatch(/^El PRP solo está cubierto/);
    expect(jh.name).toBe('Novitas Solutions');
    expect(jh.note).toMatch(/^La lista de estados/);
    const place = (code: string) => es.states.find((s) => s.code === code)!;
    expect(place('NY')).toMatchObject({ name: 'Nueva York', contractor: 'ngs-jk' });
    expect(place('NC').name).toBe('Carolina del Norte');
    expect(place('PR').name).toBe('Puerto Rico');
    expect(place('DC').inSentence).toBe('el Distrito de Columbia');
    expect(place('TX').inSentence).toBeUndefined();
    expect(place('VA').partBAreas).toEqual([
      expect.objectContaining({
        contractor: 'novitas-jl',
        short: 'Arlington, Fairfax y Alexandria',
        sources: english.states.find((s) => s.code === 'VA')!.partBAreas[0]!.sources,
      }),
    ]);
    expect(es.unplaced.find((u) => u.lcd === 'L39756')).toMatchObject({ status: 'withdrawn', effective: '2026-01-01' });
    expect(es.national.map((n) => n.ncd)).toEqual(english.national.map((n) => n.ncd));
  });

  it('adds the list of states and every state page to the Spanish pages once the words are translated', () => {
    const pages = { therapies: [], payers: [], guides: [] };
    const none = translatedPaths('es', { glossary: false, appeals: false, pages });
    expect(none.filter((p) => p.includes('by-state'))).toEqual([]);
    const some = translatedPaths('es', { glossary: false, appeals: false, pages, medicareStates: ['TX', 'PR'] });
    expect(some.filter((p) => p.includes('by-state'))).toEqual([
      '/payers/medicare/by-state/',
      '/payers/medicare/by-state/tx/',
      '/payers/medicare/by-state/pr/',
    ]);
    expect(translatedPaths('en', { glossary: true, appeals: true, pages, medicareStates: ['TX'] })).toEqual([]);
  });
});

describe('the home page and the change record among the Spanish pages', () => {
  const pages = { therapies: [], payers: [], guides: [] };
  it('lists the home page always (its words are in the dictionaries), "What changed" once translated', () => {
    const without = translatedPaths('es', { glossary: false, appeals: false, pages });
    expect(without).toContain('/');
    expect(without).not.toContain('/changes/');
    expect(translatedPaths('es', { glossary: false, appeals: false, pages, changes: true })).toEqual(
      expect.arrayContaining(['/', '/changes/']),
    );
    expect(translatedPaths('en', { glossary: true, appeals: true, pages, changes: true })).toEqual([]);
  });
});

describe('the change record in Spanish (content/es/changes.yaml)', () => {
  const { catalog } = siteCatalog();
  const translation = catalog.es.changes!;
  const run = (t: typeof translation, changes = catalog.changes) =>
    checkChangesTranslation(t, 'es.yaml', changes, catalog.es.terms);
  const check = (t: typeof translation) => run(t).problems.map((p) => `${p.field}: ${String(p.value)} ${p.message}`);

  it('translates every change of the real record, current, with the same facts, laid over the English', () => {
    expect(check(translation)).toEqual([]);
    expect(run(translation).warnings).toEqual([]);
    const es = localizedChanges(catalog.changes, 'es', translation);
    const facts = (c: (typeof catalog.changes)[number]) => [changeId(c), c.kind, c.date, c.recorded, c.sources];
    expect(es.map(facts)).toEqual(catalog.changes.map(facts));
    expect(es.map((c) => c.wordsLang)).toEqual(catalog.changes.map(() => 'es'));
    expect(es.map((c) => c.why)).toEqual(
      catalog.changes.map((c) => translation.changes.find((t) => t.id === changeId(c))!.why),
    );
    expect(localizedChanges(catalog.changes, 'en', translation)).toEqual(
      catalog.changes.map((c) => ({ ...c, wordsLang: 'en' })),
    );
  });

  it('names a changed policy number, a lost change, one translated twice, an unknown one and an avoided word', () => {
    const t = structuredClone(translation);
    t.changes[0]!.why = t.changes[0]!.why.replace('TRANS.00035', 'TRANS.00036');
    const lost = t.changes.pop()!;
    t.changes.push({ ...t.changes[1]! }, { id: '2099-01-01-anthem-prp', why: 'Un cambio que el registro no tiene.' });
    t.changes[2]!.why += ' Presente una reclamación.';
    const out = check(t).join('\n');
    expect(out).toMatch(/^changes\[0\]\.why: TRANS\.00035 lacks a fact of the English$/m);
    expect(out).toMatch(/^changes\[0\]\.why: TRANS\.00036 states a fact the English does not$/m);
    expect(out).toContain(`changes: ${lost.id} has no translation of this change`);
    expect(out).toMatch(/^changes\[\d+\]\.id: \S+ is translated twice$/m);
    expect(out).toMatch(/^changes\[\d+\]\.id: 2099-01-01-anthem-prp is not a change in the English$/m);
    expect(out).toMatch(/^changes\[2\]\.why: reclamación uses another word for "claim": write "reclamo"$/m);
    expect(check({ ...translation, translates: { ...translation.translates, file: 'content/costs.yaml' } })).toEqual([
      'translates.file: content/costs.yaml must name the English file: content/changes.yaml',
    ]);
  });

  it('keeps an untranslated reason in English, marked, and goes stale when a reason changes, not a status', () => {
    const part = { ...translation, changes: translation.changes.slice(1) };
    const [first] = localizedChanges(catalog.changes, 'es', part);
    expect(first).toMatchObject({ why: catalog.changes[0]!.why, wordsLang: 'en' });
    const reworded = catalog.changes.map((c, i) => (i === 0 ? { ...c, why: `${c.why} More.` } : c));
    expect(run(translation, reworded).warnings).toHaveLength(1);
    const resourced = catalog.changes.map((c, i) => (i === 0 ? { ...c, sources: [] } : c));
    expect(run(translation, resourced).warnings).toEqual([]);
  });
});

describe('the price rows in Spanish (content/es/costs.yaml)', () => {
  const { catalog } = siteCatalog();
  const translation = catalog.es.costs!;
  const run = (t: typeof translation, rows = catalog.costs) =>
    checkCostsTranslation(t, 'es.yaml', rows, catalog.es.terms);
  const check = (t: typeof translation) => run(t).problems.map((p) => `${p.field}: ${String(p.value)} ${p.message}`);
  const surveyAt = catalog.costs.findIndex((r) => r.sample);
  const plainAt = catalog.costs.findIndex((r) => !r.sample && r.note);

  it('translates every row of the real file, current, with the same facts, laid over the prices', () => {
    expect(check(translation)).toEqual([]);
    expect(run(translation).warnings).toEqual([]);
    const es = localizedCosts(catalog.costs, 'es', translation);
    const facts = (r: (typeof catalog.costs)[number]) => [
      r.id,
      r.therapy,
      r.scope,
      r.tier,
      r.evidence,
      r.low,
      r.high,
      r.typical,
      r.dataYear,
      r.sources,
      r.sample?.count,
      r.sample?.priced,
    ];
    expect(es.map(facts)).toEqual(catalog.costs.map(facts));
    expect(es.map((r) => r.note)).toEqual(catalog.costs.map((r) => translation.rows.find((t) => t.id === r.id)!.note));
    expect(es[surveyAt]!.sample).toMatchObject(translation.rows.find((t) => t.id === es[surveyAt]!.id)!.sample!);
    expect(es.every((r) => r.wordsLang === 'es')).toBe(true);
    expect(localizedCosts(catalog.costs, 'en', translation)).toEqual(
      catalog.costs.map((r) => ({ ...r, wordsLang: 'en' })),
    );
  });

  it('names a changed percentage, a lost row, a lost note, a lost sample, an unknown row and an avoided word', () => {
    const t = structuredClone(translation);
    const at = (i: number) => t.rows.find((r) => r.id === catalog.costs[i]!.id)!;
    at(0).note = at(0).note!.replace('36%', '37%');
    delete at(surveyAt).sample;
    delete at(plainAt).note;
    const lost = t.rows.pop()!;
    t.rows.push({ id: 'prp-per-injection-2099', note: 'Una fila que el inglés no tiene.' });
    at(2).note += ' Su franquicia no cuenta.';
    const out = check(t).join('\n');
    expect(out).toMatch(/^rows\[0\]\.note: 36% lacks a fact of the English$/m);
    expect(out).toMatch(/^rows\[0\]\.note: 37% states a fact the English does not$/m);
    expect(out).toMatch(/^rows\[\d+\]\.sample\.unit: undefined is missing: the English row has one$/m);
    expect(out).toMatch(/^rows\[\d+\]\.note: undefined is missing: the English row has one$/m);
    expect(out).toContain(`rows: ${lost.id} has no translation of this price row`);
    expect(out).toMatch(/^rows\[\d+\]\.id: prp-per-injection-2099 is not a price row in the English$/m);
    expect(out).toMatch(/^rows\[2\]\.note: franquicia uses another word for "deductible": write "deducible"$/m);
  });

  it('keeps an untranslated row in English, marked, and goes stale when a note changes, not a price', () => {
    const part = { ...translation, rows: translation.rows.filter((r) => r.id !== catalog.costs[0]!.id) };
    const [first] = localizedCosts(catalog.costs, 'es', part);
    expect(first).toMatchObject({ note: catalog.costs[0]!.note, wordsLang: 'en' });
    const reworded = catalog.costs.map((r, i) => (i === 0 ? { ...r, note: `${r.note} More.` } : r));
    expect(run(translation, reworded).warnings).toHaveLength(1);
    const repriced = catalog.costs.map((r, i) => (i === 0 ? { ...r, low: r.low + 1 } : r));
    expect(run(translation, repriced).warnings).toEqual([]);
  });
});
