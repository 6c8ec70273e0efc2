/**
 * What a letter tool's page hands its script as data (src/components/tools/letter-builder/, claim-file-letter/):
 * for each language the letter can be written in, the letter's words and each kind of plan's legal wording in
 * that language, and the messages the script shows, in the page's language. The script holds no words of its
 * own, so one script serves the English and the Spanish page.
 */
import type { AppealPlan } from '../../schemas/appeal.ts';
import { LANGUAGES, type Lang } from '../../schemas/language.ts';

export interface LetterSetup<Words, Wording, Messages> {
  /** The page's language: the language of the explanation under a letter written in another one. */
  pageLang: Lang;
  /** Each language the letter can be written in (the first is the one chosen at first). */
  letters: Partial<Record<Lang, { words: Words; wording: Record<string, Wording> }>>;
  messages: Messages;
}

/**
 * The languages a letter can be written in on a page in `page`: English, which the insurer reads, first; and,
 * on a page in another language, that language too.
 */
export const letterLanguages = (page: Lang): Lang[] => (page === 'en' ? ['en'] : ['en', page]);

type Letters<Words, Wording> = LetterSetup<Words, Wording, unknown>['letters'];

/**
 * The letters a page in `page` offers: for each language a letter can be written in, the letter's words
 * (`wordsIn`) and, by plan type, the part of each kind of plan's wording in that language the letter writes
 * (`wordingOf`, e.g. the rights the appeal letter cites: the page hands its script nothing else).
 */
export function setupLetters<Words, Wording>(
  page: Lang,
  plansIn: (lang: Lang) => readonly AppealPlan[],
  wordingOf: (plan: AppealPlan) => Wording,
  wordsIn: (lang: Lang) => Words,
): Letters<Words, Wording> {
  return Object.fromEntries(
    letterLanguages(page).map((l) => [
      l,
      { words: wordsIn(l), wording: Object.fromEntries(plansIn(l).map((p) => [p.planType, wordingOf(p)])) },
    ]),
  );
}

/** The words and the plan's wording of the letter in `lang`, if the letters offer that language and the plan. */
export function setupLetter<Words, Wording>(
  letters: Letters<Words, Wording>,
  lang: Lang,
  planType: string,
): { words: Words; wording: Wording } | undefined {
  const l = letters[lang];
  const wording = l?.wording[planType];
  return l && wording ? { words: l.words, wording } : undefined;
}

/**
 * The letter a page holds before its script runs, and all that readers without JavaScript get: the
 * fill-in-the-blanks letter (`build` from the empty form, `empty`) in the first language the page offers, and,
 * on a page in another language, the same letter in the page's, shown under it (`explain`). Throws when the
 * content has no wording for the empty form's plan.
 */
export function templateLetters<Input extends { planType: string }, Words, Wording>(
  setup: LetterSetup<Words, Wording, unknown>,
  empty: Input,
  build: (input: Input, wording: Wording, words: Words) => string,
): { templateLang: Lang; template: string; explain: string | undefined } {
  const letterIn = (lang: Lang) => {
    const letter = setupLetter(setup.letters, lang, empty.planType);
    if (!letter)
      throw new Error(`content/appeal-deadlines.yaml has no plan "${empty.planType}" for the letter template`);
    return build(empty, letter.wording, letter.words);
  };
  const templateLang = letterLanguages(setup.pageLang)[0]!;
  const explain = templateLang === setup.pageLang ? undefined : letterIn(setup.pageLang);
  return { templateLang, template: letterIn(templateLang), explain };
}

/** A language a form or a saved draft names, if it is one of the site's; otherwise undefined. */
export const asLang = (value: unknown): Lang | undefined => LANGUAGES.find((l) => l === value);
