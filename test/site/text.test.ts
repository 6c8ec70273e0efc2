/**
 * What a reader sees as text on every built page: no word glued to a link ("browse thetreatments"), no
 * sentence glued to the next ("L39058.Effective"), dates the US way ("November 22, 2026"), and no internal
 * id (a price row's or a source's id) shown as if it were words.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';

const pages = builtPages();
const { catalog } = siteCatalog();

const BLOCK_TAGS =
  'p li h[1-6] dt dd div section td th tr ol ul dl nav header footer summary details caption figcaption figure ' +
  'article main aside table thead tbody form fieldset legend label select option textarea button br hr title ' +
  'blockquote pre';
const BLOCK = new RegExp(`</?(?:${BLOCK_TAGS.split(' ').join('|')})\\b[^>]*>`, 'gi');

/** The page's visible text, with a line break wherever a block starts or ends; scripts, SVG and head left out. */
function readerText(html: string): string {
  return (
    html
      .replace(/<head[\s\S]*?<\/head>/g, '')
      .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '')
      // Elements with the hidden attribute (not the class "visually-hidden", which screen readers read).
      .replace(/<(\w+)\b[^>]*\shidden(?=[\s>=])[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(BLOCK, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/&nbsp;/g, ' ')
  );
}

const texts = new WeakMap<BuiltPage, string>();
/** A page's readerText, worked out once: four tests read every page's. */
const pageText = (p: BuiltPage): string => {
  let text = texts.get(p);
  if (text === undefined) texts.set(p, (text = readerText(p.html)));
  return text;
};

const body = (html: string) =>
  html.replace(/<head[\s\S]*?<\/head>/g, '').replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '');

describe('the words on every page', () => {
  it('never show a value a template failed to turn into words ([object Object], undefined, NaN)', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const text = pageText(p);
      for (const m of text.matchAll(/\[object \w+\]|\bundefined\b|\bNaN\b|\bnull\b/g))
        bad.push(`${p.path}: …${text.slice(Math.max(0, m.index - 40), m.index + 20).replace(/\s+/g, ' ')}…`);
    }
    expect(bad).toEqual([]);
  });

  it('never glue a word to a link: a space separates them', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const m of body(p.html).matchAll(/[A-Za-z0-9,.;:)]<a\b[^>]*>|<\/a>[A-Za-z0-9(]/g))
        bad.push(`${p.path}: …${p.html.slice(m.index - 30, m.index + 30).replace(/\s+/g, ' ')}…`);
    }
    expect(bad).toEqual([]);
  });

  it('never glue a word to the next inline element, or two citations together, without a space', () => {
    // "Wharton's jelly<span class="flow-option-hint">Often called…": the hint shows on a line of its own, but
    // copied, in search excerpts and to some screen readers it reads "jellyOften". So does "[A][B]".
    const INLINE = 'a|abbr|b|bdi|cite|code|data|dfn|em|i|kbd|label|mark|q|s|small|span|strong|sub|sup|time|u|var';
    const glued = new RegExp(`[\\p{L}\\p{N}\\]](?:</?(?:${INLINE})\\b[^>]*>)+[\\p{L}\\p{N}\\[]`, 'gu');
    const bad: string[] = [];
    for (const p of pages)
      for (const m of body(p.html).matchAll(glued))
        bad.push(`${p.path}: ${m[0].replace(/<[^>]+>/g, '‸').replace(/‸+/g, '‸')}`);
    expect([...new Set(bad)]).toEqual([]);
  });

  it('never run one sentence into the next, or a label into its amount, without a space', () => {
    const bad: string[] = [];
    for (const p of pages) {
      // "L39058.Effective", and "Paying yourself:$500" (a bold label glued to the price after it).
      for (const m of pageText(p).matchAll(/[a-z0-9)][.:;,](?:[A-Z][a-z]+|\$\d)/g)) bad.push(`${p.path}: "${m[0]}"`);
    }
    expect(bad).toEqual([]);
  });

  it('write dates the US way, month first', () => {
    const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
    const dayFirst = new RegExp(`\\b\\d{1,2} (?:${months}) \\d{4}\\b`, 'g');
    const bad: string[] = [];
    for (const p of pages) for (const m of pageText(p).matchAll(dayFirst)) bad.push(`${p.path}: "${m[0]}"`);
    expect(bad).toEqual([]);
  });

  it('never show an internal id as text', () => {
    const ids = [...catalog.costs.map((c) => c.id), ...catalog.sources.map((s) => s.id)].filter((id) =>
      id.includes('-'),
    );
    // An id shows where it stands as a word: first or after a space or "(", and last or before a space, ".", "," or
    // ")". Ids are slugs (a-z, 0-9, "-"), so such a word is a whole run of those characters: each page's are read in
    // one pass, instead of a search of the page for each of 300 ids.
    const WORD = /(?:^|(?<=[\s(]))[a-z0-9-]+(?=$|[\s.,)])/g;
    expect(
      ids.filter((id) => !/^[a-z0-9-]+$/.test(id)),
      'ids that are not slugs',
    ).toEqual([]);
    const bad: string[] = [];
    for (const p of pages) {
      const words = new Set(pageText(p).match(WORD));
      for (const id of ids) if (words.has(id)) bad.push(`${p.path}: ${id}`);
    }
    expect(bad).toEqual([]);
  });
});
