/** The site's links with this build's base path (BASE_PATH) in front; see src/lib/paths.ts. For pages. */
import { createPaths, inLanguage, pageLanguage } from './lib/paths.ts';
import type { Lang } from './schemas/language.ts';

export const paths = createPaths(import.meta.env.BASE_URL);

/**
 * The language of the page being built, from its address (`/es/…` is Spanish). For components placed by
 * MDX content, which cannot be given a `lang` prop; components placed by pages take `lang` instead.
 */
export const urlLanguage = (url: URL): Lang =>
  pageLanguage(url.pathname.slice(import.meta.env.BASE_URL.replace(/\/$/, '').length)).lang;

/**
 * A link to a site path (`/check/x/`) as the page in `lang` (`/es/check/x/`), with the base path: for links
 * between pages that always exist in the language of the page linking (a flow's pages link each other).
 * Links that may lead to an English-only page go through <SiteLink> instead, which says so.
 */
export const hrefIn = (sitePath: string, lang: Lang): string => paths.href(inLanguage(sitePath, lang));
