/**
 * The site's languages. English lives at `/`, Spanish at `/es/` + the same path (the HealthCare.gov ↔
 * CuidadoDeSalud.gov pattern), so a page's twin is always found by adding or removing `/es`. Plain
 * constants, no zod: client scripts build addresses with them (a schema that needs the list uses
 * `z.enum(LANGUAGES)`).
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** BCP 47 tags for `<html lang>`, hreflang, dates and money: both are the US variants. */
export const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** Open Graph's spelling of the same locales. */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', es: 'es_US' };

/** The first path segment of a language's pages; English has none. */
export const LANGUAGE_PREFIX: Record<Lang, string> = { en: '', es: '/es' };
