/**
 * Interface strings in Spanish (US), key for key with en.ts; the type makes a missing key a build error.
 * Insurance words follow the fixed glossary in content/es/terms.yaml.
 */
import type { Dictionary } from './en.ts';
import { DEADLINE_WORDS } from './deadline-words.ts';
import { LETTER_WORDS } from './letter-words.ts';

export const es: Dictionary = {
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
    checkSourcesLink: 'todas las fuentes (en inglés)',
    checkPrimary:
      'Usamos el documento mismo cuando podemos: las reglas de Medicare, la política de la aseguradora, la FDA, la ' +
      'ley federal. Cuando solo pudimos leer un resumen, la página lo dice y le pide que lo confirme con su plan.',
    checkTwice:
      'Leemos cada respuesta sobre cobertura una segunda vez, al lado de su fuente, antes de publicarla. Si no ' +
      'encontramos una fuente, decimos “desconocido” y le decimos qué preguntar. Nunca adivinamos.',
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
    changesLink: 'Qué cambió (en inglés)',
    changesAfter: ', con la fecha, el motivo y la fuente. La página de cobertura afectada también lo dice.',
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
};
