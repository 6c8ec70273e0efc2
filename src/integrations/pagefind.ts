/**
 * Builds the Pagefind search index inside `astro build`, through Pagefind's Node API, so there is no
 * separate step to forget. Only elements marked `data-pagefind-body` (the main content of content
 * pages) are indexed. Every response's `errors` is checked and the service is always closed.
 * Pagefind also writes its ready-made search interfaces (about 430 KB); the search page uses only the
 * client (`pagefind.js`, its worker and the index), so those bundles are removed and never shipped.
 * Pages are indexed by their `<html lang>`, one index per language. Beside the index it writes
 * `pagefind/words-<lang>.json`: every word of that language's indexed pages with its count, and its
 * synonym phrases from content/search-words.yaml, for the search page's spelling correction
 * (src/lib/search/spelling.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';
import { siteCatalog } from '../lib/content/load.ts';
import { countWords, vocabularyFile } from '../lib/search/spelling.ts';
import { decodeEntities } from '../lib/search/results.ts';
import { LANGUAGES, LOCALE, type Lang } from '../schemas/language.ts';

/** The words file for a language, beside the index. */
export const WORDS_FILE = (lang: string) => `words-${lang}.json`;

/** Every HTML file under `dir`. */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

/**
 * The text Pagefind indexes on a page, near enough for a word list: from the element marked
 * `data-pagefind-body` to the end of <main>, without scripts, styles and tags. Undefined for pages
 * that are not indexed.
 */
export function indexedText(html: string): string | undefined {
  const start = html.search(/<\w+\b[^>]*\bdata-pagefind-body\b/);
  if (start === -1) return undefined;
  const end = html.indexOf('</main>', start);
  return decodeEntities(
    html
      .slice(start, end === -1 ? undefined : end)
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/** The site language of a built page, from its `<html lang>` (`es-US` → es). */
const htmlLanguage = (html: string): Lang => {
  const tag = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? LOCALE.en;
  return LANGUAGES.find((l) => LOCALE[l] === tag) ?? 'en';
};

/** Writes the spelling vocabulary of each language's indexed pages, with that language's synonyms. */
function writeWords(outDir: string): number[] {
  const texts = new Map<Lang, string[]>(LANGUAGES.map((l) => [l, []]));
  for (const f of htmlFiles(outDir)) {
    const html = readFileSync(f, 'utf8');
    const text = indexedText(html);
    if (text !== undefined) texts.get(htmlLanguage(html))!.push(text);
  }
  const { searchWords } = siteCatalog().catalog;
  return LANGUAGES.map((lang) => {
    const synonyms = searchWords[lang].flatMap((s) => s.typed.map((t) => [t, s.means] as [string, string]));
    const file = vocabularyFile(countWords(texts.get(lang)!), synonyms);
    writeFileSync(join(outDir, 'pagefind', WORDS_FILE(lang)), JSON.stringify(file));
    return file.words.length;
  });
}

/** Pagefind's UI bundles (default, modular, web-component) and its highlighter: no page loads them. */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind-highlight\.js$/;

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'regen:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          // One index per <html lang> (Pagefind splits them): the search page loads its own language's.
          const { index, errors } = await createIndex({ includeCharacters: '.' });
          if (errors.length || !index) fail('createIndex', errors);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) fail('addDirectory', added.errors);
          if (added.page_count === 0) fail('addDirectory', ['no page has data-pagefind-body; nothing was indexed']);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) fail('writeFiles', written.errors);
          const pagefindDir = join(outDir, 'pagefind');
          for (const name of readdirSync(pagefindDir))
            if (UNUSED_PAGEFIND_FILE.test(name)) rmSync(join(pagefindDir, name));
          const words = writeWords(outDir);
          const ms = Math.round(performance.now() - started);
          logger.info(`indexed ${added.page_count} pages (${words.join(' + ')} words for spelling) in ${ms} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
