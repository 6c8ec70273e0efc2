/**
 * Content in a language: the English entries with the translated words laid over them by id. Facts
 * (ids, sources, dates) always come from the English, so a translation cannot change one.
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Lang } from '../../schemas/language.ts';
import type { GlossaryTranslation, SourceNotesTranslation } from '../../schemas/translation.ts';

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

/** A source's note in `lang`: the English note in English, the translated note otherwise. */
export function localizedNote(
  id: string,
  english: string | undefined,
  lang: Lang,
  translation: SourceNotesTranslation | undefined,
): string | undefined {
  if (lang === 'en' || english === undefined) return english;
  const note = translation?.notes.find((n) => n.id === id)?.note;
  if (note === undefined) throw new Error(`No ${lang} note for source "${id}"`);
  return note;
}

/**
 * The English site paths of the pages that have a translation into `lang`: the about page (its words are
 * in the dictionaries, src/i18n/), and the glossary when its content is translated.
 */
export function translatedPaths(lang: Lang, has: { glossary: boolean }): string[] {
  if (lang === 'en') return [];
  return ['/about/', ...(has.glossary ? ['/glossary/'] : [])];
}
