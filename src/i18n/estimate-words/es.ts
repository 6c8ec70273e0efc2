/** The words of a cost estimate in Spanish (src/i18n/estimate-words.ts). */
import type { EstimateWords } from '../estimate-words.ts';
import { COST_WORDS_ES } from '../cost-words/es.ts';

export const ESTIMATE_WORDS_ES: EstimateWords = {
  lang: 'es',
  cost: COST_WORDS_ES,
  units: {
    shot: ['inyección', 'inyecciones'],
    application: ['aplicación', 'aplicaciones'],
    visit: ['visita', 'visitas'],
    course: ['ciclo', 'ciclos'],
    series: ['serie', 'series'],
    treatment: ['tratamiento', 'tratamientos'],
    session: ['sesión', 'sesiones'],
    area: ['zona', 'zonas'],
    joint: ['articulación', 'articulaciones'],
  },
  line: {
    treatment: 'Tratamiento: {areas}{count}, {each}{scope}',
    areas: '{areas} × ',
    at: '{price} por {unit}',
    from: 'desde {price} por {unit}',
    scope: ' ({scope})',
    series: 'una serie de {count} inyecciones',
    fromQuote: '{label} (según su presupuesto)',
    consult: 'Consulta',
    imaging: 'Estudios de imagen, como una resonancia magnética o una radiografía',
    harvest: 'Extracción de su médula ósea o su grasa',
    guidance: 'Guía por imagen cobrada aparte',
  },
  notes: {
    tierFallback: 'No tenemos un precio aparte para {tier}, así que usamos el rango de todas las clínicas.',
    floor:
      'Esta fuente solo da un precio inicial. Por eso el cálculo dice desde dónde empiezan los precios, no lo que ' +
      'paga la mayoría.',
    coversAreas:
      'El precio “{scope}” ya incluye las zonas tratadas. Por eso solo el número de {units} cambia el total.',
    series:
      '{note} Contamos una serie de {shots} inyecciones. Consulte con la clínica cuántas inyecciones va a ' +
      'necesitar, y ' +
      'cambie el número de sesiones para que coincida.',
    askSeries:
      'Este precio es {scope}. Consulte con la clínica si va a necesitar una serie. Si es así, ponga como número de ' +
      'sesiones el número de {units}.',
    perTreatment:
      'La fuente da el precio de un “tratamiento” y no dice si es una inyección o la serie completa. Lo ' +
      'contamos como ' +
      'una inyección. Si es la serie completa, la serie cuesta {price} por cada zona.',
    insurance:
      'El seguro puede pagar la consulta, los estudios de imagen o la extracción solo si su plan los cubre. Consulte ' +
      'a su plan antes de contar con eso.',
    hsa:
      'Una cuenta HSA o FSA paga con dinero por el que usted no pagó impuesto sobre la renta. Así ahorra más o menos ' +
      'su tasa de impuestos por lo que paga. Consulte a su plan si este tratamiento cuenta como un gasto médico ' +
      'permitido.',
    deferred:
      'El interés diferido es un cálculo del máximo: {apr}% al año sobre todo el monto durante los {months} meses, ' +
      'cobrado si queda algún saldo al terminar la promoción. Para evitarlo, pague cada mes el monto que se indica ' +
      'para la promoción.',
    noPromo: 'Sin una promoción sin intereses, el interés de {apr}% al año corre desde el principio.',
  },
  view: {
    from: 'desde {amount}',
    about: 'unos {typical} ({span})',
    typical: 'lo típico: {amount}',
    youMayPayFrom: 'Usted podría pagar {amount}. La fuente solo da un precio inicial.',
    youMayPayOne: 'Usted podría pagar {amount}.',
    youMayPayRange: 'Usted podría pagar entre {low} y {high}{typical}.',
    typically: ', por lo general unos {amount}',
    series:
      'Una inyección cuesta {perShot}{ifOne}. Una serie de {shots} inyecciones cuesta {perSeries} en cada zona ' +
      'tratada.',
    ifOne: ', si el precio es por una inyección',
    addsUpLabel: 'Cómo se suma el cálculo',
    caption: 'Cómo se suma',
    item: 'Concepto',
    cost: 'Costo',
    mayPayPart: '(el seguro podría pagar una parte)',
    source: 'Fuente: ',
    totalBefore: 'Total antes del seguro',
    insuranceMay: 'El seguro {may} pagar (sin garantía)',
    may: 'podría',
    youMayPay: 'Usted podría pagar',
    hsa:
      'Si paga con dinero de una cuenta HSA o FSA, con una tasa de impuestos de {rate}%, podría ahorrar {saving} en ' +
      'impuestos, si el tratamiento cuenta como atención médica para su diagnóstico. Consulte con el administrador ' +
      'de su cuenta.',
    hsaNotMedical:
      'Si no cuenta como atención médica, no hay ahorro. Un plan FSA o HRA revisa cada reclamo y puede decir que no. ' +
      'El dinero de una HSA que usted use de todos modos paga impuesto sobre la renta. Antes de los 65 años también ' +
      'debe un impuesto adicional de {pct}%: {extra} más en este caso. El impuesto adicional no se aplica desde los ' +
      '65 años ni si usted tiene una discapacidad. {link}.',
    hsaLink: 'Qué puede pagar el dinero de una HSA, FSA o HRA',
    financing: 'Financiamiento:',
    promo: ' para pagar todo el saldo dentro de la promoción de {months} meses, pague {monthly} al mes.',
    noPromo: ' sin promoción.',
    deferred:
      'Si queda algún saldo al terminar la promoción, el interés diferido de {apr}% podría sumar hasta {amount}, ' +
      'cobrado desde el día de la compra.',
    after: 'Pagarlo en {months} meses al {apr}% le costaría {monthly} al mes.',
    missByOne:
      'Si paga a tiempo cada mes pero el último pago llega tarde, pagaría {miss} más de interés diferido. En un plan ' +
      'de verdad al 0%, el mismo pago tardío costaría {zero} más por cada mes de atraso, antes de cualquier cargo ' +
      'por pago tardío.',
    loan: 'Un préstamo personal al {apr}% pagado en {months} meses le costaría {interest} de interés en total.',
  },
};
