import { describe, expect, it } from 'vitest';
import { inLanguage, pageLanguage } from '../../src/lib/paths.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { facts } from '../../src/lib/i18n/facts.ts';
import {
  avoidedWords,
  checkAppealsTranslation,
  checkGlossaryTranslation,
  checkPageTranslation,
  glossaryWords,
  staleness,
} from '../../src/lib/i18n/check.ts';
import { wordsVersion } from '../../src/lib/i18n/version.ts';
import { localizedAppealPlans, localizedGlossary } from '../../src/lib/i18n/localize.ts';
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
    // Words keyed by content (the kinds of plan by id, a survey's English words) are checked against the content
    // (test/unit/coverage-words.test.ts): English has none of its own there.
    const byContent = new Set(['planGroups.', 'costWords.sampleWords.']);
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
