/**
 * Validates a whole content folder: each file against its zod schema, then every cross-reference
 * (therapy, payer, guide, source and glossary ids). Returns every problem as one line that names the
 * file, the field and the bad value, so the build can fail with a message an author can act on.
 */
import type { z } from 'astro/zod';
import { appealDeadlinesFileSchema, type AppealPlan } from '../../schemas/appeal.ts';
import { coverageFileSchema, type Coverage } from '../../schemas/coverage.ts';
import { costsFileSchema, type CostRow } from '../../schemas/cost.ts';
import { UNSPECIFIED_CELLS } from '../costs/evidence.ts';
import { medicareRatesSchema, type MedicareRates } from '../../schemas/medicare-rate.ts';
import { medicareRateSources } from '../costs/medicare.ts';
import { glossaryFileSchema, type GlossaryTerm } from '../../schemas/glossary.ts';
import { guideSchema, type Guide } from '../../schemas/guide.ts';
import { payerSchema, type Payer } from '../../schemas/payer.ts';
import { sourcesFileSchema, type Source } from '../../schemas/source.ts';
import { therapySchema, type Therapy } from '../../schemas/therapy.ts';
import { flowSchema, type Flow } from '../../schemas/flow.ts';
import { planGroupsFileSchema, type PlanGroup } from '../../schemas/plan-group.ts';
import { changesFileSchema, type Change } from '../../schemas/change.ts';
import { denialCodesFileSchema, type DenialCodes } from '../../schemas/denial-code.ts';
import { changeRecordProblems, isCoverageChange } from '../changes/record.ts';
import { coverageLockSchema, type CoverageLock } from '../../schemas/coverage-lock.ts';
import { lockProblems } from '../changes/lock.ts';
import { located } from './entries.ts';
import { checkDates, checkToday, type DateField } from './dates.ts';
import { checkFlowGraph, isQuestion } from '../flow/graph.ts';
import { medicareContractorsFileSchema, type MedicareContractors } from '../../schemas/medicare-contractor.ts';
import { checkMedicareContractors, MEDICARE_PAYER, medicareSources } from '../medicare/check.ts';
import { stateHelpFileSchema, type StateHelp } from '../../schemas/state-help.ts';
import { searchWordsFileSchema, type SearchWords } from '../../schemas/search-words.ts';
import {
  fixedTermsSchema,
  pageTranslationSchema,
  therapyTranslationSchema,
  coverageTranslationSchema,
  flowTranslationSchema,
  type PageTranslation,
  type TherapyTranslation,
  type CoverageTranslation,
  type FixedTerms,
  type FlowTranslation,
} from '../../schemas/translation.ts';
import { checkPageTranslation, checkCoverageTranslation, checkFlowTranslation, therapyFields } from '../i18n/check.ts';
import { WHOLE_FILE_TRANSLATIONS, type WholeFileTranslations } from './translations.ts';
import { checkStateHelp, stateHelpDates } from '../appeal/state-help-check.ts';
import { slug, type PageBase } from '../../schemas/common.ts';
import { citeLabelClashes } from '../format/cite.ts';
import { scanMdx, type ComponentUse, type MdxScan } from './mdx.ts';
import { CONTENT_FILES, type RawContent, type RawFile } from './read.ts';
import { formatProblem, type Problem } from './problem.ts';

export { formatProblem, type Problem };

export type Page<T> = T & { slug: string; file: string; path: string; body: string };

/** The MDX page families: one page per file in content/<kind>/ (and its translation in content/es/<kind>/). */
export const MDX_KINDS = ['therapies', 'payers', 'guides'] as const;
export type MdxKind = (typeof MDX_KINDS)[number];

/** Validated content, ready for queries. */
export interface Catalog {
  therapies: Page<Therapy>[];
  payers: Page<Payer>[];
  guides: Page<Guide>[];
  coverage: (Coverage & { file: string })[];
  sources: Source[];
  glossary: GlossaryTerm[];
  costs: CostRow[];
  /** Original Medicare's public rates for covered cases; absent in fixtures without the file. */
  medicareRates?: MedicareRates;
  appeals: AppealPlan[];
  /** Kinds of plan for the per-plan summaries, in file order. */
  planGroups: PlanGroup[];
  /** Decision flows, with their id (the file name) and file. */
  flows: (Flow & { id: string; file: string })[];
  /** Original Medicare's contractors and local rules by state, when content/medicare-contractors.yaml exists. */
  medicare?: MedicareContractors;
  /** Who can help after a denial, state by state, when content/state-help.yaml exists. */
  stateHelp?: StateHelp;
  /** Phrases readers type that the pages say another way (content/search-words.yaml). */
  searchWords: SearchWords;
  /**
   * The Spanish translations (content/es/), each checked against the English: the whole-file ones of
   * src/lib/content/translations.ts, the pages, coverage entries and flows; and the fixed glossary.
   */
  es: WholeFileTranslations & {
    terms: FixedTerms;
    /** Therapy, payer and guide pages in Spanish (content/es/<kind>/<slug>.mdx), by the English slug. */
    pages: { therapies: Page<TherapyTranslation>[]; payers: Page<PageTranslation>[]; guides: Page<PageTranslation>[] };
    /** The words of coverage entries (content/es/coverage/<payer>.yaml), by the payer of the English file. */
    coverage: (CoverageTranslation & { payer: string; file: string })[];
    /** The words of decision flows (content/es/flows/<id>.yaml), by the id of the English flow. */
    flows: (FlowTranslation & { id: string; file: string })[];
  };
  /** The change record (content/changes.yaml), in file order. */
  changes: Change[];
  /** The claim codes and plan signs the letter reader explains, when content/denial-codes.yaml exists. */
  denialCodes?: DenialCodes;
}

export interface CheckResult {
  problems: Problem[];
  /** Not fatal, one line each: e.g. every page, coverage entry and source past its review date. */
  warnings: string[];
  /** Pages, coverage entries and sources past their review date (also in `warnings`). */
  overdue: Problem[];
  catalog: Catalog;
}

/** A YAML file's name without folder or extension: `content/es/coverage/cigna.yaml` → `cigna`. */
const fileSlug = (file: string) => file.slice(file.lastIndexOf('/') + 1).replace(/\.yaml$/, '');

/** `['entries', 2, 'therapy']` → `entries[2].therapy`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
      '',
    ) || '(file)'
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/** Runs a schema; on failure, turns every zod issue into a Problem. */
function validate<S extends z.ZodType>(schema: S, raw: RawFile, problems: Problem[]): z.infer<S> | undefined {
  const r = schema.safeParse(raw.data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    // A misspelt or misplaced field: name the field itself, not the whole object around it.
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file: raw.file,
          field: fieldPath(path),
          value: valueAt(raw.data, path),
          message: 'is not a field this item can have',
        });
      }
      continue;
    }
    const value = valueAt(raw.data, issue.path);
    problems.push({ file: raw.file, field: fieldPath(issue.path), value, message: issue.message });
  }
  return undefined;
}

/**
 * Checks everything. `today` (YYYY-MM-DD) is injectable so the future-date and review-date rules are
 * testable; by default it is the latest date anywhere on Earth (src/lib/content/dates.ts).
 */
export function checkContent(raw: RawContent, today = checkToday()): CheckResult {
  const problems: Problem[] = raw.unreadable.map((u) => ({
    file: u.file,
    field: '(file)',
    value: undefined,
    message: u.message,
  }));
  const warnings: string[] = [];
  const catalog: Catalog = {
    therapies: [],
    payers: [],
    guides: [],
    coverage: [],
    sources: [],
    glossary: [],
    searchWords: { en: [], es: [] },
    es: { terms: [], pages: { therapies: [], payers: [], guides: [] }, coverage: [], flows: [] },
    costs: [],
    appeals: [],
    planGroups: [],
    flows: [],
    changes: [],
  };

  // 1. Each file against its schema.
  const pages = <T>(files: RawFile[], schema: z.ZodType<T>): Page<T>[] =>
    files.flatMap((f) => {
      const data = validate(schema, f, problems);
      return data ? [{ ...(data as T), slug: f.slug ?? '', file: f.file, path: f.path, body: f.body ?? '' }] : [];
    });
  catalog.therapies = pages(raw.therapies, therapySchema);
  catalog.payers = pages(raw.payers, payerSchema);
  catalog.guides = pages(raw.guides, guideSchema);

  if (!raw.sources)
    problems.push({ file: 'content/sources.yaml', field: '(file)', value: undefined, message: 'is missing' });
  else catalog.sources = validate(sourcesFileSchema, raw.sources, problems) ?? [];
  if (raw.glossary) catalog.glossary = validate(glossaryFileSchema, raw.glossary, problems) ?? [];
  if (raw.costs) catalog.costs = validate(costsFileSchema, raw.costs, problems) ?? [];
  const rates = raw.medicareRates && validate(medicareRatesSchema, raw.medicareRates, problems);
  if (rates) catalog.medicareRates = rates;
  if (raw.appeals) catalog.appeals = validate(appealDeadlinesFileSchema, raw.appeals, problems) ?? [];
  if (raw.planGroups) catalog.planGroups = validate(planGroupsFileSchema, raw.planGroups, problems) ?? [];
  const medicare = raw.medicare && validate(medicareContractorsFileSchema, raw.medicare, problems);
  if (medicare) catalog.medicare = medicare;
  const stateHelp = raw.stateHelp && validate(stateHelpFileSchema, raw.stateHelp, problems);
  if (stateHelp) catalog.stateHelp = stateHelp;
  const searchWords = raw.searchWords && validate(searchWordsFileSchema, raw.searchWords, problems);
  if (searchWords) catalog.searchWords = searchWords;
  if (raw.es.terms) catalog.es.terms = validate(fixedTermsSchema, raw.es.terms, problems) ?? [];
  for (const t of WHOLE_FILE_TRANSLATIONS) {
    const f = raw.es[t.key];
    const data = f && validate(t.schema, f, problems);
    if (data) Object.assign(catalog.es, { [t.key]: data });
  }
  catalog.es.pages.therapies = pages(raw.es.therapies, therapyTranslationSchema);
  catalog.es.pages.payers = pages(raw.es.payers, pageTranslationSchema);
  catalog.es.pages.guides = pages(raw.es.guides, pageTranslationSchema);
  for (const f of raw.es.coverage) {
    const data = validate(coverageTranslationSchema, f, problems);
    if (data) catalog.es.coverage.push({ ...data, payer: fileSlug(f.file), file: f.file });
  }
  for (const f of raw.es.flows) {
    const data = validate(flowTranslationSchema, f, problems);
    if (data) catalog.es.flows.push({ ...data, id: f.slug ?? '', file: f.file });
  }
  if (raw.changes) catalog.changes = validate(changesFileSchema, raw.changes, problems) ?? [];
  const lock: CoverageLock | undefined = raw.coverageLock && validate(coverageLockSchema, raw.coverageLock, problems);
  const denialCodes = raw.denialCodes && validate(denialCodesFileSchema, raw.denialCodes, problems);
  if (denialCodes) catalog.denialCodes = denialCodes;
  for (const f of raw.flows) {
    const data = validate(flowSchema, f, problems);
    if (data) catalog.flows.push({ ...data, id: f.slug ?? '', file: f.file });
  }
  for (const f of raw.coverage) {
    const data = validate(coverageFileSchema, f, problems);
    if (data) catalog.coverage.push(...data.entries.map((e) => ({ ...e, payer: data.payer, file: f.file })));
  }

  // File names are page addresses and ids: "PRP.mdx" or "prp copy.mdx" would publish a broken address.
  for (const f of [
    ...raw.therapies,
    ...raw.payers,
    ...raw.guides,
    ...raw.flows,
    ...raw.coverage,
    ...MDX_KINDS.flatMap((k) => raw.es[k]),
    ...raw.es.flows,
  ]) {
    const name = f.file.slice(f.file.lastIndexOf('/') + 1).replace(/\.(mdx|yaml)$/, '');
    const r = slug.safeParse(name);
    if (!r.success)
      problems.push({ file: f.file, field: '(file name)', value: name, message: r.error.issues[0]!.message });
  }

  // MDX bodies are code: each is held to the allow-list. Scanned here, reported with the page's references.
  const scans = new Map<string, MdxScan>();
  for (const f of [...raw.therapies, ...raw.payers, ...raw.guides, ...MDX_KINDS.flatMap((k) => raw.es[k])])
    scans.set(f.file, scanMdx(f.body ?? '', f.bodyLine ?? 1));

  // 2. Unique ids.
  const dupes = (file: string, field: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problems.push({ file, field: `[${i}].${field}`, value: id, message: 'is used twice' });
      seen.add(id);
    });
  };
  if (raw.sources) {
    dupes(
      raw.sources.file,
      'id',
      catalog.sources.map((s) => s.id),
    );
    // Two citations that read the same ("[HealthCare.gov…][HealthCare.gov…]") tell the reader nothing. Labels
    // are by id, so they wait until the ids are unique.
    const ids = new Set(catalog.sources.map((s) => s.id));
    for (const c of ids.size === catalog.sources.length ? citeLabelClashes(catalog.sources) : [])
      problems.push({
        file: raw.sources.file,
        field: `[${c.index}] (${c.ids[1]})`,
        value: c.label,
        message: `is cited with the same label as "${c.ids[0]}"; give one of them a distinct short`,
      });
  }
  if (raw.glossary)
    dupes(
      raw.glossary.file,
      'id',
      catalog.glossary.map((g) => g.id),
    );
  if (raw.costs)
    dupes(
      raw.costs.file,
      'id',
      catalog.costs.map((c) => c.id),
    );
  const payerFiles = new Map<string, string>();
  for (const f of raw.coverage) {
    const payer = (f.data as { payer?: unknown } | null)?.payer;
    if (typeof payer === 'string') {
      if (payerFiles.has(payer))
        problems.push({
          file: f.file,
          field: 'payer',
          value: payer,
          message: `is already used by ${payerFiles.get(payer)}`,
        });
      payerFiles.set(payer, f.file);
    }
  }

  // 3. Cross-references.
  const known = {
    therapy: new Set(catalog.therapies.map((t) => t.slug)),
    payer: new Set(catalog.payers.map((p) => p.slug)),
    guide: new Set(catalog.guides.map((g) => g.slug)),
    source: new Set(catalog.sources.map((s) => s.id)),
    'glossary term': new Set(catalog.glossary.map((g) => g.id)),
    flow: new Set(catalog.flows.map((f) => f.id)),
    'coverage indication': new Set(catalog.coverage.flatMap((c) => c.indication ?? [])),
    'appeal plan type': new Set<string>(catalog.appeals.map((a) => a.planType)),
    'plan group': new Set(catalog.planGroups.map((g) => g.id)),
  };
  // If a collection failed validation we cannot tell real from unknown ids; report only the schema errors.
  const complete = problems.length === 0;
  // Body problems do not hide unknown ids, so they come after `complete`.
  for (const [file, scan] of scans)
    for (const b of scan.problems)
      problems.push({ file, field: `body line ${b.line}`, value: b.value, message: b.message });
  const ref = (kind: keyof typeof known, file: string, field: string, value: string) => {
    if (complete && !known[kind].has(value)) problems.push({ file, field, value, message: `names an unknown ${kind}` });
  };
  const refs = (kind: keyof typeof known, file: string, field: string, values: readonly string[]) =>
    values.forEach((v, i) => ref(kind, file, `${field}[${i}]`, v));

  for (const [kind, list] of [
    ['therapy', catalog.therapies],
    ['payer', catalog.payers],
    ['guide', catalog.guides],
  ] as const) {
    for (const p of list as Page<Therapy | Payer | Guide>[]) {
      refs('source', p.file, 'sources', p.sources);
      refs('therapy', p.file, 'related.therapies', p.related.therapies);
      refs('payer', p.file, 'related.payers', p.related.payers);
      refs('guide', p.file, 'related.guides', p.related.guides);
      // Citations, glossary links and diagrams in the MDX body, in any attribute order or `{"…"}` form.
      const idOf = (use: ComponentUse, attribute: string) => {
        const v = use.attributes[attribute];
        return typeof v === 'string' ? v : undefined;
      };
      for (const use of scans.get(p.file)?.components ?? []) {
        const field = `body line ${use.line} <${use.name}`;
        if (use.name === 'Cite') {
          const id = idOf(use, 'id');
          if (id === undefined) continue;
          ref('source', p.file, `${field} id>`, id);
          if (complete && known.source.has(id) && !p.sources.includes(id)) {
            problems.push({
              file: p.file,
              field: `${field} id>`,
              value: id,
              message: "is cited in the text but missing from the page's sources list",
            });
          }
        }
        const term = use.name === 'Term' ? idOf(use, 'id') : undefined;
        if (term !== undefined) ref('glossary term', p.file, `${field} id>`, term);
        const flow = use.name === 'Diagram' ? idOf(use, 'flow') : undefined;
        if (flow !== undefined) ref('flow', p.file, `${field} flow>`, flow);
      }
      if (kind === 'therapy') {
        const t = p as Page<Therapy>;
        refs('source', t.file, 'fdaStatus.sources', t.fdaStatus.sources);
        t.codes.forEach((c, i) => refs('source', t.file, `codes[${i}].sources`, c.sources));
        t.coveredExceptions.forEach((c, i) => refs('source', t.file, `coveredExceptions[${i}].sources`, c.sources));
        if (t.series) {
          refs('source', t.file, 'series.sources', t.series.sources);
          // A series' Medicare services must be this therapy's own (content/medicare-rates.yaml).
          const services = catalog.medicareRates?.services ?? [];
          t.series.medicare.forEach((id, i) => {
            if (complete && !services.some((s) => s.id === id && s.therapy === t.slug))
              problems.push({
                file: t.file,
                field: `series.medicare[${i}]`,
                value: id,
                message: "is not one of this therapy's services in medicare-rates.yaml",
              });
          });
        }
        // A use's indications must be ones this therapy's coverage entries really use.
        const mine = new Set(catalog.coverage.filter((c) => c.therapy === t.slug).flatMap((c) => c.indication ?? []));
        t.otherUses.forEach((u, i) =>
          u.indications.forEach((ind, j) => {
            if (complete && !mine.has(ind))
              problems.push({
                file: t.file,
                field: `otherUses[${i}].indications[${j}]`,
                value: ind,
                message: 'is not an indication of any coverage entry for this therapy',
              });
          }),
        );
      }
      if (kind === 'payer') {
        refs('source', p.file, 'policies', (p as Page<Payer>).policies);
        if (catalog.appeals.length > 0) refs('appeal plan type', p.file, 'appealPlans', (p as Page<Payer>).appealPlans);
      }
    }
  }
  for (const f of raw.coverage) {
    const data = (f.data ?? {}) as {
      payer?: string;
      entries?: { therapy?: string; policy?: string; planGroup?: string; sources?: string[] }[];
    };
    if (typeof data.payer === 'string') ref('payer', f.file, 'payer', data.payer);
    (Array.isArray(data.entries) ? data.entries : []).forEach((e, i) => {
      if (typeof e?.therapy === 'string') ref('therapy', f.file, `entries[${i}].therapy`, e.therapy);
      if (typeof e?.policy === 'string') ref('source', f.file, `entries[${i}].policy`, e.policy);
      if (typeof e?.planGroup === 'string') ref('plan group', f.file, `entries[${i}].planGroup`, e.planGroup);
      if (Array.isArray(e?.sources)) refs('source', f.file, `entries[${i}].sources`, e.sources);
    });
  }
  // An unknown entry found no policy we can source: it names none (what it relies on goes in `sources`), and
  // tells the reader what to ask instead (issue #14: "unknown" entries had cited a same-payer policy as filler).
  for (const { entry: e, at } of located(catalog.coverage)) {
    if (e.status !== 'unknown') continue;
    if (e.policy)
      problems.push({
        file: e.file,
        field: `${at}.policy`,
        value: e.policy,
        message:
          'is set on an "unknown" entry: an entry with no policy we could source names none (cite what it relies on in sources)',
      });
    if (!/\bask\b/i.test(`${e.answer} ${e.note}`))
      problems.push({
        file: e.file,
        field: `${at}.note`,
        value: e.note,
        message:
          'of an "unknown" entry says nothing to ask: its answer or note must tell the reader what to ask the payer',
      });
  }
  if (raw.costs) {
    catalog.costs.forEach((c, i) => {
      // "Stem cell" prices whose source names no cells sit in their own group, under no therapy.
      if (c.therapy !== UNSPECIFIED_CELLS) ref('therapy', raw.costs!.file, `[${i}].therapy`, c.therapy);
      refs('source', raw.costs!.file, `[${i}].sources`, c.sources);
    });
  }
  if (raw.medicareRates && catalog.medicareRates) {
    const f = raw.medicareRates.file;
    const m = catalog.medicareRates;
    refs('source', f, 'deductible.sources', m.deductible.sources);
    refs('source', f, 'coinsurance.sources', m.coinsurance.sources);
    refs('source', f, 'medigap.sources', m.medigap.sources);
    refs('source', f, 'qmbSources', m.qmbSources);
    m.services.forEach((s, i) => {
      ref('therapy', f, `services[${i}].therapy`, s.therapy);
      refs('source', f, `services[${i}].sources`, s.sources);
    });
    m.noRate.forEach((n, i) => ref('therapy', f, `noRate[${i}].therapy`, n.therapy));
    dupes(
      f,
      'id',
      m.services.map((s) => s.id),
    );
  }
  if (raw.glossary) catalog.glossary.forEach((g, i) => refs('source', raw.glossary!.file, `[${i}].sources`, g.sources));
  if (raw.planGroups) {
    const f = raw.planGroups.file;
    const owner = new Map<string, string>();
    catalog.planGroups.forEach((g, i) => {
      g.kinds.forEach((k, j) => {
        if (owner.has(k))
          problems.push({
            file: f,
            field: `[${i}].kinds[${j}]`,
            value: k,
            message: `is already in group "${owner.get(k)}"`,
          });
        owner.set(k, g.id);
      });
    });
    // Every payer must fall in a group, or the per-plan summaries would silently leave it out.
    for (const p of catalog.payers)
      if (complete && !owner.has(p.kind))
        problems.push({ file: p.file, field: 'kind', value: p.kind, message: `is in no group of ${f}` });
  }
  // A superseded document points at its replacement, so pages can send readers to the current one.
  if (raw.sources)
    catalog.sources.forEach((s, i) => {
      if (s.status?.replacedBy) ref('source', raw.sources!.file, `[${i}].status.replacedBy`, s.status.replacedBy);
    });
  if (raw.appeals) {
    catalog.appeals.forEach((p, i) => {
      refs('source', raw.appeals!.file, `[${i}].sources`, p.sources);
      refs('source', raw.appeals!.file, `[${i}].letter.sources`, p.letter.sources);
      refs('source', raw.appeals!.file, `[${i}].fileRequest.sources`, p.fileRequest.sources);
      p.levels.forEach((l, j) => refs('source', raw.appeals!.file, `[${i}].levels[${j}].sources`, l.sources));
    });
  }

  if (raw.denialCodes && catalog.denialCodes) {
    const f = raw.denialCodes.file;
    const d = catalog.denialCodes;
    d.groups.forEach((g, i) => refs('source', f, `groups[${i}].sources`, g.sources));
    d.carc.forEach((c, i) => refs('source', f, `carc[${i}].sources`, c.sources));
    d.rarc.forEach((c, i) => refs('source', f, `rarc[${i}].sources`, c.sources));
    d.planSigns.forEach((p, i) => refs('source', f, `planSigns[${i}].sources`, p.sources));
  }

  if (raw.medicare && catalog.medicare) {
    const sourceNumbers = new Map(catalog.sources.map((s) => [s.id, s.number]));
    const medicareUses = new Map<string, Set<string>>();
    for (const c of catalog.coverage.filter((e) => e.payer === MEDICARE_PAYER)) {
      const uses = medicareUses.get(c.therapy) ?? new Set<string>();
      if (c.indication) uses.add(c.indication);
      medicareUses.set(c.therapy, uses);
    }
    problems.push(
      ...checkMedicareContractors(
        catalog.medicare,
        raw.medicare.file,
        complete ? { therapies: known.therapy, sources: sourceNumbers, medicareUses } : undefined,
      ),
    );
  }

  if (raw.stateHelp && catalog.stateHelp)
    problems.push(...checkStateHelp(catalog.stateHelp, raw.stateHelp.file, complete ? known.source : undefined));

  for (const flow of catalog.flows) {
    const f = flow.file;
    // Graph rules first: a broken graph makes every other message about it noise.
    const graph = checkFlowGraph(flow, f);
    problems.push(...graph);
    refs('source', f, 'sources', flow.sources);
    refs('therapy', f, 'related.therapies', flow.related.therapies);
    refs('payer', f, 'related.payers', flow.related.payers);
    refs('guide', f, 'related.guides', flow.related.guides);
    for (const [id, node] of Object.entries(flow.nodes)) {
      if (isQuestion(node)) {
        node.options.forEach((o, i) => {
          const at = `nodes.${id}.options[${i}].sets`;
          if (o.sets?.therapy) ref('therapy', f, `${at}.therapy`, o.sets.therapy);
          if (o.sets?.indications) refs('coverage indication', f, `${at}.indications`, o.sets.indications);
          if (o.sets?.plan && catalog.appeals.length > 0) ref('appeal plan type', f, `${at}.plan`, o.sets.plan);
        });
      } else {
        refs('source', f, `nodes.${id}.sources`, node.sources);
        if (node.result?.kind === 'coverage') refs('payer', f, `nodes.${id}.result.payers`, node.result.payers);
      }
    }
  }

  const coverageFiles = new Set(raw.coverage.map((c) => c.file));
  if (raw.changes) {
    const f = raw.changes.file;
    catalog.changes.forEach((c, i) => {
      ref('therapy', f, `[${i}].therapy`, c.therapy);
      if (isCoverageChange(c)) ref('payer', f, `[${i}].payer`, c.payer);
      refs('source', f, `[${i}].sources`, c.sources);
    });
    // Matching changes to entries is noise while an entry itself is wrong: report the entry's problem first.
    if (complete && !problems.some((p) => coverageFiles.has(p.file)))
      problems.push(...changeRecordProblems(catalog.changes, catalog.coverage, f, today));
  }
  // Every status against the snapshot, once the entries and the record are sound: a status that moved with no
  // change recording it fails here, naming the entry (src/lib/changes/lock.ts).
  if (
    raw.coverageLock &&
    lock &&
    complete &&
    !problems.some((p) => coverageFiles.has(p.file) || p.file === raw.changes?.file)
  )
    problems.push(
      ...lockProblems({
        lock,
        coverage: catalog.coverage,
        changes: catalog.changes,
        files: { lock: raw.coverageLock.file, changes: raw.changes?.file ?? 'changes.yaml' },
      }),
    );

  const dates = checkDates(
    [
      ...dateFields(catalog, raw),
      ...(raw.stateHelp && catalog.stateHelp ? stateHelpDates(catalog.stateHelp, raw.stateHelp.file) : []),
    ],
    today,
  );
  problems.push(...dates.problems);
  warnings.push(...dates.overdue.map(formatProblem));

  const { es } = catalog;
  // Each whole-file translation against its English file (src/lib/content/translations.ts).
  const translations = WHOLE_FILE_TRANSLATIONS.map((t) => {
    const data = es[t.key];
    const file = raw.es[t.key]?.file;
    const english = catalog[t.english];
    if (!data || !file || !english) return undefined;
    // Against an English file that has problems of its own, the comparison would only repeat them.
    if (!t.evenWhenEnglishHasProblems && problems.some((p) => p.file === raw[t.english]?.file)) return undefined;
    return t.compare(data, file, english, es.terms, `content/${CONTENT_FILES[t.english]}`);
  });
  // A translated page against its English page, and its body's glossary links and diagrams.
  for (const kind of MDX_KINDS) {
    const english = new Map<string, Page<PageBase>>((catalog[kind] as Page<PageBase>[]).map((p) => [p.slug, p]));
    for (const t of es.pages[kind]) {
      const en = english.get(t.slug);
      if (!en) {
        problems.push({
          file: t.file,
          field: '(file name)',
          value: t.slug,
          message: `translates no English page: there is no content/${kind}/${t.slug}.mdx`,
        });
        continue;
      }
      const uses = { english: scans.get(en.file)?.components ?? [], translated: scans.get(t.file)?.components ?? [] };
      // `translates.file` names the English file from the project root, wherever this content folder is.
      const englishFile = `content/${kind}/${en.slug}.mdx`;
      // A therapy page's translation also carries the words of the therapy-only fields.
      const therapy = kind === 'therapies' ? catalog.therapies.find((p) => p.slug === t.slug) : undefined;
      const own = therapy && therapyFields(t as TherapyTranslation, therapy, t.file);
      translations.push(checkPageTranslation(t, t.file, { ...en, file: englishFile }, uses, es.terms, own));
      for (const use of uses.translated) {
        const id = use.attributes[use.name === 'Diagram' ? 'flow' : 'id'];
        if (typeof id !== 'string') continue;
        const field = `body line ${use.line} <${use.name}>`;
        if (use.name === 'Term') ref('glossary term', t.file, field, id);
        if (use.name === 'Diagram') ref('flow', t.file, field, id);
      }
    }
  }
  // Each payer's coverage words against its English entries, in file order.
  for (const t of es.coverage) {
    const english = catalog.coverage.filter((c) => c.payer === t.payer);
    if (english.length === 0) {
      problems.push({
        file: t.file,
        field: '(file name)',
        value: t.payer,
        message: `translates no English coverage file: there is no content/coverage/${t.payer}.yaml`,
      });
      continue;
    }
    const englishFile = `content/coverage/${t.payer}.yaml`;
    translations.push(checkCoverageTranslation(t, t.file, english, englishFile, es.terms));
  }
  // Each flow's words against its English flow, once the English flow itself is sound.
  for (const t of es.flows) {
    const englishFile = `content/flows/${t.id}.yaml`;
    const english = catalog.flows.find((f) => f.id === t.id);
    if (!english) {
      if (!raw.flows.some((f) => f.slug === t.id))
        problems.push({
          file: t.file,
          field: '(file name)',
          value: t.id,
          message: `translates no English flow: there is no ${englishFile}`,
        });
      continue;
    }
    if (!problems.some((p) => p.file === english.file))
      translations.push(checkFlowTranslation(t, t.file, english, englishFile, es.terms));
  }
  for (const t of WHOLE_FILE_TRANSLATIONS) {
    const f = raw.es[t.key];
    if (t.saysWhenEnglishMissing && f && !raw[t.english])
      problems.push({
        file: f.file,
        field: '(file)',
        value: undefined,
        message: `translates no English file: there is no content/${CONTENT_FILES[t.english]}`,
      });
  }
  for (const r of translations) {
    if (!r) continue;
    problems.push(...r.problems);
    warnings.push(...r.warnings);
  }
  // Spanish pages list their sources with our notes: each note needs its Spanish.
  const listedBy = new Map<string, string>();
  const list = (ids: readonly string[], page: string) =>
    ids.forEach((id) => listedBy.has(id) || listedBy.set(id, page));
  if (es.glossary)
    list(
      catalog.glossary.flatMap((g) => g.sources),
      'the Spanish glossary',
    );
  for (const kind of MDX_KINDS)
    for (const t of es.pages[kind])
      list((catalog[kind] as Page<PageBase>[]).find((p) => p.slug === t.slug)?.sources ?? [], t.file);
  for (const t of es.coverage)
    list(
      catalog.coverage.filter((c) => c.payer === t.payer).flatMap((c) => c.sources),
      t.file,
    );
  // A Spanish flow page lists the flow's sources, its outcome's, and those of the coverage entries or appeal
  // steps the outcome shows.
  for (const t of es.flows) {
    const flow = catalog.flows.find((f) => f.id === t.id);
    if (!flow) continue;
    const outcomes = Object.values(flow.nodes).flatMap((n) => (n.type === 'outcome' ? [n] : []));
    const payers = new Set(outcomes.flatMap((n) => (n.result?.kind === 'coverage' ? n.result.payers : [])));
    const appeals = outcomes.some((n) => n.result?.kind === 'appeal') ? catalog.appeals : [];
    list(
      [
        ...flow.sources,
        ...outcomes.flatMap((n) => n.sources),
        ...catalog.coverage
          .filter((c) => payers.has(c.payer))
          .flatMap((c) => [...(c.policy ? [c.policy] : []), ...c.sources]),
        ...appeals.flatMap((p) => [...p.sources, ...p.levels.flatMap((l) => l.sources)]),
      ],
      t.file,
    );
  }
  // The Spanish cost estimator lists every price's sources and Medicare's.
  if (es.medicareRates)
    list(
      [...catalog.costs.flatMap((c) => c.sources), ...medicareRateSources(catalog.medicareRates)],
      'the Spanish cost estimator',
    );
  // The Spanish "What changed" lists the sources of every change.
  if (es.changes)
    list(
      catalog.changes.flatMap((c) => c.sources),
      'the Spanish change record',
    );
  // The Spanish Medicare-by-state pages list every source of the file (the index lists them all).
  if (es.medicare && raw.es.medicare && catalog.medicare) list(medicareSources(catalog.medicare), raw.es.medicare.file);
  const noted = new Set(es.sourceNotes?.notes.map((n) => n.id));
  for (const s of catalog.sources) {
    const page = listedBy.get(s.id);
    if (page && s.note && !noted.has(s.id))
      problems.push({
        file: raw.es.sourceNotes?.file ?? 'content/es/sources.yaml',
        field: 'notes',
        value: s.id,
        message: `has no Spanish note for this source, which ${page} lists`,
      });
  }

  return { problems, warnings, overdue: dates.overdue, catalog };
}

/** Every date in the content that the date rules apply to, with its file and field. */
function dateFields(catalog: Catalog, raw: RawContent): DateField[] {
  const fields: DateField[] = [];
  for (const p of [...catalog.therapies, ...catalog.payers, ...catalog.guides, ...catalog.flows])
    fields.push({ file: p.file, field: 'lastReviewed', value: p.lastReviewed, review: {} });
  for (const { entry: e, at } of located(catalog.coverage)) {
    fields.push({
      file: e.file,
      field: `${at}.checked`,
      value: e.checked,
      of: [e.therapy, ...(e.indication ? [e.indication] : [])].join('/'),
      review: { months: e.reviewMonths },
    });
  }
  const sources = raw.sources?.file ?? '';
  catalog.sources.forEach((s, i) => {
    const of = s.id;
    fields.push({ file: sources, field: `[${i}].checked`, value: s.checked, of, review: { months: s.reviewMonths } });
    // A rule may be published now and start later; anything else a source is dated by has happened.
    fields.push({
      file: sources,
      field: `[${i}].date`,
      value: s.date,
      of,
      past: s.dateLabel !== 'effective',
      hint: 'only an "effective" date may be',
    });
    if (s.status?.date) fields.push({ file: sources, field: `[${i}].status.date`, value: s.status.date, of });
  });
  // Appeal deadlines go stale like coverage facts: each plan's steps carry their own checked date.
  const appeals = raw.appeals?.file ?? '';
  catalog.appeals.forEach((p, i) =>
    fields.push({
      file: appeals,
      field: `[${i}].checked`,
      value: p.checked,
      of: p.planType,
      review: { months: p.reviewMonths },
    }),
  );
  // A price was read on a day that has happened, and is from a year that has begun.
  const costs = raw.costs?.file ?? '';
  catalog.costs.forEach((c, i) => {
    fields.push({ file: costs, field: `[${i}].read`, value: c.read, of: c.id });
    if (c.dataYear !== null)
      fields.push({ file: costs, field: `[${i}].dataYear`, value: String(c.dataYear), of: c.id });
  });
  const changes = raw.changes?.file ?? '';
  catalog.changes.forEach((c, i) => {
    fields.push({ file: changes, field: `[${i}].date`, value: c.date });
    fields.push({ file: changes, field: `[${i}].recorded`, value: c.recorded });
  });
  // Original Medicare's local rules: reviewed, and revised, on days that have happened (a rule may start later).
  const { medicare, stateHelp, es } = catalog;
  if (medicare && raw.medicare) {
    const file = raw.medicare.file;
    fields.push({ file, field: 'lastReviewed', value: medicare.lastReviewed, review: {} });
    medicare.contractors.forEach((c, i) =>
      c.decisions.forEach((d, j) => {
        if (d.revised)
          fields.push({
            file,
            field: `contractors[${i}].decisions[${j}].revised`,
            value: d.revised,
            of: d.lcd ?? [d.therapy, ...(d.indication ? [d.indication] : [])].join('/'),
          });
      }),
    );
    medicare.unplaced.forEach((u, i) => {
      if (u.revised) fields.push({ file, field: `unplaced[${i}].revised`, value: u.revised, of: u.lcd });
    });
  }
  if (stateHelp && raw.stateHelp)
    fields.push({ file: raw.stateHelp.file, field: 'lastReviewed', value: stateHelp.lastReviewed, review: {} });
  // A translation was reviewed on a day that has happened (its page shows the date as "última revisión").
  for (const { key } of WHOLE_FILE_TRANSLATIONS) {
    const t = es[key];
    const f = raw.es[key];
    if (t && f) fields.push({ file: f.file, field: 'reviewed', value: t.reviewed });
  }
  for (const t of [...MDX_KINDS.flatMap((kind) => es.pages[kind]), ...es.flows, ...es.coverage])
    fields.push({ file: t.file, field: 'reviewed', value: t.reviewed });
  return fields;
}

/** Thrown by the build when content is wrong; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
