/**
 * Interface strings in English: every word a page shows that is not content. Components take them from
 * `ui(lang)` (src/i18n/index.ts), never typed in place; the Spanish dictionary (es.ts) must have every key.
 */
export const en = {
  site: {
    name: 'Regen Coverage Guide',
    homeTitle: 'Regen Coverage Guide: does insurance pay for regenerative medicine?',
    skip: 'Skip to main content',
    menu: 'Menu',
    navLabel: 'Main',
    /** After a link to a page that exists only in the other language. */
    otherLanguage: '(in Spanish)',
    /** Above the main navigation when none of its sections exists in this language yet. */
    navOtherLanguage: 'For now, these sections are in Spanish.',
    /** The language link: the other language's name, in that language, and what it does. */
    switchName: 'Español',
    switchLabel: 'Esta página en español',
    /** On a translated page: when a person last reviewed the translation (the English date is not it). */
    translationReviewed: (date: string) => `Translation last reviewed ${date}.`,
  },
  nav: {
    therapies: 'Treatments',
    payers: 'Insurers',
    coverage: 'Coverage table',
    guides: 'Guides',
    check: 'Check your case',
    estimate: 'Cost estimator',
    appeal: 'Appeal toolkit',
  },
  footer: {
    text:
      'Free, independent general information for people in the US. No advertising, no tracking, no clinic ' +
      'sponsorship. It is not medical or legal advice: confirm coverage with your plan in writing.',
    about: 'About this guide',
    sources: 'All sources',
    changes: 'What changed',
    glossary: 'Glossary',
    search: 'Search',
    report: 'Report a mistake',
  },
  search: { label: 'Search this guide', placeholder: 'Search', button: 'Search' },
  crumbs: { label: 'Breadcrumb', home: 'Home' },
  sources: {
    heading: 'Sources',
    count: (n: number) => `(${n}: open to read)`,
    cite: 'Source: ',
    dateLabel: { effective: 'Effective', revised: 'Revised', published: 'Published', reviewed: 'Reviewed' },
    checked: (checked: string, due: string) => `Checked ${checked}; next review by ${due}.`,
    secondary: 'Read in a summary, not the document itself: confirm with your plan.',
    status: { withdrawn: 'Withdrawn', superseded: 'Superseded', retired: 'Retired' },
    replacedBy: (label: string) => `replaced by ${label}`,
    /** Beside a source written in the other language than the page. */
    inSourceLanguage: '',
  },
  glossary: {
    title: 'Glossary',
    description:
      'Plain-language meanings of the words on insurance letters, bills and clinic quotes: CPT, HCPCS, LCD, ' +
      'prior authorization and more.',
    intro: 'The words you will meet on bills, quotes and insurance letters, in plain language.',
    azLabel: 'Glossary from A to Z',
    noTerms: ' (no terms)',
    also: (names: string) => ` (also: ${names})`,
    back: 'Back to A–Z',
  },
};

export type Dictionary = typeof en;
