import type { CoverageStatus } from '../schemas/coverage.ts';
import { DEADLINE_WORDS } from './deadline-words.ts';

/** A coverage badge's words in this language, until the coverage status words reach the dictionaries. */
const BADGE_EN: Record<CoverageStatus, { label: string; meaning: string }> = {
  covered: { label: 'Covered', meaning: 'Covered when the plan’s usual rules are met' },
  'covered-with-criteria': {
    label: 'Covered if criteria are met',
    meaning: 'Covered only when specific criteria are met',
  },
  'case-by-case': { label: 'Case by case', meaning: 'Decided for each request; no fixed rule' },
  'not-medically-necessary': {
    label: 'Not covered: not medically necessary',
    meaning: 'Not covered because the payer’s policy calls it not medically necessary',
  },
  'not-covered-investigational': {
    label: 'Not covered: investigational',
    meaning: 'Not covered because the payer calls it experimental, investigational or unproven',
  },
  excluded: { label: 'Excluded', meaning: 'Not covered: the plan or program excludes it' },
  unknown: {
    label: 'Unknown',
    meaning: 'We could not find a policy we can source; ask the payer in writing',
  },
};

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
  /** "Pick your state": the lists of states and territories (src/components/StateList.astro). */
  stateList: {
    heading: 'Pick your state',
    states: 'States and DC',
    territories: 'Territories',
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
    /**
     * The badge's words (a function, so they are not interface strings of their own), until the coverage status
     * words reach the dictionaries: src/lib/coverage/status.ts has the English, which English pages show.
     */
    badge: (status: CoverageStatus) => BADGE_EN[status],
    /** The badge's use: "Not covered: investigational, for joint, tendon or muscle pain". */
    forUse: (use: string) => `for ${use}`,
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
      ask: 'Before treatment, ask the clinic which Medicare rule it will bill under, and the billing codes, in writing.',
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
};

export type Dictionary = typeof en;
