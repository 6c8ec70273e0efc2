/**
 * What a letter tool's page hands its script as data (src/components/tools/letter-builder/, claim-file-letter/):
 * for each language the letter can be written in, the letter's words and each kind of plan's legal wording in
 * that language, and the messages the script shows, in the page's language. The script holds no words of its
 * own, so one script serves the English and the Spanish page.
 */
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

/** A language a form or a saved draft names, if it is one of the site's; otherwise undefined. */
export const asLang = (value: unknown): Lang | undefined => LANGUAGES.find((l) => l === value);
