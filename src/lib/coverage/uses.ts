/**
 * Which use a coverage entry answers for. A therapy names the use most readers ask about (`commonUse`)
 * and the other uses some payers treat differently (`otherUses`, often the rare covered exception), so a
 * page can put the common use first and say on every badge which use it is for.
 */
import type { Coverage } from '../../schemas/coverage.ts';
import type { Therapy } from '../../schemas/therapy.ts';
import type { Lang } from '../../schemas/language.ts';
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
