/**
 * Interface strings in Spanish (US), key for key with en.ts; the type makes a missing key a build error.
 * Insurance words follow the fixed glossary in content/es/terms.yaml.
 */
import type { Dictionary } from './en.ts';
import { DEADLINE_WORDS } from './deadline-words.ts';
import { ESTIMATOR_WORDS } from './estimator-words.ts';
import { COST_WORDS } from './cost-words.ts';
import { LETTER_WORDS } from './letter-words.ts';

export const es: Dictionary = {
  lang: 'es',
  site: {
    name: 'Guía de cobertura Regen',
    homeTitle: 'Guía de cobertura: ¿paga el seguro la medicina regenerativa?',
    skip: 'Ir al contenido principal',
    menu: 'Menú',
    navLabel: 'Principal',
    onThisPage: 'En esta página',
    otherLanguage: '(en inglés)',
    navOtherLanguage: 'Por ahora, estas secciones están en inglés.',
    switchName: 'English',
    switchLabel: 'This page in English',
    translationReviewed: (date: string) => `Última revisión de esta traducción: ${date}.`,
  },
  nav: {
    therapies: 'Tratamientos',
    payers: 'Aseguradoras',
    coverage: 'Tabla de cobertura',
    guides: 'Guías',
    check: 'Revise su caso',
    estimate: 'Calculadora de costos',
    appeal: 'Herramientas para apelar',
  },
  footer: {
    text:
      'Información general, gratuita e independiente para personas en los EE. UU. Sin anuncios, sin rastreo y ' +
      'sin patrocinio de clínicas. No es consejo médico ni legal: pida a su plan que le confirme la cobertura por escrito.',
    about: 'Sobre esta guía',
    sources: 'Todas las fuentes',
    changes: 'Qué cambió',
    glossary: 'Glosario',
    search: 'Buscar',
    report: 'Informar un error',
  },
  search: {
    label: 'Buscar en esta guía',
    placeholder: 'Buscar',
    button: 'Buscar',
    title: 'Buscar',
    description: 'Busque en todas las páginas en español de la Guía de cobertura Regen.',
    formLabel: 'Buscar en la guía',
    formExample: '(por ejemplo “apelar una denegación”, “0232T” o “8.01.52”)',
    filterSummary: 'Filtrar por tipo de página, tratamiento o aseguradora',
    legendKind: 'Tipo de página',
    legendTherapy: 'Tratamiento',
    legendPayer: 'Aseguradora',
    noJs: 'La búsqueda funciona en su navegador y necesita JavaScript. Sin él, vea los',
    noJsTherapies: 'tratamientos',
    noJsPayers: 'aseguradoras',
    noJsCoverage: 'tabla de cobertura',
    noJsAnd: 'y',
    noJsGuides: 'guías',
    kinds: {
      therapy: 'Tratamiento',
      payer: 'Aseguradora',
      coverage: 'Respuesta sobre cobertura',
      guide: 'Guía',
      check: 'Resultado de la revisión',
      'local-rules': 'Medicare por estado',
      help: 'Ayuda en su estado',
      tool: 'Herramienta',
    },
    status: {
      empty: 'Escriba unas palabras, un código de facturación o un número de póliza.',
      searching: 'Buscando…',
      foundOne: 'Se encontró 1 página',
      found: 'Se encontraron {n} páginas',
      showingFirst: '; se muestran las primeras {n}',
      showingFor: 'Resultados para “{q}”',
      someWords: ' (algunas de sus palabras)',
      asTyped: 'Buscar “{q}” tal como lo escribió',
      partial: 'Ninguna página tiene todas las palabras que escribió; estos resultados son para “{q}”.',
    },
  },

  crumbs: { label: 'Ruta de navegación', home: 'Inicio' },
  home: {
    title: '¿Paga el seguro la medicina regenerativa?',
    description:
      'Por lo general, no para articulaciones, tendones o espalda; sí para trasplantes de células madre por ' +
      'cánceres de la sangre y algunos injertos para heridas y ojos. Respuestas con fuentes, precios y pasos para apelar.',
    heading: '¿Pagará su seguro las inyecciones de células madre, PRP o tejido amniótico?',
    answer:
      'Por lo general, no, si son para el dolor de articulaciones, tendones o espalda. La mayoría de las ' +
      'aseguradoras y Medicare dicen que no están probadas. Algunos usos sí se cubren: los trasplantes de ' +
      'células madre para cánceres de la sangre y ciertos injertos para heridas y ojos.',
    checkLink: 'Revise su propio caso: tres preguntas',
    priceLink: 'Cuánto podría costarle si paga usted: precios y un cálculo',
    intro:
      'Esta guía gratuita le muestra, para cada tratamiento y aseguradora, lo que dice la política, cuánto cuesta ' +
      'si paga usted y qué hacer si le niegan la cobertura. Cada dato lleva a su fuente y a la fecha en que lo ' +
      'revisamos.',
    searchLabel: 'Buscar en la guía',
    searchExample: '(por ejemplo “PRP Medicare” o “0232T”)',
    commonQuestions: 'Preguntas frecuentes',
    start: 'Por dónde empezar',
    cards: {
      therapies: {
        name: 'Tratamientos',
        text: 'PRP, inyecciones amnióticas, células madre y más: la respuesta para cada uno.',
      },
      payers: {
        name: 'Su aseguradora',
        text: 'Medicare, Medicaid, TRICARE y los planes privados: cómo decide cada uno y cómo apelar.',
      },
      coverage: { name: 'La tabla de cobertura', text: 'Todos los tratamientos y las aseguradoras en una página.' },
      guides: {
        name: 'Guías',
        text: 'Apelaciones, motivos de denegación, la FDA, códigos de facturación y cómo pagar.',
      },
      check: {
        name: 'Revise su caso',
        text: 'Conteste unas preguntas, una por página, sobre la cobertura, una denegación, la FDA o cómo pagar.',
      },
      estimate: {
        name: 'Calculadora de costos',
        text: 'Cuánto podría costarle un tratamiento, con precios fechados y con fuente, y cómo pagarlo.',
      },
      appeal: {
        name: 'Herramientas para apelar',
        text:
          'Plazos, una carta de apelación, una hoja de criterios y un registro de llamadas. Todo queda en su ' +
          'dispositivo.',
      },
    },
  },
  sources: {
    heading: 'Fuentes',
    count: (n: number) => `(${n}: ábralas para leer)`,
    cite: 'Fuente: ',
    dateLabel: {
      effective: 'Vigente desde:',
      revised: 'Revisada:',
      published: 'Publicada:',
      reviewed: 'Revisada:',
      undated: 'Sin fecha en el documento; la leímos por primera vez el',
    },
    checked: (checked: string, due: string) => `La consultamos: ${checked}; próxima revisión: ${due}.`,
    secondary: 'La leímos en un resumen, no en el documento mismo: confírmelo con su plan.',
    status: { withdrawn: 'Retirada', superseded: 'Reemplazada', retired: 'Dada de baja' },
    replacedBy: (label: string) => `la reemplaza ${label}`,
    inSourceLanguage: '(en inglés)',
  },
  diagram: {
    noteMap: 'Las mismas preguntas están escritas como texto antes del diagrama.',
    noteFlow:
      'La primera pregunta está escrita como texto antes del diagrama, y todas las preguntas, en la página del diagrama.',
    noteCode: 'Los mismos pasos están escritos como texto después del diagrama.',
    asDiagram: 'Las preguntas en un diagrama',
    asText: 'Las preguntas como texto',
    outcome: 'Resultado:',
    firstQuestion: 'La primera pregunta:',
    seeMap: 'Ver todas las preguntas en un diagrama',
    narrow:
      'El diagrama necesita una pantalla más ancha. Ponga el teléfono de lado, o abra esta página en una ' +
      'computadora, para verlo. Todas las preguntas están escritas arriba.',
    cue: 'Deslice de lado para ver todo el diagrama →',
    label: (title: string) => `Diagrama: ${title}`,
    captionMap: ' Las mismas preguntas están escritas como texto arriba.',
    captionCode: ' Los mismos pasos siguen como texto.',
    stepsAsText: 'Los mismos pasos como texto',
    outlineLabel: (title: string) => `Resumen en texto: ${title}`,
    flowElsewhere: 'Por ahora, estas preguntas solo están en inglés:',
  },
  flow: {
    indexDescription:
      'Responda unas preguntas, una a la vez, para saber si es probable que su plan pague, qué hacer si le ' +
      'negaron un reclamo, si un producto está aprobado por la FDA y cómo puede pagar.',
    indexAnswer:
      'Responda unas preguntas cortas, una en cada página, y reciba una respuesta con sus fuentes. Lo que elige ' +
      'no se guarda ni se envía a ningún lugar: sus respuestas solo están en la dirección de la página.',
    indexSynonyms: ['guía para decidir', 'mi seguro pagará', 'revisar mi cobertura', 'qué debo hacer'],
    questionNumber: ' · pregunta {n}',
    back: '← Volver',
    yourAnswers: 'Sus respuestas',
    howYouGotHere: 'Cómo llegó aquí',
    noAnswers: 'Todavía ninguna.',
    change: 'Cambiar',
    changeWhich: ' su respuesta: {short}',
    startAgain: 'Empezar de nuevo',
    questionSources: 'Fuentes de estas preguntas',
    mapTitle: '{title} Todas las preguntas',
    oneAtATime: 'Responda las preguntas una por una',
    toDiagram: 'Ir al diagrama',
    coverageTitle: '{plan}: ¿pagará {therapy}{use}?',
    coverageUse: ' para {use}',
    noPolicy:
      'No encontramos ninguna póliza sobre esto. Pregunte a su plan por escrito si cubre este tratamiento para su ' +
      'problema de salud, y tenga la respuesta antes de pagar.',
    allSame:
      'Las {n} pólizas que encontramos dicen lo mismo: {status}. Lo que decide es el documento de su propio plan, ' +
      'así que pregunte por escrito.',
    differ:
      'Las {n} pólizas que encontramos no coinciden: {counts}. Busque abajo su aseguradora o su estado, y pregunte ' +
      'a su plan por escrito.',
    statusCount: '{n} dicen “{status}”',
    readFullAnswer: 'Lea la respuesta completa para {payer}',
    owedAfterMedicare: 'Vea cuánto pagaría usted por {therapy} después de que pague Medicare Original',
    estimateCost: 'Calcule cuánto pagaría usted por {therapy}',
    goodFaith: 'Si paga usted mismo, pida a la clínica un Estimado de buena fe por escrito',
    prepareCall: 'Prepárese para llamar a su plan',
    otherRoutes: 'Vea otras formas en que las personas logran que se pague el tratamiento',
    askHeading: 'Qué preguntar por escrito',
    askQuestions: [
      '¿Cubre mi plan este tratamiento para mi problema de salud? ¿Según qué póliza médica?',
      '¿Qué códigos de facturación necesitarían? ¿Necesito una autorización previa?',
      'Si no van a pagar, ¿me lo pueden decir por escrito antes del tratamiento?',
    ],
    fullAnswerFor: 'La respuesta completa para {payer}',
    appealFast:
      'Pida hoy que este paso sea rápido (acelerado): {nameInSentence}. Envíe la declaración de su médico de que ' +
      'esperar podría dañar gravemente su salud. Todavía tiene {deadline} para una apelación normal.',
    appealNoFast:
      'Pregunte hoy a {decidesInSentence} si es posible una revisión rápida (acelerada): no encontramos una opción ' +
      'rápida para este paso. El plazo normal es de {deadline}.',
    appealStart: 'Empiece por este paso: {nameInSentence}. Tiene {deadline}, pero vale la fecha de su propio aviso.',
    findDates: 'Encuentre la fecha de cada plazo',
    claimFile: 'Pida su expediente del reclamo y los criterios que se usaron',
    writeLetter: 'Escriba su carta de apelación',
    readReason: 'Lea qué significa “{reason}” y cómo responder',
    findHelp: 'Encuentre a una persona que pueda ayudarle en su estado',
    keepRecord: 'Anote cada llamada',
    appealSteps: 'Sus pasos para apelar: {plan}',
    fastAppeal: 'Apelación rápida:',
    governs:
      'Siempre valen la fecha y las reglas impresas en su propio aviso. Envíe su apelación con tiempo y guarde una ' +
      'prueba de cuándo la envió.',
    whatToSend: 'Qué enviar si el motivo es “{reason}”',
    howToAnswer: 'Cómo responder a este motivo',
    matchCriteria: 'Compare sus registros médicos con los criterios de la póliza',
    reasons: {
      'not-medically-necessary': 'No es médicamente necesario',
      experimental: 'Experimental o en investigación',
      'no-prior-authorization': 'Sin autorización previa',
      'out-of-network': 'Fuera de la red',
      coding: 'Un problema con los códigos o la facturación',
    },
    enclosures: {
      notice: 'Una copia del aviso de denegación',
      lmn: 'Una carta de necesidad médica de mi médico',
      records: 'Mis registros médicos sobre este problema de salud',
      imaging: 'Los informes de imágenes (radiografías, resonancias)',
      treatments: 'Una lista de los tratamientos que probé, con fechas y resultados',
      studies: 'Estudios publicados que apoyan este tratamiento',
      policy: 'Su póliza médica, con cada criterio marcado y cómo lo cumplo',
      priorAuth: 'Los registros de la autorización previa',
      bill: 'La factura detallada o la cotización por escrito, con los códigos de facturación',
    },
  },
  content: {
    print: 'Imprimir esta página',
    filterCount: '{shown} de {total} filas a la vista',
  },
  page: {
    lastReviewed: 'Última revisión',
    nextReview: 'Próxima revisión antes del',
    sourcesLink: 'Fuentes',
    questions: 'Preguntas frecuentes',
    nextSteps: 'Qué puede hacer ahora',
    related: 'Páginas relacionadas',
    otherNames: 'Otros nombres que se usan:',
    disclaimerLabel: 'Sobre esta información',
    disclaimerLead: 'Esta es información general, no consejo médico ni legal.',
    disclaimer:
      'Los planes son distintos y las reglas cambian. Antes de pagar o apelar, pida a su plan que se lo confirme ' +
      'por escrito. Guíese por las fechas de sus propios avisos.',
  },
  guides: {
    title: 'Guías',
    description:
      'Guías paso a paso: cómo apelar una denegación, qué quieren decir los motivos de denegación, el estado ante ' +
      'la FDA, los códigos de facturación y cómo pagar el tratamiento.',
    groups: {
      appeals: 'Si le negaron el reclamo',
      understanding: 'Entienda las reglas',
      paying: 'Cómo pagar el tratamiento',
      clinics: 'Trato con las clínicas',
    },
    empty: 'Estamos escribiendo las guías. Mientras tanto, vea',
    emptyTherapies: 'tratamientos',
    emptyAnd: 'y',
    emptyPayers: 'aseguradoras',
  },
  notFound: {
    title: 'No encontramos la página',
    description:
      'Esta página no existe. Busque en la guía o empiece por las guías, los tratamientos o las aseguradoras.',
    heading: 'No encontramos esa página',
    intro: 'Puede que la dirección tenga un error o que la página se haya movido. Pruebe con una de estas:',
    search: 'Buscar en la guía',
    guides: 'Guías',
    therapies: 'Tratamientos',
    payers: 'Aseguradoras',
    home: 'Página de inicio',
    invite: '¿Busca una página en español?',
    inviteLink: 'Busque en la guía en español',
  },
  sourcesPage: {
    title: 'Fuentes',
    description:
      'Todos los documentos en los que se basa esta guía: quién los publica, título, número, fecha, enlace, ' +
      'cuándo los consultamos y qué páginas los citan.',
    intro: (n: number) =>
      `Cada dato de este sitio viene de uno de estos ${n} documentos. Indicamos cuándo consultamos cada uno ` +
      'por última vez y cuándo toca revisarlo de nuevo. Las reglas cambian: lo que vale son los documentos de su ' +
      'propio plan.',
    citedBy: 'Citada en:',
  },
  toolkit: {
    title: 'Herramientas para apelar',
    description:
      'Herramientas gratis para apelar un reclamo negado: plazos, una carta de apelación, una hoja de criterios y ' +
      'un registro de llamadas. Todo se queda en su dispositivo.',
    synonyms: ['ayuda para apelar', 'apelar una denegación', 'herramientas gratis para apelar', 'reclamo negado'],
    answer:
      'Herramientas gratis para apelar un reclamo negado. Funcionan en su dispositivo: nada de lo que escribe se ' +
      'envía a ningún lugar, y nada se guarda si usted no lo pide.',
    tools: [
      {
        path: '/appeal/read-letter/',
        name: 'Leer mi carta de denegación',
        text:
          'Pegue su carta de denegación para ver su tipo de plan, la fecha, los códigos y el motivo que da, ' +
          'con su plazo y una carta para empezar.',
      },
      {
        path: '/appeal/deadlines/',
        name: 'Buscador de plazos',
        text:
          'Indique su tipo de plan y la fecha de su aviso de denegación para ver cada nivel de apelación y su ' +
          'plazo.',
      },
      {
        path: '/appeal/claim-file/',
        name: 'Pida primero el expediente de su reclamo',
        text:
          'Antes de apelar, pida a su plan los papeles y los criterios que usó para negarle el reclamo, ' +
          'con la regla de su plan.',
      },
      {
        path: '/appeal/letter/',
        name: 'Carta de apelación',
        text:
          'Prepare una carta firme y concreta con los derechos de apelación de su plan. Edítela, imprímala o ' +
          'guárdela.',
      },
      {
        path: '/appeal/find-help/',
        name: 'Encuentre a alguien que le ayude',
        text:
          'Elija su estado para ver quién puede ayudarle con su tipo de plan: consejería de Medicare, el ' +
          'departamento de seguros, ayuda al consumidor, audiencias de Medicaid y compensación laboral.',
      },
      {
        path: '/appeal/worksheet/',
        name: 'Hoja de criterios',
        text:
          'Relacione cada criterio de su plan con la anotación de su historial que muestra que lo cumple, ' +
          'y una lista para la carta de su médico.',
      },
      {
        path: '/appeal/call-log/',
        name: 'Registro de llamadas',
        text: 'Una hoja para cada llamada a su aseguradora: con quién habló, el número de referencia y qué le dijeron.',
      },
      {
        path: '/appeal/my-case/',
        name: 'Mi caso de apelación',
        text:
          'Guarde la denegación, su carta, sus llamadas, los criterios, sus documentos y sus plazos en un solo ' +
          'lugar, en su dispositivo. Guárdelo como archivo y, si quiere, protéjalo con una contraseña.',
      },
    ],
    newBefore: '¿Es la primera vez que apela? Empiece por',
    newAppeal: 'cómo apelar una denegación',
    newAnd: 'y',
    newReasons: 'qué significa cada motivo de denegación',
    newGlossaryBefore: '. El',
    newGlossary: 'glosario',
    newGlossaryAfter: 'explica las palabras de seguros que usa su aviso.',
  },
  deadlineFinder: {
    title: 'Buscador de plazos para apelar',
    description:
      'Elija su tipo de plan y la fecha de su aviso de denegación para ver cada nivel de apelación, su plazo, la ' +
      'opción rápida y quién decide. Vale la fecha de su propio aviso.',
    synonyms: ['calcular el plazo para apelar', 'cuánto tiempo tengo para apelar', 'plazo para apelar', 'fecha límite'],
    answer:
      'Su plazo depende de su tipo de plan y de la fecha de su aviso de denegación. Siempre valen la fecha y las ' +
      'reglas impresas en su propio aviso.',
    allRules: 'Las reglas de cada tipo de plan',
    nextBefore: 'Después:',
    nextLetter: 'prepare su carta de apelación',
    nextOr: ', o lea',
    nextGuide: 'cómo apelar una denegación',
    planLabel: 'Tipo de plan',
    dateLabel: 'Fecha del aviso de denegación',
    yourDeadlines: 'Sus plazos',
    governBefore: 'Estas fechas salen de las reglas generales.',
    governStrong: 'Valen la fecha y las reglas impresas en su propio aviso.',
    governAfter: 'Si son distintas de estas, siga su aviso.',
    saveCalendar: 'Guardar en mi calendario',
    print: 'Imprimir mis plazos',
    calendarNote:
      'El archivo de calendario (.ics) se crea en este dispositivo y tiene un recordatorio una semana antes de la ' +
      'fecha. Ábralo con su aplicación de calendario, o impórtelo en el calendario de Google, Apple u Outlook.',
    rulesIntro:
      'Los plazos cuentan días calendario, no días hábiles. Si un plazo cae en fin de semana o día feriado, algunas ' +
      'reglas le dan hasta el siguiente día hábil, pero no cuente con eso: envíe su apelación con tiempo y guarde ' +
      'una prueba de cuándo la envió.',
    timeLimit: 'Plazo:',
    plansChecked: (checked: string, due: string) =>
      `Revisamos estos pasos y plazos el ${checked}; próxima revisión: ${due}.`,
    whoDecides: 'Quién decide:',
    timeToDecide: 'Tiempo para decidir:',
    fastOption: 'Opción rápida:',
    noneListed: 'No encontramos ninguna',
    noDateToSave: 'Este paso no tiene una fecha que guardar: ocurre solo.',
    saved: 'Se guardó como appeal-deadlines.ics. Ábralo para agregar el plazo a su calendario.',
  },
  deadlineWords: DEADLINE_WORDS.es,
  estimatorWords: ESTIMATOR_WORDS.es,
  estimator: {
    title: 'Calculadora de costos: ¿cuánto me va a costar?',
    description:
      'Calcule cuánto podría pagar en efectivo por un tratamiento regenerativo, qué podría pagar todavía el ' +
      'seguro y qué significa pagar con una HSA o con financiamiento. Funciona en su dispositivo.',
    synonyms: [
      'calculadora de precios',
      'cuánto cuesta',
      'costo de bolsillo',
      'precio en efectivo',
      'calcular el costo',
    ],
    heading: 'Calculadora de costos',
    answer:
      'La mayoría de estos tratamientos se pagan en efectivo. Antes de hablar con una clínica, calcule cuánto ' +
      'podría pagar, con precios que tienen fecha y fuente.',
    privateLabel: 'Privado:',
    private:
      'el cálculo se hace en este dispositivo. Nada de lo que usted escribe se envía a ningún lado. La barra de ' +
      'direcciones guarda lo que eligió, para que pueda compartirlo o guardarlo.',
    hsaAnchor: 'dinero-de-una-hsa-fsa-o-hra',
    yourEstimate: 'Su cálculo',
    nextBefore: 'Después: pida a la clínica un',
    nextGfe: 'Estimado de buena fe',
    nextRead: ' por escrito. Lea sobre',
    nextPaying: 'cómo pagar el tratamiento',
    nextAnd: 'y las',
    nextQuestions: 'preguntas para hacerle a una clínica',
    nextAfter: '.',
    noJs: 'El cálculo en vivo necesita JavaScript. La',
    noJsLink: 'tabla de precios',
    noJsAfter: ' de más abajo muestra todos los precios que tenemos, con su año y su fuente.',
    treatmentLegend: 'El tratamiento',
    treatment: 'Tratamiento',
    scope: 'Qué se trata',
    clinicLegend: 'Tipo de clínica',
    lowerCost: 'Clínica de menor costo',
    established: 'Centro establecido o académico',
    insuranceLegend: 'Partes que su seguro todavía podría pagar',
    insuranceBefore: 'Copie estos montos del presupuesto detallado de la clínica. El seguro',
    insuranceMay: 'podría',
    insuranceAfter:
      'pagar la consulta, los estudios de imagen o la extracción de médula ósea aunque no pague el tratamiento. ' +
      'Pregúntele a su plan por escrito.',
    payLegend: 'Cómo va a pagar',
    cash: 'Efectivo o tarjeta',
    hsa: 'HSA o FSA',
    financing: 'Financiamiento médico o una tarjeta de crédito médica',
    medicareHint:
      'Medicare paga algunos de estos usos, como las inyecciones de gel para la artritis de rodilla si usted ' +
      'cumple sus reglas. Elija el servicio cubierto para ver cuánto tendría que pagar.',
    service: 'Servicio cubierto',
    noService: 'Ninguno: no uso Medicare',
    serviceOption: '{label}: para {use}',
    gap: 'Otra cobertura que paga después de Medicare',
    noGap: 'Ninguna',
    medigapPlan: 'Plan Medigap {letter}',
    qmb: 'Programa de Beneficiario Calificado de Medicare (QMB)',
    medicaid: 'Medicaid (que no sea QMB)',
    gfeBefore: 'Antes de hacer la cita, pida a la clínica un',
    gfeLink: 'Estimado de buena fe',
    gfeAfter:
      ' por escrito. Si no tiene seguro, o no lo va a usar para esto, la clínica tiene que darle uno. Si la ' +
      'factura pasa ese estimado por $400 o más, usted puede disputarla.',
    copy: 'Copiar un enlace a este cálculo',
    print: 'Imprimir un resumen para la clínica',
    questionsHeading: 'Preguntas sobre el presupuesto',
    questions: [
      '¿Es un presupuesto por escrito y detallado? ¿Qué cubre cada línea?',
      '¿Qué códigos de facturación van a usar para cada línea?',
      '¿Cobran aparte la guía por imagen, la consulta, los estudios de imagen o la extracción de médula ósea?',
      '¿Cuántas sesiones creen que voy a necesitar? ¿Cobran cada una por separado?',
      '¿Me devuelven el dinero si se cancela el tratamiento o si no me ayuda? ¿Cómo?',
      '¿Qué producto es y cuál es su estado ante la FDA? ¿Me lo pueden dar por escrito?',
    ],
    prices: {
      heading: 'Todos los precios que tenemos',
      intro:
        'Precios en efectivo, cada uno con el tipo de prueba que lo respalda: una encuesta a muchas clínicas, los ' +
        'precios que anuncia una clínica o el cálculo de un artículo. Cada uno muestra el año de sus precios, ' +
        'cuando la fuente lo dice, y la fuente. Son rangos, no presupuestos.',
      unpriced: 'No encontramos una fuente de precios confiable para:',
      caption: 'Rangos de precios en efectivo por tratamiento y por lo que se trata',
      treatment: 'Tratamiento y lo que se trata',
      clinic: 'Tipo de clínica',
      range: 'Rango',
      what: 'Qué es este precio, y su fuente',
    },
    medicareRates: {
      heading: 'Lo que paga Medicare Original, cuando cubre el tratamiento',
      intro:
        'Medicare paga solo unos pocos de estos usos. Cuando los paga, usted paga el deducible de la Parte B ' +
        '({amount} en {year}) y después el {pct}% del monto aprobado por Medicare. Estos son los montos ' +
        'nacionales que pudimos encontrar; el monto de su zona es un poco distinto.',
      caption: 'Montos nacionales que paga Medicare por servicios cubiertos',
      coveredFor: 'Cubierto para',
      amount: 'Monto',
      year: 'Año y fuente',
      release: '{year}, consultorio médico. Publicado en {release}.',
      primary: 'Leído en la propia fuente.',
      secondary: 'Leído en un resumen.',
      noRate: 'No encontramos una tarifa pública para {what}. {ask}',
      gapBefore:
        'Un plan Medigap o Medicaid podría pagar una parte o toda la parte que le toca a usted, pero solo por la ' +
        'atención que cubre Medicare. Si la clínica cree que Medicare podría no pagar y quiere cobrarle a usted, ' +
        'primero debe darle un',
      gapAfter: '.',
    },
  },
  letterWords: LETTER_WORDS.es,
  denialFields: {
    planType: {
      label: 'Tipo de plan',
      hint:
        'Cada tipo de plan tiene sus propias reglas de apelación, y la carta cita las de su plan. Su tarjeta del ' +
        'seguro o su aviso dicen qué plan tiene.',
      onNotice: '',
    },
    payer: {
      label: 'Nombre de la aseguradora o del plan',
      hint: 'Escríbalo como aparece en su tarjeta del seguro o en el aviso.',
      onNotice: '',
    },
    denialReason: {
      label: 'Motivo que da la denegación',
      hint: 'Búsquelo en el aviso. La carta responde a ese motivo.',
      onNotice: 'Reason for denial, Reason for our decision',
    },
    noticeDate: {
      label: 'Fecha del aviso de denegación',
      hint: 'Es la fecha impresa arriba en el aviso. Su plazo para apelar se cuenta desde esa fecha.',
      onNotice: 'Date of notice, Notice date',
    },
    serviceDate: {
      label: 'Fecha del servicio o de la solicitud (si la hay)',
      hint: 'El día en que recibió el tratamiento, o el día en que su médico lo pidió.',
      onNotice: 'Date of service',
    },
    claimNumber: {
      label: 'Número de reclamo o de referencia',
      hint: 'Está en el aviso o en su Explicación de beneficios. Con él, el plan encuentra su caso.',
      onNotice: 'Claim number, Claim #, Reference number',
    },
    patientName: { label: 'Su nombre', hint: 'Como aparece en su tarjeta del seguro.', onNotice: '' },
    memberId: {
      label: 'Número de miembro',
      hint: 'Está en su tarjeta del seguro y en el aviso.',
      onNotice: 'Member ID, ID number',
    },
    therapy: {
      label: 'Tratamiento que le negaron',
      hint:
        'Escríbalo como lo nombra el aviso, que casi siempre está en inglés. La lista le sugiere los nombres en ' +
        'inglés.',
      onNotice: '',
    },
    diagnosis: {
      label: 'Su afección, en sus propias palabras',
      hint: 'Por ejemplo: artritis en la rodilla derecha.',
      onNotice: '',
    },
    doctorName: { label: 'Nombre de su médico', hint: '', onNotice: '' },
    treatmentsTried: {
      label: 'Tratamientos que ya probó: uno por línea, con fechas y resultados',
      hint: 'Por ejemplo: fisioterapia, de enero a marzo, sin mejoría.',
      onNotice: '',
    },
    onNoticeLead: 'En un aviso en inglés puede decir:',
  },
  noticeReasons: {
    ...LETTER_WORDS.es.appeal.reasons,
    excluded: 'Su plan no lo cubre (una exclusión)',
    'missing-information': 'Falta información o faltan registros',
  },
  letterOutput: {
    heading: 'Su carta',
    help:
      'Puede cambiar la carta aquí. Hasta que la cambie, sigue lo que escribe en el formulario. Cuando la cambie, ' +
      'el formulario ya no toca sus palabras.',
    stale: 'Usted cambió la carta, así que el formulario ya no la cambia.',
    rebuild: 'Volver a armar la carta con el formulario (borra sus cambios)',
    textLabel: 'Texto de la carta',
    print: 'Imprimir la carta',
    save: 'Guardar como archivo de texto',
    languageLegend: 'Idioma de la carta',
    languageHint:
      'Elija inglés si su aseguradora le escribe en inglés. El formulario sigue en español, y debajo de la carta ' +
      'verá lo que dice en español. Lo que usted escriba en el formulario aparece tal cual en la carta: si elige ' +
      'inglés, escríbalo en inglés si puede.',
    languages: { en: 'Inglés', es: 'Español' },
    forInsurer: '(para la aseguradora)',
    explainSummary: 'Lo que dice su carta, en español',
    explainNote:
      'Es la misma carta en español, para que sepa qué dice cada parte. Sigue el formulario: no muestra los cambios ' +
      'que usted haga a mano en la carta en inglés.',
  },
  letterBuilder: {
    title: 'Carta de apelación',
    description:
      'Escriba una carta de apelación firme y concreta para un reclamo negado, con los derechos de apelación de su ' +
      'tipo de plan, en inglés o en español. Funciona en su dispositivo; nada de lo que escribe se envía.',
    synonyms: [
      'modelo de carta de apelación',
      'carta de apelación al seguro',
      'ejemplo de carta de apelación',
      'carta a la aseguradora',
    ],
    answer:
      'Llene lo que sepa, y la carta se arma abajo mientras escribe. Puede escribirla en inglés, para la ' +
      'aseguradora, o en español. Cámbiela si quiere, y luego imprímala o guárdela como archivo.',
    beforeStrong: 'Antes de apelar:',
    beforeLink: 'pida a su plan el expediente de su reclamo y los criterios que usó',
    beforeAfter: ', para que su carta responda a cada uno.',
    privateStrong: 'Su información es privada.',
    privateText:
      'Todo pasa en este dispositivo. Nada de lo que escribe se envía a ningún lugar. Su borrador se guarda en este ' +
      'dispositivo solo si marca “Guardar mi borrador en este dispositivo”, y “Borrar mi borrador” lo elimina.',
    tocLetter: 'Su carta',
    beforeSend: 'Antes de enviarla',
    sendDeadlineBefore: 'Revise el plazo que da su aviso:',
    sendDeadlineLink: 'busque sus plazos para apelar',
    sendLmnBefore: 'Pida a su médico una',
    sendTrackBefore: 'Envíela de una forma que le permita saber si llegó, guarde una copia y anote cada llamada en el',
    sendTrackLink: 'registro de llamadas',
    sourcesHeading: 'De dónde vienen los derechos de apelación',
    formLegend: 'Su apelación',
    jsOff:
      'Para armar la carta hace falta JavaScript. Sin él, copie el modelo de carta al final de esta página (en ' +
      'inglés; debajo está el mismo modelo en español) y llene los espacios en blanco.',
    planLegend: 'Su plan y la denegación',
    youLegend: 'Usted y su tratamiento',
    criteriaLabel: 'Los criterios de la política del plan: uno por línea',
    criteriaHintBefore: 'Pida al plan la política que usó. La',
    criteriaHintLink: 'hoja de criterios',
    criteriaHintAfter: 'le ayuda a relacionar cada criterio con sus registros.',
    enclosuresLegend: 'Lo que va a adjuntar',
    draftLegend: 'Su borrador',
    keepDraft: 'Guardar mi borrador en este dispositivo',
    deleteDraft: 'Borrar mi borrador',
    script: {
      notKept:
        'Este navegador no quiso guardar su borrador (puede que su espacio esté lleno o apagado), así que no se ' +
        'guarda nada en este dispositivo. Use “Guardar como archivo de texto” para conservar su carta.',
      filledIn: 'Llenamos el formulario con lo que dice su carta de denegación. Revise cada espacio.',
      kept: 'Su borrador se guarda en este dispositivo.',
      notKeeping: 'Su borrador no se guardará.',
      rebuilt: 'La carta se volvió a armar con el formulario.',
      deleted: 'Su borrador se borró de este dispositivo.',
      saved: 'Se guardó como appeal-letter.txt.',
    },
  },
  caseFile: {
    title: 'Mi caso de apelación, guardado en mi dispositivo',
    heading: 'Mi caso de apelación',
    description:
      'Guarde en un solo lugar la denegación, su carta de apelación, sus llamadas, los criterios del plan, sus ' +
      'documentos y sus plazos. Se queda en su dispositivo, y solo si usted lo pide.',
    synonyms: [
      'organizar mi apelación',
      'seguimiento de la apelación',
      'notas del caso',
      'guardar mi apelación',
      'carpeta de mi apelación',
    ],
    answer:
      'Guarde toda su apelación en un solo lugar: la denegación, su carta, sus llamadas, los criterios del plan, sus ' +
      'documentos y sus plazos.',
    privateStrong: 'Su información es privada.',
    privateText:
      'Todo pasa en este dispositivo. Nada de lo que escribe se envía a ningún lugar. Su caso se guarda en este ' +
      'dispositivo solo si marca “Guardar mi caso en este dispositivo”. Puede guardarlo como archivo, protegido con ' +
      'una contraseña si quiere, y abrirlo en otro dispositivo. “Borrar todo de este dispositivo” lo elimina, junto ' +
      'con el borrador de la carta de apelación.',
    nextBefore: 'Después:',
    nextClaimFile: 'pida el expediente de su reclamo y los criterios',
    nextLetter: 'prepare su carta de apelación',
    nextOr: ', o lea',
    nextGuide: 'cómo apelar una denegación',
    noJsBefore:
      'Esta herramienta necesita JavaScript: guarda su caso en este dispositivo y prepara aquí su archivo. Sin ' +
      'JavaScript, imprima el',
    noJsCallLog: 'registro de llamadas',
    noJsAnd: 'y la',
    noJsWorksheet: 'hoja de criterios',
    noJsCopy: ', y copie el modelo de la',
    noJsLetter: 'carta de apelación',
    toc: {
      denial: 'La denegación',
      deadlines: 'Sus plazos',
      letter: 'Su carta',
      calls: 'Llamadas a su aseguradora',
      criteria: 'Los criterios del plan y sus registros',
      documents: 'Documentos para su apelación',
      files: 'Guardar, abrir o borrar su caso',
    },
    formLegend: 'Su caso de apelación',
    keep: 'Guardar mi caso en este dispositivo',
    keepHint:
      'No se guarda nada hasta que marque esta casilla. Después, su caso se guarda en este navegador, en este ' +
      'dispositivo, sin contraseña: cualquier persona que use este navegador puede abrir esta página y verlo.',
    notSure: 'Todavía no sé',
    noticeDeadline: 'Plazo para apelar impreso en el aviso, si lo da',
    deadlinesBefore: 'Estas fechas salen de las reglas generales.',
    deadlinesStrong: 'Valen la fecha y las reglas impresas en su propio aviso.',
    deadlinesSee: 'Vea cada paso en el',
    deadlinesLink: 'buscador de plazos',
    letterLabel: 'Su carta de apelación',
    letterHintBefore: 'Escríbala aquí, o prepárela con la',
    letterHintLink: 'carta de apelación',
    letterHintAfter: 'y tráigala aquí.',
    bringDraft: 'Traer el borrador de la carta de apelación',
    callsHint:
      'Una entrada por llamada. Una respuesta por teléfono no es una promesa de pago, así que anote nombres y ' +
      'números de referencia. O imprima el',
    callsHintLink: 'registro de llamadas',
    criteriaHint:
      'Escriba cada criterio de la política del plan, y luego dónde muestran sus registros que lo cumple. O imprima ' +
      'la',
    criteriaHintLink: 'hoja de criterios',
    addCall: 'Agregar una llamada',
    addCriterion: 'Agregar un criterio',
    documentsHint: 'Marque cada uno cuando ya lo tenga.',
    errorHeading: 'Hay un problema',
    nothingChanged: 'No se cambió nada en esta página ni en este dispositivo.',
    saveHeading: 'Guardar mi caso como archivo',
    saveText:
      'El archivo se prepara en este dispositivo y no se envía nada a ningún lugar. Cualquier persona que tenga el ' +
      'archivo puede leerlo, a menos que usted lo proteja con una contraseña.',
    passLabel: 'Contraseña para proteger el archivo (puede dejarla en blanco)',
    passMin: 'Al menos {n} caracteres.',
    passStrong: 'Si pierde la contraseña, nadie puede abrir el archivo: ni usted ni nosotros.',
    passAfter: 'Anótela y guárdela en un lugar seguro.',
    passAgain: 'Escriba la contraseña otra vez',
    saveButton: 'Guardar mi caso como archivo',
    openHeading: 'Abrir un archivo de su caso',
    openLabel: 'Elija un archivo de su caso que guardó',
    unlockLabel: 'Este archivo está protegido. Escriba su contraseña',
    unlockButton: 'Abrir el archivo',
    deleteHeading: 'Borrar todo de este dispositivo',
    deleteText:
      'Esto borra el caso guardado en este dispositivo y el borrador de la carta de apelación, y vacía esta página. ' +
      'Los archivos que guardó no se tocan.',
    deleteButton: 'Borrar todo de este dispositivo',
    yes: 'Sí',
    cancel: 'No',
    view: {
      rows: {
        calls: {
          noun: 'Llamada',
          fields: {
            date: 'Fecha de la llamada',
            name: 'Nombre de la persona con quien habló',
            reference: 'Número de referencia de la llamada',
            said: 'Qué le dijeron',
            followUp: 'Qué sigue, y cuándo',
          },
        },
        criteria: {
          noun: 'Criterio',
          fields: {
            criterion: 'El criterio del plan',
            evidence: 'Dónde muestran sus registros que lo cumple (documento, página, fecha)',
          },
        },
      },
      remove: 'Quitar {row}',
      printed: 'El plazo impreso en su aviso: ',
      pick: 'Elija su tipo de plan y escriba la fecha del aviso para ver su primer plazo para apelar.',
      firstStep: 'Primer paso para {plan}: ',
    },
    problems: {
      'too-large': 'Este archivo es demasiado grande para ser un archivo de caso guardado en esta página.',
      'not-a-case':
        'Este archivo no es un archivo de caso guardado en esta página. Elija el archivo que guardó con “Guardar mi ' +
        'caso”.',
      damaged: 'Este archivo está dañado o incompleto, así que no se puede abrir.',
      newer:
        'Este archivo se guardó con una versión más nueva de esta página. Vuelva a cargar esta página para tener la ' +
        'versión más nueva, y abra el archivo otra vez.',
      'wrong-passphrase':
        'Esa contraseña no abre este archivo. Revísela y vuelva a intentarlo. Si está seguro de que es la correcta, ' +
        'puede que el archivo esté dañado.',
    },
    script: {
      notKept:
        'Este navegador no quiso guardar su caso (puede que su espacio esté lleno o apagado), así que no se guarda ' +
        'nada en este dispositivo. Use “Guardar mi caso como archivo” para conservarlo.',
      kept: 'Su caso está guardado en este dispositivo.',
      keptNewer:
        'El caso guardado en este dispositivo se guardó con una versión más nueva de esta página. Vuelva a cargar la ' +
        'página para verlo.',
      keptUnreadable:
        'No se pudo leer el caso guardado en este dispositivo. Lo dejamos como estaba; si marca la casilla, se ' +
        'reemplaza.',
      keptTyping: 'Su caso está guardado en este dispositivo, y se guarda mientras escribe.',
      noLongerKept: 'Su caso ya no se guarda en este dispositivo.',
      removed: 'Se quitó: {row}.',
      noDraft:
        'No hay un borrador de la carta de apelación en este dispositivo. La carta de apelación guarda uno solo si ' +
        'usted marca allí “Guardar mi borrador en este dispositivo”.',
      draftIn: 'El borrador de la carta de apelación es ahora su carta.',
      alsoFilled: ' También se llenó con él: {fields}.',
      replaceLetter: '¿Reemplazar la carta de esta página por el borrador de la carta de apelación?',
      replaceLetterYes: 'Sí, reemplazar mi carta',
      tooLarge: 'Su caso es demasiado grande para guardarlo como archivo. Acorte su carta o sus notas.',
      passShort: 'Use una contraseña de al menos {n} caracteres, o deje en blanco las dos casillas de contraseña.',
      passDiffer: 'Las dos contraseñas no son iguales. Escríbalas otra vez.',
      locking: 'Protegiendo su archivo…',
      cannotLock: 'Este navegador no pudo proteger el archivo. Guárdelo sin contraseña, o pruebe con otro navegador.',
      savedLocked: 'Se guardó como {name}, protegido con su contraseña.',
      savedOpen: 'Se guardó como {name}. No está protegido: cualquier persona que tenga el archivo puede leerlo.',
      opened: 'Se abrió su caso con el archivo guardado el {date}.',
      openedKept: ' Está guardado en este dispositivo.',
      replaceCase: '¿Reemplazar lo que hay en esta página por el caso del archivo?',
      replaceCaseKept: ' Esto también reemplaza el caso guardado en este dispositivo.',
      replaceYes: 'Sí, reemplazarlo',
      lockedFile: 'Este archivo está protegido. Escriba su contraseña y luego elija “Abrir el archivo”.',
      enterPass: 'Escriba la contraseña de este archivo.',
      needHttps: 'Este navegador solo puede abrir un archivo protegido en una página segura (https).',
      opening: 'Abriendo su archivo…',
      deleteAsk:
        '¿Borrar su caso y el borrador de la carta de apelación de este dispositivo, y vaciar esta página? No se ' +
        'puede deshacer. Los archivos que guardó no se tocan.',
      deleteYes: 'Sí, borrar todo',
      goneCase: 'su caso',
      goneDraft: 'el borrador de la carta de apelación',
      goneAnd: ' y ',
      deleted: 'Se borró de este dispositivo: {what}.',
      nothingKept: 'No había nada guardado en este dispositivo.',
      pageEmpty: ' Esta página ahora está vacía.',
      notAllDeleted:
        'Este navegador no quiso borrar todo lo que guarda de este sitio. Borre los datos de este sitio en la ' +
        'configuración de su navegador.',
    },
  },
  letterReader: {
    title: 'Leer mi carta de denegación',
    description:
      'Pegue su carta de denegación o su Explicación de beneficios en inglés para ver el tipo de plan, la fecha, ' +
      'los códigos y el motivo, explicados en español, con su plazo y una carta para apelar. Funciona en su ' +
      'dispositivo.',
    synonyms: [
      'leer carta de denegación',
      'explicar mi Explicación de beneficios',
      'qué significa el código de denegación',
      'CO-50',
      'PR-204',
      'N115',
    ],
    answer:
      'Pegue el texto de su carta de denegación, o ábrala como PDF. Le mostramos en español lo que dice sobre su ' +
      'plan, la fecha, los códigos y el motivo, con las palabras de la carta donde lo encontramos, y qué puede ' +
      'hacer después.',
    privateStrong: 'Su información es privada.',
    privateText:
      'Su carta se lee en este dispositivo. Nada de lo que pega o abre se envía a ningún lugar ni se guarda.',
    howHeading: 'Cómo lee su carta',
    howText:
      'Busca las palabras que solo usa un tipo de plan, la fecha arriba del aviso y los códigos que trae. Lee la ' +
      'carta en inglés, como la escribe su plan, y le explica los códigos en palabras sencillas según las listas ' +
      'oficiales de códigos. Cuando no puede saberlo, se lo dice y le pregunta. Compare cada resultado con su carta: ' +
      'valen la fecha y las reglas impresas en su propio aviso. Los códigos cambian tres veces al año, así que aquí ' +
      'puede faltar un código nuevo.',
    nextBefore: 'Después:',
    nextReasons: 'qué significa cada motivo de denegación',
    nextDeadlines: 'sus plazos para apelar',
    nextAnd: 'y la',
    nextLetter: 'carta de apelación',
    sourcesHeading: 'De dónde vienen los significados de los códigos y las reglas',
    jsOffBefore:
      'Esta herramienta necesita JavaScript para leer su carta en este dispositivo. Sin JavaScript, conteste unas ' +
      'preguntas en',
    jsOffFlow: '“Me negaron un reclamo”',
    jsOffThen: ', y luego use el',
    jsOffDeadlines: 'buscador de plazos',
    jsOffAnd: 'y la',
    jsOffLetter: 'carta de apelación',
    formLegend: 'Su carta de denegación',
    textLabel: 'Pegue el texto de su carta de denegación, Explicación de beneficios o Resumen de Medicare',
    textHint:
      'Péguela tal como está, en inglés: el lector busca las palabras en inglés de la carta y le explica en español ' +
      'lo que encuentra. El texto se queda en este dispositivo; nada de lo que pega se envía ni se guarda. Si ' +
      'quiere, quite su nombre y sus números de identificación: el lector no los necesita.',
    pdfLabel: 'O abra su carta como PDF desde este dispositivo',
    pdfHint:
      'Un PDF con texto, de hasta {pages} páginas y {mb} MB. Se lee en este dispositivo y no se envía. Su texto ' +
      'reemplaza lo que hay en la casilla de arriba, donde puede revisarlo.',
    checkLegend: 'Revise lo que encontramos, o complete lo que nos faltó',
    planLabel: 'Tipo de plan',
    reasonLabel: 'Motivo que da la denegación',
    dateLabel: 'Fecha del aviso',
    notFoundPick: 'Todavía no lo encontramos: elija uno',
    stateLabel: 'Su estado (si quiere, para ver quién puede ayudarle)',
    stateNone: 'Sin elegir',
    resultsLabel: 'Lo que dice su carta',
    workersComp: 'Compensación laboral (workers’ compensation)',
    script: {
      status: 'Leída en este dispositivo: {found} encontrados, {missing} sin encontrar.',
      reading: 'Leyendo “{name}” en este dispositivo…',
    },
    why: {
      future: 'Es posterior a hoy, así que no puede ser la fecha de un aviso que usted ya tiene.',
      looksLike: 'Parece {what}.',
      otherDates: {
        service: 'una fecha del servicio o de la atención',
        birth: 'una fecha de nacimiento',
        injury: 'la fecha de una lesión',
        deadline: 'un plazo, una fecha de recibo o un período de fechas',
      },
      label: 'Viene después de la etiqueta de la fecha del aviso.',
      ownLine: 'Está sola en una línea, donde las cartas ponen su fecha.',
      inSentence: 'Está dentro de una oración, no donde una carta pone su fecha.',
      alsoCould: 'También podría ser la fecha del aviso, pero el {date} viene {how}.',
      clearer: 'con una etiqueta más clara',
      first: 'primero',
      tookFirst:
        '{why} La carta tiene otras fechas que podrían serlo; tomamos la primera, la más cercana al principio.',
    },
    view: {
      contents: 'En esta página: su resultado',
      found: 'Lo que encontramos',
      missing: 'Lo que no pudimos encontrar',
      next: 'Qué significa para usted',
      how: 'Cómo lee su carta',
      foundIn: ' Lo encontramos en: ',
      notFound: '{what}: no lo encontramos. ',
      source: '[fuente]',
      plan: 'Tipo de plan',
      signsOf: 'La carta tiene señales de {plans}, así que no podemos saberlo. ',
      signsAnd: ' y de ',
      whichPlan: '¿Qué tipo de plan es?',
      date: 'Fecha del aviso',
      whatDate: '¿Qué fecha está impresa arriba en su aviso?',
      otherDates: 'Otras fechas de la carta ({n})',
      reason: 'Motivo',
      pointsTo: 'La carta apunta por igual a {reasons}. ',
      pointsAnd: ' y a ',
      whatReason: '¿Qué motivo da el aviso?',
      billing: 'Códigos de facturación',
      onPage: 'está en nuestra página sobre ',
      notOurs: 'no es uno de los códigos que muestran nuestras páginas de tratamientos.',
      askBill: 'Pida a su proveedor una factura detallada con los códigos.',
      adjustments: 'Códigos de ajuste y de observación del reclamo',
      adjustmentsMissing: 'Códigos de ajuste del reclamo',
      oldCode: ' Un código antiguo, retirado el {date}.',
      noMeaning: 'No tenemos un significado en palabras sencillas para este código. Búsquelo en la ',
      x12: 'lista de códigos X12 (en inglés)',
      groupBefore: ' Las letras ',
      groupMean: ' quieren decir: {meaning} ',
      adjustAsk: 'Su Explicación de beneficios o el estado de cuenta del proveedor pueden mostrarlos, como CO-50.',
      policies: 'Políticas que conocemos',
      policy: 'Número de la política',
      askPolicy: 'Pida por escrito a su plan la política o los criterios que usó.',
      diagnosis: 'Códigos de diagnóstico',
      reasonHeading: 'El motivo',
      reasonLink: 'qué significa este motivo y qué ayuda',
      reasonsLink: 'qué significan los motivos de denegación',
      missingFix:
        '. Muchas veces la solución es que su proveedor envíe los documentos que faltan o un reclamo corregido.',
      pickReason: 'Elija el motivo arriba para ver qué significa.',
      deadlineHeading: 'Su plazo',
      wcDeadline:
        'Cada estado fija los plazos de la compensación laboral. Use la fecha y el plazo impresos en su aviso.',
      pickDeadline: 'Elija su tipo de plan y escriba arriba la fecha de su aviso para ver su plazo.',
      countedFrom: ' — {plan}, contado desde el {date}:',
      later: 'Pasos siguientes, si los necesita: ',
      govern: 'Esto sale de las reglas generales. Valen la fecha y las reglas impresas en su propio aviso. ',
      everyStep: 'Cada paso y su regla',
      outsideHeading: 'Una revisión externa',
      outsidePick: 'Elija su tipo de plan arriba para ver si puede pedir una revisión externa.',
      outsideWc:
        'Cada estado fija las reglas de la compensación laboral; muchos le dejan pedir una revisión médica ' +
        'independiente. Su aviso le dice cómo.',
      outsideNone:
        'Los pasos de apelación de su plan no tienen un revisor externo; después de las revisiones del plan, el ' +
        'siguiente paso es una corte.',
      outsideQualify: 'qué denegaciones califican',
      outsideYesBefore: 'Sí. Una denegación por necesidad médica o por un tratamiento experimental puede ir a ',
      outsideYesAfter: ' después de la apelación interna (',
      outsideMaybe:
        'Tal vez. La revisión externa es para las denegaciones que se basan en un juicio médico o que dicen que un ' +
        'tratamiento es experimental (',
      outsideMaybeAfter: '). Pregunte por escrito a su plan si la suya califica.',
      outsideYes: 'Sí: ',
      fileHeading: 'El expediente de su reclamo',
      fileText:
        'Antes de escribir, pida a su plan los documentos con los que decidió y las reglas que usó, para que su ' +
        'apelación pueda responderles: ',
      fileLink: 'pida el expediente de su reclamo y los criterios usados',
      letterHeading: 'Su carta de apelación',
      letterLink: 'Empiece su carta de apelación con lo que encontramos',
      letterWc:
        '. La carta de apelación no tiene las reglas de la compensación laboral; elija allí el tipo de plan más ' +
        'parecido, o siga su aviso.',
      letterChange: '. Allí puede cambiar todo.',
    },
    pdf: {
      kept: ' No cambió nada en la casilla de texto.',
      tooBig:
        '“{name}” pesa {size}. El lector abre PDF de hasta {limit}, lo que pesa una carta larga. Pegue el texto, o ' +
        'escriba las partes importantes.',
      picture:
        '“{name}” es una imagen, no un PDF. El lector no puede leer el texto de una foto: escriba las partes ' +
        'importantes.',
      tooManyPages:
        '“{name}” tiene {pages} páginas. El lector abre PDF de hasta {limit} páginas. Pegue el texto de las ' +
        'páginas de la carta.',
      tooMany: 'demasiadas',
      noText:
        'Este PDF no tiene texto que podamos leer: puede ser un documento escaneado. Escriba las partes importantes.',
      locked:
        '“{name}” está protegido con una contraseña. Ábralo en su aplicación de PDF, copie el texto y péguelo aquí, ' +
        'o escriba las partes importantes.',
      damaged:
        'No se pudo abrir “{name}”: puede estar dañado, incompleto o no ser un PDF. Intente guardarlo otra vez, o ' +
        'pegue el texto.',
      unreadable: 'No se pudo leer “{name}” en este dispositivo. Pegue el texto.',
      read:
        'Se leyeron {pages} de “{name}” en este dispositivo. El texto está en la casilla de arriba: compárelo con su ' +
        'carta y corrija lo que se haya leído mal.',
      page: ['página', 'páginas'],
    },
  },
  stateHelp: {
    heading: 'Alguien que puede ayudarle',
    pickState: 'Elija su estado arriba para ver aquí quién puede ayudarle, o ',
    findLink: 'busque a alguien que le ayude en su estado',
    inState: 'En {state}:',
    inStateFor: 'En {state}, para {plan}:',
    none: 'No tenemos una oficina del estado para este tipo de plan. Su aviso de denegación dice cómo apelar.',
    every: 'Todas las oficinas en {state}',
    phone: 'Teléfono:',
    web: 'Sitio web:',
    checked: 'Lo revisamos el {date}.',
    source: '[fuente]',
    plans: {
      medicare: 'Medicare Original',
      'medicare-advantage': 'Medicare Advantage',
      employer: 'Un plan del trabajo (no sabe de qué tipo)',
      'employer-insured': 'Un plan del trabajo de una compañía de seguros',
      'employer-self-funded': 'Un plan del trabajo autofinanciado',
      marketplace: 'Un plan del Mercado de Seguros Médicos u otro plan individual',
      medicaid: 'Medicaid',
      'workers-comp': 'Compensación laboral (workers’ compensation)',
      tricare: 'TRICARE',
      va: 'Atención médica de VA',
    },
  },
  findHelp: {
    title: 'Encuentre a alguien que le ayude',
    answer:
      'Quién puede ayudarle con un reclamo negado depende de su estado y de su tipo de plan. Elija su estado para ' +
      'ver a quién llamar, con los números de teléfono que pudimos confirmar.',
    synonyms: [
      'SHIP',
      'programa de asistencia al consumidor',
      'departamento de seguros',
      'audiencia imparcial',
      'ayuda con mi apelación',
    ],
    nextDeadlines: 'Busque la fecha de cada plazo para apelar',
    nextReadLetter: 'Lea su carta de denegación en este dispositivo',
    nextLetter: 'Escriba su carta de apelación',
    nextClaimFile: 'Pida el expediente de su reclamo y los criterios usados',
    nextOtherState: 'Vea otro estado',
    national: 'Ayuda en todos los estados',
    nationalIntro: 'Estas dos oficinas atienden a las personas de todos los estados y territorios.',
    planNote: 'La página de cada estado se abrirá en la ayuda para: {plan}.',
    stateTitle: 'Quién puede ayudarle con una denegación en {state}',
    stateAnswer:
      'En {state}, quién puede ayudarle depende de su tipo de plan. Busque el suyo abajo, y luego comuníquese con ' +
      'las oficinas en el orden que se muestra.',
    byPlan: 'A quién llamar, según su tipo de plan',
    notSure: '¿No sabe qué tipo de plan tiene? Su aviso de denegación o su tarjeta del plan pueden decirlo.',
    offices: 'Las oficinas',
    officesIntro:
      'Donde no pudimos confirmar un número de teléfono o una dirección web en una fuente actual, le decimos dónde ' +
      'buscarlo.',
    checkedOn: 'Lo revisamos el {date}',
  },
  stateList: {
    heading: 'Elija su estado',
    states: 'Estados y el Distrito de Columbia',
    territories: 'Territorios',
  },
  claimFile: {
    title: 'Pida el expediente de su reclamo y los criterios',
    description:
      'Antes de apelar, pida a su plan los documentos y los criterios que usó para negar su reclamo. Una carta para ' +
      'su tipo de plan, en inglés o en español, con las reglas en que se basa. Funciona en su dispositivo.',
    synonyms: [
      'pedir el expediente del reclamo',
      'solicitud del expediente del reclamo',
      'pedir los criterios usados',
      'carta para pedir el expediente',
    ],
    answer:
      'Antes de apelar, pida a su plan los documentos que usó para negar su reclamo y los criterios que aplicó, para ' +
      'que su apelación pueda responderles. Llene lo que sepa, y la carta se arma abajo.',
    clockStrong: 'Pedirlos no detiene el reloj.',
    clockText:
      'Su plazo para apelar sigue corriendo mientras espera. Si su plazo está cerca y los documentos no han llegado, ' +
      'envíe su apelación a tiempo sin ellos.',
    clockLink: 'Busque su plazo',
    privateStrong: 'Su información es privada.',
    privateText: 'Todo pasa en este dispositivo. Nada de lo que escribe se envía a ningún lugar ni se guarda.',
    tocLetter: 'Su carta',
    byPlan: 'Lo que le dan las reglas, por tipo de plan',
    byPlanIntro:
      'La carta usa estas dos frases para cada tipo de plan. Donde no pudimos leer una regla que le dé el ' +
      'expediente, la carta lo pide sin decir que es un derecho.',
    free: 'Sin costo, por regla.',
    noRule: 'No encontramos una regla: la carta lo pide.',
    nextBefore: 'Después:',
    nextLetter: 'prepare su carta de apelación',
    nextAnd: ', y use la',
    nextWorksheet: 'hoja de criterios',
    nextAfter: 'para relacionar cada criterio con sus registros.',
    sourcesHeading: 'De dónde vienen estas reglas',
    formLegend: 'Su solicitud',
    jsOff:
      'Para el formulario hace falta JavaScript. Sin él, copie la carta de abajo y llene los espacios en blanco. Si ' +
      'su plan no es del Mercado de Seguros Médicos, use las dos frases de su tipo de plan que aparecen más abajo.',
    extraHelp: 'No se guarda nada en este dispositivo: imprímala o guárdela como archivo.',
    aboutPlan: 'Sobre su tipo de plan:',
    script: {
      rebuilt: 'La carta se volvió a armar con el formulario.',
      saved: 'Se guardó como claim-file-request.txt.',
    },
  },
  paperForm: {
    scrollCue: 'La hoja es ancha: en un teléfono, deslícela de lado, o imprima la página y llénela en papel.',
  },
  callLog: {
    title: 'Registro de llamadas al seguro',
    description:
      'Una hoja para imprimir y anotar cada llamada a su aseguradora: la fecha, el nombre del representante, el ' +
      'número de referencia, qué le dijeron y qué sigue, con las preguntas que conviene hacer.',
    synonyms: ['notas de llamadas', 'registro de llamadas al seguro', 'número de referencia'],
    answer:
      'Anote cada llamada. Una respuesta por teléfono no es una promesa de pago, pero un registro con nombres y ' +
      'números de referencia ayuda a su apelación.',
    questionsHeading: 'Preguntas que conviene hacer',
    questions: [
      '¿Está cubierto este tratamiento para mi diagnóstico? ¿Qué política médica se aplica y cuál es su número?',
      '¿Necesito autorización previa? ¿Quién la pide y cuánto tarda la decisión?',
      '¿Qué códigos de facturación aceptan para este tratamiento?',
      '¿Esta clínica o este médico están en mi red? ¿Cuánto pagaría yo fuera de la red?',
      '¿Cuál es mi plazo para apelar y a dónde envío la apelación?',
      '¿Me pueden enviar esa respuesta por escrito?',
    ],
    moreBefore: 'Más detalles en',
    moreLink: 'cómo llamar a su aseguradora',
    logHeading: 'Sus llamadas',
    caption: 'Una fila por llamada',
    columns: ['Fecha y hora', 'Nombre del representante', 'Número de referencia', 'Qué le dijeron', 'Qué sigue'],
  },
  worksheet: {
    title: 'Hoja de criterios y lista para la carta de su médico',
    description:
      'Una hoja para imprimir donde relaciona cada criterio de su plan con los registros que muestran que lo ' +
      'cumple, y una lista para la carta de necesidad médica de su médico.',
    synonyms: ['criterios del plan', 'lista para la carta de necesidad médica', 'carta de necesidad médica'],
    heading: 'Hoja de criterios',
    answer:
      'Los planes niegan reclamos según una lista de criterios. Escriba cada criterio en la primera columna y, ' +
      'luego, dónde muestran sus registros que lo cumple.',
    intro:
      'Tome los criterios de la política médica del plan (pídala por escrito, junto con el expediente de su ' +
      'reclamo). Imprima esta página o llénela en papel con el consultorio de su médico. Vea',
    introLink: 'cómo documentar su caso',
    caption: 'Cada criterio y el registro que lo cumple',
    columns: [
      'El criterio del plan',
      'Registro que muestra que se cumple (documento, página)',
      'Fecha',
      'Profesional de salud',
    ],
    lmnHeading: 'Lista para la carta de necesidad médica de su médico',
    lmnIntro: 'Dele esta lista al profesional que lo trata. Una buena carta cubre cada punto. Lea más sobre',
    lmnLink: 'las cartas de necesidad médica',
    lmn: [
      'Su diagnóstico, en palabras y con su código ICD-10',
      'Qué tan grave es y cómo limita su vida diaria',
      'Cada tratamiento que probó, con fechas, cuánto duró y el resultado',
      'Por qué este tratamiento es el siguiente paso correcto para usted',
      'Cada uno de los criterios del plan, y dónde muestran sus registros que se cumple',
      'La evidencia en la que se basa el profesional (estudios o guías)',
      'Qué es probable que pase sin el tratamiento',
      'La solicitud exacta: el tratamiento, los códigos de facturación, el número de sesiones',
      'El nombre del profesional, sus títulos, su firma y sus datos de contacto',
    ],
  },
  about: {
    title: 'Sobre esta guía',
    description:
      'Quién publica esta guía, cómo buscamos la fuente de cada dato y lo revisamos, cómo informar un error y ' +
      'por qué no hay anuncios, rastreo ni dinero de clínicas.',
    answer:
      'Una guía gratuita para pacientes en los EE. UU. Le dice si el seguro paga los tratamientos de medicina ' +
      'regenerativa y muestra la fuente de cada dato.',
    whoHeading: 'Quién la publica',
    who:
      'Esta guía es un proyecto abierto e independiente, hecho por voluntarios. No la maneja una clínica, una ' +
      'aseguradora ni una compañía que vende estos tratamientos.',
    whyHeading: 'Por qué existe',
    why:
      'Las clínicas que venden inyecciones de células madre, PRP o productos amnióticos a menudo dicen que un ' +
      'tratamiento “probablemente está cubierto”. Casi nunca lo está, y los pacientes se enteran después de pagar ' +
      'miles de dólares. Esta guía da primero la respuesta clara. Después explica las reglas, el precio si paga ' +
      'usted mismo y qué hacer si le niegan la cobertura.',
    checkHeading: 'Cómo revisamos los datos',
    checkSources:
      'Cada dato sobre una política, una ley, un código, un plazo, un precio o la situación ante la FDA dice cuál ' +
      'es su fuente. Usted ve quién la publicó, su título y número, su fecha y la fecha en que la revisamos. Vea',
    checkSourcesLink: 'todas las fuentes',
    checkPrimary:
      'Usamos el documento mismo cuando podemos: las reglas de Medicare, la política de la aseguradora, la FDA, la ' +
      'ley federal. Cuando solo pudimos leer un resumen, la página lo dice y le pide que lo confirme con su plan.',
    checkTwice:
      'Leemos cada respuesta sobre cobertura una segunda vez, al lado de su fuente, antes de publicarla. Si no ' +
      'encontramos una fuente, decimos “no se sabe” y le decimos qué preguntar. Nunca adivinamos.',
    checkMachine: 'Cada cambio pasa por revisiones que hace una computadora:',
    checks: [
      'cada dato apunta a una fuente de nuestra lista, y cada página que menciona existe (revisión del contenido);',
      'ningún tramo de 12 palabras o más está copiado de lo que leímos, así que las páginas usan nuestras propias ' +
        'palabras (revisión de texto copiado);',
      'las páginas son fáciles de leer: en inglés buscamos un nivel escolar de los EE. UU. de 8 o menos, y en ' +
        'español medimos la facilidad de lectura (revisión de lectura);',
      'cada enlace de una de nuestras páginas a otra lleva a una página que existe (revisión de enlaces).',
    ],
    reviewHeading: 'Cada cuánto revisamos las páginas',
    review:
      'Revisamos cada página por lo menos una vez cada 12 meses. Cada página muestra la fecha de su última ' +
      'revisión y cuándo toca la siguiente. Si una página pasa un año sin revisión, el sistema que arma el sitio ' +
      'lo señala. Las políticas pueden cambiar entre una revisión y otra, así que revise también la fecha de los ' +
      'papeles de su propio plan.',
    neverHeading: 'Lo que nunca hacemos',
    never: [
      'No hay anuncios. No hay dinero de clínicas: ni patrocinadores, ni listados pagados, ni pagos por enviarlo a ' +
        'una clínica.',
      'No hay rastreo: ni cookies, ni estadísticas de visitas, ni pedidos a otros sitios web. Nada de lo que usted ' +
        'escribe sale de su dispositivo.',
      'No damos consejo médico ni legal. Esto es información general. Lo que decide son los papeles de su plan y ' +
        'las cartas que usted recibe.',
    ],
    reportHeading: 'Informar un error',
    reportAsk: '¿Hay un dato equivocado o una página vieja? Por favor, avísenos:',
    reportHow:
      'Díganos qué página es, qué está mal y dónde leyó la respuesta correcta, si lo sabe. Por favor, no envíe ' +
      'expedientes médicos, números de reclamo ni otros datos privados. Revisamos cada aviso con las fuentes y ' +
      'corregimos la página si está mal.',
    changesBefore: 'Cada cambio en una respuesta sobre cobertura, también nuestras correcciones, aparece en',
    changesLink: 'Qué cambió',
    changesAfter: ', con la fecha, el motivo y la fuente. La página de cobertura afectada también lo dice.',
  },
  medicareStates: {
    lcdStatus: {
      active: { label: 'Vigente', meaning: 'Vigente, según nuestras fuentes' },
      retired: { label: 'Terminada', meaning: 'Terminada: ya no se aplica' },
      withdrawn: { label: 'Retirada', meaning: 'Retirada: no se aplica' },
      unknown: {
        label: 'Estado sin confirmar',
        meaning: 'Estado sin confirmar: no pudimos comprobar si sigue vigente',
      },
      unconfirmed: { label: 'Sin confirmar', meaning: 'Sin confirmar: no pudimos saber qué regla local se aplica' },
      'none-found': { label: 'No encontramos una regla local', meaning: 'No encontramos una regla local' },
    },
    // Dates after a colon, so a day, a month or a year alone reads right ("el 1 de…", "en enero de…").
    dates: {
      effective: (date: string) => `Entró en vigor: ${date}`,
      planned: (date: string) => `Iba a entrar en vigor: ${date}`,
      revised: (date: string, first: boolean) => `${first ? 'Revisión' : 'revisión'}: ${date}`,
      none: 'No encontramos sus fechas.',
    },
    restOf: (place: string) => `el resto de ${place}`,
    mostOf: (place: string) => `la mayor parte de ${place}`,
    areasOf: (place: string, areas: string) => `${place}: ${areas}`,
    answer: {
      who: (name: string, jurisdiction: string) => `${name} (jurisdicción ${jurisdiction})`,
      whoIn: (who: string, where: string) => `${who} en ${where}`,
      several: (place: string, count: number, parts: readonly string[]) =>
        `En ${place}, ${count === 2 ? 'dos' : count} contratistas fijan las reglas locales de Medicare Original ` +
        `para los consultorios médicos: ${parts.slice(0, -1).join('; ')}, y ${parts.at(-1)}. Abajo están las ` +
        'reglas de cada uno.',
      one: (place: string, who: string) => `En ${place}, ${who} fija las reglas locales de Medicare Original.`,
      notCovered: (list: readonly string[]) => `Sus reglas no cubren ${list.join('; ')}.`,
      covered: (list: readonly string[], afterNotCovered: boolean) =>
        `${afterNotCovered ? 'Sí cubren' : 'Sus reglas cubren'} ${list.join('; ')}, si se cumplen los criterios.`,
      unconfirmed:
        'No pudimos confirmar sus reglas para los tratamientos de este sitio. Abajo le explicamos cómo comprobarlo.',
      treatment: (therapy: string, use: string) => `${therapy} para ${use}`,
    },
    rule: {
      lcd: 'Regla local (LCD)',
      article: 'Artículo de facturación',
      withArticle: (article: string) => `, con el artículo de facturación ${article}`,
      summary: 'Parte de esto lo leímos en un resumen, no en la regla misma.',
      checked: 'Lo que pudimos comprobar:',
      whereBefore: 'Dónde comprobarlo: en la',
      // The database is in English: the reader picks the treatment and the place there.
      whereAfter: (_therapy: string, place: string, who: string) =>
        ` (en inglés), busque este tratamiento y elija ${place}. O pregúntele por escrito a ${who} qué regla aplica.`,
    },
    mcd: 'Medicare Coverage Database',
    byState: 'Por estado',
    contractor: 'El contratista',
    contractors: 'Los contratistas',
    national: 'Reglas para todos los estados',
    ncd: (ncd: string) => `NCD ${ncd}:`,
    nextSteps: {
      abn: 'Pídale a la clínica un Aviso Anticipado al Beneficiario (ABN) antes del tratamiento',
      payer: 'Lea cómo decide Medicare Original y cómo funcionan sus apelaciones',
      deadlines: 'Calcule las fechas de su apelación',
      another: 'Vea otro estado',
    },
    state: {
      title: (place: string) => `Las reglas locales de Medicare en ${place}`,
      jurisdiction: (name: string, jurisdiction: string) => `${name}, jurisdicción ${jurisdiction}`,
      forAreas: (areas: string) => `, para los médicos y las clínicas de ${areas}`,
      forWhere: (where: string) => `, para ${where}`,
      whichRules:
        'Las reglas locales que cuentan suelen ser las del contratista del lugar donde está el consultorio o la ' +
        'clínica, no de donde usted vive.',
      otherState:
        'Si recibe atención en otro estado, pregúntele a la clínica qué contratista maneja sus reclamos de ' +
        'Medicare. Los planes Medicare Advantage también deben seguir las reglas locales de su zona.',
      everywhere: (therapy: string) => `Qué hace Medicare Original con ${therapy} en todo el país`,
      noRule: 'Sin regla local',
      noRuleHeading: 'Tratamientos sin una regla local',
      noRuleText: (names: readonly string[]) =>
        `No encontramos ninguna regla local de ${names.join(' ni de ')} para estos tratamientos. Eso no quiere ` +
        'decir que Medicare pague: sin una regla, cada reclamo se juzga según si la atención es razonable y necesaria.',
      nationalHere: (place: string) =>
        `Las reglas nacionales de Medicare se aplican en ${place} como en todas partes, digan lo que digan las ` +
        'reglas locales.',
      whatToDo: 'Qué hacer',
      ask:
        'Antes del tratamiento, pídale a la clínica por escrito la regla de Medicare con la que va a facturar y los ' +
        'códigos de facturación.',
      abnBefore: 'Si la clínica espera que Medicare diga que no y quiere cobrarle a usted, primero debe darle un',
      abnLink: 'Aviso Anticipado al Beneficiario (ABN)',
      abnAfter: '. Léalo antes de firmarlo.',
      checkBefore: 'Compruebe la regla usted mismo en la',
      checkAfter: (place: string) =>
        ` (en inglés): busque el tratamiento y elija ${place}. ` +
        'Las reglas cambian: cuenta la fecha de la regla vigente.',
      appeal: 'Si Medicare niega un reclamo, usted puede apelar.',
      appealLink: 'Cómo funcionan las apelaciones de Medicare Original',
    },
    index: {
      title: 'Las reglas locales de Medicare, estado por estado',
      answer:
        'Las reglas locales de Medicare Original dependen de dónde está el consultorio de su médico. Donde pudimos ' +
        'confirmar una regla local, las inyecciones de PRP y las amnióticas para articulaciones y tendones no están ' +
        'cubiertas. Elija su estado para ver su contratista y sus reglas.',
      // The English name too: it is what Medicare's letters and the contractors' own sites say ("MAC" is in the
      // page's text).
      synonyms: [
        'contratista administrativo de Medicare',
        'Medicare Administrative Contractor',
        'determinación de cobertura local',
        'LCD',
        'Medicare por estado',
      ],
      contractors:
        'Medicare les paga a empresas privadas, llamadas contratistas administrativos de Medicare (MAC), para que ' +
        'manejen los reclamos de un grupo de estados. Cada una escribe reglas locales de cobertura (LCD) que solo se ' +
        'aplican allí.',
      whichRules:
        'Las reglas que cuentan suelen ser las del lugar donde está el consultorio o la clínica, no de donde usted ' +
        'vive. Los planes Medicare Advantage también deben seguir las reglas locales de su zona.',
      renewed:
        'CMS da estos contratos por unos pocos años cada vez. Varias de las páginas que leímos son antiguas. Por ' +
        'eso, la página de cada estado dice qué tan seguros estamos.',
      national: 'Las reglas nacionales de Medicare se aplican en todas partes, digan lo que digan las reglas locales.',
      unplaced: 'Reglas que no pudimos ubicar',
      unplacedText:
        'Encontramos estas reglas locales, pero no pudimos confirmar qué contratista las escribió. Por eso, ninguna ' +
        'página de estado las muestra como su regla. Si una clínica o un aviso nombra una, búsquela en la Medicare ' +
        'Coverage Database (en inglés): la página de la regla da la lista de sus estados.',
    },
  },
  glossary: {
    title: 'Glosario',
    description:
      'Qué significan, en palabras sencillas, los términos de las cartas del seguro, las facturas y los ' +
      'presupuestos de las clínicas: CPT, HCPCS, LCD, autorización previa y más.',
    intro: 'Las palabras que verá en facturas, presupuestos y cartas del seguro, en palabras sencillas.',
    azLabel: 'Glosario de la A a la Z',
    noTerms: ' (sin términos)',
    also: (names: string) => ` (también: ${names})`,
    back: 'Volver a la A–Z',
  },

  // Badge labels short enough to sit on one line beside a count ("2 de 4") on a 390 px phone.
  status: {
    covered: {
      label: 'Cubierto',
      phrase: 'cubierto',
      meaning: 'Cubierto cuando se cumplen las reglas normales del plan',
    },
    'covered-with-criteria': {
      label: 'Cubierto con condiciones',
      phrase: 'cubierto si se cumplen ciertas condiciones',
      meaning: 'Cubierto solo si se cumplen ciertas condiciones (criterios)',
    },
    'case-by-case': {
      label: 'Caso por caso',
      phrase: 'se decide caso por caso',
      meaning: 'Se decide en cada solicitud; no hay una regla fija',
    },
    'not-medically-necessary': {
      label: 'No cubierto: sin necesidad médica',
      phrase: 'no cubierto (dicen que no es de necesidad médica)',
      meaning: 'No cubierto porque la política de la aseguradora dice que no es médicamente necesario',
    },
    'not-covered-investigational': {
      label: 'No cubierto: experimental',
      phrase: 'no cubierto (dicen que es experimental)',
      meaning:
        'No cubierto porque la aseguradora dice que es experimental, que está en investigación o que no está probado',
    },
    excluded: {
      label: 'Excluido',
      phrase: 'excluido por el plan',
      meaning: 'No cubierto: el plan o el programa lo excluye',
    },
    unknown: {
      // As the Spanish coverage answers say it ("No se sabe. No encontramos…"): plainer than "Desconocido".
      label: 'No se sabe',
      phrase: 'no se sabe: pregunte por escrito',
      meaning: 'No encontramos una política que podamos citar; pregunte a la aseguradora por escrito',
    },
  },
  // At most 34 characters each, as content/plan-groups.yaml (one line of a phone); the linked page explains.
  planGroups: {
    'original-medicare': {
      label: 'Medicare Original',
      askFor: 'el aviso ABN antes de tratarse',
      whenCovered: 'prueba de que cumple la regla',
    },
    'medicare-advantage': { label: 'Medicare Advantage', askFor: 'primero una decisión de cobertura' },
    medicaid: { label: 'Medicaid', askFor: 'la autorización previa por escrito' },
    private: { label: 'Planes de trabajo e individuales', askFor: 'autorización previa del código' },
    tricare: { label: 'TRICARE', askFor: 'primero una respuesta por escrito' },
    va: { label: 'Atención médica del VA', askFor: 'la aprobación previa del VA' },
    'workers-comp': { label: 'Compensación laboral', askFor: 'primero una aprobación por escrito' },
  },
  costWords: COST_WORDS.es,
  coverage: {
    forUse: 'para {use}',
    nameForUse: '{name}, para {use}',
    question: '¿Cubre {payer} {therapy}?',
    useClause: 'para {use}, {status}',
    otherUses: 'otros usos',
    dependsDescription: 'Depende del uso: {clauses}.',
    sameForAll: '{meaning}, para todos los usos y planes que encontramos. Cada respuesta está abajo.',
    dependsAnswer: 'Depende del uso o del plan. {payer} tiene {count} respuestas distintas. Están abajo.',
    checked: 'Revisado el',
    conditions: 'Lo que exige la aseguradora',
    policy: 'Política:',
    none: 'Todavía no tenemos respuestas con fuente sobre esto. Pregunte a su plan por escrito.',
    everyTreatment: 'Todos los tratamientos',
    everyInsurer: 'Todas las aseguradoras que revisamos',
    atAGlance: 'Su plan de un vistazo',
    forCommonUse: 'Para {use}:',
    noAnswer: 'Sin fuente aún: pregunte por escrito.',
    countOf: '{count}\u00a0de\u00a0{total}',
    askFor: 'Pida',
    counts: 'Los números cuentan las aseguradoras o los planes estatales de los que encontramos políticas.',
    everyAnswerByName: 'La respuesta de cada aseguradora, por nombre',
    payerSummary: 'Qué hace {payer} con cada tratamiento',
    everyAnswer: 'Todas las respuestas, con lo que exige',
    payingYourself: 'Si paga usted:',
    everyPrice: 'Todos los precios y un cálculo',
    noPrice: 'no encontramos un precio confiable. Pida a la clínica un presupuesto detallado por escrito.',
  },
  whatToDo: {
    heading: 'Qué hacer ahora',
    beforePay: 'Antes de pagar:',
    askFor: 'pida',
    denied: '¿Se lo negaron?',
    stateSteps:
      'Cada estado fija sus propios pasos y plazos para apelar, y su carta de denegación debe decir cuáles son.',
    howAppeals: 'Cómo se apela ante {payer}',
    canAppeal: 'Usted puede apelar.',
    step: '{step}, en un plazo de {deadline}.',
    governs: 'Vale la fecha de su propio aviso.',
    appealDates: 'Calcule sus fechas para apelar',
    letter: 'Escriba su carta de apelación',
    claimDenied: 'Me negaron el reclamo: ¿qué hago?',
  },
  changeNote: {
    onDay: 'el {date}',
    inMonth: 'en {date}',
    correctedSame: 'Lo corregimos {when}; la cobertura sigue igual.',
    correctedFrom: 'Lo corregimos {when}: antes decíamos {from}.',
    changed: 'Cambió {when}: antes era {from}.',
    ruleSame: 'La regla cambió {when}; la cobertura sigue igual.',
    rule: 'La regla cambió {when}.',
    why: 'Motivo:',
    see: 'Vea este cambio',
  },
  changes: {
    title: 'Qué cambió',
    description:
      'Cada cambio en una respuesta sobre cobertura de esta guía, del más nuevo al más viejo: la fecha, lo que era ' +
      'antes, lo que es ahora, el motivo y la fuente. También como canal de noticias.',
    answer:
      'Cuando una aseguradora, Medicare o la FDA cambia una regla, o cuando corregimos una de nuestras respuestas, ' +
      'lo anotamos aquí, con el motivo y la fuente. Lo más nuevo va primero.',
    intro:
      'Cada cambio lleva a la página de cobertura que afecta, y esa página también lo dice. Las clínicas y los ' +
      'pacientes pueden seguir estos cambios en un lector de noticias:',
    feedLink: 'el canal de cambios',
    feedAfter: '(Atom).',
    feedName: 'Qué cambió (canal Atom)',
    none: 'Todavía no hay cambios anotados.',
    weHad: 'Antes decíamos',
    before: 'Antes',
    now: 'Ahora',
    unchanged: 'Sin cambio',
    kinds: { policy: 'Cambio de regla', correction: 'Corrección', fda: 'Decisión de la FDA' },
    subject: '{payer}: {therapy} para {use}',
    fdaSubject: 'FDA: {therapy}',
    entryTitle: '{subject}: {what}',
    fdaTitle: 'Decisión de la FDA sobre {therapy}',
    what: {
      correctedSame: 'corregido; sigue {to}',
      correctedFrom: 'corregido a {to} (antes decíamos {from})',
      newRule: 'regla nueva; ahora {to}',
      ruleSame: 'cambió la regla; sigue {to}',
      changed: 'ahora {to} (antes {from})',
    },
    feedTitle: 'Qué cambió: {site}',
    feedSubtitle:
      'Cada cambio en una respuesta sobre cobertura de este sitio, y cada decisión de la FDA que damos, con el motivo.',
    summary: '{kind}, {date}.{status} {why}',
    statusNow: ' Ahora: {to}.',
    statusSame: ' Sin cambio: {to}.',
    statusCorrected: ' Antes decíamos {from}; ahora {to}.',
    statusChanged: ' Antes: {from}; ahora: {to}.',
  },
  coveragePage: {
    theAnswer: 'La respuesta',
    forUse: 'Para {use}',
    heading: '{lead}: {status}',
    payerNext: 'Lea cómo decide {payer} y cómo se apela',
    therapyNext: 'Lea sobre {therapy}: qué es, precios y otras aseguradoras',
    localRules: 'Qué reglas locales se aplican en su estado',
    localRulesAfter: ': el contratista de Medicare de su zona y sus reglas para cada tratamiento.',
    otherInsurers: 'Vea qué hacen otras aseguradoras con {therapy}',
  },
  matrix: {
    title: 'Tabla de cobertura: todos los tratamientos y aseguradoras',
    description:
      'Una tabla de qué aseguradoras cubren qué tratamientos de medicina regenerativa, cada respuesta con su ' +
      'fuente y ' +
      'su fecha.',
    intro:
      'Cada casilla lleva a una página con la respuesta completa, lo que exige la aseguradora, la política y sus ' +
      'fuentes. Una casilla vacía quiere decir que todavía no tenemos una respuesta con fuente: pregunte a su plan ' +
      'por escrito.',
    keyHeading: 'Qué quiere decir cada respuesta',
    tableHeading: 'La tabla',
    easier: 'Más fácil en un teléfono:',
    byTreatment: 'la cobertura por tratamiento',
    or: 'o',
    byInsurer: 'la cobertura por aseguradora',
    asLists: ', en listas.',
    cue:
      'La tabla es ancha: deslícela de lado para ver todas las aseguradoras; la columna de tratamientos se ' +
      'queda a la ' +
      'vista. En un teléfono, las listas son más fáciles:',
    caption: 'Cobertura por tratamiento (filas) y aseguradora (columnas)',
    treatment: 'Tratamiento',
    noEntry: 'Todavía no hay respuesta',
  },
  coverageViews: {
    byTreatment: 'Cobertura por tratamiento',
    byInsurer: 'Cobertura por aseguradora',
    descriptionByTreatment:
      'Todas las respuestas sobre cobertura con fuente, tratamiento por tratamiento, cada una con un enlace a la ' +
      'respuesta completa.',
    descriptionByInsurer:
      'Todas las respuestas sobre cobertura con fuente, aseguradora por aseguradora, cada una con un enlace a la ' +
      'respuesta completa.',
    introBefore: 'Las mismas respuestas de la',
    introLink: 'tabla de cobertura',
    introAfter:
      ', en una lista. Cada línea lleva a la respuesta completa, con lo que exige la aseguradora y sus fuentes.',
    seeByInsurer: 'Véalas aseguradora por aseguradora',
    seeByTreatment: 'Véalas tratamiento por tratamiento',
    jump: 'Ir a',
    none: 'Todavía no hay respuestas con fuente: pregunte por escrito.',
  },
  therapies: {
    title: 'Tratamientos',
    description:
      '¿Paga el seguro las células madre, el PRP, los productos amnióticos y otros tratamientos regenerativos? Una ' +
      'página por tratamiento, con la respuesta primero.',
    intro:
      'Elija un tratamiento para ver si las aseguradoras lo pagan, cuándo lo pagan, cuánto cuesta si paga ' +
      'usted y qué ' +
      'preguntar antes de pagar.',
    prices: 'Lo que la gente paga de su bolsillo',
    askClinic: 'Consulte esto con la clínica antes de pagar',
    coveredUses: 'Cuándo sí paga el seguro',
    fdaStatus: 'Situación ante la FDA',
    fdaHeading: 'Situación ante la FDA: {label}',
    checkPlan: 'Revise su propio plan',
    answerTwo: 'Responda dos preguntas sobre su caso',
    diagramTitle: '{flow} Para {therapy}',
    diagramDescription:
      'Las preguntas después de elegir {therapy}: para qué es, quién paga y a dónde lleva cada respuesta.',
    billingCodes: 'Códigos de facturación que puede ver',
  },
  payers: {
    title: 'Aseguradoras y programas',
    description:
      'Cómo deciden Medicare, Medicaid, TRICARE y las aseguradoras privadas si pagan los tratamientos de medicina ' +
      'regenerativa, y cómo apelar.',
    intro: 'Cada aseguradora o programa tiene sus propias reglas y su propia forma de apelar. Elija la suya.',
    policies: 'Sus políticas, por nombre',
  },
  prices: {
    none:
      'No encontramos una fuente confiable y con fecha de lo que cuesta este tratamiento si paga usted. Pida a la ' +
      'clínica un presupuesto detallado por escrito.',
    kinds:
      'Cada rango dice de qué tipo de fuente viene: una encuesta a muchas clínicas, los precios que anuncia una ' +
      'clínica o el cálculo de un artículo. Los precios cambian según la clínica, la región y lo que incluyen; pida ' +
      'un presupuesto detallado por escrito.',
    unnamedCells:
      'Estos precios de “células madre” vienen de fuentes que no dicen qué células usaron las clínicas. Pueden ser ' +
      'de médula ósea, de grasa o de tejido de parto.',
    typical: '(lo típico: {amount})',
    source: 'Fuente:',
    gfeBefore: 'Si paga usted, pida a la clínica un',
    gfeLink: 'Estimado de buena fe',
    gfeAfter: 'por escrito antes de hacer la cita.',
  },
  codes: {
    none:
      'En las fuentes que pudimos revisar no encontramos un código de facturación hecho para este tratamiento. Las ' +
      'clínicas pueden facturarlo con un código general o “sin clasificar”. Antes de pagar, pida a la clínica por ' +
      'escrito los códigos que va a usar. Luego consulte a su plan si paga esos códigos. Vea',
    noneLink: 'los códigos de facturación, explicados',
    count: (n: number) => `(${n} códigos: ábralos para leer)`,
    code: 'Código',
    codeSet: 'Tipo de código',
    meaning: 'Qué significa',
  },
  estimatePreset: {
    heading: 'Calcule su costo',
    series: 'Para una serie de {count} inyecciones en una zona, {clinic}, pagando de su bolsillo:',
    one: 'Para una zona y una sesión, {clinic}, pagando de su bolsillo:',
    atEstablished: 'en un centro establecido o académico',
    atLowerCost: 'en una clínica de menor costo',
    atAny: 'en cualquier tipo de clínica',
    change: 'Cambie el número de zonas, de sesiones, el tipo de clínica o la forma de pago',
    noneBefore:
      'No tenemos una fuente confiable de precios para este tratamiento, así que no podemos calcularlo. Pida a la ' +
      'clínica un presupuesto detallado por escrito. La',
    noneLink: 'calculadora de costos',
    noneAfter: 'incluye los tratamientos de los que tenemos precios.',
    // The use is content in English (content/medicare-rates.yaml), so the Spanish does not repeat it.
    medicare: 'Si Medicare Original cubre su caso:',
    medicareLink: 'vea cuánto pagaría usted después de que pague Medicare',
  },
};
