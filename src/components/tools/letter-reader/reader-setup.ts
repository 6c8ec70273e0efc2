/**
 * What the letter reader's page hands its script as data (LetterReader.astro → letter-reader.ts): the codes,
 * therapies and policies in the page's language, each kind of plan's steps, and every word the script shows.
 * The script holds no words of its own, so one script serves the English and the Spanish page.
 */
import type { ReaderData, WhyWords } from '../../../lib/appeal/reader.ts';
import type { ReaderContext } from '../../../lib/appeal/reader-view.ts';
import type { HelpWords } from '../../../lib/appeal/reader-help.ts';
import type { PdfWords } from '../../../lib/appeal/pdf-letter.ts';
import type { Dictionary } from '../../../i18n/en.ts';
import type { Lang } from '../../../schemas/language.ts';

export type ReaderSetup = Omit<ReaderContext, 'today' | 'paths' | 'otherLanguage'> & {
  base: string;
  lang: Lang;
  data: ReaderData;
  why: WhyWords;
  pdf: PdfWords;
  messages: Dictionary['letterReader']['script'];
  help: HelpWords;
  /**
   * The English site paths of the pages that exist in the page's language (none for English), without their
   * leading slash: they are keys to look links up by, not links, so nothing reads them as addresses.
   */
  translated: string[];
  /** After a link to a page only in another language: " (en inglés)". */
  otherLanguage: string;
};
