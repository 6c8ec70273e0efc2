/**
 * Pagefind matches pages that contain every word of a query, so a question typed in full ("what do I
 * write down when I call my insurance") can find nothing. When that happens, the search runs again
 * with the small question words removed (English and Spanish). Shared by the browser search and the
 * relevance tests.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can could do does did for from how i if in into is it its me my of on or our ' +
    'should so that the their them then there these they this to was we what when where which who why will with ' +
    'would you your ' +
    // Spanish, written without accents (words are compared without them).
    'al como con cual cuales cuando cuanto de del donde el en es esta este la las le lo los me mi mis o para ' +
    'por porque puedo que se si son su sus un una unas uno unos y yo'
  ).split(' '),
);

/** A word as the stop list holds it: lower case, without accents or punctuation. */
const bare = (w: string) =>
  w
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z']/g, '');

/** The query without question words, or undefined when that changes nothing or leaves nothing. */
export function relaxQuery(q: string): string | undefined {
  const words = q.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(bare(w)));
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : undefined;
}

/** The queries made by leaving out one word each ("appeal deadline calculator" → "deadline calculator", …). */
export function leaveOneOut(q: string): string[] {
  const words = q.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  return words.map((_, i) => words.filter((__, j) => j !== i).join(' '));
}

interface Hit {
  id: string;
  score: number;
}

/** The fallbacks for one query: as given, then without question words, then with one word left out. */
async function withFallbacks<H extends Hit>(
  search: (q: string) => Promise<H[]>,
  q: string,
): Promise<{ hits: H[]; used: string; partial: boolean }> {
  const first = await search(q);
  if (first.length > 0) return { hits: first, used: q, partial: false };
  const relaxed = relaxQuery(q) ?? q;
  if (relaxed !== q) {
    const second = await search(relaxed);
    if (second.length > 0) return { hits: second, used: relaxed, partial: false };
  }
  const best = new Map<string, H>();
  for (const sub of leaveOneOut(relaxed)) {
    for (const h of await search(sub)) if ((best.get(h.id)?.score ?? -Infinity) < h.score) best.set(h.id, h);
  }
  const merged = [...best.values()].sort((a, b) => b.score - a.score);
  return merged.length > 0 ? { hits: merged, used: relaxed, partial: true } : { hits: merged, used: q, partial: false };
}

/**
 * Searches with fallbacks, for any search function that returns scored hits (Pagefind's `search`).
 * With `correct` (the spelling correction of src/lib/search/spelling.ts), a query it rewrites is
 * searched as rewritten first, and `corrected` names the rewrite when it found something and changed
 * more than accents; otherwise, or when the rewrite finds nothing, the query is searched as typed. Each
 * query goes through the same fallbacks: as it is; then without question words; then, if still
 * nothing, every query with one word left out, merged by best score. Returns the hits, the query that
 * found them (what was typed when the rewrite changed only accents) and whether they match only some of
 * its words.
 */
export async function searchWithFallbacks<H extends Hit>(
  search: (q: string) => Promise<H[]>,
  q: string,
  correct?: (q: string) => { query: string; changed: boolean },
): Promise<{ hits: H[]; used: string; partial: boolean; corrected?: string }> {
  const fixed = correct?.(q);
  if (fixed && fixed.query !== q) {
    const found = await withFallbacks(search, fixed.query);
    if (found.hits.length > 0)
      return fixed.changed
        ? { ...found, corrected: fixed.query }
        : { ...found, used: found.used === fixed.query ? q : found.used };
  }
  return withFallbacks(search, q);
}
