/**
 * Search that forgives typing. Pagefind finds pages holding every word of a query and has no typo
 * tolerance or synonyms, so "platlet injections" or "prolo therapy" find nothing. At build time the
 * words of every indexed page become a vocabulary (with how often each occurs), together with the
 * synonyms in content/search-words.yaml; in the browser, `correctQuery` rewrites the words the index does
 * not know before the search runs, and the page says what it searched for, with a way back to what was
 * typed. Pure functions, shared by the build, the search page and the relevance tests.
 */

/** What the build writes for the browser: every indexed word with its count, and the synonym phrases. */
export interface VocabularyFile {
  /** Words as the pages spell them (lower case, accents kept), with how many times they occur. */
  words: [word: string, count: number][];
  /** A phrase readers type → the words the pages use. */
  synonyms: [typed: string, means: string][];
}

export interface Vocabulary {
  /** Folded word → the pages' spelling and its count (the most frequent spelling wins). */
  known: Map<string, { word: string; count: number }>;
  /** Folded words bucketed by length, for the candidates of an unknown word. */
  byLength: Map<number, string[]>;
  /** Folded phrase (space-separated) → replacement. */
  synonyms: Map<string, string>;
  /** The longest synonym phrase, in words. */
  longest: number;
}

/** Lower case, without accents: "Inyección" → "inyeccion". Readers often type without them. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Words of running text: letters (any script) joined by inner apostrophes or hyphens. */
export const words = (text: string): string[] => text.toLowerCase().match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];

/** The shortest word that is ever corrected: shorter ones are too often another real word. */
const MIN_LENGTH = 4;

/** Counts the words of `texts` (page bodies), keeping those long enough to be worth correcting towards. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const w of words(text)) if (w.length >= MIN_LENGTH - 1) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The file the build writes, sorted so the same pages always give the same bytes. */
export function vocabularyFile(counts: Map<string, number>, synonyms: readonly [string, string][]): VocabularyFile {
  return {
    words: [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    synonyms: [...synonyms].map(([t, m]) => [t.toLowerCase(), m] as [string, string]),
  };
}

export function readVocabulary(file: VocabularyFile): Vocabulary {
  const known = new Map<string, { word: string; count: number }>();
  for (const [word, count] of file.words) {
    const key = fold(word);
    const seen = known.get(key);
    if (!seen) known.set(key, { word, count });
    else if (count > seen.count) known.set(key, { word, count: count + seen.count });
    else seen.count += count;
  }
  const byLength = new Map<number, string[]>();
  for (const key of known.keys()) {
    const list = byLength.get(key.length) ?? [];
    list.push(key);
    byLength.set(key.length, list);
  }
  const synonyms = new Map(file.synonyms.map(([t, m]) => [words(fold(t)).join(' '), m] as const));
  const longest = Math.max(0, ...[...synonyms.keys()].map((k) => k.split(' ').length));
  return { known, byLength, synonyms, longest };
}

/**
 * Edit distance with transpositions (optimal string alignment): "platlet" → "platelet" is 1, "teh" →
 * "the" is 1. Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many typing mistakes a word of this length may hold and still be corrected. */
const allowed = (length: number): number => (length < MIN_LENGTH ? 0 : length < 7 ? 1 : 2);

/** The known word closest to `word` (folded), the most frequent among equals; undefined if none is close. */
function closest(v: Vocabulary, word: string): string | undefined {
  const max = allowed(word.length);
  let best: { key: string; d: number; count: number } | undefined;
  for (let len = word.length - max; len <= word.length + max; len++)
    for (const key of v.byLength.get(len) ?? []) {
      const d = distance(word, key, max);
      if (d > max) continue;
      const count = v.known.get(key)!.count;
      if (!best || d < best.d || (d === best.d && count > best.count)) best = { key, d, count };
    }
  return best && v.known.get(best.key)!.word;
}

/**
 * The query with what the index cannot know rewritten: synonym phrases replaced ("prolo therapy" →
 * "prolotherapy", "plasma rico en plaquetas" → "PRP"), two typed words joined when the pages spell them as
 * one, words typed without their accents given them back ("inyeccion" → "inyección"), and unknown words
 * of four letters or more replaced by the closest known word (one mistake up to six letters, two from
 * seven). Billing codes, numbers and known words are left alone. `changed` says whether anything was.
 */
export function correctQuery(q: string, v: Vocabulary): { query: string; changed: boolean } {
  const typed = q.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  const synonym = (i: number, n: number) => v.synonyms.get(words(fold(typed.slice(i, i + n).join(' '))).join(' '));
  for (let i = 0; i < typed.length;) {
    const word = typed[i]!;
    const key = fold(word);
    const isWord = /^\p{L}+$/u.test(key);
    const next = typed[i + 1];
    // Joined only when the pages use the one word at least as often as the first half alone ("prolo" is on
    // one page, "prolotherapy" on hundreds).
    const whole = isWord && next !== undefined ? v.known.get(key + fold(next)) : undefined;
    const joined = whole && whole.count >= (v.known.get(key)?.count ?? 0) ? whole : undefined;
    // Synonym phrases of two words or more, longest first; then two typed words the pages write as one
    // ("prolo therapy"); then a one-word synonym; then the word itself.
    let n = Math.min(v.longest, typed.length - i);
    while (n >= 2 && synonym(i, n) === undefined) n--;
    const means = n >= 2 ? synonym(i, n) : joined ? undefined : synonym(i, 1);
    if (means !== undefined) {
      out.push(means);
      i += Math.max(n, 1);
      continue;
    }
    if (joined) {
      out.push(joined.word);
      i += 2;
      continue;
    }
    const known = v.known.get(key);
    if (!isWord) out.push(word);
    else if (known) out.push(known.word === key ? word : known.word);
    else out.push(closest(v, key) ?? word);
    i += 1;
  }
  const query = out.join(' ');
  return { query, changed: fold(query) !== fold(typed.join(' ')) };
}
