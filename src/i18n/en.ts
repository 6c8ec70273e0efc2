import { DEADLINE_WORDS } from './deadline-words.ts';
import { ESTIMATOR_WORDS } from './estimator-words.ts';
import { COST_WORDS } from './cost-words.ts';
import type { Lang } from '../schemas/language.ts';
import { LETTER_WORDS } from './letter-words.ts';
import {
  DENIAL_REASONS,
  ENCLOSURES,
  NOTICE_ONLY_REASONS,
  type DenialReason,
  type Enclosure,
  type NoticeReason,
} from '../schemas/denial.ts';

/** A kind of plan's words in another language (content/plan-groups.yaml has the English). */
export interface PlanGroupWords {
  label: string;
  askFor: string;
  /** Present exactly when the English group has a `whenCovered` ask. */
  whenCovered?: string;
}

/** Every reason a notice can give, as the tools' menus and the letter reader name it. */
const NOTICE_REASONS_EN: Readonly<Record<NoticeReason, string>> = {
  ...DENIAL_REASONS,
  excluded: NOTICE_ONLY_REASONS.excluded.label,
  'missing-information': NOTICE_ONLY_REASONS['missing-information'].label,
};

/**
 * Interface strings in English: every word a page shows that is not content. Components take them from
 * `ui(lang)` (src/i18n/index.ts), never typed in place; the Spanish dictionary (es.ts) must have every key.
 */
export const en = {
  /** The dictionary's language, for the helpers that format dates with its words. */
  lang: 'en' as Lang,
  site: {
    name: 'Regen Coverage Guide',
    homeTitle: 'Regen Coverage Guide: does insurance pay for regenerative medicine?',
    skip: 'Skip to main content',
    menu: 'Menu',
    navLabel: 'Main',
    onThisPage: 'On this page',
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
  search: {
    label: 'Search this guide',
    placeholder: 'Search',
    button: 'Search',
    /** /search/ */
    title: 'Search',
    description: 'Search every treatment, insurer, coverage answer and guide on Regen Coverage Guide.',
    formLabel: 'Search the guide',
    formExample: '(for example “does Medicare cover PRP”, “0232T” or “8.01.52”)',
    filterSummary: 'Filter by type of page, treatment or insurer',
    legendKind: 'Type of page',
    legendTherapy: 'Treatment',
    legendPayer: 'Insurer',
    noJs: 'Search runs in your browser and needs JavaScript. Without it, browse the',
    noJsTherapies: 'treatments',
    noJsPayers: 'insurers',
    noJsCoverage: 'coverage table',
    noJsAnd: 'and',
    noJsGuides: 'guides',
    /** The kind-of-page filter's values: also what each page is filed under in the index. */
    kinds: {
      therapy: 'Treatment',
      payer: 'Insurer',
      coverage: 'Coverage answer',
      guide: 'Guide',
      check: 'Check result',
      'local-rules': 'Medicare by state',
      help: 'Help in your state',
      tool: 'Tool',
    },
    /** The status line (src/lib/search/results.ts): {n} and {q} are replaced in the reader's browser. */
    status: {
      empty: 'Type a few words, a billing code or a policy number.',
      searching: 'Searching…',
      foundOne: '1 page found',
      found: '{n} pages found',
      showingFirst: '; showing the first {n}',
      showingFor: 'Showing results for “{q}”',
      someWords: ' (some of its words)',
      asTyped: 'Search for “{q}” as typed',
      partial: 'No page has every word you typed, so these are for “{q}”.',
    },
  },
  crumbs: { label: 'Breadcrumb', home: 'Home' },
  /** The home page (/): the answer first, the reader's own case, search, the common questions, where to start. */
  home: {
    title: 'Does insurance pay for regenerative medicine?',
    description:
      'Usually not for joints, tendons and backs; yes for stem cell transplants for blood cancers and some wound and ' +
      'eye grafts. Sourced answers, costs and appeal steps for US patients.',
    heading: 'Will insurance pay for stem cell, PRP or amniotic injections?',
    answer:
      'Usually not, when they are for joint, tendon or back pain: most insurers and Medicare call them ' +
      'unproven. Some uses are covered, such as stem cell transplants for blood cancers and certain wound and ' +
      'eye grafts.',
    checkLink: 'Check your own case: three questions',
    /** The price, right after the reader's own case: readers sent by a clinic ask what it costs next. */
    priceLink: 'What it may cost if you pay yourself: prices and an estimate',
    intro:
      'This free guide shows, for each treatment and insurer, what the policy says, what it costs if you pay ' +
      'yourself, and what to do if you are denied. Every fact links to its source and the date we checked it.',
    searchLabel: 'Search the guide',
    searchExample: '(for example “PRP Medicare” or “0232T”)',
    commonQuestions: 'Common questions',
    start: 'Where to start',
    /** The cards under "Where to start": each section's name here and what the reader finds there. */
    cards: {
      therapies: {
        name: 'Treatments',
        text: 'PRP, amniotic injections, stem cells and more: the answer for each.',
      },
      payers: {
        name: 'Your insurer',
        text: 'Medicare, Medicaid, TRICARE and private plans: how each decides and how to appeal.',
      },
      coverage: { name: 'The coverage table', text: 'Every treatment and insurer on one page.' },
      guides: { name: 'Guides', text: 'Appeals, denial reasons, FDA status, billing codes and paying.' },
      check: {
        name: 'Check your case',
        text: 'Answer a few questions, one per page, about coverage, a denial, FDA status or paying.',
      },
      estimate: {
        name: 'Cost estimator',
        text: 'What a treatment may cost you, from dated, sourced prices, and how to pay.',
      },
      appeal: {
        name: 'Appeal toolkit',
        text: 'Deadlines, a letter builder, a criteria worksheet and a call log. Private to your device.',
      },
    },
  },
  sources: {
    heading: 'Sources',
    count: (n: number) => `(${n}: open to read)`,
    cite: 'Source: ',
    dateLabel: {
      effective: 'Effective',
      revised: 'Revised',
      published: 'Published',
      reviewed: 'Reviewed',
      undated: 'No date on the document; first read',
    },
    checked: (checked: string, due: string) => `Checked ${checked}; next review by ${due}.`,
    secondary: 'Read in a summary, not the document itself: confirm with your plan.',
    status: { withdrawn: 'Withdrawn', superseded: 'Superseded', retired: 'Retired' },
    replacedBy: (label: string) => `replaced by ${label}`,
    /** Beside a source written in the other language than the page. */
    inSourceLanguage: '',
  },
  /** The parts every therapy, payer and guide page shares (src/layouts/ContentPage.astro and its components). */
  /** Diagrams (src/components/Diagram.astro). The notes are part of each SVG's description. */
  diagram: {
    noteMap: 'The same questions are written out as text before the diagram.',
    noteFlow:
      "The first question is written out as text before the diagram, and every question on the diagram's own page.",
    noteCode: 'The same steps are written out as text after the diagram.',
    asDiagram: 'The questions as a diagram',
    asText: 'The questions as text',
    outcome: 'Outcome:',
    firstQuestion: 'The first question:',
    seeMap: 'See every question as a diagram',
    narrow:
      'The diagram needs a wider screen. Turn your phone sideways, or open this page on a computer, to see it. ' +
      'Every question is written out above.',
    cue: 'Scroll sideways to see the whole diagram →',
    label: (title: string) => `Diagram: ${title}`,
    captionMap: ' The same questions are written out as text above.',
    captionCode: ' The same steps follow as text.',
    stepsAsText: 'The same steps as text',
    outlineLabel: (title: string) => `Text outline: ${title}`,
    /** Before a link to a question flow that is not translated yet. */
    flowElsewhere: 'These questions are only in English for now:',
  },
  /**
   * The decision flows: /check/, each flow's questions and outcomes, and its map (src/components/Flow*.astro,
   * CheckIndex.astro). Outcome wording is built in src/lib/flow from these; `{…}` marks are filled in there.
   */
  flow: {
    indexDescription:
      'Answer a few questions, one at a time, to see whether your plan is likely to pay, what to do about a ' +
      'denial, whether a product is FDA approved, and how you can pay.',
    indexAnswer:
      'Answer a few short questions, one per page, and get an answer with its sources. Nothing you pick is stored ' +
      'or sent anywhere; your answers are only in the page address.',
    indexSynonyms: ['decision guide', 'will insurance pay quiz', 'coverage checker', 'what should I do'],
    /** After the flow's name on every question page but the first. */
    questionNumber: ' · question {n}',
    back: '← Back',
    /** The reader's answers: on a question page, and on an outcome page. */
    yourAnswers: 'Your answers',
    howYouGotHere: 'How you got here',
    noAnswers: 'None yet.',
    change: 'Change',
    /** Read out after "Change" (visually hidden): which answer it changes. */
    changeWhich: ' your answer: {short}',
    startAgain: 'Start again',
    questionSources: 'Sources for these questions',
    /** The map page's title and h1: the flow's name, then this. */
    mapTitle: '{title} All the questions',
    oneAtATime: 'Answer the questions one at a time',
    toDiagram: 'Jump to the diagram',
    /**
     * A coverage outcome's h1. `{plan}` is the outcome's title as written, `{planInSentence}` the same inside a
     * sentence ("a job-based plan…"); `{therapy}` the treatment inside a sentence; `{use}` is `coverageUse` or
     * nothing.
     */
    coverageTitle: 'Will {planInSentence} pay for {therapy}{use}?',
    coverageUse: ' for {use}',
    /** A coverage outcome's answer when no entry fits, when all agree, and when they differ. */
    noPolicy:
      'We found no policy for this. Ask your plan in writing whether it covers this treatment for your ' +
      'condition, and get the answer before you pay.',
    allSame: 'All {n} policies we found say the same: {status}. Your own plan document decides, so ask in writing.',
    differ:
      'The {n} policies we found differ: {counts}. Find your insurer or state below, and ask your plan in writing.',
    /** One status and how many policies give it, in `differ`'s list. */
    statusCount: '{n} {status}',
    /** A coverage outcome's next steps (`{therapyName}` is the treatment's name as written). */
    readFullAnswer: 'Read the full answer for {payer}',
    owedAfterMedicare: 'See what you would owe for {therapy} after Original Medicare pays',
    estimateCost: 'Estimate what {therapyName} would cost you',
    goodFaith: 'If you pay yourself, ask the clinic for a written Good Faith Estimate',
    prepareCall: 'Prepare for the call to your plan',
    otherRoutes: 'See other ways people get treatment paid for',
    /** Under a coverage outcome with no entry: what to ask. */
    askHeading: 'What to ask in writing',
    askQuestions: [
      'Does my plan cover this treatment for my condition, and under which medical policy?',
      'Which billing codes would you need, and do I need prior authorization?',
      'If you would not pay, can you tell me that in writing before I am treated?',
    ],
    /** Under each coverage entry: a link to its coverage page. */
    fullAnswerFor: 'The full answer for {payer}',
    /**
     * An appeal outcome's answer, from the plan's first step: `{name}`/`{nameInSentence}` its name,
     * `{decidesInSentence}` who decides, `{deadline}` its time limit in words.
     */
    appealFast:
      "Ask for a fast (expedited) {nameInSentence} today, and send your doctor's statement that waiting could " +
      'seriously harm your health. You still have {deadline} for a normal appeal.',
    appealNoFast:
      'Ask {decidesInSentence} today whether a fast (expedited) review is possible: we found no fast option for ' +
      'this step. The normal limit is {deadline}.',
    appealStart: 'Start with {nameInSentence}. You have {deadline}, but the date on your own notice governs.',
    /** An appeal outcome's next steps. */
    findDates: 'Find the date of each deadline',
    claimFile: 'Ask for your claim file and the criteria used',
    writeLetter: 'Write your appeal letter',
    readReason: 'Read what "{reason}" means and how to answer it',
    findHelp: 'Find a person who can help in your state',
    keepRecord: 'Keep a record of every call',
    /** An appeal outcome's sections. */
    appealSteps: 'Your appeal steps: {plan}',
    fastAppeal: 'Fast appeal:',
    governs:
      'The date and rules printed on your own notice always govern. Send your appeal early and keep proof of when ' +
      'you sent it.',
    whatToSend: 'What to send for "{reason}"',
    howToAnswer: 'How to answer this reason',
    matchCriteria: "Match your records to the policy's criteria",
    /** Each denial reason as a reader recognizes it on the notice (src/schemas/denial.ts). */
    reasons: DENIAL_REASONS as Record<DenialReason, string>,
    /** What a reader can send with an appeal (src/schemas/denial.ts). */
    enclosures: ENCLOSURES as Record<Enclosure, string>,
  },
  /** Components that MDX bodies place (src/components/content/ and the print button). */
  content: {
    print: 'Print this page',
    /** The table filter's count; {shown} and {total} are replaced. */
    filterCount: '{shown} of {total} rows shown',
  },
  page: {
    lastReviewed: 'Last reviewed',
    nextReview: 'Next review by',
    sourcesLink: 'Sources',
    questions: 'Common questions',
    nextSteps: 'What you can do next',
    related: 'Related pages',
    otherNames: 'Other names people use:',
    disclaimerLabel: 'About this information',
    disclaimerLead: 'This is general information, not medical or legal advice.',
    disclaimer:
      'Plans differ and policies change. Before you pay or appeal, confirm with your plan in writing, and go by ' +
      'the dates on your own notices.',
  },
  /** /guides/: the list of guides, by what the reader is trying to do. */
  guides: {
    title: 'Guides',
    description:
      'Step-by-step guides: appealing a denial, what denial reasons mean, FDA status, billing codes and paying ' +
      'for treatment.',
    groups: {
      appeals: 'If you were denied',
      understanding: 'Understanding the rules',
      paying: 'Paying for treatment',
      clinics: 'Dealing with clinics',
    },
    empty: 'Guides are being written. Meanwhile, see',
    emptyTherapies: 'treatments',
    emptyAnd: 'and',
    emptyPayers: 'insurers',
  },
  /** The 404 page. `invite` is shown on the other language's 404, in this language. */
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the guide or start from the treatments and insurers lists.',
    heading: 'We could not find that page',
    intro: 'The address may be mistyped, or the page may have moved. Try one of these:',
    search: 'Search the guide',
    guides: 'Guides',
    therapies: 'Treatments',
    payers: 'Insurers',
    home: 'Home page',
    invite: 'Looking for a page in English?',
    inviteLink: 'Search the guide in English',
  },
  /** /sources/: every source, with the pages that cite it. */
  sourcesPage: {
    title: 'Sources',
    description:
      'Every document this guide relies on: publisher, title, number, date, link, when we checked it, and which ' +
      'pages cite it.',
    intro: (n: number) =>
      `Every fact on this site comes from one of these ${n} documents. We list when we last checked each one ` +
      'and when it is next due for review. Policies change: your plan’s own documents govern.',
    citedBy: 'Cited by:',
  },
  /** /appeal/: the appeal toolkit. Each tool's name and what it does, by its site path. */
  toolkit: {
    title: 'Appeal toolkit',
    description:
      'Free tools for appealing a denied claim: deadlines, a letter builder, a criteria worksheet and a call log. ' +
      'Everything stays on your device.',
    synonyms: ['appeal help', 'appeal kit', 'fight a denial', 'free appeal tools'],
    answer:
      'Free tools to appeal a denied claim. They run on your device: nothing you type is sent anywhere, and nothing ' +
      'is saved unless you ask.',
    tools: [
      {
        path: '/appeal/read-letter/',
        name: 'Read my denial letter',
        text:
          'Paste your denial letter to see your kind of plan, the date, the codes and the reason it gives, ' +
          'with your deadline and a letter to start from.',
      },
      {
        path: '/appeal/deadlines/',
        name: 'Deadline finder',
        text: 'Enter your kind of plan and the date on your denial notice to see each appeal level and its deadline.',
      },
      {
        path: '/appeal/claim-file/',
        name: 'Ask for your claim file first',
        text:
          'Before you appeal, ask your plan for the papers and the criteria it used to deny you, ' +
          'with the rule for your plan.',
      },
      {
        path: '/appeal/letter/',
        name: 'Appeal letter builder',
        text: 'Build a firm, specific letter with the appeal rights for your plan. Edit, print or save it.',
      },
      {
        path: '/appeal/find-help/',
        name: 'Find a person who can help',
        text:
          'Pick your state to see who can help with your kind of plan: Medicare counseling, the insurance ' +
          'department, consumer help, Medicaid hearings and workers’ comp.',
      },
      {
        path: '/appeal/worksheet/',
        name: 'Criteria worksheet',
        text:
          'Match each of your plan’s criteria to the chart entry that shows you meet it, ' +
          'plus a checklist for your doctor’s letter.',
      },
      {
        path: '/appeal/call-log/',
        name: 'Call log',
        text: 'A sheet for every call to your insurer: who you spoke to, the reference number, and what they said.',
      },
      {
        path: '/appeal/my-case/',
        name: 'My appeal case',
        text:
          'Keep the denial, your letter, your calls, the criteria, your documents and your deadlines in one place, ' +
          'on your device. Save it as a file, locked with a passphrase if you like.',
      },
    ],
    newBefore: 'New to appeals? Start with',
    newAppeal: 'how to appeal a denial',
    newAnd: 'and',
    newReasons: 'what each denial reason means',
    newGlossaryBefore: '. The',
    newGlossary: 'glossary',
    newGlossaryAfter: 'explains the insurance words your notice uses.',
  },
  /** /appeal/deadlines/: the deadline finder (src/components/tools/deadline-finder/). */
  deadlineFinder: {
    title: 'Appeal deadline finder',
    description:
      'Pick your kind of plan and the date on your denial notice to see each appeal level, its deadline, the fast ' +
      'option and who decides. The date on your own notice governs.',
    synonyms: ['appeal deadline calculator', 'how long do I have to appeal', 'appeal time limit', 'filing deadline'],
    answer:
      'Your deadline depends on your kind of plan and the date on your denial notice. The date and rules printed on ' +
      'your own notice always govern.',
    allRules: 'The rules for every kind of plan',
    nextBefore: 'Next:',
    nextLetter: 'build your appeal letter',
    nextOr: ', or read',
    nextGuide: 'how to appeal a denial',
    planLabel: 'Kind of plan',
    dateLabel: 'Date on the denial notice',
    yourDeadlines: 'Your deadlines',
    governBefore: 'These dates come from the general rules.',
    governStrong: 'The date and the rules printed on your own notice govern.',
    governAfter: 'If they differ from these, follow your notice.',
    saveCalendar: 'Save to my calendar',
    print: 'Print my deadlines',
    calendarNote:
      'The calendar file (.ics) is made on this device and has a reminder a week before the date. Open it with ' +
      'your calendar app, or import it into Google, Apple or Outlook calendar.',
    rulesIntro:
      'Time limits count calendar days, not business days. If a deadline falls on a weekend or holiday, some rules ' +
      'give you until the next business day, but do not count on it: send your appeal early and keep proof of when ' +
      'you sent it.',
    timeLimit: 'Time limit:',
    /** Under each plan: when its steps and time limits were last checked against their sources. */
    plansChecked: (checked: string, due: string) =>
      `We checked these steps and time limits on ${checked}; next review by ${due}.`,
    whoDecides: 'Who decides:',
    timeToDecide: 'Time to decide:',
    fastOption: 'Fast option:',
    noneListed: 'None listed',
    noDateToSave: 'This step has no date to save: it happens on its own.',
    saved: 'Saved as appeal-deadlines.ics. Open it to add the deadline to your calendar.',
  },
  /** Deadlines in words and dates, for every tool that shows one (src/i18n/deadline-words.ts). */
  deadlineWords: DEADLINE_WORDS.en,
  /** The cost estimator's form, notices and Medicare section (src/i18n/estimator-words.ts). */
  estimatorWords: ESTIMATOR_WORDS.en,
  /** /estimate/: the cost estimator's page (src/components/tools/estimator/). */
  estimator: {
    title: 'Cost estimator: what will this cost me?',
    description:
      'Estimate what a regenerative treatment may cost you in cash, what insurance may still pay, and what paying ' +
      'with an HSA or financing means. It runs on your device.',
    synonyms: ['cost calculator', 'price estimate', 'how much does it cost', 'out-of-pocket cost', 'cash price'],
    heading: 'Cost estimator',
    answer:
      'Most of these treatments are paid in cash. Estimate the range you may pay, from dated, sourced prices, ' +
      'before you talk to a clinic.',
    privateLabel: 'Private:',
    private:
      'the estimate is worked out on this device. Nothing you enter is sent anywhere. The address bar keeps your ' +
      'choices so you can share or bookmark them.',
    /** The id of the paying guide's section on HSA, FSA and HRA money, in this language's guide. */
    hsaAnchor: 'hsa-fsa-and-hra-money',
    yourEstimate: 'Your estimate',
    nextBefore: 'Next: ask the clinic for a written',
    nextGfe: 'Good Faith Estimate',
    nextRead: ', read about',
    nextPaying: 'paying for treatment',
    nextAnd: 'and the',
    nextQuestions: 'questions to ask a clinic',
    nextAfter: '.',
    noJs: 'The live estimate needs JavaScript. The',
    noJsLink: 'price table',
    noJsAfter: ' below shows every price we have, with its year and source.',
    treatmentLegend: 'The treatment',
    treatment: 'Treatment',
    scope: 'What is treated',
    clinicLegend: 'Kind of clinic',
    lowerCost: 'Lower-cost clinic',
    established: 'Established or academic centre',
    insuranceLegend: 'Parts your insurance may still pay',
    insuranceBefore: 'Copy these from the clinic’s itemized quote. Insurance',
    insuranceMay: 'may',
    insuranceAfter:
      'pay for the visit, imaging or a bone marrow harvest even when it does not pay for the treatment. Ask your ' +
      'plan in writing.',
    payLegend: 'How you will pay',
    cash: 'Cash or card',
    hsa: 'HSA or FSA',
    financing: 'Medical financing or a medical credit card',
    medicareHint:
      'Medicare pays for a few of these uses, such as gel shots for knee arthritis when you meet its rules. Pick ' +
      'the covered service to see what you would owe.',
    service: 'Covered service',
    noService: 'None: not using Medicare',
    serviceOption: '{label}: for {use}',
    gap: 'Other coverage that pays after Medicare',
    noGap: 'None',
    medigapPlan: 'Medigap Plan {letter}',
    qmb: 'Qualified Medicare Beneficiary (QMB) program',
    medicaid: 'Medicaid (other than QMB)',
    gfeBefore: 'Before you book, ask the clinic for a written',
    gfeLink: 'Good Faith Estimate',
    gfeAfter:
      '. If you have no insurance, or will not use it for this, the clinic must give you one. You can dispute a ' +
      'bill that is $400 or more above it.',
    copy: 'Copy a link to this estimate',
    print: 'Print a summary for the clinic',
    questionsHeading: 'Questions to ask about the quote',
    questions: [
      'Is this a written, itemized quote? What does each line cover?',
      'Which billing codes will you use for each line?',
      'Is image guidance, the consultation, imaging or a bone marrow harvest billed separately?',
      'How many sessions do you expect, and is each one priced separately?',
      'What is your refund policy if the treatment is cancelled or does not help?',
      'What is the product, and what is its FDA status, in writing?',
    ],
    /** "Every price we have" (PriceTable.astro). */
    prices: {
      heading: 'Every price we have',
      intro:
        'Cash prices with what kind of evidence each one is: a survey of many clinics, one clinic’s advertised ' +
        'prices, or an article’s estimate. Each shows the year of its prices, when the source says it, and the ' +
        'source. They are ranges, not quotes.',
      unpriced: 'We found no reliable price source for:',
      caption: 'Cash price ranges by treatment and what is treated',
      treatment: 'Treatment and what is treated',
      clinic: 'Kind of clinic',
      range: 'Range',
      what: 'What this price is, and its source',
    },
    /** "What Original Medicare pays" (MedicareRates.astro). */
    medicareRates: {
      heading: 'What Original Medicare pays, when it covers the treatment',
      intro:
        'Medicare pays for only a few of these uses. When it does, you pay the Part B deductible ({amount} in ' +
        '{year}) and then {pct}% of the Medicare-approved amount. These are the national amounts we could find; ' +
        'your area’s amount differs a little.',
      caption: 'Medicare’s national payment amounts for covered services',
      coveredFor: 'Covered for',
      amount: 'Amount',
      year: 'Year and source',
      release: '{year}, doctor’s office. From {release}.',
      primary: 'Read in the source itself.',
      secondary: 'Read in a summary.',
      noRate: 'No public rate found for {what}. {ask}',
      gapBefore:
        'A Medigap plan or Medicaid may pay some or all of your share, but only for care Medicare covers. If the ' +
        'clinic thinks Medicare may not pay, it must give you an',
      gapAfter: ' first if it wants to bill you.',
    },
  },
  /** The letters' own words, in the language of the letter (src/i18n/letter-words.ts). */
  letterWords: LETTER_WORDS.en,
  /**
   * The details of a denial the letter forms ask for (src/lib/appeal/denial-fields.ts), shared by the letter
   * builder, the claim-file letter and the case file. `hint` explains the field and `onNotice` gives the
   * English words to look for on the notice; both are empty where the form needs none (the English page).
   */
  denialFields: {
    planType: { label: 'Kind of plan', hint: '', onNotice: '' },
    payer: { label: 'Insurer or plan name', hint: '', onNotice: '' },
    denialReason: { label: 'Reason given in the denial', hint: '', onNotice: '' },
    noticeDate: { label: 'Date on the denial notice', hint: '', onNotice: '' },
    serviceDate: { label: 'Date of service or request (if any)', hint: '', onNotice: '' },
    claimNumber: { label: 'Claim or reference number', hint: '', onNotice: '' },
    patientName: { label: 'Your name', hint: '', onNotice: '' },
    memberId: { label: 'Member ID', hint: '', onNotice: '' },
    therapy: { label: 'Treatment that was denied', hint: '', onNotice: '' },
    diagnosis: { label: 'Your condition, in your own words', hint: '', onNotice: '' },
    doctorName: { label: 'Your doctor’s name', hint: '', onNotice: '' },
    treatmentsTried: {
      label: 'Treatments you have tried: one per line, with dates and results',
      hint: '',
      onNotice: '',
    },
    /** Before a field's `onNotice` words. */
    onNoticeLead: 'On the notice:',
  },
  /** Every reason a notice can give (src/schemas/denial.ts), as the tools' menus name it. */
  noticeReasons: NOTICE_REASONS_EN,
  /** The letter part of the letter tools (src/components/tools/letter-builder/LetterOutput.astro). */
  letterOutput: {
    heading: 'Your letter',
    help:
      'You can edit the letter here. Until you do, it follows the form above. Once you have edited it, changes to ' +
      'the form leave your words alone.',
    stale: 'You have edited the letter, so the form no longer changes it.',
    rebuild: 'Update the letter from the form (replaces your edits)',
    textLabel: 'Letter text',
    print: 'Print the letter',
    save: 'Save as a text file',
    /** The choice of the letter's language, on a page whose reader may send the letter in another one. */
    languageLegend: 'Language of the letter',
    languageHint: '',
    languages: { en: 'English', es: 'Spanish' },
    /** After the name of the language the plan reads: "(for the insurer)". */
    forInsurer: '(for the insurer)',
    /** The same letter in the page's language, under a letter written in another. */
    explainSummary: 'What your letter says, in English',
    explainNote: '',
  },
  /** /appeal/letter/: the appeal letter builder (src/components/tools/letter-builder/). */
  letterBuilder: {
    title: 'Appeal letter builder',
    description:
      'Write a firm, specific appeal letter for a denied claim, with the appeal rights for your kind of plan. It ' +
      'runs on your device; nothing you type is sent anywhere.',
    synonyms: [
      'appeal letter template',
      'appeal letter generator',
      'sample appeal letter',
      'letter to insurance company',
    ],
    answer:
      'Fill in what you know, and a letter builds below as you type. Edit it, then print it or save it as a file.',
    beforeStrong: 'Before you appeal:',
    beforeLink: 'ask your plan for your claim file and the criteria it used',
    beforeAfter: ', so your letter can answer each one.',
    privateStrong: 'Private by design.',
    privateText:
      'Everything happens on this device. Nothing you type is sent anywhere. Your draft is kept on this device only ' +
      'if you tick “Keep my draft on this device”, and “Delete my draft” removes it.',
    tocLetter: 'Your letter',
    beforeSend: 'Before you send it',
    sendDeadlineBefore: 'Check the deadline on your notice:',
    sendDeadlineLink: 'find your appeal deadlines',
    sendLmnBefore: 'Ask your doctor for a',
    sendTrackBefore: 'Send it in a way you can track, keep a copy, and log every call with the',
    sendTrackLink: 'call log',
    sourcesHeading: 'Where the appeal rights come from',
    formLegend: 'Your appeal',
    jsOff:
      'The builder needs JavaScript. Without it, copy the letter template at the bottom of this page and fill in the ' +
      'blanks.',
    planLegend: 'Your plan and the denial',
    youLegend: 'You and your treatment',
    criteriaLabel: 'The plan’s criteria from its policy: one per line',
    criteriaHintBefore: 'Ask the plan for the policy it used. The',
    criteriaHintLink: 'criteria worksheet',
    criteriaHintAfter: 'helps you match each one to your records.',
    enclosuresLegend: 'What you will enclose',
    draftLegend: 'Your draft',
    keepDraft: 'Keep my draft on this device',
    deleteDraft: 'Delete my draft',
    /** What the script says, handed to it as data. */
    script: {
      notKept:
        'This browser would not store your draft (its storage may be full or turned off), so nothing is kept on ' +
        'this device. Use “Save as a text file” to keep your letter.',
      filledIn: 'Filled in from your denial letter. Check each field.',
      kept: 'Your draft is kept on this device.',
      notKeeping: 'Your draft will not be kept.',
      rebuilt: 'The letter was rebuilt from the form.',
      deleted: 'Your draft has been deleted from this device.',
      saved: 'Saved as appeal-letter.txt.',
    },
  },
  /** /appeal/my-case/: the reader's case, kept on the device (src/components/tools/case-file/). */
  caseFile: {
    title: 'My appeal case, kept on my device',
    heading: 'My appeal case',
    description:
      'Keep the denial, your appeal letter, your calls, the plan’s criteria, your documents and your deadlines in ' +
      'one place. It stays on your device, and only if you ask.',
    synonyms: ['appeal organizer', 'appeal tracker', 'case notes', 'save my appeal', 'appeal binder'],
    answer:
      'Keep your whole appeal in one place: the denial, your letter, your calls, the plan’s criteria, your documents ' +
      'and your deadlines.',
    privateStrong: 'Private by design.',
    privateText:
      'Everything happens on this device. Nothing you type is sent anywhere. Your case is kept on this device only ' +
      'if you tick “Keep my case on this device”. You can save it as a file, locked with a passphrase if you like, ' +
      'and open it on another device. “Delete everything from this device” removes it, with the letter builder’s ' +
      'draft.',
    nextBefore: 'Next:',
    nextClaimFile: 'ask for your claim file and the criteria',
    nextLetter: 'build your appeal letter',
    nextOr: ', or read',
    nextGuide: 'how to appeal a denial',
    noJsBefore:
      'This tool needs JavaScript: it keeps your case on this device and makes your file here. Without it, print the',
    noJsCallLog: 'call log',
    noJsAnd: 'and the',
    noJsWorksheet: 'criteria worksheet',
    noJsCopy: ', and copy the template in the',
    noJsLetter: 'letter builder',
    toc: {
      denial: 'The denial',
      deadlines: 'Your deadlines',
      letter: 'Your letter',
      calls: 'Calls to your insurer',
      criteria: 'The plan’s criteria and your records',
      documents: 'Documents for your appeal',
      files: 'Save, open or delete your case',
    },
    formLegend: 'Your appeal case',
    keep: 'Keep my case on this device',
    keepHint:
      'Nothing is kept until you tick this box. Your case is then kept in this browser on this device, without a ' +
      'passphrase: anyone who uses this browser can open this page and see it.',
    notSure: 'Not sure yet',
    /** The denial's labels beyond the letter forms' (`denialFields`). */
    noticeDeadline: 'Appeal deadline printed on the notice, if it gives one',
    deadlinesBefore: 'These dates come from the general rules.',
    deadlinesStrong: 'The date and the rules printed on your own notice govern.',
    deadlinesSee: 'See every step in the',
    deadlinesLink: 'deadline finder',
    letterLabel: 'Your appeal letter',
    letterHintBefore: 'Write it here, or build it with the',
    letterHintLink: 'letter builder',
    letterHintAfter: 'and bring it in.',
    bringDraft: 'Bring in the letter builder’s draft',
    callsHint:
      'One entry per call. A phone answer is not a promise to pay, so write down names and reference numbers. Or ' +
      'print the',
    callsHintLink: 'call log',
    criteriaHint: 'Write each criterion from the plan’s policy, then where your records show you meet it. Or print the',
    criteriaHintLink: 'worksheet',
    addCall: 'Add a call',
    addCriterion: 'Add a criterion',
    documentsHint: 'Tick each one once you have it.',
    errorHeading: 'There is a problem',
    nothingChanged: 'Nothing on this page or on this device was changed.',
    saveHeading: 'Save my case as a file',
    saveText:
      'The file is made on this device and nothing is sent anywhere. Anyone who gets the file can read it, unless ' +
      'you lock it with a passphrase.',
    passLabel: 'Passphrase to lock the file (you can leave this empty)',
    passMin: 'At least {n} characters.',
    passStrong: 'If you lose the passphrase, nobody can open the file: not you, and not us.',
    passAfter: 'Write it down and keep it somewhere safe.',
    passAgain: 'Type the passphrase again',
    saveButton: 'Save my case as a file',
    openHeading: 'Open a case file',
    openLabel: 'Choose a case file you saved',
    unlockLabel: 'This file is locked. Enter its passphrase',
    unlockButton: 'Open the file',
    deleteHeading: 'Delete everything from this device',
    deleteText:
      'This deletes the case kept on this device and the letter builder’s draft, and clears this page. Files you ' +
      'saved are not touched.',
    deleteButton: 'Delete everything from this device',
    yes: 'Yes',
    cancel: 'Cancel',
    /** What the page's script draws (src/lib/appeal/case-view.ts), handed to it as data. */
    view: {
      rows: {
        calls: {
          noun: 'Call',
          fields: {
            date: 'Date of the call',
            name: 'Name of the person you spoke to',
            reference: 'Reference number for the call',
            said: 'What they said',
            followUp: 'Follow-up: what happens next, and when',
          },
        },
        criteria: {
          noun: 'Criterion',
          fields: {
            criterion: 'The plan’s criterion',
            evidence: 'Where your records show you meet it (document, page, date)',
          },
        },
      },
      remove: 'Remove {row}',
      printed: 'The deadline printed on your notice: ',
      pick: 'Pick your kind of plan and enter the date on the notice to see your first appeal deadline.',
      firstStep: 'First step for {plan}: ',
    },
    /** Why a file could not be opened (src/lib/appeal/case-file.ts `Problem`); the page adds that nothing changed. */
    problems: {
      'too-large': 'This file is too large to be a case file saved from this page.',
      'not-a-case': 'This file is not a case file saved from this page. Choose the file you saved with “Save my case”.',
      damaged: 'This file is damaged or incomplete, so it cannot be opened.',
      newer:
        'This file was saved by a newer version of this page. Reload this page to get the newest version, then ' +
        'open the file again.',
      'wrong-passphrase':
        'That passphrase does not open this file. Check it and try again. If you are sure it is right, the file may ' +
        'be damaged.',
    },
    /** What the script says, handed to it as data. */
    script: {
      notKept:
        'This browser would not store your case (its storage may be full or turned off), so nothing is kept on ' +
        'this device. Use “Save my case as a file” to keep it.',
      kept: 'Your case is kept on this device.',
      keptNewer: 'The case kept on this device was saved by a newer version of this page. Reload the page to see it.',
      keptUnreadable:
        'The case kept on this device could not be read. It was left as it is; ticking the box replaces it.',
      keptTyping: 'Your case is kept on this device, and saved as you type.',
      noLongerKept: 'Your case is no longer kept on this device.',
      removed: '{row} removed.',
      noDraft:
        'There is no letter builder draft on this device. The letter builder keeps one only if you tick “Keep my ' +
        'draft on this device” there.',
      draftIn: 'The letter builder’s draft is now your letter.',
      alsoFilled: ' Also filled in from it: {fields}.',
      replaceLetter: 'Replace the letter on this page with the letter builder’s draft?',
      replaceLetterYes: 'Yes, replace my letter',
      tooLarge: 'Your case is too large to save as a file. Shorten your letter or your notes.',
      passShort: 'Use a passphrase of at least {n} characters, or leave both passphrase boxes empty.',
      passDiffer: 'The two passphrases are not the same. Type them again.',
      locking: 'Locking your file…',
      cannotLock: 'This browser could not lock the file. Save it without a passphrase, or try another browser.',
      savedLocked: 'Saved as {name}, locked with your passphrase.',
      savedOpen: 'Saved as {name}. It is not locked: anyone who gets the file can read it.',
      opened: 'Opened your case from the file saved on {date}.',
      openedKept: ' It is kept on this device.',
      replaceCase: 'Replace what is on this page with the case from the file?',
      replaceCaseKept: ' This also replaces the case kept on this device.',
      replaceYes: 'Yes, replace it',
      lockedFile: 'This file is locked. Enter its passphrase, then choose “Open the file”.',
      enterPass: 'Enter the passphrase for this file.',
      needHttps: 'This browser can open a locked file only on a secure (https) page.',
      opening: 'Opening your file…',
      deleteAsk:
        'Delete your case and the letter builder’s draft from this device, and clear this page? This cannot be ' +
        'undone. Files you saved are not touched.',
      deleteYes: 'Yes, delete everything',
      goneCase: 'your case',
      goneDraft: 'the letter builder’s draft',
      goneAnd: ' and ',
      deleted: 'Deleted from this device: {what}.',
      nothingKept: 'Nothing was kept on this device.',
      pageEmpty: ' This page is now empty.',
      notAllDeleted:
        'This browser would not delete everything it keeps for this site. Clear this site’s data in your ' +
        'browser’s settings.',
    },
  },
  /** /appeal/read-letter/: the denial letter reader (src/components/tools/letter-reader/). */
  letterReader: {
    title: 'Read my denial letter',
    description:
      'Paste your denial letter or Explanation of Benefits to see the kind of plan, the date, the codes and the ' +
      'reason it gives, your deadline, and a letter to appeal. It runs on your device.',
    synonyms: ['denial letter reader', 'explain my EOB', 'denial code lookup', 'CO-50', 'PR-204', 'N115'],
    answer:
      'Paste the text of your denial letter, or open it as a PDF. We show what it says about your plan, the date, ' +
      'the codes and the reason, with the words we found them in, and what you can do next.',
    privateStrong: 'Private by design.',
    privateText: 'Your letter is read on this device. Nothing you paste or open is sent anywhere or saved.',
    howHeading: 'How it reads your letter',
    howText:
      'It looks for words that only one kind of plan uses, the date at the top of the notice, and the codes on it. ' +
      'It explains the codes in plain words from the official code lists. When it cannot tell, it says so and asks ' +
      'you. Check every finding against your letter: the date and the rules printed on your own notice govern. ' +
      'Codes change three times a year, so a new code may be missing here.',
    nextBefore: 'Next:',
    nextReasons: 'what each denial reason means',
    nextDeadlines: 'your appeal deadlines',
    nextAnd: 'and the',
    nextLetter: 'letter builder',
    sourcesHeading: 'Where the code meanings and rules come from',
    jsOffBefore: 'This tool needs JavaScript to read your letter on this device. Without it, answer a few questions in',
    jsOffFlow: '“My claim was denied”',
    jsOffThen: ', then use the',
    jsOffDeadlines: 'deadline finder',
    jsOffAnd: 'and the',
    jsOffLetter: 'letter builder',
    formLegend: 'Your denial letter',
    textLabel: 'Paste the text of your denial letter, Explanation of Benefits or Medicare Summary Notice',
    textHint:
      'The text stays on this device. Nothing you paste is sent anywhere or saved. Leave out your name and ID ' +
      'numbers if you like: the reader does not need them.',
    pdfLabel: 'Or open your letter as a PDF from this device',
    pdfHint:
      'A PDF with text in it, up to {pages} pages and {mb} MB. It is read on this device and not sent. Its text ' +
      'replaces what is in the box above, where you can check it.',
    checkLegend: 'Check what we found, or fill in what we missed',
    planLabel: 'Kind of plan',
    reasonLabel: 'Reason given in the denial',
    dateLabel: 'Date on the notice',
    notFoundPick: 'Not found yet: pick one',
    stateLabel: 'Your state (optional, to see who can help)',
    stateNone: 'Not given',
    resultsLabel: 'What your letter says',
    workersComp: "Workers' compensation",
    /** What the script says, handed to it as data. */
    script: {
      status: 'Read on this device: {found} found, {missing} not found.',
      reading: 'Reading “{name}” on this device…',
    },
    /** Why a date is, or is not, the notice date (src/lib/appeal/reader.ts). */
    why: {
      future: 'It is after today, so it cannot be the date of a notice you already have.',
      looksLike: 'It looks like {what}.',
      otherDates: {
        service: 'a date of service or care',
        birth: 'a date of birth',
        injury: 'a date of injury',
        deadline: 'a deadline, a received date or a date range',
      },
      label: 'It follows the label for the notice date.',
      ownLine: 'It stands on a line of its own, where letters put their date.',
      inSentence: 'It is inside a sentence, not where a letter puts its date.',
      alsoCould: 'It could also be the notice date, but {date} comes {how}.',
      clearer: 'with a clearer label',
      first: 'first',
      tookFirst: '{why} The letter has other dates that could be it; we took the first, nearest the top.',
    },
    /** What the result says (src/lib/appeal/reader-view.ts). */
    view: {
      contents: 'On this page: your result',
      found: 'What we found',
      missing: 'What we could not find',
      next: 'What it means for you',
      how: 'How it reads your letter',
      foundIn: ' Found in: ',
      notFound: '{what}: not found. ',
      source: '[source]',
      plan: 'Kind of plan',
      signsOf: 'The letter has signs of {plans}, so we cannot tell. ',
      signsAnd: ' and of ',
      whichPlan: 'Which kind of plan is it?',
      date: 'Date on the notice',
      whatDate: 'What date is printed at the top of your notice?',
      otherDates: 'Other dates in the letter ({n})',
      reason: 'Reason',
      pointsTo: 'The letter points to {reasons} equally. ',
      pointsAnd: ' and to ',
      whatReason: 'What reason does the notice give?',
      billing: 'Billing codes',
      onPage: 'is on our page for ',
      notOurs: 'is not one of the codes our treatment pages list.',
      askBill: 'Ask your provider for an itemized bill with the codes.',
      adjustments: 'Claim adjustment and remark codes',
      adjustmentsMissing: 'Claim adjustment codes',
      oldCode: ' An old code, retired {date}.',
      noMeaning: 'We do not have a plain meaning for this code. Look it up in the ',
      x12: 'X12 code list',
      groupBefore: ' The letters ',
      groupMean: ' mean: {meaning} ',
      adjustAsk: 'Your Explanation of Benefits or the provider’s statement may show them, such as CO-50.',
      policies: 'Policies we know',
      policy: 'Policy number',
      askPolicy: 'Ask your plan in writing for the policy or criteria it used.',
      diagnosis: 'Diagnosis codes',
      reasonHeading: 'The reason',
      reasonLink: 'what this reason means and what helps',
      reasonsLink: 'what denial reasons mean',
      missingFix: '. Often the fix is for your provider to send the missing papers or a corrected claim.',
      pickReason: 'Pick the reason above to see what it means.',
      deadlineHeading: 'Your deadline',
      wcDeadline:
        "Workers' comp deadlines are set by each state. Use the date and the time limit printed on your notice.",
      pickDeadline: 'Pick your kind of plan and enter the date on your notice above to see your deadline.',
      countedFrom: ' — for {plan}, counted from {date}:',
      later: 'Later steps, if you need them: ',
      govern: 'These come from the general rules. The date and the rules printed on your own notice govern. ',
      everyStep: 'Every step and its rule',
      outsideHeading: 'An outside review',
      outsidePick: 'Pick your kind of plan above to see whether an outside review is open to you.',
      outsideWc:
        "Workers' comp rules are set by each state; many let you ask for an independent medical review. Your " +
        'notice says how.',
      outsideNone:
        'Your plan’s appeal steps have no outside reviewer; after its own reviews, the next step is a court.',
      outsideQualify: 'which denials qualify',
      outsideYesBefore: 'Yes. A denial about medical need or an experimental treatment can go to ',
      outsideYesAfter: ' after the internal appeal (',
      outsideMaybe:
        'Maybe. External review is for denials that rest on medical judgment or call a treatment experimental (',
      outsideMaybeAfter: '). Ask your plan in writing whether yours qualifies.',
      outsideYes: 'Yes: ',
      fileHeading: 'Your claim file',
      fileText:
        'Before you write, ask your plan for the papers it decided on and the rules it used, so your appeal can ' +
        'answer them: ',
      fileLink: 'ask for your claim file and the criteria used',
      letterHeading: 'Your appeal letter',
      letterLink: 'Start your appeal letter with what we found',
      letterWc:
        ". The letter builder has no workers' comp rules; pick the closest kind of plan there, or follow your notice.",
      letterChange: '. You can change anything there.',
    },
    /** A PDF the reader opens (src/lib/appeal/pdf-letter.ts): `{name}` is the file's name. */
    pdf: {
      kept: ' Nothing in the text box has changed.',
      tooBig:
        '“{name}” is {size}. The reader opens PDFs up to {limit}, the size of a long letter. Paste the text ' +
        'instead, or type the key parts.',
      picture: '“{name}” is a picture, not a PDF. The reader cannot read text in a photo: type the key parts instead.',
      tooManyPages:
        '“{name}” has {pages} pages. The reader opens PDFs of up to {limit} pages. Paste the text of the ' +
        "letter's own pages instead.",
      tooMany: 'too many',
      noText: 'This PDF has no text we can read: it may be a scan. Type the key parts instead.',
      locked:
        '“{name}” is locked with a password. Open it in your PDF app, copy the text and paste it here, or type ' +
        'the key parts.',
      damaged:
        '“{name}” could not be opened: it may be damaged, cut short, or not a PDF. Try saving it again, or paste ' +
        'the text.',
      unreadable: '“{name}” could not be read on this device. Paste the text instead.',
      read:
        'Read {pages} of “{name}” on this device. The text is in the box above: check it against your letter and ' +
        'correct anything read wrong.',
      page: ['page', 'pages'],
    },
  },
  /** Who can help after a denial (src/lib/appeal/reader-help.ts and the find-help pages). */
  stateHelp: {
    heading: 'A person who can help',
    pickState: 'Pick your state above to see who can help here, or ',
    findLink: 'find a person who can help in your state',
    inState: 'In {state}:',
    inStateFor: 'In {state}, for {plan}:',
    none: 'We list no state office for this kind of plan. Your denial notice says how to appeal.',
    every: 'Every office in {state}',
    phone: 'Phone:',
    web: 'Web:',
    checked: 'Checked {date}.',
    source: '[source]',
    /** The kinds of plan a state's help is ordered for (src/lib/appeal/state-help.ts `HELP_PLANS`). */
    plans: {
      medicare: 'Original Medicare',
      'medicare-advantage': 'Medicare Advantage',
      employer: 'A job-based plan (not sure which kind)',
      'employer-insured': 'A job-based plan that is fully insured',
      'employer-self-funded': 'A job-based plan that is self-funded',
      marketplace: 'A Marketplace or other individual plan',
      medicaid: 'Medicaid',
      'workers-comp': "Workers' compensation",
      tricare: 'TRICARE',
      va: 'VA health care',
    },
  },
  /** /appeal/find-help/ and /appeal/find-help/<state>/: who can help after a denial (src/components/help/). */
  findHelp: {
    title: 'Find a person who can help',
    answer:
      'Who can help with a denied claim depends on your state and your kind of plan. Pick your state to see who to ' +
      'call, with phone numbers where we could confirm them.',
    synonyms: ['SHIP', 'consumer assistance program', 'insurance department', 'fair hearing', 'benefits advisor'],
    nextDeadlines: 'Find the date of each appeal deadline',
    nextReadLetter: 'Read your denial letter on this device',
    nextLetter: 'Write your appeal letter',
    nextClaimFile: 'Ask for your claim file and the criteria used',
    nextOtherState: 'See another state',
    national: 'Help in every state',
    nationalIntro: 'These two offices serve people in every state and territory.',
    /** Shown when a flow outcome links with the reader's plan (`?plan=`): `{plan}` is its name. */
    planNote: "Each state's page will open at the help for: {plan}.",
    stateTitle: 'Who can help with a denial in {state}',
    stateAnswer:
      'In {state}, who can help depends on your kind of plan. Find yours below, then contact the offices in the ' +
      'order shown.',
    byPlan: 'Who to contact, by kind of plan',
    notSure: 'Not sure which kind of plan you have? Your denial notice or plan card may say.',
    offices: 'The offices',
    officesIntro:
      'Where we could not confirm a phone number or web address from a current source, we say where to look instead.',
    checkedOn: 'Checked {date}',
  },
  /** "Pick your state" (src/components/StateList.astro). */
  stateList: {
    heading: 'Pick your state',
    states: 'States and DC',
    territories: 'Territories',
  },
  /** /appeal/claim-file/: the letter asking for the claim file (src/components/tools/claim-file-letter/). */
  claimFile: {
    title: 'Ask for your claim file and the criteria',
    description:
      'Before you appeal, ask your plan for the papers and the criteria it used to deny your claim. A letter for ' +
      'your kind of plan, with the rules behind it. It runs on your device.',
    synonyms: ['claim file request', 'request my claim file', 'ask for the criteria used', 'case file letter'],
    answer:
      'Before you appeal, ask your plan for the papers it used to deny your claim and the criteria it applied, so ' +
      'your appeal can answer them. Fill in what you know, and the letter builds below.',
    clockStrong: 'Asking does not stop the clock.',
    clockText:
      'Your time to appeal keeps running while you wait. If your deadline is near and the papers have not come, ' +
      'send your appeal on time without them.',
    clockLink: 'Find your deadline',
    privateStrong: 'Private by design.',
    privateText: 'Everything happens on this device. Nothing you type is sent anywhere or kept.',
    tocLetter: 'Your letter',
    byPlan: 'What the rules give you, by kind of plan',
    byPlanIntro:
      'The letter uses these two sentences for each kind of plan. Where we could not read a rule that gives you ' +
      'the file, the letter asks for it without claiming a right.',
    free: 'Free of charge by rule.',
    noRule: 'No rule found: the letter asks.',
    nextBefore: 'Next:',
    nextLetter: 'build your appeal letter',
    nextAnd: ', and use the',
    nextWorksheet: 'criteria worksheet',
    nextAfter: 'to match each criterion to your records.',
    sourcesHeading: 'Where these rules come from',
    formLegend: 'Your request',
    jsOff:
      'The form needs JavaScript. Without it, copy the letter below and fill in the blanks. If your plan is not a ' +
      'Marketplace plan, use the two sentences for your kind of plan from the list further down.',
    extraHelp: 'Nothing is kept on this device: print it or save it as a file.',
    aboutPlan: 'About your kind of plan:',
    script: {
      rebuilt: 'The letter was rebuilt from the form.',
      saved: 'Saved as claim-file-request.txt.',
    },
  },
  /** The printed forms: the call log and the criteria worksheet (src/components/tools/paper-forms/). */
  paperForm: {
    scrollCue: 'The form is wide: on a phone, scroll it sideways, or print the page and fill it in on paper.',
  },
  callLog: {
    title: 'Insurance call log',
    description:
      'A printable sheet for every call to your insurer: date, the representative’s name, the reference number, ' +
      'what was said and what happens next, with the questions to ask.',
    synonyms: ['call notes', 'insurance call record', 'reference number log'],
    answer:
      'Write down every call: a phone answer is not a promise to pay, but a log with names and reference numbers ' +
      'helps your appeal.',
    questionsHeading: 'Questions to ask',
    questions: [
      'Is this treatment covered for my diagnosis? Which medical policy applies, and what is its number?',
      'Do I need prior authorization? Who asks for it, and how long does a decision take?',
      'Which billing codes will you accept for it?',
      'Is this clinic or doctor in my network? What would I owe out of network?',
      'What is my deadline to appeal, and where do I send it?',
      'Can you send me that answer in writing?',
    ],
    moreBefore: 'More in',
    moreLink: 'calling your insurer',
    logHeading: 'Your calls',
    caption: 'One row per call',
    columns: ['Date and time', 'Representative’s name', 'Reference number', 'What they said', 'Follow-up'],
  },
  worksheet: {
    title: 'Criteria worksheet and doctor’s letter checklist',
    description:
      'A printable worksheet to match each of your plan’s criteria to the records that show you meet it, and a ' +
      'checklist for your doctor’s letter of medical necessity.',
    synonyms: ['criteria mapping', 'medical necessity checklist', 'LMN checklist'],
    heading: 'Criteria worksheet',
    answer:
      'Plans deny claims against a list of criteria. Write each criterion in the first column, then where your ' +
      'records show you meet it.',
    intro:
      'Get the criteria from the plan’s medical policy (ask for it in writing, along with your claim file). Print ' +
      'this page, or fill it in on paper with your doctor’s office. See',
    introLink: 'documenting your case',
    caption: 'Each criterion and the record that meets it',
    columns: ['The plan’s criterion', 'Record that shows it is met (document, page)', 'Date', 'Clinician'],
    lmnHeading: 'Checklist for your doctor’s letter of medical necessity',
    lmnIntro: 'Give this list to your treating clinician. A strong letter covers each point. Read more about',
    lmnLink: 'letters of medical necessity',
    lmn: [
      'Your diagnosis, in words and with its ICD-10 code',
      'How severe it is and how it limits your daily life',
      'Each treatment you tried, with dates, how long, and the result',
      'Why this treatment is the right next step for you',
      'Each of the plan’s criteria, and where your records show it is met',
      'The evidence the clinician relies on (studies or guidelines)',
      'What is likely to happen without the treatment',
      'The exact request: the treatment, billing codes, number of sessions',
      'The clinician’s name, credentials, signature and contact details',
    ],
  },
  /** /about/: who publishes the guide and how facts are checked. Section ids are stable. */
  about: {
    title: 'About this guide',
    description:
      'Who publishes Regen Coverage Guide, how every fact is sourced and reviewed, how to report a mistake, and ' +
      'why there are no ads, trackers or clinic money.',
    answer:
      'A free guide for patients in the US. It tells you whether insurance pays for regenerative-medicine ' +
      'treatments, and it shows a source for every fact.',
    whoHeading: 'Who publishes it',
    who:
      'Regen Coverage Guide is an independent, volunteer-run open project. It is not run by a clinic, an insurer ' +
      'or a company that sells these treatments.',
    whyHeading: 'Why it exists',
    why:
      'Clinics that sell stem cell, PRP and amniotic shots often say a treatment is “probably covered”. Usually ' +
      'it is not, and patients find out after paying thousands of dollars. This guide gives the straight answer ' +
      'first. Then it gives the rules behind it, the cash price, and what to do if you are denied.',
    checkHeading: 'How we check facts',
    checkSources:
      'Every fact about a policy, law, code, deadline, price or FDA status names its source. You see who ' +
      'published it, its title and number, its date, and the date we last checked it. See',
    checkSourcesLink: 'all sources',
    checkPrimary:
      'We use the document itself when we can: Medicare’s rules, the insurer’s own policy, the FDA, federal law. ' +
      'When we could only read a summary, the page says so and asks you to check with your plan.',
    checkTwice:
      'We read each coverage answer a second time, side by side with its source, before it goes on the site. ' +
      'Where we find no source, we say “unknown” and tell you what to ask. We never guess.',
    checkMachine: 'Every change goes through checks that a computer runs:',
    checks: [
      'each fact points to a source on our list, and each page it names exists (content check);',
      'no run of 12 or more words is copied from what we read, so the pages are in our own words ' +
        '(copied-text check);',
      'the pages stay easy to read: we aim for a US school grade of 8 or lower (reading grade);',
      'each link from one of our pages to another leads to a page that exists (link check).',
    ],
    reviewHeading: 'How often we review pages',
    review:
      'We review every page at least once every 12 months. Each page shows the date we last reviewed it and when ' +
      'the next review is due. When a page goes a year without a review, the site build flags it. Policies can ' +
      'change between reviews, so check the date on your own plan’s papers too.',
    neverHeading: 'What we never do',
    never: [
      'No advertising. No clinic money: no sponsors, no paid listings, no fees for sending you to a clinic.',
      'No tracking: no cookies, no analytics, and no requests to other websites. Nothing you type leaves your ' +
        'device.',
      'No medical or legal advice. This is general information. Your plan papers and the letters you get decide.',
    ],
    reportHeading: 'Report a mistake',
    reportAsk: 'Is a fact wrong, or a page out of date? Please tell us:',
    reportHow:
      'Say which page it is, what is wrong, and where you read the right answer, if you know. Please do not send ' +
      'medical records, claim numbers or other private details. We check each report against the sources and ' +
      'fix the page when it is wrong.',
    changesBefore: 'Every change to a coverage answer, including our own corrections, is listed on',
    changesLink: 'What changed',
    changesAfter: ', with the date, the reason and the source. The coverage page it affects says so too.',
  },
  /**
   * Original Medicare's local rules by state: /payers/medicare/by-state/ and one page per state or territory
   * (src/components/medicare/, src/lib/medicare/view.ts). `place` is a state's name as a sentence needs it.
   */
  medicareStates: {
    /** Where a local rule stands: a short label, and a phrase that starts with it. */
    lcdStatus: {
      active: { label: 'In force', meaning: 'In force as far as our sources show' },
      retired: { label: 'Retired', meaning: 'Retired: it no longer applies' },
      withdrawn: { label: 'Withdrawn', meaning: 'Withdrawn: it does not apply' },
      unknown: {
        label: 'Status not confirmed',
        meaning: 'Status not confirmed: we could not check that it is still in force',
      },
      unconfirmed: { label: 'Not confirmed', meaning: 'Not confirmed: we could not tell which local rule applies' },
      'none-found': { label: 'No local rule found', meaning: 'No local rule found' },
    },
    /** A rule's dates: "First took effect October 1, 2015; revised September 26, 2019." */
    dates: {
      effective: (date: string) => `First took effect ${date}`,
      /** A withdrawn rule's start was only planned. */
      planned: (date: string) => `Was to take effect ${date}`,
      revised: (date: string, first: boolean) => `${first ? 'Revised' : 'revised'} ${date}`,
      none: 'We did not find its dates.',
    },
    /** The contractor for the part of a state the named areas leave. */
    restOf: (place: string) => `the rest of ${place}`,
    /** Where a contractor serves, on the list: a state it shares, and named areas of one. */
    mostOf: (place: string) => `most of ${place}`,
    areasOf: (place: string, areas: string) => `${place}: ${areas}`,
    /** The state page's answer. Lists of treatments are joined with "; ". */
    answer: {
      who: (name: string, jurisdiction: string) => `${name} (jurisdiction ${jurisdiction})`,
      whoIn: (who: string, where: string) => `${who} in ${where}`,
      several: (place: string, count: number, parts: readonly string[]) =>
        `In ${place}, ${count === 2 ? 'two' : count} contractors set Original Medicare's local rules for doctors' ` +
        `offices: ${parts.slice(0, -1).join('; ')}, and ${parts.at(-1)}. The rules of each are below.`,
      one: (place: string, who: string) => `In ${place}, ${who} sets Original Medicare's local rules.`,
      notCovered: (list: readonly string[]) => `Its rules do not cover ${list.join('; ')}.`,
      covered: (list: readonly string[], afterNotCovered: boolean) =>
        `${afterNotCovered ? 'They' : 'Its rules'} cover ${list.join('; ')}, if criteria are met.`,
      unconfirmed: 'We could not confirm its rules for the treatments on this site; below is how to check.',
      /** A treatment and its use: "PRP injections for joint, tendon or muscle pain". */
      treatment: (therapy: string, use: string) => `${therapy} for ${use}`,
    },
    /** One contractor's rule on one treatment (src/components/medicare/LocalRule.astro). */
    rule: {
      lcd: 'Local rule (LCD)',
      article: 'Billing article',
      withArticle: (article: string) => `, with billing article ${article}`,
      summary: 'We read part of this in a summary, not in the rule itself.',
      checked: 'What we could check:',
      whereBefore: 'Where to check: search the',
      whereAfter: (therapy: string, place: string, who: string) =>
        ` for “${therapy}” and ${place}, or ask ${who} in writing which rule it applies.`,
    },
    /** The Medicare Coverage Database's own name (a site in English). */
    mcd: 'Medicare Coverage Database',
    byState: 'By state',
    contractor: 'The contractor',
    contractors: 'The contractors',
    national: 'Rules for every state',
    ncd: (ncd: string) => `NCD ${ncd}:`,
    nextSteps: {
      abn: 'Ask the clinic for an Advance Beneficiary Notice (ABN) before treatment',
      payer: 'Read how Original Medicare decides and how its appeals work',
      deadlines: 'Work out your appeal dates',
      another: 'See another state',
    },
    /** /payers/medicare/by-state/<code>/ */
    state: {
      title: (place: string) => `Medicare's local rules in ${place}`,
      jurisdiction: (name: string, jurisdiction: string) => `${name}, jurisdiction ${jurisdiction}`,
      forAreas: (areas: string) => `, for doctors and clinics in ${areas}`,
      forWhere: (where: string) => `, for ${where}`,
      whichRules:
        "The local rules that count are usually those of the contractor for the place where the doctor's office or " +
        'clinic is, not where you live.',
      otherState:
        'If you get care in another state, ask the clinic which contractor handles its Medicare claims. Medicare ' +
        'Advantage plans must also follow the local rules for their area.',
      everywhere: (therapy: string) => `What Original Medicare does for ${therapy} everywhere`,
      noRule: 'No local rule found',
      noRuleHeading: 'Treatments with no local rule found',
      noRuleText: (names: readonly string[]) =>
        `We found no local rule from ${names.join(' or ')} for these treatments. That does not mean Medicare pays: ` +
        'without a rule, each claim is judged on whether the care is reasonable and necessary.',
      nationalHere: (place: string) =>
        `Medicare's national rules apply in ${place} as everywhere else, whatever the local rules say.`,
      whatToDo: 'What to do',
      ask:
        'Before treatment, ask the clinic which Medicare rule it will bill under, and the billing codes, ' +
        'in writing.',
      abnBefore: 'If the clinic expects Medicare to say no, it must give you an',
      abnLink: 'Advance Beneficiary Notice (ABN)',
      abnAfter: ' first if it wants to bill you. Read it before you sign.',
      checkBefore: 'Check the rule yourself: search the',
      checkAfter: (place: string) =>
        ` for the treatment and ${place}. Rules change; the date on the rule in force counts.`,
      appeal: 'If Medicare denies a claim, you can appeal.',
      appealLink: 'How Original Medicare appeals work',
    },
    /** /payers/medicare/by-state/ */
    index: {
      title: "Medicare's local rules, state by state",
      answer:
        "Original Medicare's local rules depend on where your doctor's office is. Where we could confirm a local " +
        'rule, PRP and amniotic shots for joints and tendons are not covered. Pick your state to see its contractor ' +
        'and rules.',
      synonyms: [
        'Medicare Administrative Contractor',
        'MAC',
        'local coverage determination',
        'LCD',
        'Medicare by state',
      ],
      contractors:
        'Medicare pays private companies, called Medicare Administrative Contractors, to handle claims for a group ' +
        'of states. Each writes local coverage rules (LCDs) that apply only there.',
      whichRules:
        "The rules that count are usually those for the place where the doctor's office or clinic is, not where " +
        'you live. Medicare Advantage plans must also follow the local rules for their area.',
      renewed:
        'CMS awards these contracts for a few years at a time. Several of the pages we read are old, so each state ' +
        'page says how sure we are.',
      national: "Medicare's national rules apply everywhere, whatever the local rules say.",
      unplaced: 'Rules we could not place',
      unplacedText:
        'We found these local rules but could not confirm which contractor wrote them, so no state page shows ' +
        'them as its rule. If a clinic or a notice names one, look it up on the Medicare Coverage Database: the ' +
        "rule's page lists its states.",
    },
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

  /**
   * Coverage statuses in words (src/lib/coverage/status.ts adds the icon and tone): the badge's label, a
   * lowercase phrase that completes "for <use>, …" in a generated sentence, and the meaning (the key of the
   * coverage table, a badge's tooltip).
   */
  status: {
    covered: {
      label: 'Covered',
      phrase: 'covered',
      meaning: 'Covered when the plan’s usual rules are met',
    },
    'covered-with-criteria': {
      label: 'Covered if criteria are met',
      phrase: 'covered if criteria are met',
      meaning: 'Covered only when specific criteria are met',
    },
    'case-by-case': {
      label: 'Case by case',
      phrase: 'decided case by case',
      meaning: 'Decided for each request; no fixed rule',
    },
    'not-medically-necessary': {
      label: 'Not covered: not medically necessary',
      phrase: 'not covered (called not medically necessary)',
      meaning: 'Not covered because the payer’s policy calls it not medically necessary',
    },
    'not-covered-investigational': {
      label: 'Not covered: investigational',
      phrase: 'not covered (called investigational)',
      meaning: 'Not covered because the payer calls it experimental, investigational or unproven',
    },
    excluded: {
      label: 'Excluded',
      phrase: 'excluded by the plan',
      meaning: 'Not covered: the plan or program excludes it',
    },
    unknown: {
      label: 'Unknown',
      phrase: 'unknown: ask in writing',
      meaning: 'We could not find a policy we can source; ask the payer in writing',
    },
  },
  /**
   * The kinds of plan (content/plan-groups.yaml) by id, in this language. Empty in English: the content's own
   * words are English. A unit test checks every group has its words in every other language.
   */
  planGroups: {} as Readonly<Record<string, PlanGroupWords>>,
  /** Cash prices: what a price covers, which clinics, what kind of evidence (src/i18n/cost-words.ts). */
  costWords: COST_WORDS.en,
  /** Coverage answers as therapy, payer and coverage pages show them (src/components/coverage/, src/lib/coverage/). */
  coverage: {
    /** Completes a status: "Covered, for knee arthritis". */
    forUse: 'for {use}',
    /** A card heading where a name heads two cards. */
    nameForUse: '{name}, for {use}',
    /** A coverage page's title. */
    question: 'Does {payer} cover {therapy}?',
    /** A coverage page with several uses: its description, one clause per use. */
    useClause: 'for {use}, {status}',
    otherUses: 'other uses',
    dependsDescription: 'It depends on the use: {clauses}.',
    sameForAll: '{meaning}, for every use and plan we found. Each answer is below.',
    dependsAnswer: 'It depends on the use or the plan. {payer} has {count} different answers, listed below.',
    checked: 'Checked',
    conditions: 'Conditions the payer sets',
    policy: 'Policy:',
    none: 'We have no sourced coverage entries here yet. Ask your plan in writing.',
    everyTreatment: 'Every treatment',
    everyInsurer: 'Every insurer we checked',
    atAGlance: 'Your plan at a glance',
    forCommonUse: 'For {use}:',
    noAnswer: 'No sourced answer yet: ask in writing.',
    // No-break spaces: the count stays on one line beside its badge.
    countOf: '{count}\u00a0of\u00a0{total}',
    askFor: 'Ask for',
    counts: 'Counts are insurers or state plans we found policies for.',
    everyAnswerByName: 'Every insurer’s answer, by name',
    payerSummary: 'What {payer} does for each treatment',
    everyAnswer: 'Every answer, with its conditions',
    payingYourself: 'Paying yourself:',
    everyPrice: 'Every price we have, and an estimate',
    noPrice: 'no reliable price found. Ask the clinic for a written, itemized quote.',
  },
  /** "What to do now" on coverage and payer pages (src/components/coverage/WhatToDoNow.astro). */
  whatToDo: {
    heading: 'What to do now',
    beforePay: 'Before you pay:',
    askFor: 'ask for',
    denied: 'Denied?',
    stateSteps: 'Each state sets its own appeal steps and deadlines, and your denial letter must name them.',
    howAppeals: 'How {payer} appeals work',
    canAppeal: 'You can appeal.',
    step: '{step}, within {deadline}.',
    governs: 'The date on your own notice governs.',
    appealDates: 'Work out your appeal dates',
    letter: 'Write your appeal letter',
    claimDenied: 'My claim was denied: what do I do?',
  },
  /** The note on a coverage entry that the change record names (src/lib/changes/view.ts `changeNoteLead`). */
  changeNote: {
    onDay: 'on {date}',
    inMonth: 'in {date}',
    correctedSame: 'Corrected {when}; the status stayed the same.',
    correctedFrom: 'Corrected {when}: we had {from}.',
    changed: 'Changed {when}: was {from}.',
    ruleSame: 'Rule changed {when}; the status stayed the same.',
    rule: 'Rule changed {when}.',
    why: 'Why:',
    see: 'See this change',
  },
  /** /changes/: the change record, and its Atom feed /changes.xml (src/lib/changes/view.ts and feed.ts). */
  changes: {
    title: 'What changed',
    description:
      'Every change to a coverage answer on this guide, newest first: the date, what it was before, what it is ' +
      'now, why, and the source. Also as a feed.',
    answer:
      'When an insurer, Medicare or the FDA changes a rule, or we correct one of our answers, we list it here, ' +
      'newest first, with the reason and the source.',
    intro:
      'Each change links to the coverage page it affects, and that page says what changed. Clinics and patients ' +
      'can follow these changes in a feed reader:',
    feedLink: 'the feed of changes',
    feedAfter: '(Atom).',
    /** The feed's name, in the page's head for feed readers. */
    feedName: 'What changed (Atom feed)',
    none: 'No changes have been recorded yet.',
    /** Before the status a correction replaced, and before the status a rule change replaced. */
    weHad: 'We had',
    before: 'Before',
    now: 'Now',
    unchanged: 'Unchanged',
    kinds: { policy: 'Rule change', correction: 'Correction', fda: 'FDA decision' },
    /** What a change is about: "Anthem: PRP injections for joint pain", "FDA: Stem cell transplant". */
    subject: '{payer}: {therapy} for {use}',
    fdaSubject: 'FDA: {therapy}',
    /** A feed entry's title: "{subject}: {what}", or for an FDA decision its own line. */
    entryTitle: '{subject}: {what}',
    fdaTitle: 'FDA decision on {therapy}',
    what: {
      correctedSame: 'corrected; status still {to}',
      correctedFrom: 'corrected to {to} (we had {from})',
      newRule: 'new rule; now {to}',
      ruleSame: 'rule changed; still {to}',
      changed: 'now {to} (was {from})',
    },
    /** The feed's own name (`{site}`: the site's name) and what it holds. */
    feedTitle: 'What changed: {site}',
    feedSubtitle: 'Every change to a coverage answer on this site, and every FDA decision we report, with the reason.',
    /** A feed entry's summary: "{kind}, {date}.{status} {why}". */
    summary: '{kind}, {date}.{status} {why}',
    statusNow: ' Status now: {to}.',
    statusSame: ' Status unchanged: {to}.',
    statusCorrected: ' We had {from}; now {to}.',
    statusChanged: ' Was {from}; now {to}.',
  },
  /** /coverage/<therapy>/<payer>/: one therapy × payer pair. */
  coveragePage: {
    theAnswer: 'The answer',
    forUse: 'For {use}',
    heading: '{lead}: {status}',
    payerNext: 'Read how {payer} decides and how its appeals work',
    therapyNext: 'Read about {therapy}: what it is, prices and other insurers',
    localRules: 'Which local rules apply in your state',
    localRulesAfter: ': Medicare’s contractor for your area and its rules for each treatment.',
    otherInsurers: 'See how other insurers treat {therapy}',
  },
  /** /coverage/: the therapy × payer table. */
  matrix: {
    title: 'Coverage table: every treatment and insurer',
    description:
      'One table of which insurers cover which regenerative-medicine treatments, with each answer sourced and dated.',
    intro:
      'Each cell links to a page with the full answer, the conditions, the policy and its sources. An empty ' +
      'cell means ' +
      'we have no sourced entry yet: ask your plan in writing.',
    keyHeading: 'What the labels mean',
    tableHeading: 'The table',
    easier: 'Easier on a phone:',
    byTreatment: 'coverage by treatment',
    or: 'or',
    byInsurer: 'coverage by insurer',
    asLists: ', as lists.',
    cue:
      'The table is wide: scroll it sideways to see every insurer; the treatment column stays in view. On ' +
      'a phone, the lists are easier:',
    caption: 'Coverage by treatment (rows) and insurer (columns)',
    treatment: 'Treatment',
    noEntry: 'No entry yet',
  },
  /** /coverage/by-treatment/ and /coverage/by-insurer/: the same answers as lists. */
  coverageViews: {
    byTreatment: 'Coverage by treatment',
    byInsurer: 'Coverage by insurer',
    descriptionByTreatment:
      'Every sourced coverage answer, listed treatment by treatment, each linking to its full answer.',
    descriptionByInsurer: 'Every sourced coverage answer, listed insurer by insurer, each linking to its full answer.',
    introBefore: 'The same answers as the',
    introLink: 'coverage table',
    introAfter: ', as a list. Each line links to the full answer with its conditions and sources.',
    seeByInsurer: 'See them insurer by insurer',
    seeByTreatment: 'See them treatment by treatment',
    jump: 'Jump to',
    none: 'No sourced entries yet: ask in writing.',
  },
  /** /therapies/ and /therapies/<slug>/. */
  therapies: {
    title: 'Treatments',
    description:
      'Will insurance pay for stem cell, PRP, amniotic and other regenerative treatments? One page per treatment, ' +
      'with the answer first.',
    intro:
      'Pick a treatment to see whether insurers pay for it, when they do, what it costs in cash, and what to ask ' +
      'before you pay.',
    prices: 'What people pay in cash',
    askClinic: 'Ask the clinic before you pay',
    coveredUses: 'When insurance does pay',
    fdaStatus: 'FDA status',
    fdaHeading: 'FDA status: {label}',
    checkPlan: 'Check your own plan',
    answerTwo: 'Answer two questions about your case',
    diagramTitle: '{flow} For {therapy}',
    diagramDescription:
      'The questions after choosing {therapy}: what it is for, who pays, and where each answer leads.',
    billingCodes: 'Billing codes you may see',
  },
  /** /payers/ and /payers/<slug>/. */
  payers: {
    title: 'Insurers and programs',
    description:
      'How Medicare, Medicaid, TRICARE and private insurers decide whether to pay for regenerative-medicine ' +
      'treatments, and how to appeal.',
    intro: 'Each insurer or program has its own rules and its own appeal route. Pick yours.',
    policies: 'Its named policies',
  },
  /** Cash prices on a therapy page (src/components/PriceRanges.astro). */
  prices: {
    none:
      'We found no reliable, dated source for cash prices of this treatment. Ask the clinic for a written, itemized ' +
      'quote.',
    kinds:
      'Each range says what kind of evidence it is: a survey of many clinics, one clinic’s advertised prices, or an ' +
      'article’s estimate. Prices vary by clinic, region and what is included; get a written, itemized quote.',
    unnamedCells:
      'These “stem cell” prices come from sources that do not say which cells the clinics used. They may be bone ' +
      'marrow, fat or birth tissue.',
    typical: '(typical {amount})',
    source: 'Source:',
    gfeBefore: 'If you pay yourself, ask the clinic for a written',
    gfeLink: 'Good Faith Estimate',
    gfeAfter: 'before you book.',
  },
  /** Billing codes on a therapy page (src/components/CodeTable.astro). */
  codes: {
    none:
      'We found no billing code, in a source we could check, made for this treatment. Clinics may bill it under a ' +
      'general or “unlisted” code. Before you pay, ask the clinic in writing which codes it will bill, then ask your ' +
      'plan whether it pays for those codes. See',
    noneLink: 'billing codes explained',
    count: (n: number) => `(${n} codes: open to read)`,
    code: 'Code',
    codeSet: 'Code set',
    meaning: 'What it means',
  },
  /** The estimate on a therapy page (src/components/EstimatePreset.astro). */
  estimatePreset: {
    heading: 'Estimate your cost',
    series: 'For a series of {count} shots in one area, {clinic}, paid in cash:',
    one: 'For one area and one session, {clinic}, paid in cash:',
    atEstablished: 'at an established or academic centre',
    atLowerCost: 'at a lower-cost clinic',
    atAny: 'at any kind of clinic',
    change: 'Change the number of areas, sessions, kind of clinic or how you pay',
    noneBefore:
      'We have no reliable price source for this treatment, so we cannot estimate it. Ask the clinic for a written, ' +
      'itemized quote. The',
    noneLink: 'cost estimator',
    noneAfter: 'covers the treatments we have prices for.',
    medicare: 'If Original Medicare covers it for {use}:',
    medicareLink: 'see what you would owe after Medicare pays',
  },
};

export type Dictionary = typeof en;
