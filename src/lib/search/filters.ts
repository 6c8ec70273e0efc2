/**
 * Search facets. Pagefind reads one inline `data-pagefind-filter="name:value"` per element (a second
 * pair in the same attribute would become part of the first value), so a page carries one empty
 * marker element per filter value. Built here from page data so every page type is filtered alike.
 */
import { ui } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/language.ts';

/**
 * `local-rules`: Original Medicare's local rules, the list of states and one page per state. `help`: who
 * can help after a denial, the list of states and one page per state.
 */
export type PageKind = 'therapy' | 'payer' | 'coverage' | 'guide' | 'check' | 'local-rules' | 'help';
/** Kinds shown as search filters: the content pages plus the tools (estimator, appeal toolkit). */
export type SearchKind = PageKind | 'tool';

/** What the kind-of-page filter calls each kind, in a language (the `search.kinds` section of src/i18n/). */
export const kindLabel = (kind: SearchKind, lang: Lang = 'en'): string => ui(lang).search.kinds[kind];

/** Keep values free of the characters Pagefind uses as separators. */
const clean = (v: string) => v.replace(/[,:]/g, ' ').replace(/\s+/g, ' ').trim();

export function searchFilters(
  kind: PageKind,
  f: { therapy?: readonly string[]; payer?: readonly string[] },
  lang: Lang = 'en',
): string[] {
  return [
    `kind:${kindLabel(kind, lang)}`,
    ...(f.therapy ?? []).map((t) => `therapy:${clean(t)}`),
    ...(f.payer ?? []).map((p) => `payer:${clean(p)}`),
  ];
}

/**
 * Extra search weight on a page's "other names" line. High on treatment, insurer and guide pages so a
 * name alone finds the subject's own page; low on coverage pages, which repeat both subjects' names and
 * would otherwise crowd out the subject pages.
 */
export const SYNONYM_WEIGHT: Record<PageKind, number> = {
  therapy: 8,
  payer: 8,
  guide: 8,
  coverage: 1,
  check: 1,
  'local-rules': 1,
  help: 1,
};

/**
 * Search weight of a page's h1 and one-sentence answer. Flow outcomes repeat what coverage and guide
 * pages say, for one reader's path; they stay findable but rank below the page about the subject.
 */
export const HEADING_WEIGHT: Record<PageKind, { title: number; answer: number }> = {
  therapy: { title: 10, answer: 6 },
  payer: { title: 10, answer: 6 },
  guide: { title: 10, answer: 6 },
  coverage: { title: 10, answer: 6 },
  check: { title: 0.5, answer: 0 },
  // 56 state pages repeat "Medicare", "PRP" and each contractor's name: full weight would bury the one page
  // about a treatment under them, yet a state's name in the title must still find its page.
  'local-rules': { title: 4, answer: 1 },
  // 56 pages alike but for the state's name, as for local rules.
  help: { title: 4, answer: 1 },
};
