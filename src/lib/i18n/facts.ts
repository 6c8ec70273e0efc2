/**
 * The facts of a text that must read the same in every language: each run of characters holding a digit
 * (amounts, percentages, dates' days and years, billing codes such as 0232T or J7325, policy and form
 * numbers such as 8.01.52 or CMS-R-131). Month names and number words are language and are left out;
 * a date's digits are not. Used to compare a translation with its English.
 */

/** Digit-holding tokens, normalised: "$1,000" → "$1000", "20 %" → "20%", trailing punctuation dropped. */
export function facts(text: string): Set<string> {
  const out = new Set<string>();
  const spaced = text.replace(/(\d)\s+%/g, '$1%').replace(/\$\s+(\d)/g, '$$$1');
  for (const raw of spaced.match(/[\p{L}\d$%.,\-/–]*\d[\p{L}\d$%.,\-/–]*/gu) ?? []) {
    const token = raw
      .replace(/^[.,\-/–]+|[.,\-/–]+$/g, '')
      // Ordinal endings: 1st, 2nd, 3rd, 4th / 1.º, 1.ª, 1.er, 3.er
      .replace(/^(\d+)(?:st|nd|rd|th|\.?º|\.?ª|\.er|\.o|\.a)$/i, '$1')
      // A number joined to an English word: "14-day", "2-step" (Spanish writes "14 días").
      .replace(/^(\d+)-\p{L}+$/u, '$1')
      .replace(/(\d),(?=\d{3}\b)/g, '$1');
    if (/\d/.test(token)) out.add(token);
  }
  return out;
}

/** What one text states that the other does not, each way. Empty lists when the facts match. */
export function factDifference(english: string, translated: string): { missing: string[]; added: string[] } {
  const a = facts(english);
  const b = facts(translated);
  return { missing: [...a].filter((f) => !b.has(f)), added: [...b].filter((f) => !a.has(f)) };
}
