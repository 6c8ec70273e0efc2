/**
 * Checks the translations in content/<lang>/ against the English: each entry names an English one; the
 * facts (every digit-holding token: amounts, dates, codes, policy numbers) of each text match the
 * English text's; no text uses a word the fixed glossary (content/es/terms.yaml) says to avoid; and a
 * translation whose English words changed since it was stamped is listed as stale (a warning: the page
 * still builds, and says when it was last reviewed).
 */
import type { Problem } from '../content/problem.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Source } from '../../schemas/source.ts';
import type { AppealPlan } from '../../schemas/appeal.ts';
import type { DenialCodes } from '../../schemas/denial-code.ts';
import type { StateHelp } from '../../schemas/state-help.ts';
import type {
  AppealsTranslation,
  CoverageTranslation,
  DenialCodesTranslation,
  FixedTerms,
  StateHelpTranslation,
  GlossaryTranslation,
  PageTranslation,
  SourceNotesTranslation,
  TherapyTranslation,
} from '../../schemas/translation.ts';
import type { Therapy } from '../../schemas/therapy.ts';
import type { CoverageEntry } from '../../schemas/coverage.ts';
import type { FaqItem, NextStep } from '../../schemas/common.ts';
import type { ComponentUse } from '../content/mdx.ts';
import { factDifference } from './facts.ts';
import { FREE_ES, FREE_OF_CHARGE_ES } from '../../schemas/letter.ts';
import { wordsVersion } from './version.ts';

/** The English words a glossary translation covers, in the form its version is taken from. */
export const glossaryWords = (terms: readonly GlossaryTerm[]) =>
  terms.map((t) => [t.id, t.term, t.definition, t.aliases]);

/** The English words a source-notes translation covers: the notes of the sources it translates. */
export const sourceNoteWords = (sources: readonly Source[], ids: readonly string[]) => {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return ids.map((id) => [id, byId.get(id)?.note ?? '']);
};

/** The words of an MDX page (English or translated) that a page translation covers. */
export interface PageWords {
  title: string;
  shortTitle?: string | undefined;
  answer: string;
  synonyms: readonly string[];
  faq: readonly FaqItem[];
  nextSteps: readonly NextStep[];
  body: string;
}

/** The English words a page translation covers, in the form its version is taken from. */
export const pageWords = (p: PageWords) => [
  p.title,
  p.shortTitle ?? null,
  p.answer,
  p.synonyms,
  p.faq.map((f) => [f.q, f.a]),
  p.nextSteps.map((n) => n.text),
  p.body,
];

/** The words of a therapy page's own fields (beyond every page's), in the form its version is taken from. */
export type TherapyWords = Pick<
  Therapy,
  'commonUse' | 'fdaStatus' | 'codes' | 'coveredExceptions' | 'askTheClinic' | 'otherUses' | 'series'
>;
export const therapyWords = (t: TherapyWords) => [
  t.commonUse,
  t.fdaStatus.label,
  t.fdaStatus.detail,
  t.codes.map((c) => [c.code, c.meaning]),
  t.coveredExceptions.map((e) => [e.text, e.conditions]),
  t.askTheClinic,
  t.otherUses.map((o) => o.label),
  t.series?.note ?? null,
];

/** The English words a coverage translation covers: each entry's words, in file order. */
export const coverageWords = (entries: readonly CoverageEntry[]) =>
  entries.map((e) => [e.therapy, e.indication ?? null, e.indicationLabel ?? null, e.answer, e.criteria, e.note]);

/** Whole-word, case-blind search for a word or phrase (letters with accents count as letters). */
const hasWord = (text: string, word: string): boolean =>
  new RegExp(`(?<![\\p{L}\\d])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'iu').test(text);

/** Problems for each avoided word of the fixed glossary that a text uses. */
export function avoidedWords(terms: FixedTerms, file: string, field: string, text: string): Problem[] {
  return terms.flatMap((t) =>
    t.avoid
      .filter((w) => hasWord(text, w))
      .map((w) => ({
        file,
        field,
        value: w,
        message: `uses another word for "${t.en}": write "${t.es}"`,
      })),
  );
}

/** Problems for facts in the English text that the translation lacks, or states and the English does not. */
export function factProblems(file: string, field: string, english: string, translated: string): Problem[] {
  const { missing, added } = factDifference(english, translated);
  return [
    ...missing.map((f) => ({ file, field, value: f, message: 'lacks a fact of the English' })),
    ...added.map((f) => ({ file, field, value: f, message: 'states a fact the English does not' })),
  ];
}

/** A warning when the English words changed since the translation's version was stamped. */
export function staleness(file: string, translates: { file: string; version: string }, current: string): string[] {
  if (translates.version === current) return [];
  return [
    `${file}: translates ${translates.file} as of version ${translates.version}; the English is now ${current}. ` +
      `Bring the translation up to date, then run: npm run translations -- --stamp ${file}`,
  ];
}

export function checkGlossaryTranslation(
  t: GlossaryTranslation,
  file: string,
  english: readonly GlossaryTerm[],
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const byId = new Map(english.map((g) => [g.id, g]));
  const seen = new Set<string>();
  t.terms.forEach((entry, i) => {
    const en = byId.get(entry.id);
    if (!en) {
      problems.push({
        file,
        field: `terms[${i}].id`,
        value: entry.id,
        message: 'is not a term of the English glossary',
      });
      return;
    }
    if (seen.has(entry.id))
      problems.push({ file, field: `terms[${i}].id`, value: entry.id, message: 'is translated twice' });
    seen.add(entry.id);
    problems.push(
      ...factProblems(file, `terms[${i}].definition`, en.definition, entry.definition),
      ...avoidedWords(terms, file, `terms[${i}].term`, entry.term),
      ...avoidedWords(terms, file, `terms[${i}].definition`, entry.definition),
      ...avoidedWords(terms, file, `terms[${i}].aliases`, entry.aliases.join(', ')),
    );
  });
  for (const g of english)
    if (!seen.has(g.id))
      problems.push({ file, field: 'terms', value: g.id, message: 'has no translation of this English term' });
  return { problems, warnings: staleness(file, t.translates, wordsVersion(glossaryWords(english))) };
}

export function checkSourceNotesTranslation(
  t: SourceNotesTranslation,
  file: string,
  sources: readonly Source[],
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const byId = new Map(sources.map((s) => [s.id, s]));
  t.notes.forEach((entry, i) => {
    const en = byId.get(entry.id);
    if (!en?.note) {
      problems.push({ file, field: `notes[${i}].id`, value: entry.id, message: 'is not a source with a note' });
      return;
    }
    problems.push(
      ...factProblems(file, `notes[${i}].note`, en.note, entry.note),
      ...avoidedWords(terms, file, `notes[${i}].note`, entry.note),
    );
  });
  const ids = t.notes.map((n) => n.id);
  return { problems, warnings: staleness(file, t.translates, wordsVersion(sourceNoteWords(sources, ids))) };
}

/** A link without its #anchor: a translation may point at its own heading on the same page. */
const withoutAnchor = (href: string | undefined) => href?.replace(/#.*$/, '');

/** The ids a body cites, in order of first use. */
const citedIds = (uses: readonly ComponentUse[]) => [
  ...new Set(uses.flatMap((u) => (u.name === 'Cite' && typeof u.attributes.id === 'string' ? [u.attributes.id] : []))),
];

/**
 * A therapy, payer or guide page's translation against its English page: the same facts in every text
 * (title, answer, each FAQ, each next step, the body as a whole), the same sources cited in the body, the
 * same FAQ and next steps one for one (each next step to the same page), no avoided word anywhere, and
 * the version it translates.
 */
export function checkPageTranslation(
  t: PageTranslation & { body: string },
  file: string,
  english: PageWords & { file: string },
  uses: { english: readonly ComponentUse[]; translated: readonly ComponentUse[] },
  terms: FixedTerms,
  /** A family's own fields (a therapy's: `therapyFields`): their texts, shape problems and version words. */
  own: OwnFields = { texts: [], problems: [], words: [] },
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [...own.problems];
  if (t.translates.file !== english.file)
    problems.push({
      file,
      field: 'translates.file',
      value: t.translates.file,
      message: `must name the English page with the same file name: ${english.file}`,
    });
  if ((t.shortTitle === undefined) !== (english.shortTitle === undefined))
    problems.push({
      file,
      field: 'shortTitle',
      value: t.shortTitle,
      message: english.shortTitle ? 'is missing: the English page has one' : 'is extra: the English page has none',
    });
  const texts: [string, string, string][] = [
    ['title', english.title, t.title],
    ['answer', english.answer, t.answer],
    ...(english.shortTitle && t.shortTitle
      ? [['shortTitle', english.shortTitle, t.shortTitle] as [string, string, string]]
      : []),
  ];
  if (t.faq.length !== english.faq.length)
    problems.push({
      file,
      field: 'faq',
      value: t.faq.length,
      message: `has ${t.faq.length} questions; the English page has ${english.faq.length}`,
    });
  else
    english.faq.forEach((f, i) => {
      texts.push([`faq[${i}].q`, f.q, t.faq[i]!.q], [`faq[${i}].a`, f.a, t.faq[i]!.a]);
    });
  if (t.nextSteps.length !== english.nextSteps.length)
    problems.push({
      file,
      field: 'nextSteps',
      value: t.nextSteps.length,
      message: `has ${t.nextSteps.length} next steps; the English page has ${english.nextSteps.length}`,
    });
  else
    english.nextSteps.forEach((n, i) => {
      const mine = t.nextSteps[i]!;
      texts.push([`nextSteps[${i}].text`, n.text, mine.text]);
      if (withoutAnchor(mine.href) !== withoutAnchor(n.href))
        problems.push({
          file,
          field: `nextSteps[${i}].href`,
          value: mine.href,
          message: `must link where the English next step does: ${n.href ?? '(no link)'}`,
        });
    });
  texts.push(...own.texts);
  for (const [field, en, es] of texts) problems.push(...factProblems(file, field, en, es));
  problems.push(...factProblems(file, 'body', english.body, t.body));
  const cited = new Set(citedIds(uses.translated));
  const englishCited = citedIds(uses.english);
  for (const id of englishCited)
    if (!cited.has(id))
      problems.push({ file, field: 'body', value: id, message: 'does not cite this source; the English body does' });
  for (const id of cited)
    if (!englishCited.includes(id))
      problems.push({ file, field: 'body', value: id, message: 'cites a source the English body does not' });
  for (const [field, , es] of texts) problems.push(...avoidedWords(terms, file, field, es));
  problems.push(
    ...avoidedWords(terms, file, 'synonyms', t.synonyms.join(', ')),
    ...avoidedWords(terms, file, 'body', t.body),
  );
  return { problems, warnings: staleness(file, t.translates, wordsVersion([...pageWords(english), ...own.words])) };
}

/** Texts to compare (field, English, translation), problems of shape, and words for the version. */
export interface OwnFields {
  texts: [string, string, string][];
  problems: Problem[];
  words: unknown[];
}

/**
 * Pairs two lists item for item: a problem when the counts differ (naming the field), else each pair.
 * Lists that must follow the English one for one (codes, conditions, questions) all go through here.
 */
function pairs<E, T>(
  file: string,
  field: string,
  english: readonly E[],
  translated: readonly T[],
  problems: Problem[],
): [E, T, string][] {
  if (english.length !== translated.length) {
    problems.push({
      file,
      field,
      value: translated.length,
      message: `has ${translated.length} items; the English has ${english.length}`,
    });
    return [];
  }
  return english.map((e, i) => [e, translated[i]!, `${field}[${i}]`]);
}

/** A therapy translation's own fields against its English page: the same items, in order, with the same facts. */
export function therapyFields(t: TherapyTranslation, english: TherapyWords, file: string): OwnFields {
  const problems: Problem[] = [];
  const texts: [string, string, string][] = [
    ['commonUse', english.commonUse, t.commonUse],
    ['fdaStatus.label', english.fdaStatus.label, t.fdaStatus.label],
    ['fdaStatus.detail', english.fdaStatus.detail, t.fdaStatus.detail],
  ];
  for (const [en, es, field] of pairs(file, 'codes', english.codes, t.codes, problems)) {
    if (es.code !== en.code)
      problems.push({ file, field: `${field}.code`, value: es.code, message: `must be the English code ${en.code}` });
    texts.push([`${field}.meaning`, en.meaning, es.meaning]);
  }
  for (const [en, es, field] of pairs(
    file,
    'coveredExceptions',
    english.coveredExceptions,
    t.coveredExceptions,
    problems,
  )) {
    texts.push([`${field}.text`, en.text, es.text]);
    for (const [c, d, f] of pairs(file, `${field}.conditions`, en.conditions, es.conditions, problems))
      texts.push([f, c, d]);
  }
  for (const [en, es, field] of pairs(file, 'askTheClinic', english.askTheClinic, t.askTheClinic, problems))
    texts.push([field, en, es]);
  for (const [en, es, field] of pairs(file, 'otherUses', english.otherUses, t.otherUses, problems))
    texts.push([`${field}.label`, en.label, es.label]);
  if ((english.series === undefined) !== (t.series === undefined))
    problems.push({
      file,
      field: 'series',
      value: t.series?.note,
      message: english.series ? 'is missing: the English page has one' : 'is extra: the English page has none',
    });
  else if (english.series && t.series) texts.push(['series.note', english.series.note, t.series.note]);
  return { texts, problems, words: therapyWords(english) };
}

/**
 * A payer's coverage translation against its English file: one item per English entry, in order, naming the
 * same entry; an indication label exactly where the English has one; the same criteria one for one; the same
 * facts in every text; no avoided word; and the version it translates.
 */
export function checkCoverageTranslation(
  t: CoverageTranslation,
  file: string,
  english: readonly CoverageEntry[],
  englishFile: string,
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  if (t.translates.file !== englishFile)
    problems.push({
      file,
      field: 'translates.file',
      value: t.translates.file,
      message: `must name the English file with the same file name: ${englishFile}`,
    });
  const key = (e: { therapy: string; indication?: string | undefined }) =>
    e.indication ? `${e.therapy}/${e.indication}` : e.therapy;
  const texts: [string, string, string][] = [];
  for (const [en, es, field] of pairs(file, 'entries', english, t.entries, problems)) {
    if (key(es) !== key(en)) {
      problems.push({ file, field, value: key(es), message: `must translate the English entry ${key(en)} here` });
      continue;
    }
    if ((en.indicationLabel === undefined) !== (es.indicationLabel === undefined))
      problems.push({
        file,
        field: `${field}.indicationLabel`,
        value: es.indicationLabel,
        message: en.indicationLabel ? 'is missing: the English entry has one' : 'is extra: the English entry has none',
      });
    else if (en.indicationLabel && es.indicationLabel)
      texts.push([`${field}.indicationLabel`, en.indicationLabel, es.indicationLabel]);
    texts.push([`${field}.answer`, en.answer, es.answer], [`${field}.note`, en.note, es.note]);
    for (const [c, d, f] of pairs(file, `${field}.criteria`, en.criteria, es.criteria, problems)) texts.push([f, c, d]);
  }
  for (const [field, en, es] of texts)
    problems.push(...factProblems(file, field, en, es), ...avoidedWords(terms, file, field, es));
  return { problems, warnings: staleness(file, t.translates, wordsVersion(coverageWords(english))) };
}

/** The words of each plan's appeal steps that a translation covers, and of its letters' legal wording. */
const LEVEL_WORDS = ['name', 'decides', 'startsFrom', 'decisionTime', 'expedited', 'note'] as const;
const LETTER_WORDS = ['ask', 'next', 'fileRight'] as const;
const FILE_REQUEST_WORDS = ['ask', 'criteria', 'note'] as const;
export const appealWords = (plans: readonly AppealPlan[]) =>
  plans.map((p) => [
    p.planType,
    p.label,
    p.summary,
    p.levels.map((l) => [l.id, ...LEVEL_WORDS.map((k) => l[k] ?? null)]),
    LETTER_WORDS.map((k) => p.letter[k]),
    FILE_REQUEST_WORDS.map((k) => p.fileRequest[k]),
  ]);

/**
 * The appeal steps' translation against the English: every kind of plan and every step translated once,
 * each field the English has (and no other), the same facts in each, no avoided word, and its version. The
 * letters' legal wording too, sentence for sentence, and the claim-file letter claims free copies in Spanish
 * exactly where the English rule gives them (`free`), as src/schemas/letter.ts holds the English to.
 */
export function checkAppealsTranslation(
  t: AppealsTranslation,
  file: string,
  plans: readonly AppealPlan[],
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const texts = (field: string, en: string | undefined, es: string | undefined) => {
    if ((en === undefined) !== (es === undefined))
      problems.push({
        file,
        field,
        value: es,
        message: en === undefined ? 'is extra: the English step has none' : 'is missing: the English step has one',
      });
    if (en !== undefined && es !== undefined)
      problems.push(...factProblems(file, field, en, es), ...avoidedWords(terms, file, field, es));
  };
  plans.forEach((plan) => {
    const i = t.plans.findIndex((x) => x.planType === plan.planType);
    const mine = t.plans[i];
    if (!mine) {
      problems.push({ file, field: 'plans', value: plan.planType, message: 'has no translation of this kind of plan' });
      return;
    }
    texts(`plans[${i}].label`, plan.label, mine.label);
    texts(`plans[${i}].summary`, plan.summary, mine.summary);
    for (const k of LETTER_WORDS) texts(`plans[${i}].letter.${k}`, plan.letter[k], mine.letter[k]);
    for (const k of FILE_REQUEST_WORDS) texts(`plans[${i}].fileRequest.${k}`, plan.fileRequest[k], mine.fileRequest[k]);
    if (plan.fileRequest.free && !FREE_OF_CHARGE_ES.test(mine.fileRequest.ask))
      problems.push({
        file,
        field: `plans[${i}].fileRequest.ask`,
        value: mine.fileRequest.ask,
        message: 'must say "sin costo": the English rule gives the copies free of charge',
      });
    if (!plan.fileRequest.free)
      for (const k of ['ask', 'criteria'] as const)
        if (FREE_ES.test(mine.fileRequest[k]))
          problems.push({
            file,
            field: `plans[${i}].fileRequest.${k}`,
            value: mine.fileRequest[k],
            message: 'claims free copies that no sourced rule gives (the English plan has free: false)',
          });
    plan.levels.forEach((level) => {
      const j = mine.levels.findIndex((x) => x.id === level.id);
      const words = mine.levels[j];
      if (!words) {
        problems.push({
          file,
          field: `plans[${i}].levels`,
          value: level.id,
          message: 'has no translation of this step',
        });
        return;
      }
      for (const k of LEVEL_WORDS) texts(`plans[${i}].levels[${j}].${k}`, level[k], words[k]);
    });
    mine.levels.forEach((l, j) => {
      if (!plan.levels.some((x) => x.id === l.id))
        problems.push({
          file,
          field: `plans[${i}].levels[${j}].id`,
          value: l.id,
          message: 'is not a step of this plan',
        });
    });
  });
  t.plans.forEach((p, i) => {
    if (!plans.some((x) => x.planType === p.planType))
      problems.push({ file, field: `plans[${i}].planType`, value: p.planType, message: 'is not a kind of plan' });
  });
  return { problems, warnings: staleness(file, t.translates, wordsVersion(appealWords(plans))) };
}

/** The lists of codes the letter reader explains, each translated code for code. */
const CODE_LISTS = ['groups', 'carc', 'rarc'] as const;

/** The English words a denial-code translation covers: each list's codes and meanings, in file order. */
export const denialCodeWords = (codes: Pick<DenialCodes, (typeof CODE_LISTS)[number]>) =>
  CODE_LISTS.map((list) => codes[list].map((c) => [c.code, c.meaning]));

/**
 * The codes' translation against the English: every code of each list translated once, by its code, and no
 * code the English lacks; the same facts in each meaning, no avoided word, and its version.
 */
export function checkDenialCodesTranslation(
  t: DenialCodesTranslation,
  file: string,
  english: DenialCodes,
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  for (const list of CODE_LISTS) {
    const byCode = new Map(english[list].map((c) => [c.code, c]));
    const seen = new Set<string>();
    t[list].forEach((entry, i) => {
      const field = `${list}[${i}]`;
      const en = byCode.get(entry.code);
      if (!en) {
        problems.push({
          file,
          field: `${field}.code`,
          value: entry.code,
          message: `is not a code of the English ${list}`,
        });
        return;
      }
      if (seen.has(entry.code))
        problems.push({ file, field: `${field}.code`, value: entry.code, message: 'is translated twice' });
      seen.add(entry.code);
      problems.push(
        ...factProblems(file, `${field}.meaning`, en.meaning, entry.meaning),
        ...avoidedWords(terms, file, `${field}.meaning`, entry.meaning),
      );
    });
    for (const c of english[list])
      if (!seen.has(c.code))
        problems.push({ file, field: list, value: c.code, message: 'has no translation of this English code' });
  }
  return { problems, warnings: staleness(file, t.translates, wordsVersion(denialCodeWords(english))) };
}

/** Every text of ours an office row or a national office carries ("where to look", notes, phone notes), once. */
export const stateHelpTexts = (h: StateHelp): string[] => [
  ...new Set(
    [...h.national, ...h.states.flatMap((s) => s.offices)].flatMap((o) => [
      ...('lookWhere' in o && o.lookWhere ? [o.lookWhere] : []),
      ...(o.note ? [o.note] : []),
      ...(o.phoneNote ? [o.phoneNote] : []),
    ]),
  ),
];

/** The English words a state-help translation covers. */
export const stateHelpWords = (h: StateHelp) => [
  h.kinds.map((k) => [k.kind, k.title, k.helps]),
  h.plans.map((p) => [p.plan, p.note]),
  [...stateHelpTexts(h)].sort(),
  h.states.map((s) => [s.code, s.name]),
];

/**
 * The state-help translation against the English: every kind of office, plan note and text of ours translated
 * once, nothing the English lacks, the same facts (phone numbers, years) in each, no avoided word, state names
 * only for states the English has, and its version.
 */
export function checkStateHelpTranslation(
  t: StateHelpTranslation,
  file: string,
  english: StateHelp,
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const text = (field: string, en: string, es: string) =>
    problems.push(...factProblems(file, field, en, es), ...avoidedWords(terms, file, field, es));
  /** Each item of `mine` names one of `theirs` by `key`, once; every one of `theirs` is named. */
  const oneForOne = <E, T>(
    list: string,
    theirs: readonly E[],
    mine: readonly T[],
    key: (x: E | T) => string,
    compare: (en: E, es: T, field: string) => void,
  ) => {
    const byKey = new Map(theirs.map((e) => [key(e), e]));
    const seen = new Set<string>();
    mine.forEach((m, i) => {
      const k = key(m);
      const en = byKey.get(k);
      if (!en) problems.push({ file, field: `${list}[${i}]`, value: k, message: `is not in the English ${list}` });
      else if (seen.has(k)) problems.push({ file, field: `${list}[${i}]`, value: k, message: 'is translated twice' });
      else compare(en, m, `${list}[${i}]`);
      seen.add(k);
    });
    for (const e of theirs)
      if (!seen.has(key(e))) problems.push({ file, field: list, value: key(e), message: 'has no translation' });
  };
  oneForOne(
    'kinds',
    english.kinds,
    t.kinds,
    (k) => k.kind,
    (en, es, f) => {
      text(`${f}.title`, en.title, es.title);
      text(`${f}.helps`, en.helps, es.helps);
    },
  );
  oneForOne(
    'plans',
    english.plans,
    t.plans,
    (p) => p.plan,
    (en, es, f) => text(`${f}.note`, en.note, es.note),
  );
  oneForOne(
    'texts',
    stateHelpTexts(english).map((english) => ({ english })),
    t.texts,
    (x) => x.english,
    (en, es, f) => text(`${f}.text`, en.english, (es as { text: string }).text),
  );
  t.states.forEach((s, i) => {
    if (!english.states.some((x) => x.code === s.code))
      problems.push({ file, field: `states[${i}].code`, value: s.code, message: 'is not a state of the English file' });
    problems.push(...avoidedWords(terms, file, `states[${i}].name`, s.name));
  });
  return { problems, warnings: staleness(file, t.translates, wordsVersion(stateHelpWords(english))) };
}
