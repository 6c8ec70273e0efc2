/**
 * Runs real searches against the built Pagefind index in Node: imports dist/pagefind/pagefind.js with
 * `fetch` replaced by a local-file reader, so relevance tests need no browser or server. Pagefind picks
 * its index by the page's <html lang>, so a stand-in document says the language asked for; each
 * language gets its own copy of the client.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { SEARCH_RANKING } from '../../src/lib/search/ranking.ts';
import { searchWithFallbacks } from '../../src/lib/search/query.ts';
import { correctQuery, readVocabulary, type VocabularyFile } from '../../src/lib/search/spelling.ts';
import { LOCALE, type Lang } from '../../src/schemas/language.ts';

export interface NodeSearchResult {
  url: string;
  title: string;
  filters: Record<string, string[]>;
}

export async function pagefindInNode(distDir: string, lang: Lang = 'en') {
  const realFetch = globalThis.fetch;
  const realDocument = (globalThis as { document?: unknown }).document;
  (globalThis as { document?: unknown }).document = {
    currentScript: null,
    querySelector: () => ({ getAttribute: () => LOCALE[lang] }),
  };
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, pathToFileURL(join(distDir, 'pagefind/')));
    if (url.protocol !== 'file:') return realFetch(input, init);
    try {
      const body = await readFile(fileURLToPath(url));
      return new Response(body, { status: 200 });
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  const pf = await import(
    /* @vite-ignore */ `${pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href}?lang=${lang}`
  );
  await pf.options({ basePath: pathToFileURL(join(distDir, 'pagefind/')).href, baseUrl: '/', ranking: SEARCH_RANKING });
  await pf.init();
  (globalThis as { document?: unknown }).document = realDocument;
  const vocabulary = readVocabulary(
    JSON.parse(await readFile(join(distDir, `pagefind/words-${lang}.json`), 'utf8')) as VocabularyFile,
  );
  const correct = (q: string) => correctQuery(q, vocabulary);

  return {
    /** The first `limit` results (with their data) for `q`. */
    async search(q: string | null, filters?: Record<string, string[]>, limit = 10): Promise<NodeSearchResult[]> {
      // The same spelling correction and fallbacks as the browser (src/lib/search/query.ts).
      const run = async (text: string | null) =>
        (await pf.search(text, filters ? { filters } : {})).results as {
          id: string;
          score: number;
          data(): Promise<{ url: string; meta: { title?: string }; filters: Record<string, string[]> }>;
        }[];
      const hits = q ? (await searchWithFallbacks(run, q, correct)).hits : await run(null);
      const data = await Promise.all(hits.slice(0, limit).map((r) => r.data()));
      return data.map((d) => ({ url: d.url, title: d.meta.title ?? '', filters: d.filters }));
    },
    async filters(): Promise<Record<string, Record<string, number>>> {
      return pf.filters();
    },
    restore() {
      globalThis.fetch = realFetch;
    },
  };
}
