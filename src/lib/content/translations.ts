/**
 * The whole-file translations: each English data file in content/ that has a Spanish twin of the same name in
 * content/es/, translated as a whole. One entry says everything the reader (read.ts), the content check
 * (check.ts) and `npm run translations` need, so a new translated file is one entry here. The page, coverage and
 * flow translations (one Spanish file per English page, payer or flow) are matched file by file in check.ts.
 */
import type { z } from 'astro/zod';
import {
  appealsTranslationSchema,
  changesTranslationSchema,
  costsTranslationSchema,
  denialCodesTranslationSchema,
  glossaryTranslationSchema,
  medicareContractorsTranslationSchema,
  medicareRatesTranslationSchema,
  sourceNotesTranslationSchema,
  stateHelpTranslationSchema,
  type FixedTerms,
} from '../../schemas/translation.ts';
import {
  appealWords,
  changeWords,
  checkAppealsTranslation,
  checkChangesTranslation,
  checkCostsTranslation,
  checkDenialCodesTranslation,
  checkGlossaryTranslation,
  checkMedicareRatesTranslation,
  checkMedicareTranslation,
  checkSourceNotesTranslation,
  checkStateHelpTranslation,
  costRowWords,
  denialCodeWords,
  glossaryWords,
  medicareRateWords,
  medicareWords,
  sourceNoteWords,
  stateHelpWords,
} from '../i18n/check.ts';
import type { Catalog } from './check.ts';
import type { Problem } from './problem.ts';
import type { CONTENT_FILES } from './read.ts';

/** The English files a translation can translate: a data file read by read.ts that the catalog holds. */
export type EnglishKey = keyof typeof CONTENT_FILES & keyof Catalog;

/** What every translation records: the English version it translates and when a person last reviewed it. */
interface TranslationHeader {
  translates: { file: string; version: string };
  reviewed: string;
}

/**
 * One whole-file translation. `T` is what its schema gives; `K` names its English file. `compare` and `words` are
 * methods so that one loop can call every entry (TypeScript checks a method's parameters both ways).
 */
interface WholeFileTranslation<T extends TranslationHeader, K extends EnglishKey> {
  /** The English file, by its key in RawContent and Catalog; the Spanish file is content/es/ + its file name. */
  english: K;
  schema: z.ZodType<T>;
  /**
   * The translation against its English: every item translated once, the same facts, no avoided word, and
   * whether its version is the English's now (src/lib/i18n/check.ts). `englishFile` is from the project root.
   */
  compare(
    t: T,
    file: string,
    english: NonNullable<Catalog[K]>,
    terms: FixedTerms,
    englishFile: string,
  ): { problems: Problem[]; warnings: string[] };
  /** The English words it covers: their hash is the version it records (`npm run translations -- --stamp`). */
  words(english: NonNullable<Catalog[K]>, t: T): unknown;
  // The three flags below keep each check as it was before this table: they record differences between the
  // files that no rule chose, so that the table changed no check.
  /**
   * Compared even when its English file has problems of its own; every other translation waits, as the
   * comparison would only repeat them.
   */
  evenWhenEnglishHasProblems?: true;
  /**
   * A Spanish file with no English file is a problem. Without it, a translation of a list is compared with an
   * empty list (every item "is not in the English"), and one of an optional file is not compared at all.
   */
  saysWhenEnglishMissing?: true;
}

const translation = <T extends TranslationHeader, K extends EnglishKey>(t: WholeFileTranslation<T, K>) => t;

/** The whole-file translations, by their key in `catalog.es`, in the order they are checked and listed. */
const WHOLE_FILES = {
  /** content/es/glossary.yaml: each glossary term's words. */
  glossary: translation({
    english: 'glossary',
    schema: glossaryTranslationSchema,
    compare: checkGlossaryTranslation,
    words: glossaryWords,
    evenWhenEnglishHasProblems: true,
  }),
  /** content/es/sources.yaml: our note on each source, in Spanish. */
  sourceNotes: translation({
    english: 'sources',
    schema: sourceNotesTranslationSchema,
    compare: checkSourceNotesTranslation,
    words: (sources, t) =>
      sourceNoteWords(
        sources,
        t.notes.map((n) => n.id),
      ),
    evenWhenEnglishHasProblems: true,
  }),
  /** The words of each kind of plan's appeal steps (content/es/appeal-deadlines.yaml). */
  appeals: translation({
    english: 'appeals',
    schema: appealsTranslationSchema,
    compare: checkAppealsTranslation,
    words: appealWords,
  }),
  /** The words of Original Medicare's public amounts (content/es/medicare-rates.yaml). */
  medicareRates: translation({
    english: 'medicareRates',
    schema: medicareRatesTranslationSchema,
    compare: checkMedicareRatesTranslation,
    words: medicareRateWords,
  }),
  /** The words of Original Medicare's local rules by state (content/es/medicare-contractors.yaml). */
  medicare: translation({
    english: 'medicare',
    schema: medicareContractorsTranslationSchema,
    compare: (t, file, english, terms, englishFile) => checkMedicareTranslation(t, file, english, englishFile, terms),
    words: medicareWords,
    saysWhenEnglishMissing: true,
  }),
  /** The change record's reasons (content/es/changes.yaml). */
  changes: translation({
    english: 'changes',
    schema: changesTranslationSchema,
    compare: checkChangesTranslation,
    words: changeWords,
  }),
  /** The price rows' words (content/es/costs.yaml). */
  costs: translation({
    english: 'costs',
    schema: costsTranslationSchema,
    compare: checkCostsTranslation,
    words: costRowWords,
  }),
  /** The plain meaning of each code the letter reader explains (content/es/denial-codes.yaml). */
  denialCodes: translation({
    english: 'denialCodes',
    schema: denialCodesTranslationSchema,
    compare: checkDenialCodesTranslation,
    words: denialCodeWords,
  }),
  /** Our words on who can help, state by state (content/es/state-help.yaml). */
  stateHelp: translation({
    english: 'stateHelp',
    schema: stateHelpTranslationSchema,
    compare: checkStateHelpTranslation,
    words: stateHelpWords,
  }),
};

export type WholeFileKey = keyof typeof WHOLE_FILES;

/** Each whole-file translation as the catalog holds it: `catalog.es.glossary` and so on, when its file exists. */
export type WholeFileTranslations = {
  -readonly [K in WholeFileKey]?: (typeof WHOLE_FILES)[K] extends WholeFileTranslation<infer T, EnglishKey> ? T : never;
};

/** The table as a list, each entry with its key; typed loosely, as one loop serves every entry. */
export const WHOLE_FILE_TRANSLATIONS = Object.entries(WHOLE_FILES).map(([key, t]) => ({
  key: key as WholeFileKey,
  ...(t as WholeFileTranslation<TranslationHeader, EnglishKey>),
}));
