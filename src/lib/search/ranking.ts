/**
 * Pagefind ranking used by the browser search and by the relevance tests, so tests measure what readers
 * get. Page length is not penalised (pageLength 0): the site has many short coverage pages, and with
 * length normalisation they crowded out the treatment, insurer and guide pages a name or code should find
 * first. What a page is about is carried by weights instead: the h1 (10), the "other names" line (8 on
 * subject pages), the answer (6), with navigation, source lists and generated tables left out of the
 * index. How often a word occurs counts for less than Pagefind's defaults (termSaturation 2 against 1.1,
 * termFrequency 0.75 against 1): once the long Spanish therapy pages joined the Spanish index, "células
 * madre", said on them dozens of times, buried the guide whose title and other names match a question
 * ("preguntas para una clínica de células madre"). Chosen by a grid search over test/site/questions.test.ts
 * and search.test.ts (termSaturation 1.2–2.4 × termFrequency 0.4–1.0): every question passes for
 * termSaturation 2.0–2.4 with termFrequency 0.7–0.8; this is the lower saturation and the middle frequency.
 */
export const SEARCH_RANKING = { termSaturation: 2, termFrequency: 0.75, pageLength: 0 } as const;
