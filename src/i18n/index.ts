/** The interface dictionary of a language: `ui('es').nav.guides`. */
import type { Lang } from '../schemas/language.ts';
import { en, type Dictionary } from './en.ts';
import { es } from './es.ts';

const DICTIONARIES: Record<Lang, Dictionary> = { en, es };

export const ui = (lang: Lang): Dictionary => DICTIONARIES[lang];

/** Every plain string in a dictionary or a section of one, in order (functions are left out). */
export const dictionaryStrings = (section: unknown): string[] =>
  typeof section === 'string'
    ? [section]
    : section && typeof section === 'object'
      ? Object.values(section).flatMap(dictionaryStrings)
      : [];
export type { Dictionary };
