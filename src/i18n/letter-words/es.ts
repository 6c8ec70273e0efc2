/**
 * The letters' words in Spanish (src/i18n/letter-words.ts), for a reader who sends the letter in Spanish. The
 * letter speaks to the plan as "ustedes"; the reader writes in the first person.
 */
import type { LetterWords } from '../letter-words.ts';

export const LETTER_WORDS_ES: LetterWords = {
  lang: 'es',
  blank: {
    date: '[Fecha]',
    payer: '[Nombre de la aseguradora o del plan]',
    name: '[Su nombre]',
    memberId: '[Número de miembro]',
    claim: '[Número de reclamo]',
    notice: '[Fecha del aviso]',
    treatment: '[Tratamiento]',
    treatmentInText: '[tratamiento]',
    condition: '[afección]',
  },
  head: {
    to: 'Para: {value}, Departamento de Apelaciones',
    re: 'Asunto: {value}',
    member: 'Miembro: {value}',
    memberId: 'Número de miembro: {value}',
    claim: 'Número de reclamo o de referencia: {value}',
    notice: 'Fecha del aviso de denegación: {value}',
    service: 'Fecha del servicio o de la solicitud: {value}',
    treatment: 'Tratamiento: {value}',
    greeting: 'A quien corresponda:',
    closing: 'Atentamente,',
  },
  appeal: {
    subject: 'Apelación de una denegación de cobertura',
    opening: '{ask} Apelo su decisión de negar la cobertura de {treatment} para mi {condition}.',
    reason: 'El motivo que ustedes dieron: {label}. {text}',
    reasons: {
      'not-medically-necessary': 'No es médicamente necesario',
      experimental: 'Experimental o en investigación',
      'no-prior-authorization': 'Sin autorización previa',
      'out-of-network': 'Fuera de la red',
      coding: 'Un problema de códigos o de facturación',
    },
    reasonText: {
      'not-medically-necessary':
        'Ustedes negaron {treatment} porque dicen que no es médicamente necesario. Mis registros y la carta de mi ' +
        'médico muestran que sí es médicamente necesario para mí, y que cumplo cada uno de los criterios de su ' +
        'política, como explico más abajo.',
      experimental:
        'Ustedes negaron {treatment} porque dicen que es experimental o que está en investigación. Les pido que me ' +
        'digan en qué política y en qué evidencia se basaron. Les pido que tomen en cuenta los registros y la ' +
        'evidencia que adjunto sobre mi propio caso. Una denegación por este motivo es un juicio médico, y entiendo ' +
        'que un revisor independiente puede revisarla.',
      'no-prior-authorization':
        'El reclamo de {treatment} se negó porque no se obtuvo la autorización previa. Les pido que revisen el ' +
        'reclamo según sus razones médicas y, si las reglas lo permiten, que den la autorización ahora. Los ' +
        'registros que adjunto muestran que la atención era médicamente necesaria.',
      'out-of-network':
        'El reclamo de {treatment} se negó porque el proveedor está fuera de la red. Les pido que me digan si algún ' +
        'proveedor de la red ofrece esta atención para mi afección, y que consideren cubrirla como si fuera dentro ' +
        'de la red, porque no tuve una opción adecuada dentro de la red.',
      coding:
        'La denegación del reclamo de {treatment} parece deberse a un problema de códigos o de facturación. Les ' +
        'pido que me digan exactamente qué código o qué dato estaba mal. Ya le pedí a mi proveedor que revise los ' +
        'códigos, y les pido que vuelvan a procesar el reclamo cuando estén corregidos.',
    },
    thisTreatment: 'este tratamiento',
    tried: 'Tratamientos que ya probé:',
    criteria: 'Los criterios de su política, y cómo mis registros muestran que cumplo cada uno:',
    criterion: '{n}. {criterion} (ver los registros adjuntos)',
    doctorNamed:
      'Mi médico, {doctor}, apoya esta apelación; la carta adjunta explica por qué este tratamiento es el adecuado ' +
      'para mí.',
    doctorUnnamed: 'Mi médico apoya esta apelación.',
    reviewer:
      '{doctor} Les pido que revise la apelación un profesional clínico con experiencia en mi afección, que no haya ' +
      'participado en la primera decisión.',
    fileRight:
      '{fileRight} Les pido que incluyan la política médica, los criterios clínicos o la guía que usaron, y el ' +
      'nombre y las credenciales de la persona que revisó mi reclamo.',
    decision: 'Les pido que me envíen su decisión por escrito. {next}',
    enclosuresHeading: 'Documentos adjuntos:',
    enclosures: {
      notice: 'Una copia del aviso de denegación',
      lmn: 'Una carta de necesidad médica de mi médico',
      records: 'Mis registros médicos de esta afección',
      imaging: 'Los informes de mis estudios de imagen (radiografías, resonancias)',
      treatments: 'Una lista de los tratamientos que probé, con fechas y resultados',
      studies: 'Estudios publicados que apoyan este tratamiento',
      policy: 'Su política médica, con cada criterio marcado y cómo lo cumplo',
      priorAuth: 'Los registros de la autorización previa',
      bill: 'La factura detallada o el presupuesto por escrito, con los códigos de facturación',
    },
  },
  fileRequest: {
    subject: 'Solicitud del expediente de mi reclamo y de los criterios usados',
    intro:
      'Ustedes negaron la cobertura de {treatment}. Antes de apelar, les pido la información que usaron para tomar ' +
      'esa decisión.',
    reviewers:
      'Les pido también el nombre y las credenciales de cada persona que revisó mi reclamo, y que incluyan las ' +
      'notas, los informes o las opiniones que escribió sobre él.',
    soon:
      'Les pido que me envíen todo esto lo antes posible, porque mi plazo para apelar sigue corriendo. Esta carta ' +
      'no es mi apelación: presentaré mi apelación dentro del plazo que indica mi aviso.',
  },
};
