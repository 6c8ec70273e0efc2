import { describe, expect, it } from 'vitest';
import { inLanguage, pageLanguage } from '../../src/lib/paths.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { facts } from '../../src/lib/i18n/facts.ts';
import {
  avoidedWords,
  checkAppealsTranslation,
  checkDenialCodesTranslation,
  checkStateHelpTranslation,
  checkGlossaryTranslation,
  checkCoverageTranslation,
  checkPageTranslation,
  coverageWords,
  factProblems,
  glossaryWords,
  staleness,
  therapyFields,
  type TherapyWords,
} from '../../src/lib/i18n/check.ts';
import { wordsVersion } from '../../src/lib/i18n/version.ts';
import {
  localizedAppealPlans,
  localizedCoverage,
  localizedDenialCodes,
  localizedStateHelp,
  localizedGlossary,
  localizedTherapy,
} from '../../src/lib/i18n/localize.ts';
import type { CoverageTranslation, TherapyTranslation } from '../../src/schemas/translation.ts';
import type { Coverage } from '../../src/schemas/coverage.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import type { GlossaryTerm } from '../../src/schemas/glossary.ts';

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

describe('dictionaries', () => {
  it('have the same keys in both languages', () => {
    const keys = (d: object, at = ''): string[] =>
      Object.entries(d).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${at}${k}.`) : [`${at}${k}`]));
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
