/**
 * An A–Z index for a long alphabetical list (the glossary): items grouped by their first letter, and
 * all 26 letters with the id of their group's heading, or none when no item starts with that letter.
 */

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;
/** The group for items that start with a digit or a sign ("510(k) clearance"), so nothing is left out. */
export const OTHER = '#';

export interface LetterGroup<T> {
  /** "A" … "Z", or `OTHER`. */
  letter: string;
  /** Anchor of the group's heading: `letter-a`, or `letter-other`. */
  id: string;
  items: T[];
}

export interface AzIndex<T> {
  /** Every letter A–Z in order (with `OTHER` first when used); `id` only where a group exists. */
  letters: { letter: string; id?: string }[];
  /** The groups in the order of `letters`, items in the order given. */
  groups: LetterGroup<T>[];
}

/** The A–Z letter a text files under: its first character without accents, upper case; else `OTHER`. */
export function initial(text: string): string {
  const first = text.trim().normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : OTHER;
}

const letterId = (letter: string) => `letter-${letter === OTHER ? 'other' : letter.toLowerCase()}`;

/** Groups `items` (already sorted) by the initial of `key(item)`. */
export function azIndex<T>(items: readonly T[], key: (item: T) => string): AzIndex<T> {
  const byLetter = new Map<string, T[]>();
  for (const item of items) {
    const letter = initial(key(item));
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), item]);
  }
  const order = [...(byLetter.has(OTHER) ? [OTHER] : []), ...ALPHABET];
  return {
    letters: order.map((letter) => (byLetter.has(letter) ? { letter, id: letterId(letter) } : { letter })),
    groups: order.flatMap((letter) => {
      const group = byLetter.get(letter);
      return group ? [{ letter, id: letterId(letter), items: group }] : [];
    }),
  };
}
