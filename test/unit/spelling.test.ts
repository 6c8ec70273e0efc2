import { describe, expect, it } from 'vitest';
import {
  correctQuery,
  countWords,
  distance,
  fold,
  readVocabulary,
  vocabularyFile,
} from '../../src/lib/search/spelling.ts';
import { searchWithFallbacks } from '../../src/lib/search/query.ts';
import { statusView } from '../../src/lib/search/results.ts';
import { toHtml } from '../../src/lib/format/tree.ts';
import { ui } from '../../src/i18n/index.ts';

const WORDS = ui('en').search.status;

const PAGES = [
  'Platelet-rich plasma (PRP) injections. Medicare covers PRP for diabetic wounds. Platelet counts vary.',
  'Prolotherapy is a dextrose injection. Hyaluronic acid gel shots such as Synvisc and Euflexxa.',
  'Inyección de plasma rico en plaquetas. Ácido hialurónico. La apelación y la revisión externa.',
  'Injection injection injection. Infection.',
  'Prolotherapy, once called prolo.',
];
const vocabulary = readVocabulary(
  vocabularyFile(countWords(PAGES), [
    ['prolo', 'prolotherapy'],
    ['plasma rico en plaquetas', 'PRP'],
  ]),
);
const fix = (q: string) => correctQuery(q, vocabulary);

describe('distance', () => {
  it('counts one for an insertion, a deletion, a change or two letters swapped', () => {
    expect(distance('platlet', 'platelet', 2)).toBe(1);
    expect(distance('platelett', 'platelet', 2)).toBe(1);
    expect(distance('plateled', 'platelet', 2)).toBe(1);
    expect(distance('paltelet', 'platelet', 2)).toBe(1);
    expect(distance('same', 'same', 2)).toBe(0);
  });
  it('stops past the limit', () => {
    expect(distance('medicare', 'medicaid', 1)).toBe(2);
    expect(distance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('correctQuery', () => {
  it('corrects unknown words to the closest word the pages use', () => {
    expect(fix('platlet injections')).toEqual({ query: 'platelet injections', changed: true });
    expect(fix('synvisk')).toEqual({ query: 'synvisc', changed: true });
    expect(fix('hyaluronik acid')).toEqual({ query: 'hyaluronic acid', changed: true });
  });
  it('prefers the more frequent word when two are as close', () => {
    // "inxection" is one letter from "injection" (4 times on the pages) and from "infection" (once).
    expect(fix('inxection').query).toBe('injection');
    expect(fix('inflection').query).toBe('infection');
  });
  it('joins two typed words the pages write as one, and replaces synonym phrases', () => {
    expect(fix('prolo therapy')).toEqual({ query: 'prolotherapy', changed: true });
    expect(fix('prolo')).toEqual({ query: 'prolotherapy', changed: true });
    expect(fix('Plasma Rico en Plaquetas medicare')).toEqual({ query: 'PRP medicare', changed: true });
  });
  it('gives accents back without calling it a correction', () => {
    expect(fix('inyeccion')).toEqual({ query: 'inyección', changed: false });
    expect(fix('hialuronico')).toEqual({ query: 'hialurónico', changed: false });
    expect(fix('apelacion')).toEqual({ query: 'apelación', changed: false });
  });
  it('leaves known words, codes, numbers and short words alone', () => {
    expect(fix('Medicare PRP')).toEqual({ query: 'Medicare PRP', changed: false });
    expect(fix('J7325 0232T 8.01.52')).toEqual({ query: 'J7325 0232T 8.01.52', changed: false });
    expect(fix('is my hip ok')).toEqual({ query: 'is my hip ok', changed: false });
  });
  it('leaves a word with nothing close as typed', () => {
    expect(fix('acupuncture')).toEqual({ query: 'acupuncture', changed: false });
  });
  it('folds case and accents only', () => {
    expect(fold('Ácido HIALURÓNICO')).toBe('acido hialuronico');
  });
});

describe('searchWithFallbacks with a spelling correction', () => {
  const index: Record<string, { id: string; score: number }[]> = {
    'platelet injections': [{ id: 'prp', score: 5 }],
    acupuncture: [{ id: 'other', score: 1 }],
  };
  const search = async (q: string) => index[q] ?? [];
  it('searches the corrected query first and says so', async () => {
    expect(await searchWithFallbacks(search, 'platlet injections', fix)).toEqual({
      hits: [{ id: 'prp', score: 5 }],
      used: 'platelet injections',
      partial: false,
      corrected: 'platelet injections',
    });
  });
  it('searches as typed when the correction changes nothing or finds nothing', async () => {
    expect(await searchWithFallbacks(search, 'acupuncture', fix)).toEqual({
      hits: [{ id: 'other', score: 1 }],
      used: 'acupuncture',
      partial: false,
    });
    const none = async () => [];
    expect(await searchWithFallbacks(none, 'platlet', fix)).toEqual({ hits: [], used: 'platlet', partial: false });
  });
});

describe('statusView', () => {
  const base = {
    typed: 'platlet',
    total: 3,
    shown: 3,
    used: 'platlet',
    partial: false,
    typedHref: '/search/?q=platlet&exact=1',
  };
  it('says what was searched instead, with a link back to the words as typed', () => {
    expect(toHtml(statusView({ ...base, used: 'platelet', corrected: 'platelet' }, WORDS))).toBe(
      'Showing results for “platelet”. 3 pages found. ' +
        '<a href="/search/?q=platlet&amp;exact=1">Search for “platlet” as typed</a>.',
    );
  });
  it('counts, and names the words that matched when not all did', () => {
    expect(toHtml(statusView({ ...base, total: 1, shown: 1 }, WORDS))).toBe('1 page found.');
    expect(toHtml(statusView({ ...base, total: 40, shown: 20, partial: true }, WORDS))).toBe(
      '40 pages found; showing the first 20. No page has every word you typed, so these are for “platlet (some of its words)”.',
    );
  });
  it('speaks the page language', () => {
    expect(
      toHtml(
        statusView({ ...base, typed: 'inyeccion', used: 'inyección', corrected: 'inyección' }, ui('es').search.status),
      ),
    ).toBe(
      'Resultados para “inyección”. Se encontraron 3 páginas. ' +
        '<a href="/search/?q=platlet&amp;exact=1">Buscar “inyeccion” tal como lo escribió</a>.',
    );
  });
});
