/**
 * The Spanish twin, checked over the built pages: every page says its language; a page that exists in
 * both languages links its twin both ways (hreflang alternates plus x-default, the header's language
 * link, the sitemap) and states the same facts; a page in one language only claims no twin; a Spanish page
 * shows no English interface words and no word the fixed glossary says to avoid.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, isNoindex, type BuiltPage } from '../support/dist.ts';
import { pageWeight } from '../../scripts/lib/weight.ts';
import { factDifference } from '../../src/lib/i18n/facts.ts';
import { avoidedWords } from '../../src/lib/i18n/check.ts';
import { dictionaryStrings } from '../../src/i18n/index.ts';
import { decodeEntities } from '../../src/lib/search/results.ts';
import { pageLanguage } from '../../src/lib/paths.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';

const SITE = 'https://regen-coverage-guide.example';
const pages = () => builtPages().filter((p) => p.path.endsWith('/'));
const byPath = () => new Map(pages().map((p) => [p.path, p]));
const spanish = () => pages().filter((p) => pageLanguage(p.path).lang === 'es');
/** Spanish pages that search engines index (the search page is not): each has its twin in hreflang and the sitemap. */
const indexable = () => spanish().filter((p) => !isNoindex(p));
const alternates = (p: BuiltPage) =>
  Object.fromEntries(
    p.doc
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')?.replace(SITE, '')]),
  );
/** The text of <main>, citations and all, with a space wherever a tag was (so "A–Z" and "I" stay apart). */
const mainText = (p: BuiltPage) =>
  decodeEntities((p.doc.querySelector('main')?.innerHTML ?? '').replace(/<[^>]+>/g, ' '));

describe('languages', () => {
  it('has Spanish pages, and every page says its language in <html lang>', () => {
    expect(spanish().map((p) => p.path)).toContain('/es/glossary/');
    for (const p of builtPages()) {
      const expected = pageLanguage(p.path).lang === 'es' ? 'es-US' : 'en-US';
      expect(p.doc.querySelector('html')?.getAttribute('lang'), p.path).toBe(expected);
    }
  });

  it('links each Spanish page and its English twin both ways: hreflang, x-default and the language link', () => {
    const all = byPath();
    for (const es of indexable()) {
      const english = all.get(pageLanguage(es.path).path);
      expect(english, `${es.path} has an English twin`).toBeDefined();
      const expected = { 'en-US': english!.path, 'es-US': es.path, 'x-default': english!.path };
      expect(alternates(es), es.path).toEqual(expected);
      expect(alternates(english!), english!.path).toEqual(expected);
      expect(es.doc.querySelector('.language-link')?.getAttribute('href'), es.path).toBe(english!.path);
      expect(english!.doc.querySelector('.language-link')?.getAttribute('href'), english!.path).toBe(es.path);
      expect(english!.doc.querySelector('.language-link')?.getAttribute('lang')).toBe('es-US');
    }
  });

  it('claims no twin for a page in one language only', () => {
    const twins = new Set(spanish().flatMap((p) => [p.path, pageLanguage(p.path).path]));
    for (const p of pages().filter((x) => !twins.has(x.path))) {
      expect(alternates(p), p.path).toEqual({});
      expect(p.doc.querySelector('.language-link'), p.path).toBeNull();
    }
  });

  it('lists both languages in the sitemap, each with the other as its alternate', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const es of indexable()) {
      const english = pageLanguage(es.path).path;
      for (const [loc, other] of [
        [es.path, english],
        [english, es.path],
      ]) {
        const entry = new RegExp(`<url><loc>${SITE}${loc}</loc>(.*?)</url>`).exec(xml)?.[1];
        expect(entry, `${loc} in the sitemap`).toBeDefined();
        expect(entry).toContain(`href="${SITE}${other}"`);
      }
    }
  });

  it('states the same facts on both pages of a pair: amounts, dates, codes and policy numbers', () => {
    const all = byPath();
    const differences: string[] = [];
    for (const es of spanish()) {
      const english = all.get(pageLanguage(es.path).path)!;
      // Term by term where the page has terms, so a difference names the term; then the page as a whole.
      for (const dt of english.doc.querySelectorAll('dt[id]')) {
        const id = dt.getAttribute('id')!;
        const twin = es.doc.querySelector(`dt[id="${id}"]`);
        const text = (el: typeof dt | null) => `${el?.textContent ?? ''} ${el?.nextElementSibling?.textContent ?? ''}`;
        const { missing, added } = factDifference(text(dt), text(twin));
        if (missing.length || added.length)
          differences.push(`${es.path}#${id}: missing ${missing.join(', ') || '-'}; added ${added.join(', ') || '-'}`);
      }
      const { missing, added } = factDifference(mainText(english), mainText(es));
      if (missing.length || added.length)
        differences.push(`${es.path}: missing ${missing.join(', ') || '-'}; added ${added.join(', ') || '-'}`);
    }
    expect(differences).toEqual([]);
  });

  it('can tell when a fact differs', () => {
    expect(
      factDifference(
        'Up to 12 weeks and 10 applications, from January 1, 2026 ($1,500).',
        'Hasta 12 semanas y 10 aplicaciones, desde el 1 de enero de 2026 ($1,500).',
      ),
    ).toEqual({ missing: [], added: [] });
    expect(factDifference('Code J7325, 20% coinsurance.', 'Código J7326, coseguro del 20 %.')).toEqual({
      missing: ['J7325'],
      added: ['J7326'],
    });
  });

  it('shows no English interface words and no word the fixed glossary avoids on a Spanish page', () => {
    // Every English dictionary string that the Spanish dictionary says differently.
    const spanishStrings = new Set(dictionaryStrings(es));
    // Single short words ("Tool", "Guide") are left out: they are also parts of English names a Spanish note
    // may quote ("Physician Fee Schedule Look-up Tool"). So are search synonyms, which no page shows: English
    // ones ("fair hearing") are also names the Spanish glossary gives as what an English notice says.
    const shown = JSON.parse(JSON.stringify(en, (key, value: unknown) => (key === 'synonyms' ? undefined : value)));
    // Nor are insurers' names ("VA health care"), which a Spanish page may give as the insurer writes it.
    const { catalog } = siteCatalog();
    const names = new Set(catalog.payers.flatMap((p) => [p.title, p.shortTitle ?? p.title]));
    const english = dictionaryStrings(shown).filter((s) => s.length > 5 && !spanishStrings.has(s) && !names.has(s));
    expect(english.length).toBeGreaterThan(20);
    const terms = catalog.es.terms;
    expect(terms.flatMap((t) => t.avoid).length).toBeGreaterThan(10);
    for (const p of spanish()) {
      // Words marked as English (source titles keep their language) are not interface words, and a script's
      // data is not text.
      const body = p.doc.querySelector('body')!.clone() as typeof p.doc;
      for (const el of body.querySelectorAll('[lang^="en"], script')) el.remove();
      const text = body.textContent ?? '';
      for (const s of english) expect(text, `${p.path} shows "${s}"`).not.toContain(s);
      // The same whole-word match the content check uses (src/lib/i18n/check.ts).
      expect(avoidedWords(terms, p.path, '(page text)', text)).toEqual([]);
    }
  });

  it('marks each source in another language, and shows when a translated content page was last reviewed', () => {
    const sources = spanish().flatMap((p) => p.doc.querySelectorAll('.source-list > li'));
    expect(sources.length).toBeGreaterThan(0);
    for (const li of sources) expect(li.textContent, li.getAttribute('id') ?? '').toContain('(en inglés)');
    // Pages translated from content/es/ (not from the dictionaries) carry their translation's own review date.
    const glossary = byPath().get('/es/glossary/')!;
    expect(glossary.doc.querySelector('.page-meta')?.textContent).toMatch(
      /^Última revisión de esta traducción: \d+ de \w+ de \d{4}\.$/,
    );
  });

  /**
   * Pairs known to miss the ±10% weight, each with why; the test fails when one comes back within 9%, so
   * the list only shrinks. The glossary and the source list: Spanish definitions, notes and dates run 15–25%
   * longer than the English, on pages that are almost all text.
   * The appeal guide: the English shows the claim-denied flow's first question and its diagram inline; the
   * Spanish links to the English flow until the flows are translated.
   * The letter tools and the case file: the Spanish page writes the letter in English (for the insurer) or in
   * Spanish, so it carries the letter's words and each plan's legal wording in both languages, where the English
   * page carries one; the letter pages also show the English letter's Spanish under it, and explain each field.
   */
  const HEAVIER_OR_LIGHTER: Record<string, string> = {
    '/es/appeal/letter/': 'the letter in two languages, its Spanish under the English, a hint per field',
    '/es/appeal/claim-file/': 'the letter in two languages, its Spanish under the English, a hint per field',
    '/es/appeal/my-case/': "the letter builder's words in two languages, to bring in a draft in either",
    '/es/glossary/': 'Spanish definitions are longer',
    '/es/guides/appeal-a-denial/': 'no inline flow diagram until the flows are translated',
    '/es/sources/': 'its 311 notes and their dates run longer in Spanish',
  };

  it('weighs each Spanish page within 10% of its English twin (HTML + CSS + JavaScript, gzip)', () => {
    const read = (p: string) => readFileSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p));
    const total = (p: string) => {
      const w = pageWeight(p, read);
      return w.html.gzip + w.css.gzip + w.js.gzip;
    };
    const off: string[] = [];
    const known: string[] = [];
    for (const es of spanish()) {
      const ratio = total(es.path) / total(pageLanguage(es.path).path);
      const within = ratio >= 0.9 && ratio <= 1.1;
      if (es.path in HEAVIER_OR_LIGHTER) {
        // A point of margin, so a listed page sitting on the limit (0.900) does not flip the test each build.
        if (ratio >= 0.91 && ratio <= 1.09)
          known.push(`${es.path} is now within 10% (${ratio.toFixed(3)}): take it off the list`);
      } else if (!within) off.push(`${es.path}: ${ratio.toFixed(3)} of its English twin`);
    }
    expect(off).toEqual([]);
    expect(known).toEqual([]);
  });
});
