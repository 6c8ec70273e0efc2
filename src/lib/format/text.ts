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
 * A name as it reads inside a sentence: "Amniotic injections" → "amniotic injections", while acronyms
 * and names that start with one stay as they are ("PRP injections", "IV nutrient therapy").
 */
export const inSentence = (name: string): string =>
  /^[A-Z][a-z]/.test(name) && !/^[A-Z][a-z]+[A-Z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;

/** The name a page goes by in tables, links and sentences: its short title, or its title. */
export const displayName = (page: { title: string; shortTitle?: string | undefined }): string =>
  page.shortTitle ?? page.title;

/** A dictionary template with its `{name}` marks filled in: `fillWords('{n} days', { n: 3 })` → "3 days". */
export const fillWords = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (mark, name: string) => (name in values ? String(values[name]) : mark));
