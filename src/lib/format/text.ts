/**
 * Small text helpers for headings and descriptions.
 */

/** Trims a description to at most `max` characters at a word boundary, adding an ellipsis if cut. */
export function clip(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/**
 * A name as it reads inside a sentence: "Amniotic injections" → "amniotic injections", "Ácido hialurónico" →
 * "ácido hialurónico", while acronyms and names that start with one stay as they are ("PRP injections", "IV
 * nutrient therapy").
 */
export const inSentence = (name: string): string =>
  /^\p{Lu}\p{Ll}/u.test(name) && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;

/** The name a page goes by in tables, links and sentences: its short title, or its title. */
export const displayName = (page: { title: string; shortTitle?: string | undefined }): string =>
  page.shortTitle ?? page.title;

/** A dictionary template with its `{name}` marks filled in: `fillWords('{n} days', { n: 3 })` → "3 days". */
export const fillWords = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (mark, name: string) => (name in values ? String(values[name]) : mark));

/** An item of a list with headings: its name, and what to add, in turn, where another item has that name. */
export interface Headed {
  name: string;
  /** Added one at a time ("Medicare" → "Medicare, for chronic wounds") while the heading is not yet alone. */
  suffixes: readonly (string | undefined)[];
}

/**
 * Headings for a list in which no two read the same, so a reader scanning them (or a screen reader's list
 * of headings) can tell the items apart: each item's name, and where a heading repeats, its next suffix.
 */
export function distinctHeadings(items: readonly Headed[]): string[] {
  const repeated = (list: readonly string[], x: string) => list.indexOf(x) !== list.lastIndexOf(x);
  let headings = items.map((i) => i.name);
  const depth = Math.max(0, ...items.map((i) => i.suffixes.length));
  for (let d = 0; d < depth; d++) {
    const before = headings;
    headings = before.map((h, i) => (repeated(before, h) ? `${h}${items[i]!.suffixes[d] ?? ''}` : h));
  }
  return headings;
}
