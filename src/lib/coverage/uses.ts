/**
 * Which use a coverage entry answers for. A therapy names the use most readers ask about (`commonUse`)
 * and the other uses some payers treat differently (`otherUses`, often the rare covered exception), so a
 * page can put the common use first and say on every badge which use it is for.
 */
import type { Coverage, CoverageStatus } from '../../schemas/coverage.ts';
import type { Therapy } from '../../schemas/therapy.ts';
import { LOCALE, type Lang } from '../../schemas/language.ts';
import { ui } from '../../i18n/index.ts';
import { distinctHeadings, fillWords } from '../format/text.ts';

type Uses = Pick<Therapy, 'commonUse' | 'otherUses'>;

export interface EntryUse {
  /** True when the entry answers for the therapy's common use. */
  common: boolean;
  /** Completes "for …": the other use's label, the entry's own split label, or the common use. */
  label: string;
}

export function entryUse(therapy: Uses, e: Pick<Coverage, 'indication' | 'indicationLabel'>): EntryUse {
  const other = e.indication ? therapy.otherUses.find((u) => u.indications.includes(e.indication!)) : undefined;
  if (other) return { common: false, label: other.label };
  return { common: true, label: e.indicationLabel ?? therapy.commonUse };
}

/**
 * `entryUse` with the language its label is in, for a page that shows therapies and entries in their own
 * languages: another use's label and the common use are the therapy's words, an entry's own label its words.
 */
export function entryUseIn(
  therapy: Uses,
  e: Pick<Coverage, 'indication' | 'indicationLabel'>,
  langs: { therapy: Lang; entry: Lang },
): EntryUse & { lang: Lang } {
  const use = entryUse(therapy, e);
  const other = e.indication !== undefined && therapy.otherUses.some((u) => u.indications.includes(e.indication!));
  return { ...use, lang: !other && e.indicationLabel !== undefined ? langs.entry : langs.therapy };
}

/** Entries with the common use first, keeping the given order otherwise. Does not mutate. */
export function commonUseFirst<T extends Pick<Coverage, 'indication' | 'indicationLabel'>>(
  therapy: Uses,
  entries: readonly T[],
): T[] {
  const rank = (e: T) => (entryUse(therapy, e).common ? 0 : 1);
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map((x) => x.e);
}

/** One status of a short answer and every use it answers for, read as one phrase ("knee arthritis and hips"). */
export interface StatusUses {
  status: CoverageStatus;
  /** Completes "for …": each use once, joined as `lang` joins a list. */
  use: string;
  /** The language of `use`: the page's, or English when any of its uses is not translated yet. */
  useLang: Lang;
}

/**
 * The statuses of one therapy × payer pair, one line each, for a short answer (the home page's common questions):
 * each status once, naming every use it answers for, so two badges never sit side by side unlabelled; the common
 * use first, so a rare covered use does not open the answer. `therapyLang` is the language of the therapy's words;
 * an entry's own label is in its `wordsLang` (the page's language when it has none).
 */
export function statusUses<
  T extends Pick<Coverage, 'status' | 'indication' | 'indicationLabel'> & { wordsLang?: Lang },
>(therapy: Uses, entries: readonly T[], langs: { page: Lang; therapy: Lang }): StatusUses[] {
  const sorted = commonUseFirst(therapy, entries);
  const list = new Intl.ListFormat(LOCALE[langs.page], { type: 'conjunction' });
  return [...new Set(sorted.map((e) => e.status))].map((status) => {
    const uses = sorted
      .filter((e) => e.status === status)
      .map((e) => entryUseIn(therapy, e, { therapy: langs.therapy, entry: e.wordsLang ?? langs.page }));
    const labels = [...new Set(uses.map((u) => u.label))];
    return {
      status,
      use: list.format(labels),
      useLang: uses.every((u) => u.lang === langs.page) ? langs.page : 'en',
    };
  });
}

/** A card in a list of coverage cards: the treatment or insurer it names, and the entry's use. */
export interface CardName {
  name: string;
  /** The entry's use, as `entryUse` words it. */
  use: string;
  /** The entry's own words for its indication, the last resort where two cards share name and use. */
  indication?: string | undefined;
}

/**
 * The heading of each card in one list: the name alone when it is the only card with that name, else the
 * name and its use ("Medicare, for chronic wounds"; "Workers' comp in other states" where the use starts
 * with the name), so no two headings in a list read the same. Names and uses are in `lang`.
 */
export function cardHeadings(cards: readonly CardName[], lang: Lang = 'en'): string[] {
  const repeated = (name: string) => cards.filter((c) => c.name === name).length > 1;
  const withUse = ({ name, use }: CardName) =>
    use.toLowerCase().startsWith(name.toLowerCase())
      ? `${use.charAt(0).toUpperCase()}${use.slice(1)}`
      : fillWords(ui(lang).coverage.nameForUse, { name, use });
  return distinctHeadings(
    cards.map((c) => ({
      name: repeated(c.name) ? withUse(c) : c.name,
      suffixes: [c.indication && ` (${c.indication})`],
    })),
  );
}
