/**
 * Pagefind matches pages that contain every word of a query, so a question typed in full ("what do I
 * write down when I call my insurance") can find nothing. When that happens, the search runs again
 * with the small question words removed. Shared by the browser search and the relevance tests.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by can could do does did for from how i if in into is it its me my of on or our should so that the their them then there these they this to was we what when where which who why will with would you your'.split(' '),
);

/** The query without question words, or undefined when that changes nothing or leaves nothing. */
export function relaxQuery(q: string): string | undefined {
  const words = q.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLowerCase().replace(/[^a-z']/g, '')));
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : undefined;
}
