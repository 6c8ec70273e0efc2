/**
 * Search results as an element tree (src/lib/format/tree.ts), so the search page builds them with DOM
 * methods. Pagefind hands over each excerpt as HTML: its text entity-escaped, the hits wrapped in <mark>.
 * We never parse that as HTML; `excerptParts` reads it into plain text pieces, each marked or not.
 */
import { h, type Child, type El } from '../format/tree.ts';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an escaped text may hold; anything unknown stays as written. */
export const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** "a <mark>b</mark> &amp; c" → [a ], [b: marked], [ & c]. Any other tag is kept as text, never as markup. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({ text: decodeEntities(piece), mark });
  }
  return parts;
}

/** What the page shows of one result: title link, kind of page, excerpt with the hits marked. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

export const resultView = (d: ResultData): El =>
  h(
    'li',
    {},
    h('a', { href: d.url }, d.meta.title ?? d.url),
    ' ',
    h('small', {}, (d.filters['kind'] ?? []).join(', ')),
    h(
      'p',
      {},
      excerptParts(d.excerpt).map((p) => (p.mark ? h('mark', {}, p.text) : p.text)),
    ),
  );

/** What the search found, for the status line under the form. */
export interface SearchOutcome {
  /** The words as typed. */
  typed: string;
  /** How many pages matched, and how many are listed. */
  total: number;
  shown: number;
  /** The query that found them, when not the typed one. */
  used: string;
  /** They match only some of its words. */
  partial: boolean;
  /** The spelling-corrected query, when that is what was searched. */
  corrected?: string;
  /** The address that searches exactly what was typed. */
  typedHref: string;
}

/** The status line's words in the page's language (the `search.status` section of src/i18n/). */
export interface StatusWords {
  foundOne: string;
  /** `{n}`: how many. */
  found: string;
  showingFirst: string;
  /** `{q}`: the query. */
  showingFor: string;
  someWords: string;
  asTyped: string;
  partial: string;
}

const fill = (template: string, values: { n?: number; q?: string }) =>
  template.replace('{n}', String(values.n ?? '')).replace('{q}', values.q ?? '');

/**
 * The status line: how many pages were found; when the spelling was corrected, "Showing results for …"
 * with a link that searches what was typed instead; when only some words matched, which ones.
 */
export function statusView(o: SearchOutcome, w: StatusWords): Child[] {
  const shown = o.total > o.shown ? fill(w.showingFirst, { n: o.shown }) : '';
  const count = `${o.total === 1 ? w.foundOne : fill(w.found, { n: o.total })}${shown}.`;
  if (o.corrected)
    return [
      `${fill(w.showingFor, { q: o.corrected })}${o.partial ? w.someWords : ''}. ${count} `,
      h('a', { href: o.typedHref }, fill(w.asTyped, { q: o.typed })),
      '.',
    ];
  if (o.partial || o.used !== o.typed)
    return [`${count} ${fill(w.partial, { q: `${o.used}${o.partial ? w.someWords : ''}` })}`];
  return [count];
}
