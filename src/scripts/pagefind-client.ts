/**
 * Loads the Pagefind client from the built site only when a reader starts a search, so article pages
 * ship no search code until then. Used by the /search/ page (src/components/tools/search/).
 */
import { SEARCH_RANKING } from '../lib/search/ranking.ts';
import { searchWithFallbacks } from '../lib/search/query.ts';
import { correctQuery, readVocabulary, type Vocabulary, type VocabularyFile } from '../lib/search/spelling.ts';
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

let words: Promise<Vocabulary | undefined> | undefined;

/**
 * The spelling vocabulary the build wrote beside the index (src/integrations/pagefind.ts), loaded once.
 * Undefined when it cannot be read: the search then runs as typed, which is how it ran before.
 */
export function loadVocabulary(base: string, lang = 'en'): Promise<Vocabulary | undefined> {
  words ??= fetch(`${base}pagefind/words-${lang}.json`)
    .then((r) => (r.ok ? (r.json() as Promise<VocabularyFile>) : undefined))
    .then((f) => f && readVocabulary(f))
    .catch(() => undefined);
  return words;
}

type Result = { id: string; score: number; data(): Promise<PagefindResultData> };

/**
 * Searches the Pagefind index with the shared fallbacks (src/lib/search/query.ts): spelling corrected
 * when a vocabulary is given, then as typed; each without question words, then with one word left out.
 * Returns the results, the query that found them and the corrected query, if that is what found them.
 */
export async function searchPagefind(
  pf: Pagefind,
  q: string | null,
  filters: Record<string, unknown> = {},
  vocabulary?: Vocabulary,
): Promise<{ results: Result[]; used: string | null; partial?: boolean; corrected?: string }> {
  const run = async (text: string | null) =>
    ((await pf.search(text, { filters: filters as never }))?.results ?? []) as Result[];
  if (!q) return { results: await run(null), used: null };
  const { hits, used, partial, corrected } = await searchWithFallbacks(
    run,
    q,
    vocabulary && ((text) => correctQuery(text, vocabulary)),
  );
  return { results: hits, used, partial, ...(corrected ? { corrected } : {}) };
}
