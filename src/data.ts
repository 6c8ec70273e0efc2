/**
 * All page data, from the one checked catalog (src/lib/content/load.ts), with lookups pages need.
 * The rules (grouping, matrix, status wording) live in src/lib and are tested there.
 */
import { getEntry, render } from 'astro:content';
import type { Catalog, CheckResult, MdxKind, Page } from './lib/content/check.ts';
import { siteCatalog } from './lib/content/load.ts';
import type { Therapy } from './schemas/therapy.ts';
import type { Payer } from './schemas/payer.ts';
import type { Guide } from './schemas/guide.ts';
import type { Coverage } from './schemas/coverage.ts';
import type { Source } from './schemas/source.ts';
import { planType, type AppealPlan } from './schemas/appeal.ts';
import type { Change } from './schemas/change.ts';
import type { Lang } from './schemas/language.ts';
import type { PageTranslation, TherapyTranslation } from './schemas/translation.ts';
import { sitePaths } from './lib/paths.ts';
import { localPages, type LocalPage } from './lib/i18n/names.ts';
import { displayName } from './lib/format/text.ts';
import { flowPages } from './lib/flow/pages.ts';
import { citeLabel } from './lib/format/cite.ts';
import { coveragePairs } from './lib/coverage/query.ts';
import { pageReview, type Checked, type PageReview } from './lib/format/review.ts';
import { changeViews, type ChangeView } from './lib/changes/view.ts';
import {
  localizedAppealPlans,
  localizedChanges,
  localizedCosts,
  localizedDenialCodes,
  localizedStateHelp,
  localizedCoverage,
  localizedFlow,
  localizedGlossary,
  localizedMedicareRates,
  localizedMedicare,
  localizedTherapy,
  type LocalizedCoverage,
  type LocalizedCostRow,
  localizedNote,
  localizedPage,
  translatedPairs,
  translatedPaths,
} from './lib/i18n/localize.ts';

export type TherapyPage = Page<Therapy>;
export type PayerPage = Page<Payer>;
export type GuidePage = Page<Guide>;
/** A decision flow with its id (the file name). */
export type FlowEntry = Catalog['flows'][number];

export interface SiteData {
  /** Therapies, payers and guides in their `order`, then by title. */
  therapies: TherapyPage[];
  payers: PayerPage[];
  guides: GuidePage[];
  coverage: Coverage[];
  sources: Map<string, Source>;
  glossary: Catalog['glossary'];
  /** The glossary in a language, sorted as that language sorts. */
  glossaryIn: (lang: Lang) => Catalog['glossary'];
  /** A source's note in a language, or in English where it is not translated yet (`lang` says which). */
  sourceNote: (id: string, lang: Lang) => { text: string; lang: Lang } | undefined;
  /** English site paths of the pages that exist in Spanish too (`/glossary/`). */
  spanish: ReadonlySet<string>;
  /**
   * When a person last reviewed each Spanish translation (`reviewed` in content/es/), by the English site path
   * of the page that shows it (the appeal steps' words: the deadline finder's; the source notes': the sources').
   */
  spanishReviewed: ReadonlyMap<string, string>;
  /** The review of a page's translation into `lang`, as a checked item for its review dates (none in English). */
  translationChecked: (path: string, lang: Lang) => Checked[];
  /** The therapy, payer and guide pages in a language: in Spanish, only the translated ones, in their words. */
  pagesIn: <K extends MdxKind>(kind: K, lang: Lang) => Catalog[K];
  /** A therapy or payer page in a language, or the English page where it has no translation yet. */
  therapyIn: (slug: string, lang: Lang) => TherapyPage;
  payerIn: (slug: string, lang: Lang) => PayerPage;
  /**
   * The coverage entries in a language, in the order of `coverage`: in Spanish, each payer file's words from
   * content/es/coverage/; an entry whose file is not translated yet keeps its English words (`wordsLang: 'en'`).
   */
  coverageIn: (lang: Lang) => LocalizedCoverage[];
  costs: Catalog['costs'];
  /**
   * The price rows in a language, in file order: in Spanish, each row's note and sample words from
   * content/es/costs.yaml; a row not translated yet keeps its English words (`wordsLang: 'en'`).
   */
  costsIn: (lang: Lang) => LocalizedCostRow[];
  /** Original Medicare's public rates for the covered cases (content/medicare-rates.yaml). */
  medicareRates: Catalog['medicareRates'];
  /** The same rates with their words in a language (content/es/medicare-rates.yaml for Spanish). */
  medicareRatesIn: (lang: Lang) => Catalog['medicareRates'];
  /** Appeal steps by kind of plan, in the schema's order of plan types. */
  appealPlans: AppealPlan[];
  /** The same steps in a language (content/es/appeal-deadlines.yaml for Spanish). */
  appealPlansIn: (lang: Lang) => AppealPlan[];
  /** Who can help, state by state, in a language (content/es/state-help.yaml). */
  stateHelpIn: (lang: Lang) => Catalog['stateHelp'];
  /** The codes the letter reader explains, their meanings in a language (content/es/denial-codes.yaml). */
  denialCodesIn: (lang: Lang) => Catalog['denialCodes'];
  /** Decision flows, in their `order`. */
  flows: FlowEntry[];
  /**
   * The decision flows in a language, in their `order`: in Spanish, only the translated ones
   * (content/es/flows/), in their words; ids, answer values, routing and sources stay the English flow's.
   */
  flowsIn: (lang: Lang) => FlowEntry[];
  /** Kinds of plan for per-plan summaries, in file order. */
  planGroups: Catalog['planGroups'];
  /** Original Medicare's contractors and local rules by state (content/medicare-contractors.yaml). */
  medicare: Catalog['medicare'];
  /**
   * The same in a language: in Spanish, with the words of content/es/medicare-contractors.yaml; undefined when
   * either file is missing.
   */
  medicareIn: (lang: Lang) => Catalog['medicare'];
  /** Who can help after a denial, state by state (content/state-help.yaml). */
  stateHelp: Catalog['stateHelp'];
  /** The change record (content/changes.yaml), in file order; src/lib/changes/ sorts and words it. */
  changes: Change[];
  /**
   * Every change as readers of a language see it, newest first (src/lib/changes/view.ts): its words, names and
   * uses in the language, its reason from content/es/changes.yaml in Spanish (English where not translated yet).
   */
  changeViewsIn: (lang: Lang) => ChangeView[];
  /** The claim codes and plan signs the letter reader explains (content/denial-codes.yaml). */
  denialCodes: Catalog['denialCodes'];
  therapyOrder: string[];
  payerOrder: string[];
  therapy: (slug: string) => TherapyPage;
  payer: (slug: string) => PayerPage;
  guide: (slug: string) => GuidePage;
  source: (id: string) => Source;
  /** A source's in-text citation label, distinct from every other source's (src/lib/format/cite.ts). */
  citeLabel: (id: string) => string;
  flow: (id: string) => FlowEntry;
}

// The content check has already proved every reference resolves; a miss here is a bug, not bad content.
function lookup<T>(list: readonly T[], key: (x: T) => string, kind: string): (id: string) => T {
  const byId = new Map(list.map((x) => [key(x), x]));
  return (id) => {
    const hit = byId.get(id);
    if (!hit) throw new Error(`No ${kind} "${id}"`);
    return hit;
  };
}

function build({ catalog }: CheckResult): SiteData {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const translated = catalog.es.pages;
  // Each language's words are laid over the English once per read of the content, not once per page.
  const glossaries = new Map<Lang, Catalog['glossary']>();
  const localized = new Map<string, unknown>();
  const appealPlans = new Map<Lang, AppealPlan[]>();
  const stateHelps = new Map<Lang, NonNullable<Catalog['stateHelp']>>();
  const slugs = (kind: MdxKind) => translated[kind].map((t) => t.slug);
  const spanishMedicare =
    catalog.medicare && catalog.es.medicare ? localizedMedicare(catalog.medicare, catalog.es.medicare) : undefined;
  const medicareStates = spanishMedicare ? spanishMedicare.states.map((s) => s.code) : [];
  const medicarePaths = medicareStates.length
    ? [sitePaths.medicareStates(), ...medicareStates.map((code) => sitePaths.medicareState(code))]
    : [];
  const reviewed = new Map<string, string>([
    ...(catalog.es.glossary ? [[sitePaths.glossary(), catalog.es.glossary.reviewed] as [string, string]] : []),
    // The words of the appeal steps (the deadline finder) and of our notes on sources (the source list).
    // The letter tools' legal wording and the case file's steps are the same translation.
    ...(catalog.es.appeals
      ? [
          sitePaths.appealDeadlines(),
          sitePaths.appealLetter(),
          sitePaths.appealClaimFile(),
          sitePaths.appealMyCase(),
        ].map((path) => [path, catalog.es.appeals!.reviewed] as [string, string])
      : []),
    ...(catalog.es.denialCodes
      ? [[sitePaths.appealReadLetter(), catalog.es.denialCodes.reviewed] as [string, string]]
      : []),
    // Who can help: the list of states and every state's page are one translation.
    ...(catalog.es.stateHelp && catalog.stateHelp
      ? [
          sitePaths.appealFindHelp(),
          ...catalog.stateHelp.states.map((st) => sitePaths.appealFindHelpState(st.code)),
        ].map((path) => [path, catalog.es.stateHelp!.reviewed] as [string, string])
      : []),
    ...(catalog.es.sourceNotes ? [[sitePaths.sources(), catalog.es.sourceNotes.reviewed] as [string, string]] : []),
    // The words of Medicare's amounts and of the price rows: the cost estimator's (its other words are the
    // dictionaries'); the older of the two reviews.
    ...(catalog.es.medicareRates || catalog.es.costs
      ? [
          [
            sitePaths.estimate(),
            [catalog.es.medicareRates?.reviewed, catalog.es.costs?.reviewed]
              .filter((d): d is string => d !== undefined)
              .sort()[0]!,
          ] as [string, string],
        ]
      : []),
    // The change record's reasons: "What changed".
    ...(catalog.es.changes ? [[sitePaths.changes(), catalog.es.changes.reviewed] as [string, string]] : []),
    ...translated.guides.map((t) => [sitePaths.guide(t.slug), t.reviewed] as [string, string]),
    ...translated.therapies.map((t) => [sitePaths.therapy(t.slug), t.reviewed] as [string, string]),
    ...translated.payers.map((t) => [sitePaths.payer(t.slug), t.reviewed] as [string, string]),
    // A flow's words: the date every page of the flow shows, kept under its first question and its map.
    ...catalog.es.flows.flatMap((t) => [
      [sitePaths.flow(t.id), t.reviewed] as [string, string],
      [sitePaths.flowMap(t.id), t.reviewed] as [string, string],
    ]),
    // Medicare's local rules by state: the list and every state page show the review of their words.
    ...medicarePaths.map((path) => [path, catalog.es.medicare!.reviewed] as [string, string]),
    // A coverage page shows one payer's entries for one therapy: the review of that payer's coverage words.
    ...catalog.es.coverage.flatMap((t) =>
      catalog.coverage
        .filter((c) => c.payer === t.payer)
        .map((c) => [sitePaths.coverage(c.therapy, c.payer), t.reviewed] as [string, string]),
    ),
  ]);
  const coverageByLang = new Map<Lang, LocalizedCoverage[]>();
  const costsByLang = new Map<Lang, LocalizedCostRow[]>();
  const changesByLang = new Map<Lang, ChangeView[]>();
  const flowWords = new Map(catalog.es.flows.map((t) => [t.id, t]));
  const spanishFlows = catalog.flows.flatMap((f) => {
    const t = flowWords.get(f.id);
    return t ? [localizedFlow(f, t)] : [];
  });
  const pagesIn = <K extends MdxKind>(kind: K, lang: Lang): Catalog[K] => {
    const key = `${kind} ${lang}`;
    const hit = localized.get(key) as Catalog[K] | undefined;
    if (hit) return hit;
    const english = catalog[kind];
    const words = new Map<string, PageTranslation>(translated[kind].map((t) => [t.slug, t]));
    const list =
      lang === 'en'
        ? english
        : (english.flatMap((p) => {
            const t = words.get(p.slug);
            if (!t) return [];
            // A therapy's translation also holds the words of its own fields (content check: one for one).
            return [
              kind === 'therapies' ? localizedTherapy(p as TherapyPage, t as TherapyTranslation) : localizedPage(p, t),
            ];
          }) as unknown as Catalog[K]);
    localized.set(key, list);
    return list;
  };
  const coverageIn = (lang: Lang) => {
    let list = coverageByLang.get(lang);
    if (!list) coverageByLang.set(lang, (list = localizedCoverage(catalog.coverage, lang, catalog.es.coverage)));
    return list;
  };
  const changeViewsIn = (lang: Lang) => {
    let views = changesByLang.get(lang);
    if (!views) {
      const therapies = localPages(catalog.therapies, pagesIn('therapies', lang), lang);
      const payers = localPages(catalog.payers, pagesIn('payers', lang), lang);
      const lookups = {
        therapy: (slug: string) => therapies(slug).page,
        payer: (slug: string) => payers(slug).page,
        coverage: coverageIn(lang),
      };
      changesByLang.set(
        lang,
        (views = changeViews(localizedChanges(catalog.changes, lang, catalog.es.changes), lookups, lang)),
      );
    }
    return views;
  };
  const therapy = lookup(catalog.therapies, (t) => t.slug, 'therapy');
  const payer = lookup(catalog.payers, (p) => p.slug, 'payer');

  const plans = [...catalog.appeals].sort(
    (a, b) => planType.options.indexOf(a.planType) - planType.options.indexOf(b.planType),
  );
  return {
    therapies: catalog.therapies,
    payers: catalog.payers,
    guides: catalog.guides,
    coverage: catalog.coverage,
    sources,
    glossary: [...catalog.glossary].sort((a, b) => a.term.localeCompare(b.term)),
    glossaryIn: (lang) => {
      let terms = glossaries.get(lang);
      if (!terms) glossaries.set(lang, (terms = localizedGlossary(catalog.glossary, lang, catalog.es.glossary)));
      return terms;
    },
    sourceNote: (id, lang) => localizedNote(id, sources.get(id)?.note, lang, catalog.es.sourceNotes),
    spanish: new Set(
      translatedPaths('es', {
        glossary: Boolean(catalog.es.glossary),
        appeals: Boolean(catalog.es.appeals),
        // No Medicare amounts to translate counts as translated.
        medicareRates: Boolean(catalog.es.medicareRates || !catalog.medicareRates),
        changes: Boolean(catalog.es.changes),
        denialCodes: Boolean(catalog.es.denialCodes),
        helpStates: catalog.es.stateHelp ? (catalog.stateHelp?.states.map((st) => st.code) ?? []) : [],
        pages: { therapies: slugs('therapies'), payers: slugs('payers'), guides: slugs('guides') },
        coverage: coveragePairs(catalog.coverage, [], []),
        flows: spanishFlows,
        medicareStates,
      }),
    ),
    spanishReviewed: reviewed,
    translationChecked: (path, lang) => {
      const date = lang === 'en' ? undefined : reviewed.get(path);
      return date ? [{ checked: date }] : [];
    },
    pagesIn,
    therapyIn: (slug, lang) => pagesIn('therapies', lang).find((p) => p.slug === slug) ?? therapy(slug),
    payerIn: (slug, lang) => pagesIn('payers', lang).find((p) => p.slug === slug) ?? payer(slug),
    coverageIn,
    costs: catalog.costs,
    costsIn: (lang) => {
      let list = costsByLang.get(lang);
      if (!list) costsByLang.set(lang, (list = localizedCosts(catalog.costs, lang, catalog.es.costs)));
      return list;
    },
    medicareRates: catalog.medicareRates,
    medicareRatesIn: (lang) =>
      catalog.medicareRates && localizedMedicareRates(catalog.medicareRates, lang, catalog.es.medicareRates),
    appealPlans: plans,
    appealPlansIn: (lang) => {
      let list = appealPlans.get(lang);
      if (!list) appealPlans.set(lang, (list = localizedAppealPlans(plans, lang, catalog.es.appeals)));
      return list;
    },
    stateHelpIn: (lang) => {
      if (!catalog.stateHelp) return undefined;
      let help = stateHelps.get(lang);
      if (!help) stateHelps.set(lang, (help = localizedStateHelp(catalog.stateHelp, lang, catalog.es.stateHelp)));
      return help;
    },
    denialCodesIn: (lang) =>
      catalog.denialCodes && localizedDenialCodes(catalog.denialCodes, lang, catalog.es.denialCodes),
    flows: catalog.flows,
    flowsIn: (lang) => (lang === 'en' ? catalog.flows : spanishFlows),
    planGroups: catalog.planGroups,
    medicare: catalog.medicare,
    medicareIn: (lang) => (lang === 'en' ? catalog.medicare : spanishMedicare),
    stateHelp: catalog.stateHelp,
    changes: catalog.changes,
    changeViewsIn,
    denialCodes: catalog.denialCodes,
    therapyOrder: catalog.therapies.map((t) => t.slug),
    payerOrder: catalog.payers.map((p) => p.slug),
    therapy,
    payer,
    guide: lookup(catalog.guides, (g) => g.slug, 'guide'),
    source: lookup(catalog.sources, (s) => s.id, 'source'),
    citeLabel: (id) => {
      const s = sources.get(id);
      if (!s) throw new Error(`No source "${id}"`);
      return citeLabel(s, catalog.sources);
    },
    flow: lookup(catalog.flows, (f) => f.id, 'flow'),
  };
}

let cache: { from: CheckResult; data: SiteData } | undefined;

/** The site's data: built once per read of the content folder. */
export async function siteData(): Promise<SiteData> {
  const result = siteCatalog();
  if (cache?.from !== result) cache = { from: result, data: build(result) };
  return cache.data;
}

export type { MdxKind };

/**
 * `getStaticPaths` for an MDX page family in a language: one page per entry (in Spanish, per translated
 * entry, in its words), the entry as the `page` prop.
 */
export async function mdxStaticPaths(kind: MdxKind, lang: Lang = 'en') {
  const data = await siteData();
  return data.pagesIn(kind, lang).map((page) => ({ params: { slug: page.slug }, props: { page } }));
}

/**
 * `getStaticPaths` for a decision flow's pages in a language: one page per answer path of each flow in that
 * language (src/lib/flow/pages.ts), the flow and the page as props.
 */
export async function flowStaticPaths(lang: Lang) {
  const data = await siteData();
  return data.flowsIn(lang).flatMap((flow) =>
    flowPages(flow.id, flow).map((page) => ({
      params: { flow: flow.id, path: page.segments.length ? page.segments.join('/') : undefined },
      props: { flow, page },
    })),
  );
}

/** `getStaticPaths` for the flow maps in a language. */
export async function flowMapStaticPaths(lang: Lang) {
  const data = await siteData();
  return data.flowsIn(lang).map((flow) => ({ params: { flow: flow.id }, props: { flow } }));
}

/**
 * `getStaticPaths` for Original Medicare's state pages in a language: one per state and territory (in Spanish,
 * once the words are translated), the English postal code as the `code` prop.
 */
export async function medicareStatePaths(lang: Lang = 'en') {
  const data = await siteData();
  return (data.medicareIn(lang)?.states ?? []).map((s) => ({
    params: { state: s.code.toLowerCase() },
    props: { code: s.code },
  }));
}

/** An MDX body, rendered: give it to <MdxBody>. */
export type MdxContent = Awaited<ReturnType<typeof render>>['Content'];

/**
 * The rendered MDX body of a therapy, payer or guide page in a language, with its h2 sections for "On this
 * page". Spanish bodies are the collections `<kind>-es` (src/content.config.ts).
 */
export async function renderBody(kind: MdxKind, slug: string, lang: Lang = 'en') {
  const entry = await getEntry(lang === 'en' ? kind : `${kind}-${lang}`, slug);
  if (!entry) throw new Error(`No ${kind} page "${slug}" in the content collections`);
  const { Content, headings } = await render(entry);
  return { Content, sections: headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text })) };
}

/** The ContentPage props an MDX page takes straight from its front matter. */
export const frontMatterProps = (page: TherapyPage | PayerPage | GuidePage) => ({
  title: page.title,
  name: displayName(page),
  answer: page.answer,
  lastReviewed: page.lastReviewed,
  synonyms: page.synonyms,
  faq: page.faq,
  nextSteps: page.nextSteps,
  related: page.related,
});

/**
 * `getStaticPaths` for a Spanish page that exists only once there is something translated to show (the list of
 * treatments once one treatment is, the coverage table once a coverage page is): the page's route is a rest
 * parameter (`[...index].astro`), which left undefined is the folder's own page.
 */
export async function spanishIndexPaths(englishPath: string) {
  return (await siteData()).spanish.has(englishPath) ? [{ params: { index: undefined } }] : [];
}

/**
 * `getStaticPaths` for the coverage pages in a language: one per therapy × payer pair with entries (in Spanish,
 * per pair whose therapy and payer pages are translated), the pair as the `pair` prop, its entries in the
 * language's words where they are translated.
 */
export async function coverageStaticPaths(lang: Lang = 'en') {
  const data = await siteData();
  const all = coveragePairs(data.coverageIn(lang), data.therapyOrder, data.payerOrder);
  const slugs = (kind: 'therapies' | 'payers') => data.pagesIn(kind, lang).map((p) => p.slug);
  const pairs =
    lang === 'en' ? all : translatedPairs(all, { therapies: slugs('therapies'), payers: slugs('payers'), guides: [] });
  return pairs.map((pair) => ({ params: { therapy: pair.therapy, payer: pair.payer }, props: { pair } }));
}

const PAGE_PATH: Record<MdxKind, (slug: string) => string> = {
  therapies: (slug) => sitePaths.therapy(slug),
  payers: (slug) => sitePaths.payer(slug),
  guides: (slug) => sitePaths.guide(slug),
};

/**
 * What a family's list page shows (/therapies/, /es/guides/…): every page of the family in its order, in
 * `lang`'s words where it is translated and in English where not (its `lang` says which, so the list can mark
 * it), and the list's review dates: every page's own review, and in another language each translation's too,
 * since the list shows their words.
 */
export async function familyList<K extends MdxKind>(
  kind: K,
  lang: Lang,
): Promise<{ pages: LocalPage<Catalog[K][number]>[]; review: PageReview }> {
  const data = await siteData();
  const english = data.pagesIn(kind, 'en');
  const inLang = localPages<Catalog[K][number]>(english, data.pagesIn(kind, lang), lang);
  return {
    pages: english.map((p) => inLang(p.slug)),
    review: pageReview(
      english.flatMap((p) => [{ checked: p.lastReviewed }, ...data.translationChecked(PAGE_PATH[kind](p.slug), lang)]),
    ),
  };
}

/**
 * The review dates of a page that rests on sources (an appeal tool, the estimator, the glossary): the oldest
 * check among them, and in another language the review of the page's translation too (`path`, the page's
 * English site path).
 */
export async function sourcesReview(ids: readonly string[], path: string, lang: Lang): Promise<PageReview> {
  const data = await siteData();
  return pageReview([...ids.map((id) => data.source(id)), ...data.translationChecked(path, lang)]);
}

/** `getStaticPaths` for the find-help state pages: one page per state or territory of content/state-help.yaml. */
export async function helpStatePaths() {
  const { stateHelp } = await siteData();
  return (stateHelp?.states ?? []).map((s) => ({ params: { state: s.code.toLowerCase() }, props: { code: s.code } }));
}
