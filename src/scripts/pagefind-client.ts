/**
 * Loads the Pagefind client from the built site only when a reader starts a search, so article pages
 * ship no search code until then. Used by the /search/ page (src/components/tools/search/).
 */
import { SEARCH_RANKING } from '../lib/search/ranking.ts';
import { searchWithFallbacks } from '../lib/search/query.ts';
import type { ResultData } from '../lib/search/results.ts';
import { allowScriptUrl } from './trusted-script-url.ts';

/** What a result's `data()` gives: the URL, Pagefind's excerpt (escaped text with <mark> hits), title, filters. */
export type PagefindResultData = ResultData;
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    q: string | null,
    o?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    allowScriptUrl(`${base}pagefind/pagefind-worker.js`);
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: base, excerptLength: 24, ranking: SEARCH_RANKING });
    return pf;
  })();
  return loading;
}

type Result = { id: string; score: number; data(): Promise<PagefindResultData> };

/**
 * Searches the Pagefind index with the shared fallbacks (src/lib/search/query.ts): as typed, then without question
 * words, then with one word left out. Returns the results and the query that found them.
 */
export async function searchPagefind(
  pf: Pagefind,
  q: string | null,
  filters: Record<string, unknown> = {},
): Promise<{ results: Result[]; used: string | null }> {
  const run = async (text: string | null) =>
    ((await pf.search(text, { filters: filters as never }))?.results ?? []) as Result[];
  if (!q) return { results: await run(null), used: null };
  const { hits, used } = await searchWithFallbacks(run, q);
  return { results: hits, used };
}
