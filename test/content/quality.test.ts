/**
 * Quality bars for the real content (issue: every therapy, payer and guide): coverage for every
 * therapy and payer, nothing unsourced, every glossary term and source used, reading grade, and no
 * sentence copied from the seed documents.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { pageProse } from '../../src/lib/content/prose.ts';
import { GRADE_MAX, GRADE_TARGET_MEDIAN, median, readingGrade } from '../../src/lib/content/readability.ts';
import { copiedRuns, shingles } from '../../src/lib/content/copycheck.ts';
import { ROOT } from '../support/fixtures.ts';
import type { Catalog } from '../../src/lib/content/check.ts';

const { catalog } = loadContent(join(ROOT, 'content'), ROOT);
const pages = [...catalog.therapies, ...catalog.payers, ...catalog.guides];

/**
 * Every sentence a flow shows: questions, hints, outcome titles, answers and body text. (Answer labels
 * are checked for copying but not graded: a label such as "Amniotic membrane graft" is a name, not a
 * sentence, and the grade formula scores names as hard reading.)
 */
const flowProse = (f: Catalog['flows'][number], labels = true): string =>
  Object.values(f.nodes)
    .flatMap((n) =>
      n.type === 'question'
        ? [n.text, n.hint ?? '', ...n.options.map((o) => `${labels ? `${o.label}. ` : ''}${o.hint ?? ''}`)]
        : [`${n.title}.`, n.answer ?? '', ...n.body],
    )
    .join(' ');

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

/** The words readers see from content/medicare-contractors.yaml. */
const medicareProse = (m: Catalog['medicare']): string =>
  m
    ? [
        ...m.contractors.flatMap((c) => [c.note ?? '', ...c.decisions.flatMap((d) => [d.says, d.note ?? ''])]),
        ...m.national.map((n) => n.says),
        ...m.unplaced.map((u) => u.note),
      ].join(' ')
    : '';

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
      ...catalog.changes.flatMap((c) => c.sources),
    ]);
    expect(
      catalog.sources.map((s) => s.id).filter((id) => !used.has(id)),
      'sources nothing cites',
    ).toEqual([]);
  });
});

describe('reading grade (Flesch-Kincaid, text-readability)', () => {
  const graded = [...catalog.therapies, ...catalog.guides].map((p) => ({
    file: p.file,
    grade: readingGrade(pageProse(p)),
  }));
  it(`therapy pages and guides have a median of ${GRADE_TARGET_MEDIAN} or lower`, () => {
    expect(median(graded.map((g) => g.grade))).toBeLessThanOrEqual(GRADE_TARGET_MEDIAN);
  });
  it(`no therapy page or guide is above ${GRADE_MAX}`, () => {
    expect(graded.filter((g) => g.grade > GRADE_MAX)).toEqual([]);
  });
});

describe('decision flow text', () => {
  it(`reads at grade ${GRADE_MAX} or lower in every flow`, () => {
    const graded = catalog.flows.map((f) => ({ file: f.file, grade: readingGrade(flowProse(f, false)) }));
    expect(graded.filter((g) => g.grade > GRADE_MAX)).toEqual([]);
  });
});

describe('our own words', () => {
  // The seed documents sit beside the checkout (../shared/seeds), as on every developer machine and in CI.
  const seedDir = process.env['SEEDS_DIR'] ?? join(ROOT, '..', 'shared', 'seeds');
  if (!existsSync(seedDir))
    throw new Error(`Seed documents not found at ${seedDir}: clone beside ../shared or set SEEDS_DIR`);
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const seedRuns = shingles(seeds, 12);

  it('reads the seed documents', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(seedRuns.size).toBeGreaterThan(1000);
  });

  it('copies no run of 12 or more words from the seeds, on any page or in any data', () => {
    const texts = [
      ...pages.map((p) => ({ where: p.file, text: pageProse(p) })),
      ...catalog.coverage.map((c) => ({
        where: `${c.file} ${c.therapy}`,
        text: [c.answer, c.note, ...c.criteria].join(' '),
      })),
      ...catalog.glossary.map((g) => ({ where: `glossary ${g.id}`, text: g.definition })),
      ...catalog.costs.map((c) => ({ where: `costs ${c.id}`, text: c.note ?? '' })),
      ...catalog.flows.map((f) => ({ where: f.file, text: flowProse(f) })),
      { where: 'medicare-contractors.yaml', text: medicareProse(catalog.medicare) },
      ...catalog.changes.map((c, i) => ({ where: `content/changes.yaml [${i}]`, text: c.why })),
    ];
    const copied = texts.flatMap((t) => copiedRuns(t.text, seedRuns, 12).map((run) => `${t.where}: "${run}"`));
    expect(copied).toEqual([]);
  });
});
