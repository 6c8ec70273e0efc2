/**
 * Pagefind ranking used by the browser search and by the relevance tests, so tests measure what readers
 * get. Page length is not penalised (pageLength 0): the site has many short coverage pages, and with
 * length normalisation they crowded out the treatment, insurer and guide pages a name or code should find
 * first. What a page is about is carried by weights instead: the h1 (10), the "other names" line (8 on
 * subject pages), the answer (6), with navigation, source lists and generated tables left out of the
 * index. termSaturation 1.2 is Pagefind's default (1.1) nudged up. Chosen by a grid search over
 * test/site/questions.test.ts and search.test.ts.
 */
export const SEARCH_RANKING = { termSaturation: 1.2, pageLength: 0 } as const;
