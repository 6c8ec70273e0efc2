/** The cost estimator's words in Spanish (src/i18n/estimator-words.ts). Insurance words: content/es/terms.yaml. */
import type { EstimatorWords } from '../estimator-words.ts';

export const ESTIMATOR_WORDS_ES: EstimatorWords = {
  lang: 'es',
  fields: {
    areas: {
      label: 'Número de zonas (articulaciones o niveles de la columna)',
      noun: 'número de zonas',
      message: 'Escriba un número de zonas {bounds}',
    },
    sessions: {
      label: 'Número de sesiones',
      noun: 'número de sesiones',
      message: 'Escriba un número de sesiones {bounds}',
    },
    guidance: { label: 'Guía por imagen, si la cobran aparte ($)', noun: 'precio de la guía por imagen' },
    consult: { label: 'Consulta con el médico ($)', noun: 'precio de la consulta' },
    imaging: {
      label: 'Estudios de imagen, como una resonancia magnética ($)',
      noun: 'precio de los estudios de imagen',
    },
    harvest: { label: 'Extracción de médula ósea ($)', noun: 'precio de la extracción' },
    deductible: { label: 'Deducible que todavía le falta pagar este año ($)', noun: 'deducible que le falta' },
    coinsurance: {
      label: 'Su coseguro después del deducible (%)',
      noun: 'coseguro',
      message: 'Escriba un coseguro {bounds}',
    },
    tax: {
      label: 'Su tasa de impuesto sobre la renta (%)',
      noun: 'tasa de impuesto',
      message: 'Escriba una tasa de impuesto {bounds}',
    },
    promo: {
      label: 'Meses sin intereses (promoción)',
      noun: 'duración de la promoción',
      message: 'Escriba cuántos meses dura la promoción: {bounds}',
    },
    apr: {
      label: 'Tasa de interés (APR) después de la promoción (%)',
      noun: 'tasa de interés (APR)',
      message: 'Escriba una tasa de interés (APR) {bounds}',
    },
    term: {
      label: 'Meses para terminar de pagar después de la promoción',
      noun: 'plazo para pagar',
      message: 'Escriba un plazo para pagar {bounds}',
    },
    mqty: {
      label: 'Cuántos: inyecciones, o centímetros cuadrados de injerto',
      noun: 'número de inyecciones o centímetros cuadrados',
      message: 'Escriba un número de inyecciones o centímetros cuadrados {bounds}',
    },
    mother: {
      label: 'Otro monto aprobado por Medicare, como el del gel, que le dé la oficina de facturación ($)',
      noun: 'otro monto aprobado',
    },
    mded: {
      label: 'Deducible de la Parte B que todavía le falta pagar este año ($)',
      noun: 'deducible de la Parte B que le falta',
    },
    loan: {
      label: 'Tasa de interés de un préstamo personal, para comparar (APR %, 0 si no quiere comparar)',
      noun: 'tasa del préstamo personal',
      message: 'Escriba una tasa del préstamo personal {bounds}',
    },
  },
  field: {
    bounds: 'de {min} a {max}{unit}',
    unit: { count: '', money: '', percent: ' por ciento', apr: ' por ciento', months: ' meses' },
    moneyHint: 'dólares enteros, 0 o más',
    aprHint: '{bounds}, con un decimal como máximo',
    aprMessage: '{message}, con un decimal como máximo',
    moneyMessage: 'Escriba una cantidad en dólares enteros, 0 o más',
    tooMuch: 'Escriba una cantidad de {max} o menos',
    badInput: 'Escriba un número, solo con cifras',
    shown: { count: '{value}', money: '${value}', percent: '{value}%', apr: '{value}%', months: '{value} meses' },
  },
  row: {
    label: 'Qué precio usar',
    noun: 'fuente de precio',
    hint:
      'Empezamos con el precio en el que más confiamos: una encuesta a muchas clínicas va antes que el anuncio de ' +
      'una clínica o un artículo. La lista muestra todos los precios que tenemos para este tratamiento. Si elige ' +
      'uno de los otros precios, lo que se trata cambia para coincidir.',
    picked: 'Precios para lo que usted eligió',
    others: 'Otros precios para este tratamiento',
    choice: '{price} ({scope}{tier}): {evidence}{trusted}',
    choiceTier: ', {tier}',
    trusted: ' (el más confiable)',
  },
  notices: {
    noPrices: 'Todavía no tenemos precios para {name}, así que mostramos {shown}.',
    unknownTherapy: 'No reconocimos el tratamiento {raw}, así que mostramos {shown}.',
    noScope: 'No tenemos un precio “{scope}” para {name}, así que mostramos el precio “{shown}”.',
    unknownScope: 'No reconocimos el tipo de precio {raw}, así que mostramos el precio “{shown}”.',
    noTier: 'No tenemos un precio de {tier} para esto, así que mostramos {shown}.',
    unknownTier: 'No reconocimos el tipo de clínica {raw}, así que mostramos {shown}.',
    unknownRow: 'No tenemos ninguna {noun} {raw} para esto, así que usamos el precio en el que más confiamos.',
    badNumber: 'No pudimos usar {raw} como {noun} ({hint}), así que usamos {value}.',
    unknownPay: 'No reconocimos la forma de pago {raw}, así que mostramos el pago en efectivo.',
    unknownService:
      'No reconocimos el servicio cubierto por Medicare que trae el enlace, así que dejamos fuera esa parte.',
    badMedicareNumber: 'No pudimos usar el {noun} que trae el enlace ({hint}), así que usamos el valor inicial.',
    unknownGap: 'No reconocimos el segundo pagador que trae el enlace, así que mostramos solo Medicare Original.',
  },
  medicare: {
    heading: 'Si Medicare Original lo cubre',
    amount:
      'El monto nacional de Medicare de {year} por {label} es {amount} {perUnit}, en un consultorio médico ' +
      '(publicado en ' +
      '{release}; {confidence}; fuente: {sources}). {note}',
    about: 'unos {amount}',
    perUnit: { service: 'por servicio', 'square-cm': 'por centímetro cuadrado' },
    confidence: { primary: 'leído en la propia fuente', secondary: 'leído en un resumen' },
    oneShot: 'Para 1 inyección',
    series: 'Para una serie de {count} inyecciones',
    units: {
      service: ['Para 1 servicio', 'Para {count} servicios'],
      'square-cm': ['Para 1 centímetro cuadrado', 'Para {count} centímetros cuadrados'],
    },
    plus: ' más los {amount} que usted escribió',
    owe:
      '{for}{plus}, el monto aprobado es {allowed}. Solo con Medicare Original, usted pagaría {owed}: {deductible} ' +
      'para su deducible y el {pct}% del resto, {coinsurance}. Medicare pagaría {pays}. (Deducible: ' +
      '{deductibleSources}; {pct}%: {coinsuranceSources}.)',
    span: 'entre {low} y {high}',
    medigap: 'Con el Plan Medigap {letter}, usted pagaría {owed}{copay}{limit}. ({sources}.)',
    copay: ' (la cifra más alta si el consultorio cobra su copago)',
    yearlyLimit: '. Los planes K y L dejan de cobrarle cuando usted llega a su límite del año',
    qmb:
      'En el programa de Beneficiario Calificado de Medicare (QMB), {noBill} el deducible ni el {pct}%. Si le llega ' +
      'una factura así, llame al 1-800-MEDICARE. ({sources}.)',
    qmbNoBill: 'ningún proveedor le puede cobrar',
    medicaid:
      'Si también tiene Medicaid, usted podría pagar {owed}: depende de lo que pague el plan de Medicaid de su ' +
      'estado. Pregunte en la oficina de Medicaid de su estado.',
    noRate: 'No encontramos una tarifa pública para {what}. {ask}',
    abn:
      'Todo esto vale solo si Medicare cubre el servicio en su caso. Si la clínica cree que Medicare podría no ' +
      'pagar y quiere cobrarle a usted, antes del tratamiento debe darle un {link}.',
    abnLink: 'Aviso Anticipado al Beneficiario',
  },
  copied: 'Enlace copiado.',
  copyThis: 'Copie este enlace: {url}',
};
