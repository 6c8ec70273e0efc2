/**
 * The search metadata field that holds the name the rest of the site calls a treatment, insurer or guide by (its
 * short title: "Amniotic injections", "Ácido hialurónico (inyecciones de gel)"), written on that page only
 * (src/layouts/ContentPage.astro). Pagefind boosts a page whose title holds the words searched for, and every
 * coverage page's title holds a treatment's short name ("Does TRICARE cover amniotic injections?"), while the
 * treatment's own title often says it another way ("Amniotic and placental tissue injections for joints and
 * tendons"). So a reader who typed a treatment's name got a dozen coverage pages before the treatment's page. The
 * name field gives the page about the subject the same boost for its own name, and no other page has it.
 */
export const NAME_META = 'name';

/**
 * Pagefind ranking used by the browser search and by the relevance tests, so tests measure what readers
 * get. Page length is not penalised (pageLength 0): the site has many short coverage pages, and with
 * length normalisation they crowded out the treatment, insurer and guide pages a name or code should find
 * first. What a page is about is carried by weights instead: the h1 (10), the "other names" line (8 on
 * subject pages), the answer (6), with navigation, source lists and generated tables left out of the
 * index; Pagefind's boost for words in the title (metaWeights.title, its default 5), and the same boost
 * for the name a subject page goes by (`NAME_META`). How often a word occurs counts for less than Pagefind's
 * defaults (termSaturation 2 against 1.4, termFrequency 0.75 against 1): once the long Spanish therapy pages
 * joined the Spanish index, "células madre", said on them dozens of times, buried the guide whose title and
 * other names match a question ("preguntas para una clínica de células madre"). Pagefind matches each word
 * typed as the start of longer words too ("preguntas" → "pregúntele", "preguntarle"); termSimilarity 2
 * (against 1) counts those longer words for less, as Spanish verb forms made them many. Accents: Pagefind
 * finds "hialurónico" and "hialuronico" alike and counts a word spelled as searched (accents included) 1.8
 * times (diacriticSimilarity 0.8, its default), but a page that holds both spellings gets only the plain
 * count. The search always searches with accents (src/lib/search/spelling.ts gives typed words theirs back),
 * so a Spanish page must spell its names with their accents: "inyeccion de acido hialuronico" among the other
 * names of the hyaluronic acid page put it 13th for "hialuronico", under 12 coverage pages. Chosen by a grid
 * search over test/site/questions.test.ts and search.test.ts (run in one client, as the tests do, and with a
 * new client for each question, as a reader's first search is): every question passes for termSimilarity
 * 1.5–3 with the name at 5, and for termSaturation 1.4–2.4 with termFrequency 0.75; with the name weighted
 * 8 or more, a treatment's page passes the coverage page for "medicare proloterapia".
 */
export const SEARCH_RANKING = {
  termSaturation: 2,
  termFrequency: 0.75,
  pageLength: 0,
  termSimilarity: 2,
  metaWeights: { title: 5, [NAME_META]: 5 },
} as const;
