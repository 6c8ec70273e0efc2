/**
 * The words of a cost estimate (src/lib/estimator/model.ts and view.ts), per language, in small modules of
 * their own (estimate-words/en.ts, es.ts) like the deadline words: the estimator's browser script carries the
 * English only, and a therapy page in Spanish works out its estimate at build time in Spanish. `{…}` marks are
 * filled in by `fillWords` (text) or `fillTree` (src/lib/format/tree.ts: marks that become elements).
 */
import type { Lang } from '../schemas/language.ts';
import type { CostWords } from './cost-words.ts';
import { ESTIMATE_WORDS_EN } from './estimate-words/en.ts';
import { ESTIMATE_WORDS_ES } from './estimate-words/es.ts';

/** What a line counts, one and many. */
export type Counted = readonly [one: string, many: string];

export interface EstimateWords {
  lang: Lang;
  cost: CostWords;
  units: Record<
    'shot' | 'application' | 'visit' | 'course' | 'series' | 'treatment' | 'session' | 'area' | 'joint',
    Counted
  >;
  /** The lines of the estimate (the model). */
  line: {
    treatment: string;
    areas: string;
    at: string;
    from: string;
    scope: string;
    series: string;
    fromQuote: string;
    consult: string;
    imaging: string;
    harvest: string;
    guidance: string;
  };
  /** The sentences under the estimate (the model). */
  notes: {
    tierFallback: string;
    floor: string;
    coversAreas: string;
    series: string;
    askSeries: string;
    perTreatment: string;
    insurance: string;
    hsa: string;
    deferred: string;
    noPromo: string;
  };
  /** The estimate as shown (the view). */
  view: {
    from: string;
    about: string;
    typical: string;
    youMayPayFrom: string;
    youMayPayOne: string;
    youMayPayRange: string;
    typically: string;
    series: string;
    ifOne: string;
    addsUpLabel: string;
    caption: string;
    item: string;
    cost: string;
    mayPayPart: string;
    source: string;
    totalBefore: string;
    insuranceMay: string;
    may: string;
    youMayPay: string;
    hsa: string;
    hsaNotMedical: string;
    hsaLink: string;
    financing: string;
    promo: string;
    noPromo: string;
    deferred: string;
    after: string;
    missByOne: string;
    loan: string;
  };
}

export const ESTIMATE_WORDS: Record<Lang, EstimateWords> = { en: ESTIMATE_WORDS_EN, es: ESTIMATE_WORDS_ES };
