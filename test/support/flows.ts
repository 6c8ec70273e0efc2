/**
 * The site data a flow outcome needs (src/lib/flow/outcome-view.ts) in a language, taken from the checked
 * real content the way the pages take it (src/data.ts): in Spanish, the translated coverage words, appeal
 * steps and page names laid over the English.
 */
import type { Catalog } from '../../src/lib/content/check.ts';
import type { OutcomeData } from '../../src/lib/flow/outcome-view.ts';
import type { Lang } from '../../src/schemas/language.ts';
import { displayName } from '../../src/lib/format/text.ts';
import { statusView } from '../../src/lib/coverage/status.ts';
import { localizedAppealPlans, localizedCoverage } from '../../src/lib/i18n/localize.ts';
import { ui } from '../../src/i18n/index.ts';

export const outcomeDataFrom = (catalog: Catalog, lang: Lang = 'en'): OutcomeData => {
  /** A therapy's or payer's name in `lang`: its translation's, or the English page's where there is none. */
  const name = (kind: 'therapies' | 'payers', slug: string) => {
    const translated = lang === 'en' ? undefined : catalog.es.pages[kind].find((t) => t.slug === slug);
    return displayName(translated ?? catalog[kind].find((p) => p.slug === slug)!);
  };
  return {
    lang,
    words: ui(lang).flow,
    deadlineWords: ui(lang).deadlineWords,
    statusPhrase: (s) => statusView(s, lang).phrase,
    coverage: localizedCoverage(catalog.coverage, lang, catalog.es.coverage),
    appealPlans: localizedAppealPlans(catalog.appeals, lang, catalog.es.appeals),
    therapyName: (s) => name('therapies', s),
    payerName: (s) => name('payers', s),
    medicareServices: catalog.medicareRates?.services ?? [],
  };
};
