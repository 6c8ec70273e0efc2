/** The words of cash prices in English (src/i18n/cost-words.ts). */
import type { CostWords } from '../cost-words.ts';

export const COST_WORDS_EN: CostWords = {
  lang: 'en',
  scope: {
    'per-injection': 'Per injection',
    'per-treatment': 'Per treatment',
    'per-series': 'Per series of injections',
    'per-joint': 'Per joint',
    'single-level-spine': 'Spine, one level',
    'multi-level-spine': 'Spine, several levels',
    'multi-area-package': 'Package for several areas',
    'per-application': 'Per application',
    'per-course': 'Per course of treatment',
    'per-visit': 'Per visit',
  },
  tier: {
    any: 'any clinic',
    'lower-cost': 'lower-cost clinics',
    established: 'established or academic centres',
  },
  from: 'from {price}',
  evidence: {
    survey: {
      dated: 'a {year} survey{who}',
      undated: 'a survey{who}; {unknown}',
      short: 'a {year} survey',
      shortUndated: 'a survey',
    },
    'fee-schedule': {
      dated: 'a public fee schedule, {year}',
      undated: 'a public fee schedule; {unknown}',
      short: 'a {year} fee schedule',
      shortUndated: 'a fee schedule',
    },
    'clinic-ad': {
      dated: "one clinic's advertised prices, {year}",
      undated: "one clinic's advertised prices; {unknown}",
      short: "one clinic's ad",
      shortUndated: "one clinic's ad",
    },
    article: {
      dated: "an article's estimate, {year}",
      undated: "an article's estimate; {unknown}",
      short: 'an article',
      shortUndated: 'an article',
    },
  },
  who: ' of {sample}',
  sample: '{count} {unit} {place}{priced}',
  priced: ' ({about}{priced} gave a price)',
  about: 'about ',
  yearUnknown: 'year of the prices not stated',
  unnamedCells: '“Stem cell” shots, cells not named',
};
