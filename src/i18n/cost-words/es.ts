/** The words of cash prices in Spanish (src/i18n/cost-words.ts). */
import type { CostWords } from '../cost-words.ts';

export const COST_WORDS_ES: CostWords = {
  lang: 'es',
  scope: {
    'per-injection': 'Por inyección',
    'per-treatment': 'Por tratamiento',
    'per-series': 'Por serie de inyecciones',
    'per-joint': 'Por articulación',
    'single-level-spine': 'Columna, un nivel',
    'multi-level-spine': 'Columna, varios niveles',
    'multi-area-package': 'Paquete para varias zonas',
    'per-application': 'Por aplicación',
    'per-course': 'Por ciclo de tratamiento',
    'per-visit': 'Por visita',
  },
  tier: {
    any: 'cualquier clínica',
    'lower-cost': 'clínicas de menor costo',
    established: 'centros establecidos o académicos',
  },
  from: 'desde {price}',
  evidence: {
    survey: {
      dated: 'una encuesta de {year}{who}',
      undated: 'una encuesta{who}; {unknown}',
      short: 'encuesta de {year}',
      shortUndated: 'encuesta',
    },
    'fee-schedule': {
      dated: 'una tarifa pública de {year}',
      undated: 'una tarifa pública; {unknown}',
      short: 'tarifa de {year}',
      shortUndated: 'tarifa pública',
    },
    'clinic-ad': {
      dated: 'los precios que anuncia una clínica, de {year}',
      undated: 'los precios que anuncia una clínica; {unknown}',
      short: 'anuncio de una clínica',
      shortUndated: 'anuncio de una clínica',
    },
    article: {
      dated: 'el cálculo de un artículo, de {year}',
      undated: 'el cálculo de un artículo; {unknown}',
      short: 'artículo',
      shortUndated: 'artículo',
    },
  },
  who: ' a {sample}',
  sample: '{count} {unit} {place}{priced}',
  priced: ' ({about}{priced} dieron un precio)',
  about: 'unos ',
  yearUnknown: 'no dice de qué año son los precios',
  unnamedCells: 'Inyecciones de “células madre” que no dicen qué células usan',
};
