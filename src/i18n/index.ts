/** The interface dictionary of a language: `ui('es').nav.guides`. */
import type { Lang } from '../schemas/language.ts';
import { en, type Dictionary } from './en.ts';
import { es } from './es.ts';

const DICTIONARIES: Record<Lang, Dictionary> = { en, es };

export const ui = (lang: Lang): Dictionary => DICTIONARIES[lang];
export type { Dictionary };
