/**
 * Content in a language: the English entries with the translated words laid over them by id. Facts
 * (ids, sources, dates) always come from the English, so a translation cannot change one.
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Lang } from '../../schemas/language.ts';
import type {
  AppealsTranslation,
  ChangesTranslation,
  CostsTranslation,
  CoverageTranslation,
  FlowTranslation,
  GlossaryTranslation,
  MedicareRatesTranslation,
  MedicareContractorsTranslation,
  DenialCodesTranslation,
  StateHelpTranslation,
  PageTranslation,
  SourceNotesTranslation,
  TherapyTranslation,
} from '../../schemas/translation.ts';
import type { Therapy } from '../../schemas/therapy.ts';
import type { Coverage } from '../../schemas/coverage.ts';
import type { AppealPlan } from '../../schemas/appeal.ts';
import type { MedicareRates } from '../../schemas/medicare-rate.ts';
import type { MedicareContractors } from '../../schemas/medicare-contractor.ts';
import type { PageBase } from '../../schemas/common.ts';
import type { Flow, FlowNode } from '../../schemas/flow.ts';
import type { Change } from '../../schemas/change.ts';
import type { CostRow } from '../../schemas/cost.ts';
import { changeId } from '../changes/record.ts';
import { flowPages } from '../flow/pages.ts';
import type { DenialCodes } from '../../schemas/denial-code.ts';
import type { HelpRow, NationalOffice, StateHelp } from '../../schemas/state-help.ts';
import { inLanguage, sitePaths, withBase, type SitePaths } from '../paths.ts';

/** The words a page translation lays over its English page (everything else stays the English). */
export function localizedPage<P extends PageBase>(english: P, translation: PageTranslation): P {
  return {
    ...english,
    title: translation.title,
    ...(translation.shortTitle !== undefined ? { shortTitle: translation.shortTitle } : {}),
    answer: translation.answer,
    synonyms: translation.synonyms,
    faq: translation.faq,
    nextSteps: translation.nextSteps,
  };
}

/**
 * A therapy page in a translation's words: every page's words, then the therapy's own fields item for item
 * (the content check has proved the lists match the English one for one; sources and numbers stay English).
 */
export function localizedTherapy<P extends Therapy>(english: P, translation: TherapyTranslation): P {
  const t = translation;
  return {
    ...localizedPage(english, t),
    commonUse: t.commonUse,
    fdaStatus: { ...english.fdaStatus, ...t.fdaStatus },
    codes: english.codes.map((c, i) => ({ ...c, meaning: t.codes[i]?.meaning ?? c.meaning })),
    coveredExceptions: english.coveredExceptions.map((e, i) => ({
      ...e,
      text: t.coveredExceptions[i]?.text ?? e.text,
      conditions: t.coveredExceptions[i]?.conditions ?? e.conditions,
    })),
    askTheClinic: t.askTheClinic,
    otherUses: english.otherUses.map((o, i) => ({ ...o, label: t.otherUses[i]?.label ?? o.label })),
    ...(english.series ? { series: { ...english.series, note: t.series?.note ?? english.series.note } } : {}),
  };
}

/** A coverage entry with the language its words are in: an entry of an untranslated file keeps English. */
export type LocalizedCoverage = Coverage & { wordsLang: Lang };

/**
 * The coverage entries in `lang`: each payer file's translated words laid over its English entries (matched
 * by therapy and indication), in the English order; entries of a file with no translation keep their
 * English words, marked `wordsLang: 'en'` so a page can say so.
 */
export function localizedCoverage(
  english: readonly Coverage[],
  lang: Lang,
  translations: readonly (CoverageTranslation & { payer: string })[],
): LocalizedCoverage[] {
  if (lang === 'en') return english.map((e) => ({ ...e, wordsLang: 'en' }));
  const key = (e: { therapy: string; indication?: string | undefined }) => `${e.therapy}/${e.indication ?? ''}`;
  const words = new Map(translations.flatMap((t) => t.entries.map((e) => [`${t.payer} ${key(e)}`, e] as const)));
  return english.map((e) => {
    const w = words.get(`${e.payer} ${key(e)}`);
    if (!w) return { ...e, wordsLang: 'en' };
    return {
      ...e,
      answer: w.answer,
      criteria: w.criteria,
      note: w.note,
      ...(e.indicationLabel !== undefined && w.indicationLabel !== undefined
        ? { indicationLabel: w.indicationLabel }
        : {}),
      wordsLang: lang,
    };
  });
}

/** The glossary in `lang`, sorted by term as that language sorts. */
export function localizedGlossary(
  english: readonly GlossaryTerm[],
  lang: Lang,
  translation: GlossaryTranslation | undefined,
): GlossaryTerm[] {
  const words = new Map(translation?.terms.map((t) => [t.id, t]));
  const terms =
    lang === 'en'
      ? [...english]
      : english.map((g) => {
          const t = words.get(g.id);
          if (!t) throw new Error(`No ${lang} translation of glossary term "${g.id}"`);
          return { ...g, term: t.term, definition: t.definition, aliases: t.aliases };
        });
  return terms.sort((a, b) => a.term.localeCompare(b.term, lang));
}

/**
 * A source's note in `lang`, with the language it is in: the translated note, or the English one where no
 * translation exists yet (the full source list may show it so, marked; the content check requires a
 * translation for every source a translated page lists).
 */
export function localizedNote(
  id: string,
  english: string | undefined,
  lang: Lang,
  translation: SourceNotesTranslation | undefined,
): { text: string; lang: Lang } | undefined {
  if (english === undefined) return undefined;
  const note = lang === 'en' ? undefined : translation?.notes.find((n) => n.id === id)?.note;
  return note === undefined ? { text: english, lang: 'en' } : { text: note, lang };
}

/**
 * Original Medicare's local rules by state in a translation's words: each contractor's note, each decision's and
 * national rule's words, each unplaced rule's note and each place's name laid over the English item in the same
 * place (the content check has proved the lists match one for one); names, numbers, dates, statuses and sources
 * stay the English. A place's `inSentence` is the translation's own (languages differ on articles).
 */
export function localizedMedicare(
  english: MedicareContractors,
  t: MedicareContractorsTranslation,
): MedicareContractors {
  /** An optional note: the translation's where both have one. */
  const note = <T extends { note?: string | undefined }>(en: T, words: { note?: string | undefined } | undefined) =>
    en.note !== undefined && words?.note !== undefined ? { ...en, note: words.note } : en;
  return {
    ...english,
    contractors: english.contractors.map((c, i) => {
      const w = t.contractors[i];
      return {
        ...note(c, w),
        decisions: c.decisions.map((d, j) => {
          const dw = w?.decisions[j];
          return dw ? { ...note(d, dw), says: dw.says } : d;
        }),
      };
    }),
    national: english.national.map((n, i) => {
      const w = t.national[i];
      return w ? { ...note(n, w), says: w.says } : n;
    }),
    unplaced: english.unplaced.map((u, i) => ({ ...u, note: t.unplaced[i]?.note ?? u.note })),
    states: english.states.map((s, i) => {
      const w = t.states[i];
      if (!w) return s;
      const { inSentence: _, ...rest } = s;
      return {
        ...rest,
        name: w.name,
        ...(w.inSentence !== undefined ? { inSentence: w.inSentence } : {}),
        partBAreas: s.partBAreas.map((a, j) => ({ ...a, ...w.partBAreas[j] })),
      };
    }),
  };
}

/** Slugs of the translated pages of each MDX family. */
export interface TranslatedPages {
  therapies: readonly string[];
  payers: readonly string[];
  guides: readonly string[];
}

/** A coverage page's pair: the therapy and the payer it is about. */
export interface Pair {
  therapy: string;
  payer: string;
}

/**
 * The coverage pages (therapy × payer pairs) that exist in a language: those whose therapy page and payer
 * page are both translated. Their coverage entries show in English, marked, until the payer's are translated.
 */
export const translatedPairs = <P extends Pair>(pairs: readonly P[], pages: TranslatedPages): P[] =>
  pairs.filter((p) => pages.therapies.includes(p.therapy) && pages.payers.includes(p.payer));

/**
 * A decision flow in a translation's words: each node's and each option's words laid over the English node
 * with the same id and the English option with the same value. Routing (next, exit, sets, result), sources
 * and dates stay the English, so the pages, their addresses and the outcomes' facts are the English flow's.
 * A hint, answer or next step appears where the English has one (the content check has proved the
 * translation matches the English field for field).
 */
export function localizedFlow<F extends Flow>(english: F, translation: FlowTranslation): F {
  const nodes = Object.fromEntries(
    Object.entries(english.nodes).map(([id, node]): [string, FlowNode] => {
      const w = translation.nodes[id];
      if (!w) throw new Error(`No translation of flow node "${id}"`);
      if (node.type === 'question')
        return [
          id,
          {
            ...node,
            text: w.text ?? node.text,
            short: w.short ?? node.short,
            ...(node.hint !== undefined ? { hint: w.hint ?? node.hint } : {}),
            options: node.options.map((o) => {
              const ow = w.options?.[o.value];
              if (!ow) throw new Error(`No translation of option "${o.value}" of flow node "${id}"`);
              return { ...o, label: ow.label, ...(o.hint !== undefined ? { hint: ow.hint ?? o.hint } : {}) };
            }),
          },
        ];
      return [
        id,
        {
          ...node,
          title: w.title ?? node.title,
          ...(node.answer !== undefined ? { answer: w.answer ?? node.answer } : {}),
          body: node.body.map((p, i) => w.body?.[i] ?? p),
          nextSteps: node.nextSteps.map((s, i) => ({ ...s, text: w.nextSteps?.[i]?.text ?? s.text })),
        },
      ];
    }),
  );
  return { ...english, title: translation.title, description: translation.description, nodes };
}

/**
 * The English site paths of the pages that have a translation into `lang`: the home page and the about page
 * (their words are in the dictionaries, src/i18n/), the source list, the change record once its words are,
 * the appeal toolkit's list and paper forms, the deadline
 * finder and the cost estimator once their content's words are translated, the glossary
 * when its content is translated, each translated therapy, payer and guide page, a family's list once one
 * of its pages is translated (it lists them all, the English-only ones marked), each coverage page whose
 * therapy and payer are translated, with the coverage table and its two lists once one is, the search page
 * once any of them is, and every page of each translated decision flow (its questions, outcomes and map)
 * with the list of checks, and Original Medicare's local rules by state (the list and every state) once their
 * words are. `coverage` is every coverage page's pair.
 */
export function translatedPaths(
  lang: Lang,
  has: {
    glossary: boolean;
    appeals: boolean;
    /** Whether Original Medicare's public amounts are translated (the cost estimator shows them). */
    medicareRates?: boolean;
    /** Whether the change record's words are translated ("What changed" shows them). */
    changes?: boolean;
    pages: TranslatedPages;
    /** Every coverage page's pair (none: no coverage page counts as translated). */
    coverage?: readonly Pair[];
    /** The translated flows (their pages are the English flow's, in the other language). */
    flows?: readonly (Flow & { id: string })[];
    /** The state codes of Original Medicare's local rules, when their words are translated (else none). */
    medicareStates?: readonly string[];
    denialCodes?: boolean;
    /** The postal codes of the states whose help is translated (all of them, once the help is). */
    helpStates?: readonly string[];
  },
): string[] {
  if (lang === 'en') return [];
  const { pages } = has;
  const pairs = translatedPairs(has.coverage ?? [], pages);
  const flows = has.flows ?? [];
  const anyPage = pages.guides.length + pages.therapies.length + pages.payers.length > 0;
  return [
    sitePaths.home(),
    '/about/',
    // "What changed": the record's reasons in this language.
    ...(has.changes ? [sitePaths.changes()] : []),
    // The source list: our notes in Spanish (any not yet translated shows in English, marked).
    sitePaths.sources(),
    // The appeal toolkit's list and its paper forms (their words are in the dictionaries).
    sitePaths.appeal(),
    sitePaths.appealWorksheet(),
    sitePaths.appealCallLog(),
    // The deadline finder and the two letter tools, once the appeal steps and the letters' legal wording are
    // translated; the case file, which works out deadlines and brings in the letter builder's draft.
    ...(has.appeals
      ? [sitePaths.appealDeadlines(), sitePaths.appealLetter(), sitePaths.appealClaimFile(), sitePaths.appealMyCase()]
      : []),
    // The letter reader, once the codes' meanings are translated (it reads English letters, explains in Spanish).
    ...(has.appeals && has.denialCodes ? [sitePaths.appealReadLetter()] : []),
    // Who can help: the list of states and each state's page, once our words on them are translated.
    ...(has.helpStates?.length
      ? [sitePaths.appealFindHelp(), ...has.helpStates.map((code) => sitePaths.appealFindHelpState(code))]
      : []),
    // The cost estimator (its words are in the dictionaries), once Medicare's amounts are translated.
    ...(has.medicareRates ? [sitePaths.estimate()] : []),
    // Translated pages are indexed in their own language, with a search page of their own.
    ...(anyPage ? [sitePaths.search()] : []),
    ...(has.glossary ? ['/glossary/'] : []),
    ...(pages.guides.length > 0 ? [sitePaths.guides()] : []),
    ...pages.guides.map((slug) => sitePaths.guide(slug)),
    ...(pages.therapies.length > 0 ? [sitePaths.therapies()] : []),
    ...pages.therapies.map((slug) => sitePaths.therapy(slug)),
    ...(pages.payers.length > 0 ? [sitePaths.payers()] : []),
    ...pages.payers.map((slug) => sitePaths.payer(slug)),
    // The table lists every pair, linking the translated ones here and marking the others.
    ...(pairs.length > 0 ? ['', 'by-treatment', 'by-insurer'].map((view) => sitePaths.coverageMatrix(view)) : []),
    ...pairs.map((p) => sitePaths.coverage(p.therapy, p.payer)),
    // The list of checks lists every flow, the English-only ones marked.
    ...(flows.length > 0 ? [sitePaths.check()] : []),
    ...flows.flatMap((f) => [...flowPages(f.id, f).map((p) => p.path), sitePaths.flowMap(f.id)]),
    // Original Medicare's local rules: the list of states and each state's page.
    ...(has.medicareStates?.length ? [sitePaths.medicareStates()] : []),
    ...(has.medicareStates ?? []).map((code) => sitePaths.medicareState(code)),
  ];
}

/**
 * Where a link on a page in `lang` goes: a site path (`/guides/x/#y`) whose page exists in `lang` becomes
 * that page (`/es/guides/x/#y`); one that does not keeps the English page and is marked as in another
 * language. Full addresses and same-page anchors are left alone.
 */
export function localizedLink(
  href: string,
  lang: Lang,
  translated: ReadonlySet<string>,
): { href: string; otherLanguage: boolean } {
  if (lang === 'en' || !href.startsWith('/')) return { href, otherLanguage: false };
  const path = href.replace(/[?#].*$/, '');
  return translated.has(path) ? { href: inLanguage(href, lang), otherLanguage: false } : { href, otherLanguage: true };
}

/**
 * The site's addresses as a page in `lang` links them (the script of a tool builds links as the server does):
 * each path to the page in `lang` where `translated` has it, else to the English page, with `base` in front.
 */
export function pathsIn(lang: Lang, translated: ReadonlySet<string>, base: string): SitePaths {
  return Object.fromEntries(
    Object.entries(sitePaths).map(([name, fn]) => [
      name,
      (...args: unknown[]) =>
        withBase(localizedLink((fn as (...a: unknown[]) => string)(...args), lang, translated).href, base),
    ]),
  ) as SitePaths;
}

/** Each kind of plan's appeal steps and letter wording in `lang`: the translated words over the English rules. */
export function localizedAppealPlans(
  plans: readonly AppealPlan[],
  lang: Lang,
  translation: AppealsTranslation | undefined,
): AppealPlan[] {
  if (lang === 'en') return [...plans];
  return plans.map((p) => {
    const words = translation?.plans.find((x) => x.planType === p.planType);
    if (!words) throw new Error(`No ${lang} translation of the appeal steps for "${p.planType}"`);
    return {
      ...p,
      label: words.label,
      summary: words.summary,
      // The letters' legal wording in the language; the sources and whether copies are free stay the English.
      letter: { ...p.letter, ...words.letter },
      fileRequest: { ...p.fileRequest, ...words.fileRequest },
      levels: p.levels.map((l) => {
        const w = words.levels.find((x) => x.id === l.id);
        if (!w) throw new Error(`No ${lang} translation of appeal step "${p.planType}/${l.id}"`);
        const { decisionTime, expedited, note, ...rest } = l;
        return {
          ...rest,
          name: w.name,
          decides: w.decides,
          startsFrom: w.startsFrom,
          ...(decisionTime !== undefined && w.decisionTime !== undefined ? { decisionTime: w.decisionTime } : {}),
          ...(expedited !== undefined && w.expedited !== undefined ? { expedited: w.expedited } : {}),
          ...(note !== undefined && w.note !== undefined ? { note: w.note } : {}),
        };
      }),
    };
  });
}

/**
 * Original Medicare's public amounts in `lang`: the translated words of each service (by id) and of each missing
 * rate (in order) over the English; amounts, years, sources and confidence stay the English.
 */
export function localizedMedicareRates(
  m: MedicareRates,
  lang: Lang,
  translation: MedicareRatesTranslation | undefined,
): MedicareRates {
  if (lang === 'en') return m;
  if (!translation)
    throw new Error(`No ${lang} translation of Medicare's amounts (content/${lang}/medicare-rates.yaml)`);
  return {
    ...m,
    services: m.services.map((s) => {
      const w = translation.services.find((x) => x.id === s.id);
      if (!w) throw new Error(`No ${lang} translation of Medicare service "${s.id}"`);
      const { note, ...rest } = s;
      return {
        ...rest,
        use: w.use,
        label: w.label,
        release: w.release,
        ...(note !== undefined && w.note !== undefined ? { note: w.note } : {}),
      };
    }),
    noRate: m.noRate.map((n, i) => ({ ...n, ...(translation.noRate[i] ?? n) })),
  };
}

/** A change with the language its reason is in. */
export type LocalizedChange = Change & { wordsLang: Lang };

/**
 * The change record in `lang`: each change's translated reason (by its id) over the English change; a change the
 * translation lacks keeps its English reason, marked `wordsLang: 'en'`. Dates, kinds, statuses and sources stay
 * the English.
 */
export function localizedChanges(
  english: readonly Change[],
  lang: Lang,
  translation: ChangesTranslation | undefined,
): LocalizedChange[] {
  const why = new Map(lang === 'en' ? [] : translation?.changes.map((c) => [c.id, c.why]));
  return english.map((c) => {
    const words = why.get(changeId(c));
    return words === undefined ? { ...c, wordsLang: 'en' } : { ...c, why: words, wordsLang: lang };
  });
}

/** A price row with the language its words (note, sample) are in. */
export type LocalizedCostRow = CostRow & { wordsLang: Lang };

/**
 * The price rows in `lang`: each row's translated note and sample words (by its id) over the English row; a row
 * the translation lacks keeps its English words, marked `wordsLang: 'en'`. Prices, years, evidence, counts and
 * sources stay the English.
 */
export function localizedCosts(
  english: readonly CostRow[],
  lang: Lang,
  translation: CostsTranslation | undefined,
): LocalizedCostRow[] {
  const words = new Map(lang === 'en' ? [] : translation?.rows.map((r) => [r.id, r]));
  return english.map((r) => {
    const w = words.get(r.id);
    if (!w) return { ...r, wordsLang: 'en' };
    const { note, sample, ...rest } = r;
    return {
      ...rest,
      ...(note !== undefined ? { note: w.note ?? note } : {}),
      ...(sample ? { sample: { ...sample, ...w.sample } } : {}),
      wordsLang: lang,
    };
  });
}

/**
 * The codes the letter reader explains, with their meanings in `lang` (the content check has proved every code
 * is translated); codes, reasons, dates, sources and the words that show a kind of plan stay the English.
 */
export function localizedDenialCodes(
  english: DenialCodes,
  lang: Lang,
  translation: DenialCodesTranslation | undefined,
): DenialCodes {
  if (lang === 'en') return english;
  const words = (list: 'groups' | 'carc' | 'rarc') => {
    const meanings = new Map(translation?.[list].map((c) => [c.code, c.meaning]));
    return <C extends { code: string; meaning: string }>(c: C): C => {
      const meaning = meanings.get(c.code);
      if (!meaning) throw new Error(`No ${lang} translation of the ${list} code "${c.code}"`);
      return { ...c, meaning };
    };
  };
  return {
    ...english,
    groups: english.groups.map(words('groups')),
    carc: english.carc.map(words('carc')),
    rarc: english.rarc.map(words('rarc')),
  };
}

/**
 * Who can help, state by state, in `lang`: what each kind of office does, each plan's note, our texts and the
 * state names in the translation's words (the content check has proved each is translated); offices' own names,
 * numbers, addresses, sources and dates stay the English.
 */
export function localizedStateHelp(
  english: StateHelp,
  lang: Lang,
  translation: StateHelpTranslation | undefined,
): StateHelp {
  if (lang === 'en' || !translation) return english;
  const texts = new Map(translation.texts.map((x) => [x.english, x.text]));
  const say = (en: string) => {
    const text = texts.get(en);
    if (text === undefined) throw new Error(`No ${lang} translation of the state-help text "${en}"`);
    return text;
  };
  const row = <O extends HelpRow | NationalOffice>(o: O): O => ({
    ...o,
    ...('lookWhere' in o && o.lookWhere !== undefined ? { lookWhere: say(o.lookWhere) } : {}),
    ...(o.note !== undefined ? { note: say(o.note) } : {}),
    ...(o.phoneNote !== undefined ? { phoneNote: say(o.phoneNote) } : {}),
  });
  const names = new Map(translation.states.map((s) => [s.code, s.name]));
  return {
    ...english,
    kinds: english.kinds.map((k) => {
      const words = translation.kinds.find((x) => x.kind === k.kind);
      return words ? { ...k, title: words.title, helps: words.helps } : k;
    }),
    plans: english.plans.map((p) => ({ ...p, note: translation.plans.find((x) => x.plan === p.plan)?.note ?? p.note })),
    national: english.national.map(row),
    states: english.states.map((s) => ({ ...s, name: names.get(s.code) ?? s.name, offices: s.offices.map(row) })),
  };
}
