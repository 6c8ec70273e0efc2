/**
 * Pagefind ranking used by the browser search and by the relevance tests, so tests measure what readers
 * get. A low term saturation stops long pages that repeat a word ("Medicare" on a therapy page) from
 * outranking the short page that answers the exact question ("Does Medicare cover PRP?"), while a
 * single treatment name still finds the treatment's own page first. Tuned against test/site/search.test.ts.
 */
export const SEARCH_RANKING = { termSaturation: 0.5 } as const;
