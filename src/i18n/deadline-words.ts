/**
 * The words of the appeal-deadline views (src/lib/appeal/deadlines.ts, deadline-view.ts, ics.ts), per
 * language: a section of each dictionary (`ui(lang).deadlineWords`) kept in its own small modules
 * (deadline-words/en.ts, es.ts), so the tools' browser scripts carry these words and not the whole
 * dictionary, and a tool that is only in English carries only the English. `{…}` marks are filled in by
 * the view (src/lib/format/text.ts `fillWords`).
 */
import type { Lang } from '../schemas/language.ts';
import { DEADLINE_WORDS_EN } from './deadline-words/en.ts';
import { DEADLINE_WORDS_ES } from './deadline-words/es.ts';

export interface DeadlineWords {
  lang: Lang;
  day: readonly [one: string, many: string];
  month: readonly [one: string, many: string];
  /** A level's time limit in words (`{count}`, `{from}`: the level's `startsFrom`). */
  rule: { days: string; receipt: string; months: string; range: string; automatic: string };
  /** The first deadline as a date, on the page. */
  view: {
    fileBy: string;
    passed: string;
    ago: string;
    today: string;
    fromToday: string;
    safe: string;
    stateMay: string;
    automatic: string;
  };
  /** The calendar file's event. */
  calendar: { summary: string; fileBy: string; fileBySafe: string; rule: string; govern: string };
  /** What is wrong with a typed notice date, beside the field. */
  parse: { empty: string; format: string; noSuchDate: string; future: string; tooOld: string };
}

export const DEADLINE_WORDS: Record<Lang, DeadlineWords> = { en: DEADLINE_WORDS_EN, es: DEADLINE_WORDS_ES };
