/**
 * Quality bars for the real content (issue: every therapy, payer and guide): coverage for every
 * therapy and payer, nothing unsourced, every glossary term and source used, reading grade, and no
 * sentence copied from the seed documents.
 */
import { medicareRateSources } from '../../src/lib/costs/medicare.ts';
import { stateHelpSources } from '../../src/lib/appeal/state-help.ts';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentOnce } from '../support/content.ts';
import type { Catalog } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { gradeAll, readabilityProblems, spanishReadingEase, spanishSyllables } from '../../scripts/lib/readability.ts';
import {
  FINGERPRINTS_FILE,
  copyProblems,
  fingerprintFile,
  ourTexts,
  parseFingerprints,
  readSeeds,
  seedDir,
} from '../../scripts/lib/copycheck.ts';
import { ROOT } from '../support/fixtures.ts';

const { catalog } = loadContentOnce(join(ROOT, 'content'), ROOT);
const pages = [...catalog.therapies, ...catalog.payers, ...catalog.guides];

/** Every source id content/medicare-contractors.yaml cites. */
const medicareSources = (m: Catalog['medicare']): string[] =>
  m
    ? [
        ...m.sources,
        ...m.contractors.flatMap((c) => [...c.sources, ...c.decisions.flatMap((d) => d.sources)]),
        ...m.states.flatMap((s) => s.partBAreas.flatMap((a) => a.sources)),
        ...m.national.flatMap((n) => n.sources),
        ...m.unplaced.flatMap((u) => u.sources),
      ]
    : [];

describe('the content set', () => {
  it('has the required therapies, payers and guides', () => {
    expect(catalog.therapies.map((t) => t.slug).sort()).toEqual(
      expect.arrayContaining([
        'prp',
        'amniotic-injections',
        'amniotic-membrane-grafts',
        'umbilical-cord-products',
        'bone-marrow-concentrate',
        'adipose-cells',
        'cultured-stem-cells',
        'hyaluronic-acid',
        'prolotherapy',
        'exosomes',
        'stem-cell-transplant',
        'bone-graft-products',
        'iv-nutrient-therapy',
      ]),
    );
    expect(catalog.payers.map((p) => p.slug)).toEqual(
      expect.arrayContaining([
        'medicare',
        'medicare-advantage',
        'medicaid',
        'bcbs',
        'aetna',
        'cigna',
        'unitedhealthcare',
        'anthem',
        'humana',
        'tricare',
        'self-funded-plans',
        'workers-comp',
      ]),
    );
    expect(catalog.guides.length).toBeGreaterThanOrEqual(11);
    expect(catalog.coverage.length).toBeGreaterThanOrEqual(70);
    expect(catalog.glossary.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every therapy and payer at least one coverage entry, an answer and sources', () => {
    for (const t of catalog.therapies) {
      expect(
        catalog.coverage.some((c) => c.therapy === t.slug),
        `${t.file} has no coverage entry`,
      ).toBe(true);
      expect(t.answer.length, t.file).toBeGreaterThan(20);
      expect(t.sources.length, t.file).toBeGreaterThan(0);
    }
    for (const p of catalog.payers) {
      expect(
        catalog.coverage.some((c) => c.payer === p.slug),
        `${p.file} has no coverage entry`,
      ).toBe(true);
      expect(p.sources.length, p.file).toBeGreaterThan(0);
    }
  });

  it('gives every coverage entry a source and a checked date, and every unknown entry says what to ask', () => {
    for (const c of catalog.coverage) {
      expect(c.sources.length, `${c.file} ${c.therapy}`).toBeGreaterThan(0);
      expect(c.checked, `${c.file} ${c.therapy}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (c.status === 'unknown')
        expect(c.note, `${c.file} ${c.therapy}: an unknown entry must say what to ask`).toMatch(/\bask\b/i);
    }
  });

  it('gives every page next steps', () => {
    for (const p of pages) expect(p.nextSteps.length, p.file).toBeGreaterThan(0);
  });

  it('links every glossary term from at least one page', () => {
    const linked = new Set(pages.flatMap((p) => [...p.body.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((m) => m[1])));
    const unused = catalog.glossary.map((g) => g.id).filter((id) => !linked.has(id));
    expect(unused, 'glossary terms no page links with <Term id>').toEqual([]);
  });

  it('uses every source somewhere', () => {
    const used = new Set<string>([
      ...catalog.flows.flatMap((f) => [
        ...f.sources,
        ...Object.values(f.nodes).flatMap((n) => (n.type === 'outcome' ? n.sources : [])),
      ]),
      ...pages.flatMap((p) => [
        ...p.sources,
        ...('policies' in p ? p.policies : []),
        ...('fdaStatus' in p
          ? [
              ...p.fdaStatus.sources,
              ...p.codes.flatMap((c) => c.sources),
              ...p.coveredExceptions.flatMap((c) => c.sources),
            ]
          : []),
      ]),
      ...catalog.coverage.flatMap((c) => [...c.sources, ...(c.policy ? [c.policy] : [])]),
      ...catalog.costs.flatMap((c) => c.sources),
      ...catalog.glossary.flatMap((g) => g.sources),
      ...catalog.appeals.flatMap((p) => [...p.sources, ...p.levels.flatMap((l) => l.sources)]),
      ...medicareSources(catalog.medicare),
      ...(catalog.stateHelp ? catalog.stateHelp.states.flatMap((s) => stateHelpSources(catalog.stateHelp!, s)) : []),
      ...medicareRateSources(catalog.medicareRates),
      ...catalog.changes.flatMap((c) => c.sources),
      ...(catalog.denialCodes
        ? [
            ...catalog.denialCodes.groups,
            ...catalog.denialCodes.carc,
            ...catalog.denialCodes.rarc,
            ...catalog.denialCodes.planSigns,
          ].flatMap((c) => c.sources)
        : []),
    ]);
    expect(
      catalog.sources.map((s) => s.id).filter((id) => !used.has(id)),
      'sources nothing cites',
    ).toEqual([]);
  });
});

describe('reading grade (Flesch-Kincaid, text-readability)', () => {
  it('reads at median grade 8 or lower for therapies and guides, no page or flow above 10', () => {
    const graded = gradeAll(catalog);
    expect(graded.filter((g) => g.kind === 'flow')).toHaveLength(catalog.flows.length);
    // The Medicare data's notes and "whom to ask" lines are read on /estimate/, so they are graded too.
    expect(graded.filter((g) => g.kind === 'data').map((g) => g.file)).toEqual(['medicare-rates.yaml']);
    expect(readabilityProblems(graded).map(formatProblem)).toEqual([]);
  });
  it('can fail: a page above 10 and a median above 8 are problems', () => {
    const hard = [
      { kind: 'therapy' as const, file: 'therapies/a.mdx', grade: 9 },
      { kind: 'guide' as const, file: 'guides/b.mdx', grade: 12.34 },
      { kind: 'flow' as const, file: 'flows/c.yaml', grade: 11 },
      { kind: 'payer' as const, file: 'payers/d.mdx', grade: 14 },
      { kind: 'data' as const, file: 'medicare-rates.yaml', grade: 10.5 },
    ];
    expect(readabilityProblems(hard).map(formatProblem)).toEqual([
      'guides/b.mdx: (page text) reads above grade 10: 12.3',
      'flows/c.yaml: nodes reads above grade 10: 11',
      'medicare-rates.yaml: (words) reads above grade 10: 10.5',
      'therapies/ and guides/: (page text) have a median reading grade above 8: 10.7',
    ]);
  });
});

describe('Spanish reading ease (Fernández-Huerta)', () => {
  it('counts Spanish syllables: diphthongs once, a hiatus twice, a silent u not at all', () => {
    const counts = ['día', 'ciudad', 'queso', 'guerra', 'aéreo', 'hoy', 'apelación', 'averiguáis'].map(
      spanishSyllables,
    );
    expect(counts).toEqual([2, 2, 2, 2, 4, 1, 4, 4]);
  });
  it('scores short plain sentences easier than long ones', () => {
    const plain = 'Su plan dijo que no. Usted puede apelar. Pida la carta por escrito.';
    const dense =
      'La determinación adversa de beneficios emitida por la administradora del plan puede ser impugnada ' +
      'mediante la presentación de una solicitud de revisión interna dentro del plazo reglamentario aplicable.';
    expect(spanishReadingEase(plain)).toBeGreaterThan(80);
    expect(spanishReadingEase(dense)).toBeLessThan(40);
  });
  // Every built Spanish page is held to the limits in test/site/reading-ease.test.ts.
});

describe('our own words', () => {
  const committed = readFileSync(FINGERPRINTS_FILE, 'utf8');
  const seedRuns = parseFingerprints(committed);

  it('has the committed fingerprints of the seed documents', () => {
    expect(seedRuns.size).toBeGreaterThan(10_000);
  });

  // The seeds sit beside the checkout (../shared/seeds) on developer machines and in CI, not in a bare clone.
  const seeds = seedDir(ROOT);
  it.skipIf(!existsSync(seeds))(`the fingerprint file matches the seed documents in ${seeds}`, () => {
    expect(committed === fingerprintFile(readSeeds(seeds)), 'stale: run `npm run fingerprints` and commit').toBe(true);
  });

  it('copies no run of 12 or more words from the seeds, on any page or in any data', () => {
    const texts = ourTexts(catalog);
    expect(texts.length).toBeGreaterThan(pages.length + catalog.coverage.length);
    // The Medicare data's words are checked too: every note and every "whom to ask" line.
    const rates = texts.find((t) => t.file === 'medicare-rates.yaml')?.text ?? '';
    for (const t of [
      ...catalog.medicareRates!.services.map((s) => s.note ?? ''),
      ...catalog.medicareRates!.noRate.map((n) => n.ask),
    ])
      expect(rates).toContain(t);
    expect(copyProblems(texts, seedRuns).map(formatProblem)).toEqual([]);
  });
});
