/**
 * Every internal address of the site, built in one place. `sitePaths` gives site paths without the base
 * path (`/therapies/prp/`): what content, canonical links, the sitemap filter and tests use. `createPaths`
 * gives the same functions with the base path in front, for links in pages (`/regen/therapies/prp/`).
 * Addresses are stable: clinics put them in emails, so never change one without a redirect. A page in
 * another language has the same path after its language's prefix (`inLanguage`, `pageLanguage`).
 */
import { LANGUAGE_PREFIX, LANGUAGES, type Lang } from '../schemas/language.ts';

const hash = (anchor?: string) => (anchor ? `#${anchor}` : '');
const query = (q?: string) => (q ? `?${q}` : '');

export const sitePaths = {
  home: () => '/',
  therapies: () => '/therapies/',
  therapy: (slug: string, anchor?: string) => `/therapies/${slug}/${hash(anchor)}`,
  payers: () => '/payers/',
  payer: (slug: string, anchor?: string) => `/payers/${slug}/${hash(anchor)}`,
  /** Original Medicare's local rules: the list of states and territories. */
  medicareStates: (anchor?: string) => `/payers/medicare/by-state/${hash(anchor)}`,
  /** One state's or territory's contractor and local rules, by postal code (`TX` → `/…/by-state/tx/`). */
  medicareState: (code: string, anchor?: string) => `/payers/medicare/by-state/${code.toLowerCase()}/${hash(anchor)}`,
  /** The therapy × payer matrix. */
  coverageMatrix: (view?: string) => `/coverage/${view ? `${view}/` : ''}`,
  /** One page per therapy × payer pair; `anchor` picks an indication's section. */
  coverage: (therapy: string, payer: string, anchor?: string) => `/coverage/${therapy}/${payer}/${hash(anchor)}`,
  guides: () => '/guides/',
  guide: (slug: string, anchor?: string) => `/guides/${slug}/${hash(anchor)}`,
  glossary: (term?: string) => `/glossary/${hash(term)}`,
  sources: (id?: string) => `/sources/${hash(id ? `source-${id}` : undefined)}`,
  about: () => '/about/',
  /** The "What changed" page; `anchor` picks one change (`change-<id>`, src/lib/changes/record.ts). */
  changes: (anchor?: string) => `/changes/${hash(anchor)}`,
  /** The Atom feed of the same changes. */
  changesFeed: () => '/changes.xml',
  search: (q?: string) => `/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  check: () => '/check/',
  /** A decision flow's first question, or the step reached by `segments` (question, answer, …). */
  flow: (flowId: string, segments: readonly string[] = []) =>
    `/check/${flowId}/${segments.map((s) => `${s}/`).join('')}`,
  flowMap: (flowId: string) => `/check/${flowId}/map/`,
  /** The cost estimator; `q` is its query string (state lives in the address). */
  estimate: (q?: string) => `/estimate/${query(q)}`,
  appeal: () => '/appeal/',
  appealLetter: () => '/appeal/letter/',
  /** The letter reader: paste a denial letter, see what it says. */
  appealReadLetter: () => '/appeal/read-letter/',
  /** The deadline finder; `planType` jumps to that kind of plan's rules. */
  appealDeadlines: (planType?: string) => `/appeal/deadlines/${hash(planType ? `plan-${planType}` : undefined)}`,
  /** The letter asking for the claim file and the criteria; `planType` picks the reader's kind of plan. */
  appealClaimFile: (planType?: string) => `/appeal/claim-file/${query(planType ? `plan=${planType}` : undefined)}`,
  /** Who can help after a denial: the list of states; `planType` is read by the page's script to put it first. */
  appealFindHelp: (planType?: string) => `/appeal/find-help/${query(planType ? `plan=${planType}` : undefined)}`,
  /** One state's or territory's offices (`TX` → `/appeal/find-help/tx/`); `planType` jumps to that plan's line. */
  appealFindHelpState: (code: string, planType?: string) =>
    `/appeal/find-help/${code.toLowerCase()}/${hash(planType ? `plan-${planType}` : undefined)}`,
  appealWorksheet: () => '/appeal/worksheet/',
  appealCallLog: () => '/appeal/call-log/',
  /** The reader's whole case (denial, letter, calls, criteria, documents, deadlines), kept on their device. */
  appealMyCase: () => '/appeal/my-case/',
  asset: (file: string) => `/${file.replace(/^\/+/, '')}`,
} as const;

export type SitePaths = typeof sitePaths;

/** A site path (English, `/glossary/`) as the page in `lang`: `/es/glossary/` in Spanish. */
export const inLanguage = (path: string, lang: Lang): string =>
  path.startsWith('/') ? `${LANGUAGE_PREFIX[lang]}${path}` : path;

/** The language of a site path, and the English path of the page (`/es/glossary/` → es, `/glossary/`). */
export function pageLanguage(path: string): { lang: Lang; path: string } {
  for (const lang of LANGUAGES) {
    const prefix = LANGUAGE_PREFIX[lang];
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`)))
      return { lang, path: path.slice(prefix.length) || '/' };
  }
  return { lang: 'en', path };
}

/** Prefixes a site path (`/therapies/prp/`) with the base path. Leaves full URLs and anchors alone. */
export function withBase(path: string, base: string): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  return `${base.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The same functions as `sitePaths`, returning links with `base` in front. */
export function createPaths(base: string): SitePaths & { href: (sitePath: string) => string } {
  const prefixed = Object.fromEntries(
    Object.entries(sitePaths).map(([name, fn]) => [
      name,
      (...args: unknown[]) => withBase((fn as (...a: unknown[]) => string)(...args), base),
    ]),
  ) as SitePaths;
  return { ...prefixed, href: (sitePath: string) => withBase(sitePath, base) };
}

/** The site path of a link that has `base` in front (`/regen/guides/x/` → `/guides/x/`); others unchanged. */
export function withoutBase(href: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  return prefix && (href === prefix || href.startsWith(`${prefix}/`)) ? href.slice(prefix.length) || '/' : href;
}
