/**
 * Names of therapies and payers on a page in a language: the translated page's, or where a page has no
 * translation yet, the English one with its language, so the page can mark it (`lang="en-US"`).
 */
import type { Lang } from '../../schemas/language.ts';
import { displayName } from '../format/text.ts';

interface Named {
  slug: string;
  title: string;
  shortTitle?: string | undefined;
}

/** A page as another page in `lang` shows it: the page in the language it is in, and its name. */
export interface LocalPage<P> {
  page: P;
  /** Its display name (short title, or title). */
  name: string;
  /** The language of `page`'s words: `lang`, or English where it has no translation. */
  lang: Lang;
}

/** A lookup by slug over `english`, preferring `translated` (the same pages in `lang`, as many as exist). */
export function localPages<P extends Named>(
  english: readonly P[],
  translated: readonly P[],
  lang: Lang,
): (slug: string) => LocalPage<P> {
  const own = new Map(translated.map((p) => [p.slug, p]));
  const fallback = new Map(english.map((p) => [p.slug, p]));
  return (slug) => {
    const mine = lang === 'en' ? undefined : own.get(slug);
    const page = mine ?? fallback.get(slug);
    if (!page) throw new Error(`No page "${slug}"`);
    return { page, name: displayName(page), lang: mine ? lang : 'en' };
  };
}
