/**
 * Interface strings in Spanish (US), key for key with en.ts; the type makes a missing key a build error.
 * Insurance words follow the fixed glossary in content/es/terms.yaml.
 */
import type { Dictionary } from './en.ts';

export const es: Dictionary = {
  site: {
    name: 'Guía de cobertura Regen',
    homeTitle: 'Guía de cobertura: ¿paga el seguro la medicina regenerativa?',
    skip: 'Ir al contenido principal',
    menu: 'Menú',
    navLabel: 'Principal',
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
  search: { label: 'Buscar en esta guía (resultados en inglés)', placeholder: 'Buscar', button: 'Buscar' },
  crumbs: { label: 'Ruta de navegación', home: 'Inicio' },
  sources: {
    heading: 'Fuentes',
    count: (n: number) => `(${n}: ábralas para leer)`,
    cite: 'Fuente: ',
    dateLabel: { effective: 'Vigente desde:', revised: 'Revisada:', published: 'Publicada:', reviewed: 'Revisada:' },
    checked: (checked: string, due: string) => `La consultamos: ${checked}; próxima revisión: ${due}.`,
    secondary: 'La leímos en un resumen, no en el documento mismo: confírmelo con su plan.',
    status: { withdrawn: 'Retirada', superseded: 'Reemplazada', retired: 'Dada de baja' },
    replacedBy: (label: string) => `la reemplaza ${label}`,
    inSourceLanguage: '(en inglés)',
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
