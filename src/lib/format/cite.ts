/**
 * The short label of an in-text citation ("[NCD 270.3]"): the same label wherever a source is cited, and
 * never the same as another source's, so a reader can tell two citations apart before following either.
 */
import type { Source } from '../../schemas/source.ts';

/** What a label is made from. */
export type Citable = Pick<Source, 'id' | 'short' | 'number' | 'publisher' | 'title' | 'date'>;

const MAX = 24;
/** A publisher's name short enough to lead a longer label ("HealthCare.gov: …"). */
const PUBLISHER_MAX = 16;
/** A shortened title runs to at least this many characters, so it still says what the page is. */
const TITLE_MIN = 20;
/** Words a shortened title does not end on: "Summary of Benefits and…" says less than "Summary of Benefits…". */
const DANGLING = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** `text` cut to about `max` characters at a word boundary, with "…"; whole when it fits. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const words = cut.slice(0, cut.lastIndexOf(' ') > 8 ? cut.lastIndexOf(' ') : cut.length);
  return `${words.replace(/[\s&,;:(-]+$/, '')}…`;
}

/** The label a source gets on its own: `short`, else a short `number`, else a shortened publisher. */
export function baseCiteLabel(s: Pick<Source, 'short' | 'number' | 'publisher'>): string {
  if (s.short) return s.short;
  if (s.number && s.number.length <= MAX) return s.number;
  // "Centers for Medicare & Medicaid Services" → "Centers for Medicare…": cut at a word boundary.
  return shorten(s.publisher, MAX);
}

/** The publisher's own short form, if it has one that fits: "HealthCare.gov (Centers for …)" → "HealthCare.gov". */
function publisherShort(publisher: string): string | undefined {
  const acronym = /\(([A-Z]{2,8})\)\s*$/.exec(publisher)?.[1];
  const name = publisher.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (name.length <= PUBLISHER_MAX) return name;
  return acronym;
}

/** The parts of a long number, first first: "CMS-8091-N; FR Doc 2025-20251; 90 FR 52063" → "CMS-8091-N", … */
function numberParts(num: string | undefined): string[] {
  return (num ?? '')
    .replace(/\s*\([^)]*\)/g, '')
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter((p) => p && p.length <= MAX);
}

/** A billing code the title is about, with its publisher: "OpenPayer: CPT 20611", "RVU Edge: 38230". */
function codeLabel(s: Citable): string | undefined {
  const pub = publisherShort(s.publisher);
  const code = /\b(?:CPT|HCPCS) [0-9A-Z]{5}\b/.exec(s.title)?.[0] ?? /^([0-9A-Z]{5}):/.exec(s.title)?.[1];
  return pub && code ? `${pub}: ${code}` : undefined;
}

/** "Publisher: the title's first words…", growing one word at a time: each longer candidate says more. */
function titleLabels(s: Citable): string[] {
  const pub = publisherShort(s.publisher);
  // A closing aside ("(glossary)", "(Medicare Advantage)") comes last, only where the title needs it.
  const plain = s.title.replace(/\s*\([^)]*\)\s*$/, '');
  const labels = [plain, s.title].flatMap((title) => {
    const words = title.split(/\s+/);
    return words.flatMap((_, i) => {
      const n = i + 1;
      let head = words.slice(0, n);
      if (n < words.length && head.join(' ').length < TITLE_MIN) return [];
      while (n < words.length && head.length > 1 && DANGLING.has(head.at(-1)!.toLowerCase())) head = head.slice(0, -1);
      const text = `${head.join(' ').replace(/[\s,;:(-]+$/, '')}${n < words.length ? '…' : ''}`;
      return [pub ? `${pub}: ${text}` : text];
    });
  });
  return [...new Set(labels)];
}

/**
 * Every source's label, by id. A source whose own label another source shares (four HealthCare.gov pages
 * would all read "[HealthCare.gov…]") gets the first of these that no other source has: a part of its
 * number ("CMS-8091-N"; with its year where versions of one document share a number), the billing code its
 * title names ("OpenPayer: CPT 20611"), then the publisher's short name with as much of the title as it
 * takes ("HealthCare.gov: Internal appeals"; the title alone when the publisher has no short name). A
 * `short` is the author's choice and is kept; two sources still alike are what `citeLabelClashes` reports.
 */
export function citeLabels(sources: readonly Citable[]): Map<string, string> {
  const base = new Map(sources.map((s) => [s.id, baseCiteLabel(s)]));
  const count = new Map<string, number>();
  for (const l of base.values()) count.set(l, (count.get(l) ?? 0) + 1);
  const shared = (s: Citable) => !s.short && count.get(base.get(s.id)!)! > 1;
  // Taken: every label that stays as it is, then each new one as it is given.
  const taken = new Set(sources.filter((s) => !shared(s)).map((s) => base.get(s.id)!));
  const labels = new Map(base);
  for (const s of sources.filter(shared)) {
    const candidates = [
      ...numberParts(s.number),
      // Two versions of one document share a number: the year tells them apart ("NCD 270.3 (2012)").
      ...numberParts(s.number).map((n) => `${n} (${s.date.slice(0, 4)})`),
      codeLabel(s),
      ...titleLabels(s),
    ].filter((l): l is string => Boolean(l));
    const label = candidates.find((l) => !taken.has(l) && l !== base.get(s.id)) ?? base.get(s.id)!;
    taken.add(label);
    labels.set(s.id, label);
  }
  return labels;
}

const memo = new WeakMap<readonly Citable[], Map<string, string>>();

/** The label of `s` among all the sources of the catalog `all` (worked out once per catalog). */
export function citeLabel(s: Citable, all: readonly Citable[]): string {
  let labels = memo.get(all);
  if (!labels) memo.set(all, (labels = citeLabels(all)));
  return labels.get(s.id) ?? baseCiteLabel(s);
}

/** Pairs of sources that still share a label, each named by id with the label and the later one's index. */
export function citeLabelClashes(
  sources: readonly Citable[],
): { ids: [string, string]; label: string; index: number }[] {
  const labels = citeLabels(sources);
  const first = new Map<string, string>();
  return sources.flatMap((s, index) => {
    const label = labels.get(s.id)!;
    const other = first.get(label);
    if (other === undefined) {
      first.set(label, s.id);
      return [];
    }
    return [{ ids: [other, s.id] as [string, string], label, index }];
  });
}
