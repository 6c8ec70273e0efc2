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
import type { MedicareRates } from '../../schemas/medicare-rate.ts';
import type { DenialCodes } from '../../schemas/denial-code.ts';
import type { StateHelp } from '../../schemas/state-help.ts';
import type {
  AppealsTranslation,
  ChangesTranslation,
  CostsTranslation,
  CoverageTranslation,
  DenialCodesTranslation,
  FixedTerms,
  FlowTranslation,
  StateHelpTranslation,
  GlossaryTranslation,
  MedicareRatesTranslation,
  MedicareContractorsTranslation,
  PageTranslation,
  SourceNotesTranslation,
  TherapyTranslation,
} from '../../schemas/translation.ts';
import type { Therapy } from '../../schemas/therapy.ts';
import type { CoverageEntry } from '../../schemas/coverage.ts';
import type { Flow } from '../../schemas/flow.ts';
import type { MedicareContractors } from '../../schemas/medicare-contractor.ts';
import type { FaqItem, NextStep } from '../../schemas/common.ts';
import type { Change } from '../../schemas/change.ts';
import type { CostRow } from '../../schemas/cost.ts';
import { changeId } from '../changes/record.ts';
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

/** A problem when a translation names another English file than the one it translates. */
function englishFileProblems(t: { translates: { file: string } }, file: string, englishFile: string, rule = '') {
  const problems: Problem[] = [];
  if (t.translates.file !== englishFile)
    problems.push({
      file,
      field: 'translates.file',
      value: t.translates.file,
      message: `must name the English file${rule}: ${englishFile}`,
    });
  return problems;
}

/** How a coverage entry or a Medicare row names its therapy and use: `prp/joints-and-tendons`. */
const useKey = (e: { therapy: string; indication?: string | undefined }) =>
  e.indication ? `${e.therapy}/${e.indication}` : e.therapy;

/** Each text (field, English, translation) against its English: the same facts, and no avoided word. */
const textProblems = (file: string, texts: readonly [string, string, string][], terms: FixedTerms): Problem[] =>
  texts.flatMap(([field, en, es]) => [...factProblems(file, field, en, es), ...avoidedWords(terms, file, field, es)]);

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
  const problems = englishFileProblems(t, file, englishFile, ' with the same file name');
  const texts: [string, string, string][] = [];
  for (const [en, es, field] of pairs(file, 'entries', english, t.entries, problems)) {
    if (useKey(es) !== useKey(en)) {
      problems.push({ file, field, value: useKey(es), message: `must translate the English entry ${useKey(en)} here` });
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
  problems.push(...textProblems(file, texts, terms));
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
 * A check for a translated text the English may leave out (a note, a fast option): present exactly where the
 * English one is (`english` names it in the message: "the English step"), with its facts and no avoided word.
 */
const optionalTexts =
  (file: string, terms: FixedTerms, problems: Problem[], english: string) =>
  (field: string, en: string | undefined, es: string | undefined) => {
    if ((en === undefined) !== (es === undefined))
      problems.push({
        file,
        field,
        value: es,
        message: en === undefined ? `is extra: ${english} has none` : `is missing: ${english} has one`,
      });
    if (en !== undefined && es !== undefined)
      problems.push(...factProblems(file, field, en, es), ...avoidedWords(terms, file, field, es));
  };

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
  const texts = optionalTexts(file, terms, problems, 'the English step');
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

/** The English words a flow translation covers: the flow's name, then each node's words in file order. */
export const flowWords = (flow: Pick<Flow, 'title' | 'description' | 'nodes'>) => [
  flow.title,
  flow.description,
  Object.entries(flow.nodes).map(([id, n]) =>
    n.type === 'question'
      ? [id, n.text, n.short, n.hint ?? null, n.options.map((o) => [o.value, o.label, o.hint ?? null])]
      : [id, n.title, n.answer ?? null, n.body, n.nextSteps.map((s) => s.text)],
  ),
];

/** The words only a question has, and those only an outcome has: a node holds none of the other kind's. */
const QUESTION_WORDS = ['text', 'short', 'hint', 'options'] as const;
const OUTCOME_WORDS = ['title', 'answer', 'body', 'nextSteps'] as const;

/**
 * A flow's translation against its English flow: every English node translated, by its id, and no other node;
 * every option of each question, by its value, and no other; each field present exactly when the English has it
 * (a question's text and short, an outcome's title, and any hint or answer the English has); the body and next
 * steps one for one, each next step linking exactly where the English one does; the same facts in every text;
 * no avoided word; and the version it translates.
 */
export function checkFlowTranslation(
  t: FlowTranslation,
  file: string,
  english: Pick<Flow, 'title' | 'description' | 'nodes'>,
  englishFile: string,
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const problem = (field: string, value: unknown, message: string) => problems.push({ file, field, value, message });
  if (t.translates.file !== englishFile)
    problem('translates.file', t.translates.file, `must name the English flow with the same file name: ${englishFile}`);
  const texts: [string, string, string][] = [
    ['title', english.title, t.title],
    ['description', english.description, t.description],
  ];
  /** A text present exactly where the English one is; `what` names the English item ("node", "option"). */
  const same = (field: string, en: string | undefined, es: string | undefined, what: string) => {
    if ((en === undefined) !== (es === undefined))
      problem(
        field,
        es,
        en === undefined ? `is extra: the English ${what} has none` : `is missing: the English ${what} has one`,
      );
    else if (en !== undefined && es !== undefined) texts.push([field, en, es]);
  };
  for (const [id, node] of Object.entries(english.nodes)) {
    const words = t.nodes[id];
    const at = `nodes.${id}`;
    if (!words) {
      problem('nodes', id, 'has no translation of this English node');
      continue;
    }
    const question = node.type === 'question';
    for (const k of question ? OUTCOME_WORDS : QUESTION_WORDS)
      if (words[k] !== undefined)
        problem(`${at}.${k}`, words[k], `is extra: the English node is ${question ? 'a question' : 'an outcome'}`);
    if (question) {
      same(`${at}.text`, node.text, words.text, 'question');
      same(`${at}.short`, node.short, words.short, 'question');
      same(`${at}.hint`, node.hint, words.hint, 'question');
      const options = words.options ?? {};
      for (const o of node.options) {
        const w = options[o.value];
        if (!w) problem(`${at}.options`, o.value, 'has no translation of this English option');
        else {
          same(`${at}.options.${o.value}.label`, o.label, w.label, 'option');
          same(`${at}.options.${o.value}.hint`, o.hint, w.hint, 'option');
        }
      }
      for (const value of Object.keys(options))
        if (!node.options.some((o) => o.value === value))
          problem(`${at}.options.${value}`, value, 'is not an option of the English question');
    } else {
      same(`${at}.title`, node.title, words.title, 'outcome');
      same(`${at}.answer`, node.answer, words.answer, 'outcome');
      for (const [en, es, field] of pairs(file, `${at}.body`, node.body, words.body ?? [], problems))
        texts.push([field, en, es]);
      for (const [en, es, field] of pairs(file, `${at}.nextSteps`, node.nextSteps, words.nextSteps ?? [], problems)) {
        texts.push([`${field}.text`, en.text, es.text]);
        if (es.href !== en.href)
          problem(
            `${field}.href`,
            es.href,
            `must link exactly where the English next step does: ${en.href ?? '(no link)'}`,
          );
      }
    }
  }
  for (const id of Object.keys(t.nodes))
    if (!(id in english.nodes)) problem(`nodes.${id}`, id, 'is not a node of the English flow');
  for (const [field, en, es] of texts)
    problems.push(...factProblems(file, field, en, es), ...avoidedWords(terms, file, field, es));
  return { problems, warnings: staleness(file, t.translates, wordsVersion(flowWords(english))) };
}

/** The English words a Medicare-rates translation covers: each service's and each missing rate's words. */
export const medicareRateWords = (m: MedicareRates) => [
  m.services.map((s) => [s.id, s.use, s.label, s.release, s.note ?? null]),
  m.noRate.map((n) => [n.therapy, n.what, n.ask]),
];

/**
 * The words of Original Medicare's public amounts against the English: every service translated once by id (and
 * no other), every missing rate in the English order, a note exactly where the English has one, the same facts
 * in each text (amounts, codes, dates), no avoided word, and its version.
 */
export function checkMedicareRatesTranslation(
  t: MedicareRatesTranslation,
  file: string,
  m: MedicareRates,
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const texts = optionalTexts(file, terms, problems, 'the English');
  m.services.forEach((s) => {
    const i = t.services.findIndex((x) => x.id === s.id);
    const mine = t.services[i];
    if (!mine) {
      problems.push({ file, field: 'services', value: s.id, message: 'has no translation of this service' });
      return;
    }
    for (const k of ['use', 'label', 'release', 'note'] as const) texts(`services[${i}].${k}`, s[k], mine[k]);
  });
  t.services.forEach((x, i) => {
    if (!m.services.some((s) => s.id === x.id))
      problems.push({ file, field: `services[${i}].id`, value: x.id, message: 'is not a service in the English' });
  });
  if (t.noRate.length !== m.noRate.length)
    problems.push({
      file,
      field: 'noRate',
      value: t.noRate.length,
      message: `must have one item per English item (${m.noRate.length}), in the same order`,
    });
  m.noRate.forEach((n, i) => {
    const mine = t.noRate[i];
    if (!mine) return;
    if (mine.therapy !== n.therapy)
      problems.push({
        file,
        field: `noRate[${i}].therapy`,
        value: mine.therapy,
        message: `must be "${n.therapy}", as the English item in the same place`,
      });
    texts(`noRate[${i}].what`, n.what, mine.what);
    texts(`noRate[${i}].ask`, n.ask, mine.ask);
  });
  return { problems, warnings: staleness(file, t.translates, wordsVersion(medicareRateWords(m))) };
}

/** The English words a Medicare-by-state translation covers: our prose and the places' names, in file order. */
export const medicareWords = (m: MedicareContractors) => [
  m.contractors.map((c) => [
    c.id,
    c.note ?? null,
    c.decisions.map((d) => [d.therapy, d.indication ?? null, d.says, d.note ?? null]),
  ]),
  m.national.map((n) => [n.therapy, n.indication ?? null, n.says, n.note ?? null]),
  m.unplaced.map((u) => [u.lcd, u.note]),
  m.states.map((s) => [s.code, s.name, s.partBAreas.map((a) => [a.areas, a.short])]),
];

/**
 * Original Medicare's local rules by state in translation, against content/medicare-contractors.yaml: every
 * contractor, decision, national rule, rule we could not place and place translated once, item for item in the
 * English order and naming the same item; a note exactly where the English has one; the same facts in every
 * text (a rule number, a date, a count of weeks); no avoided word; and the version it translates.
 */
export function checkMedicareTranslation(
  t: MedicareContractorsTranslation,
  file: string,
  english: MedicareContractors,
  englishFile: string,
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems = englishFileProblems(t, file, englishFile);
  const texts: [string, string, string][] = [];
  /** An item must name the English item in its place (`key`: its id, therapy and use, rule or code). */
  const same = (field: string, en: string, es: string) => {
    if (en !== es) problems.push({ file, field, value: es, message: `must translate the English item ${en} here` });
    return en === es;
  };
  /** A note the English may leave out: present exactly when the English has one. */
  const optional = (field: string, en: string | undefined, es: string | undefined) => {
    if ((en === undefined) !== (es === undefined))
      problems.push({
        file,
        field,
        value: es,
        message: en === undefined ? 'is extra: the English item has none' : 'is missing: the English item has one',
      });
    else if (en !== undefined && es !== undefined) texts.push([field, en, es]);
  };
  for (const [en, es, field] of pairs(file, 'contractors', english.contractors, t.contractors, problems)) {
    if (!same(`${field}.id`, en.id, es.id)) continue;
    optional(`${field}.note`, en.note, es.note);
    for (const [d, w, f] of pairs(file, `${field}.decisions`, en.decisions, es.decisions, problems)) {
      if (!same(f, useKey(d), useKey(w))) continue;
      texts.push([`${f}.says`, d.says, w.says]);
      optional(`${f}.note`, d.note, w.note);
    }
  }
  for (const [en, es, field] of pairs(file, 'national', english.national, t.national, problems)) {
    if (!same(field, useKey(en), useKey(es))) continue;
    texts.push([`${field}.says`, en.says, es.says]);
    optional(`${field}.note`, en.note, es.note);
  }
  for (const [en, es, field] of pairs(file, 'unplaced', english.unplaced, t.unplaced, problems))
    if (same(`${field}.lcd`, en.lcd, es.lcd)) texts.push([`${field}.note`, en.note, es.note]);
  for (const [en, es, field] of pairs(file, 'states', english.states, t.states, problems)) {
    if (!same(`${field}.code`, en.code, es.code)) continue;
    texts.push([`${field}.name`, en.name, es.name]);
    if (es.inSentence) texts.push([`${field}.inSentence`, en.name, es.inSentence]);
    for (const [a, w, f] of pairs(file, `${field}.partBAreas`, en.partBAreas, es.partBAreas, problems))
      texts.push([`${f}.areas`, a.areas, w.areas], [`${f}.short`, a.short, w.short]);
  }
  problems.push(...textProblems(file, texts, terms));
  return { problems, warnings: staleness(file, t.translates, wordsVersion(medicareWords(english))) };
}

/**
 * Pairs translated items with the English ones by id, whatever their order: a problem for each English item with
 * no translation (`what` names it: "change"), each item that names no English one and each one translated twice;
 * then each English item with its translation and the translation's field (`changes[3]`).
 */
function byId<E, T extends { id: string }>(
  at: { file: string; field: string; what: string },
  english: readonly E[],
  idOf: (e: E) => string,
  translated: readonly T[],
  problems: Problem[],
): [E, T, string][] {
  const { file, field, what } = at;
  const index = new Map<string, number>();
  const ids = new Set(english.map(idOf));
  translated.forEach((t, i) => {
    if (index.has(t.id))
      problems.push({ file, field: `${field}[${i}].id`, value: t.id, message: 'is translated twice' });
    else index.set(t.id, i);
    if (!ids.has(t.id))
      problems.push({ file, field: `${field}[${i}].id`, value: t.id, message: `is not a ${what} in the English` });
  });
  return english.flatMap((e): [E, T, string][] => {
    const i = index.get(idOf(e));
    if (i !== undefined) return [[e, translated[i]!, `${field}[${i}]`]];
    problems.push({ file, field, value: idOf(e), message: `has no translation of this ${what}` });
    return [];
  });
}

/** The English words a change-record translation covers: each change's reason, by its id, in file order. */
export const changeWords = (changes: readonly Change[]) => changes.map((c) => [changeId(c), c.why]);

/**
 * The change record's reasons in translation, against content/changes.yaml: every change translated once, by its
 * id (and no other), with the same facts in its reason (a policy number, a date, a year), no avoided word, and the
 * version it translates.
 */
export function checkChangesTranslation(
  t: ChangesTranslation,
  file: string,
  changes: readonly Change[],
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems = englishFileProblems(t, file, 'content/changes.yaml');
  const texts = byId({ file, field: 'changes', what: 'change' }, changes, changeId, t.changes, problems).map(
    ([en, es, field]): [string, string, string] => [`${field}.why`, en.why, es.why],
  );
  problems.push(...textProblems(file, texts, terms));
  return { problems, warnings: staleness(file, t.translates, wordsVersion(changeWords(changes))) };
}

/** The English words a price-row translation covers: each row's note and its sample's words, in file order. */
export const costRowWords = (rows: readonly CostRow[]) =>
  rows.map((r) => [r.id, r.note ?? null, r.sample ? [r.sample.unit, r.sample.place] : null]);

/**
 * The price rows' words in translation, against content/costs.yaml: every row translated once, by its id (and no
 * other); a note and a sample's words exactly where the English row has them, with the same facts (an amount, a
 * percentage, a year) and no avoided word; and the version it translates.
 */
export function checkCostsTranslation(
  t: CostsTranslation,
  file: string,
  rows: readonly CostRow[],
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems = englishFileProblems(t, file, 'content/costs.yaml');
  const texts = optionalTexts(file, terms, problems, 'the English row');
  for (const [en, es, field] of byId({ file, field: 'rows', what: 'price row' }, rows, (r) => r.id, t.rows, problems)) {
    texts(`${field}.note`, en.note, es.note);
    texts(`${field}.sample.unit`, en.sample?.unit, es.sample?.unit);
    texts(`${field}.sample.place`, en.sample?.place, es.sample?.place);
  }
  return { problems, warnings: staleness(file, t.translates, wordsVersion(costRowWords(rows))) };
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
