/**
 * The built Pagefind index answers real questions. Runs the same pagefind.js the browser loads, in Node,
 * reading index files from dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindInNode } from '../support/pagefind-node.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtHtml } from '../support/dist.ts';
import { parse } from 'node-html-parser';
import { indexedText } from '../../src/integrations/pagefind.ts';
import type { VocabularyFile } from '../../src/lib/search/spelling.ts';
import { inLanguage, sitePaths } from '../../src/lib/paths.ts';
import { LANGUAGES, type Lang } from '../../src/schemas/language.ts';

let pf: Awaited<ReturnType<typeof pagefindInNode>>;
let pfEs: Awaited<ReturnType<typeof pagefindInNode>>;
beforeAll(async () => {
  pf = await pagefindInNode(DIST);
  pfEs = await pagefindInNode(DIST, 'es');
});
// Each client replaced `fetch` over the one before it: put them back last first.
afterAll(() => {
  pfEs.restore();
  pf.restore();
});

describe('search index', () => {
  it('answers "prp medicare" with the Medicare PRP coverage page first', async () => {
    const results = await pf.search('prp medicare');
    expect(results[0]?.url).toBe('/coverage/prp/medicare/');
  });

  it('finds pages by billing code and policy number', async () => {
    expect((await pf.search('0232T')).map((r) => r.url)).toContain('/therapies/prp/');
    expect((await pf.search('NCD 270.3')).slice(0, 3).map((r) => r.url)).toContain('/therapies/prp/');
  });

  it('has kind, therapy and payer filters that narrow results', async () => {
    const filters = await pf.filters();
    expect(Object.keys(filters).sort()).toEqual(['kind', 'payer', 'therapy']);
    expect(Object.keys(filters['kind'] ?? {}).sort()).toEqual([
      'Check result',
      'Coverage answer',
      'Guide',
      'Help in your state',
      'Insurer',
      'Medicare by state',
      'Tool',
      'Treatment',
    ]);
    // Flow outcomes are searchable with their own filter, once each (steps and repeats are not indexed).
    const outcomes = await pf.search('appeal', { kind: ['Check result'] });
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((r) => r.url.startsWith('/check/'))).toBe(true);
    const onlyCoverage = await pf.search('prp', { kind: ['Coverage answer'] });
    expect(onlyCoverage.length).toBeGreaterThan(0);
    expect(onlyCoverage.every((r) => r.url.startsWith('/coverage/'))).toBe(true);
    const cigna = await pf.search(null, { payer: ['Cigna'] });
    expect(cigna.map((r) => r.url)).toContain('/payers/cigna/');
    expect(cigna.every((r) => (r.filters['payer'] ?? []).includes('Cigna'))).toBe(true);
  });

  it('indexes only content and tool pages (not lists, search or 404)', async () => {
    const pages = builtHtml();
    const indexed = pages.filter((p) => /<[^>]+\sdata-pagefind-body[\s>=]/.test(p.html));
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // Pagefind read exactly the pages that mark a body (which pages do is checked in pages.test.ts), each
    // into the index of its language.
    const count = (lang: string) => indexed.filter((p) => p.html.includes(`<html lang="${lang}"`)).length;
    expect(Object.keys(entry.languages).sort()).toEqual(['en-us', 'es-us']);
    expect(entry.languages['en-us']?.page_count).toBe(count('en-US'));
    expect(entry.languages['es-us']?.page_count).toBe(count('es-US'));
    expect(count('es-US')).toBeGreaterThan(0);
    const notIndexed = new Set(pages.filter((p) => !indexed.includes(p)).map((p) => p.path));
    for (const path of [
      '/',
      '/therapies/',
      '/payers/',
      '/guides/',
      '/coverage/',
      '/glossary/',
      '/sources/',
      '/search/',
    ])
      expect(notIndexed, path).toContain(path);
    expect(notIndexed).toContain('/404.html');
    // Words those pages are made of find only indexed pages.
    for (const q of ['treatments', 'insurers', 'glossary', 'sources', 'page not found', 'search results']) {
      const urls = (await pf.search(q, undefined, 50)).map((r) => r.url);
      // No content page uses the word "glossary" (only links to /glossary/ do), so it may find nothing at all.
      if (q !== 'glossary') expect(urls.length, q).toBeGreaterThan(0);
      expect(
        urls.filter((u) => notIndexed.has(u)),
        q,
      ).toEqual([]);
    }
  });
});

describe("the search page's filters", () => {
  // A box whose value no page carries filters everything out; a value with no box cannot be chosen.
  it.each(LANGUAGES)('offer, in %s, exactly the values the pages of that language carry', async (lang: Lang) => {
    const file = join(DIST, inLanguage(sitePaths.search(), lang), 'index.html');
    const boxes = parse(readFileSync(file, 'utf8')).querySelectorAll('input[type="checkbox"]');
    const indexed = await (lang === 'es' ? pfEs : pf).filters();
    expect(Object.keys(indexed).sort()).toEqual(['kind', 'payer', 'therapy']);
    for (const [facet, counts] of Object.entries(indexed)) {
      const offered = boxes.filter((b) => b.getAttribute('name') === facet).map((b) => b.getAttribute('value'));
      expect(offered.sort(), `${lang} ${facet}`).toEqual(Object.keys(counts).sort());
    }
  });
});

describe('spelling vocabulary (dist/pagefind/words-en.json)', () => {
  const file = JSON.parse(readFileSync(join(DIST, 'pagefind/words-en.json'), 'utf8')) as VocabularyFile;
  const words = new Set(file.words.map(([w]) => w));

  it('holds the words of indexed pages, brand names included, and none from pages left out of the index', () => {
    for (const w of ['platelet', 'prolotherapy', 'synvisc', 'euflexxa', 'epifix', 'grafix', 'medicare'])
      expect(words, w).toContain(w);
    // The 404 page is not indexed; its own wording must not become a spelling target.
    expect(indexedText(readFileSync(join(DIST, '404.html'), 'utf8'))).toBeUndefined();
  });

  it('rewrites every synonym of content/search-words.yaml into words the pages use', () => {
    expect(file.synonyms.length).toBeGreaterThan(0);
    for (const [typed, means] of file.synonyms)
      for (const w of means.toLowerCase().split(/\s+/)) expect(words, `${typed} → ${means}`).toContain(w);
  });
});
