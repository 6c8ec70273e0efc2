/**
 * Loads the Pagefind client from the built site only when a reader starts a search, so article pages
 * ship no search code until then. Shared by the header search and the /search/ page.
 */
import { SEARCH_RANKING } from '../lib/search/ranking.ts';
import { relaxQuery } from '../lib/search/query.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: base, excerptLength: 24, ranking: SEARCH_RANKING });
    return pf;
  })();
  return loading;
}

type Search = Awaited<ReturnType<Pagefind['search']>>;

/**
 * Runs a search; when a whole question finds nothing, runs it again without the question words.
 * Returns the results and the query that produced them.
 */
export async function searchWithFallback(pf: Pagefind, q: string | null, filters: Record<string, unknown> = {}): Promise<{ search: Search; used: string | null }> {
  const first = await pf.search(q, { filters: filters as never });
  const relaxed = q ? relaxQuery(q) : undefined;
  if ((first?.results.length ?? 0) > 0 || !relaxed) return { search: first, used: q };
  return { search: await pf.search(relaxed, { filters: filters as never }), used: relaxed };
}

/** Escapes text for insertion as HTML. Pagefind excerpts are already escaped, except its <mark> tags. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
