/**
 * Checks a document against the parts of RFC 4287 (Atom) a feed reader relies on, after a real XML parser
 * (@xmldom/xmldom, strict: any warning or error fails) has read it. Returns one line per problem; an empty
 * list means well-formed XML and valid Atom for what it checks:
 * - the root is `feed` in the Atom namespace;
 * - the feed has exactly one id, title and updated, an author with a name, a self link, at most one
 *   alternate link per type;
 * - each entry has exactly one id, title and updated, and an alternate link (it has no content);
 * - ids are absolute IRIs, unique across entries; dates are RFC 3339 date-times; text constructs have a
 *   known type; every link has an href and every category a term.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** RFC 3339 `date-time` (section 5.6), as Atom requires (RFC 4287 section 3.3). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export interface ParsedAtom {
  feed: Element;
  entries: Element[];
}

/** The Atom children of `el` called `name`. */
export const children = (el: Element, name: string): Element[] =>
  Array.from(el.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === ATOM_NS && (n as Element).localName === name,
  );

/** The text of the one child `name` of `el` ('' if there is none). */
export const childText = (el: Element, name: string): string => children(el, name)[0]?.textContent?.trim() ?? '';

/** Parses strictly; throws with the parser's message when the text is not well-formed XML. */
export function parseAtom(xml: string): ParsedAtom {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  const feed = doc.documentElement;
  if (!feed) throw new Error('XML has no root element');
  return { feed, entries: children(feed, 'entry') };
}

export function atomProblems(xml: string): string[] {
  let parsed: ParsedAtom;
  try {
    parsed = parseAtom(xml);
  } catch (e) {
    return [(e as Error).message];
  }
  const { feed, entries } = parsed;
  const problems: string[] = [];
  if (feed.localName !== 'feed' || feed.namespaceURI !== ATOM_NS)
    return [`root is <${feed.tagName}> in ${feed.namespaceURI ?? 'no namespace'}, not an Atom <feed>`];

  const exactlyOne = (el: Element, name: string, where: string) => {
    const n = children(el, name).length;
    if (n !== 1) problems.push(`${where} has ${n} <${name}> elements, not exactly one`);
  };
  const iri = (value: string, where: string) => {
    try {
      if (/\s/.test(value) || !new URL(value).protocol) throw new Error();
    } catch {
      problems.push(`${where} id ${JSON.stringify(value)} is not an absolute IRI`);
    }
  };
  const date = (value: string, where: string) => {
    if (!RFC3339.test(value) || Number.isNaN(Date.parse(value)))
      problems.push(`${where} date ${JSON.stringify(value)} is not an RFC 3339 date-time`);
  };
  const textTypes = (el: Element, where: string) => {
    for (const name of ['title', 'subtitle', 'summary', 'rights'])
      for (const t of children(el, name)) {
        const type = t.getAttribute('type') ?? 'text';
        if (!['text', 'html', 'xhtml'].includes(type)) problems.push(`${where} <${name}> has type ${type}`);
      }
  };
  const links = (el: Element, where: string) => {
    const alternates = new Set<string>();
    for (const l of children(el, 'link')) {
      if (!l.getAttribute('href')) problems.push(`${where} has a <link> without href`);
      if ((l.getAttribute('rel') ?? 'alternate') === 'alternate') {
        const key = `${l.getAttribute('type') ?? ''}|${l.getAttribute('hreflang') ?? ''}`;
        if (alternates.has(key)) problems.push(`${where} has two alternate links of type ${key}`);
        alternates.add(key);
      }
    }
    for (const c of children(el, 'category'))
      if (!c.getAttribute('term')) problems.push(`${where} has a <category> without term`);
    return alternates.size;
  };

  for (const name of ['id', 'title', 'updated']) exactlyOne(feed, name, 'feed');
  iri(childText(feed, 'id'), 'feed');
  date(childText(feed, 'updated'), 'feed updated');
  textTypes(feed, 'feed');
  links(feed, 'feed');
  if (!children(feed, 'link').some((l) => l.getAttribute('rel') === 'self'))
    problems.push('feed has no rel="self" link');
  const feedAuthors = children(feed, 'author');
  for (const a of feedAuthors) if (!childText(a, 'name')) problems.push('feed <author> has no <name>');

  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    for (const name of ['id', 'title', 'updated']) exactlyOne(entry, name, where);
    const id = childText(entry, 'id');
    iri(id, where);
    if (ids.has(id)) problems.push(`${where} repeats id ${id}`);
    ids.add(id);
    date(childText(entry, 'updated'), `${where} updated`);
    for (const p of children(entry, 'published')) date(p.textContent?.trim() ?? '', `${where} published`);
    textTypes(entry, where);
    const alternates = links(entry, where);
    if (children(entry, 'content').length === 0 && alternates === 0)
      problems.push(`${where} has neither <content> nor an alternate link`);
    if (feedAuthors.length === 0 && children(entry, 'author').length === 0)
      problems.push(`${where} has no author and the feed has none`);
  });
  return problems;
}
