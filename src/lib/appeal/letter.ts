/**
 * Builds an appeal letter from what the reader types: plain, firm, specific, with the appeal rights
 * that apply to their kind of plan, a request for the claim file and the criteria used, and an
 * enclosure list. Pure: the same input always gives the same text, and nothing leaves the page.
 */
import type { PlanType } from '../../schemas/appeal.ts';

export const DENIAL_REASONS = {
  'not-medically-necessary': 'Not medically necessary',
  experimental: 'Experimental or investigational',
  'no-prior-authorization': 'No prior authorization',
  'out-of-network': 'Out of network',
  coding: 'A coding or billing problem',
} as const;
export type DenialReason = keyof typeof DENIAL_REASONS;

export const ENCLOSURES = {
  notice: 'A copy of the denial notice',
  lmn: 'A letter of medical necessity from my doctor',
  records: 'My medical records for this condition',
  imaging: 'Imaging reports',
  treatments: 'A list of the treatments I have tried, with dates and results',
  studies: 'Published studies that support this treatment',
  policy: 'Your medical policy, with each criterion and how I meet it marked',
  priorAuth: 'Prior authorization records',
  bill: 'The itemized bill or written quote, with the billing codes',
} as const;
export type Enclosure = keyof typeof ENCLOSURES;

export interface LetterInput {
  planType: PlanType;
  /** Insurer or program, e.g. "Cigna". */
  payer: string;
  patientName: string;
  memberId: string;
  claimNumber: string;
  /** The treatment, in the reader's words or from the site's list. */
  therapy: string;
  /** The condition, in the reader's words. */
  diagnosis: string;
  denialReason: DenialReason;
  /** Date on the denial notice, YYYY-MM-DD ('' if not given). */
  noticeDate: string;
  /** Date of service or of the request, YYYY-MM-DD ('' if not given). */
  serviceDate: string;
  /** One per line: what was tried, when, and what happened. */
  treatmentsTried: string;
  /** One per line: the payer's criteria from its policy. */
  criteria: string;
  doctorName: string;
  enclosures: readonly Enclosure[];
  /** Today, YYYY-MM-DD: the letter's date. */
  today: string;
}

/** The appeal the letter asks for, and the rule that gives the right, by kind of plan. */
const RIGHTS: Record<PlanType, { ask: string; next: string; fileRight: string }> = {
  marketplace: {
    ask: 'I am asking for an internal appeal of this decision under the appeal rules of the Affordable Care Act (45 CFR 147.136).',
    next: 'If you uphold the denial, I intend to ask for an external review by an independent review organization.',
    fileRight:
      'Under the same rules, please send me, free of charge, copies of all documents, records and other information relevant to my claim.',
  },
  'employer-insured': {
    ask: 'I am asking for a full and fair review of this decision under section 503 of the Employee Retirement Income Security Act (ERISA) and its claims rule (29 CFR 2560.503-1).',
    next: 'If you uphold the denial, I intend to ask for an external review by an independent review organization.',
    fileRight:
      'Under 29 CFR 2560.503-1(h)(2)(iii), please send me, free of charge, copies of all documents, records and other information relevant to my claim.',
  },
  'employer-self-funded': {
    ask: 'I am asking for a full and fair review of this decision under section 503 of the Employee Retirement Income Security Act (ERISA) and its claims rule (29 CFR 2560.503-1).',
    next: 'If the plan upholds the denial, I intend to ask for an external review by an independent review organization.',
    fileRight:
      'Under 29 CFR 2560.503-1(h)(2)(iii), please send me, free of charge, copies of all documents, records and other information relevant to my claim, and a copy of the plan document.',
  },
  medicare: {
    ask: 'I am asking for a redetermination of this initial determination under Original Medicare’s claims appeal rules (42 CFR part 405, subpart I).',
    next: 'If the decision is not changed, I intend to ask a Qualified Independent Contractor for a reconsideration.',
    fileRight:
      'Please send me a copy of my case file and the coverage rules (national or local coverage determination) you applied.',
  },
  'medicare-advantage': {
    ask: 'I am asking for a reconsideration of this organization determination under the Medicare Advantage appeal rules (42 CFR 422.582).',
    next: 'If you do not decide fully in my favor, I understand my case must go to the independent review entity (42 CFR 422.592).',
    fileRight: 'Please send me a copy of my case file and the coverage rules or criteria you applied.',
  },
  medicaid: {
    ask: 'I am appealing this adverse benefit determination under the Medicaid managed care appeal rules (42 CFR 438.402).',
    next: 'If you uphold the denial, I intend to ask for a State fair hearing.',
    fileRight:
      'Please send me, free of charge, my case file, including my medical records and any new evidence you consider.',
  },
  tricare: {
    ask: 'I am asking for a reconsideration of this TRICARE denial.',
    next: 'If the denial is upheld, I intend to use the next level of appeal that TRICARE offers.',
    fileRight: 'Please send me copies of the records and the policy provisions you relied on.',
  },
  // VA files decision reviews (for benefits decisions) on its own forms, so the letter is the written
  // clinical appeal of a treatment decision that VA asks for, and names the form route as the fallback.
  va: {
    ask: 'I am asking for a clinical appeal of this decision by my VA health care team, through the patient advocate at my VA facility.',
    next: 'If you consider this a decision about my health benefits rather than my treatment, please tell me so in writing, and I will ask for a decision review (a Higher-Level Review, a Supplemental Claim or a Board Appeal) on VA’s form.',
    fileRight: 'Please send me copies of the records and the clinical reasons you relied on.',
  },
};

/** What the letter says about each denial reason. */
const REASON_TEXT: Record<DenialReason, (i: LetterInput) => string> = {
  'not-medically-necessary': (i) =>
    `You denied ${i.therapy || 'this treatment'} as not medically necessary. My records and my doctor’s letter show that it is medically necessary for me, and that I meet each of the criteria in your policy, as set out below.`,
  experimental: (i) =>
    `You denied ${i.therapy || 'this treatment'} as experimental or investigational. Please tell me which policy and which evidence you relied on. I ask you to weigh the enclosed records and evidence for my own case. A denial on this ground is a medical judgment, and I understand it can be reviewed by an independent reviewer.`,
  'no-prior-authorization': (i) =>
    `The claim for ${i.therapy || 'this treatment'} was denied because prior authorization was not obtained. I ask you to review the claim on its medical merits and, if the rules allow, to grant authorization now. The enclosed records show the care was medically necessary.`,
  'out-of-network': (i) =>
    `The claim for ${i.therapy || 'this treatment'} was denied because the provider is out of network. Please tell me whether any in-network provider offers this care for my condition, and consider covering it at the in-network level because no suitable in-network option was available to me.`,
  coding: (i) =>
    `The denial of the claim for ${i.therapy || 'this treatment'} appears to rest on a coding or billing problem. Please tell me exactly which code or item was wrong. I have asked my provider to review the codes, and I ask you to reprocess the claim once they are corrected.`,
};

/** Non-empty, trimmed lines of a textarea, with list markers removed. */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);

const or = (value: string, placeholder: string) => (value.trim() ? value.trim() : placeholder);

/** The letter as plain text (paragraphs separated by blank lines). Missing fields show as [brackets]. */
export function buildLetter(i: LetterInput): string {
  const rights = RIGHTS[i.planType];
  const treatments = lines(i.treatmentsTried);
  const criteria = lines(i.criteria);
  const enclosures = i.enclosures.map((e) => ENCLOSURES[e]);
  const parts: string[] = [
    or(i.today, '[Date]'),
    `To: ${or(i.payer, '[Insurer or plan name]')}, Appeals`,
    [
      `Re: Appeal of a denial of coverage`,
      `Member: ${or(i.patientName, '[Your name]')}`,
      `Member ID: ${or(i.memberId, '[Member ID]')}`,
      `Claim or reference number: ${or(i.claimNumber, '[Claim number]')}`,
      `Date on the denial notice: ${or(i.noticeDate, '[Date on the notice]')}`,
      ...(i.serviceDate.trim() ? [`Date of service or request: ${i.serviceDate.trim()}`] : []),
      `Treatment: ${or(i.therapy, '[Treatment]')}`,
    ].join('\n'),
    'To whom it may concern:',
    `${rights.ask} I am appealing your decision to deny coverage of ${or(i.therapy, '[treatment]')} for my ${or(i.diagnosis, '[condition]')}.`,
    `The reason you gave: ${DENIAL_REASONS[i.denialReason]}. ${REASON_TEXT[i.denialReason](i)}`,
  ];
  if (treatments.length > 0) {
    parts.push(['Treatments I have already tried:', ...treatments.map((t) => `- ${t}`)].join('\n'));
  }
  if (criteria.length > 0) {
    parts.push(
      [
        'Your policy’s criteria, and how my records show I meet each one:',
        ...criteria.map((c, n) => `${n + 1}. ${c} (see the enclosed records)`),
      ].join('\n'),
    );
  }
  parts.push(
    `${i.doctorName.trim() ? `My doctor, ${i.doctorName.trim()}, supports this appeal; the enclosed letter explains why this treatment is right for me.` : 'My doctor supports this appeal.'} Please have the appeal reviewed by a clinician with expertise in my condition who was not involved in the first decision.`,
    `${rights.fileRight} Please include the medical policy, clinical criteria or guideline you used, and the name and qualifications of the person who reviewed my claim.`,
    `Please send me your decision in writing. ${rights.next}`,
  );
  if (enclosures.length > 0) parts.push(['Enclosures:', ...enclosures.map((e) => `- ${e}`)].join('\n'));
  parts.push(
    ['Sincerely,', '', or(i.patientName, '[Your name]'), `Member ID: ${or(i.memberId, '[Member ID]')}`].join('\n'),
  );
  return parts.join('\n\n');
}

/** A blank input: what the form starts with, and what a bad or missing saved draft falls back to. */
export const emptyLetterInput = (today: string, planType: PlanType = 'marketplace'): LetterInput => ({
  planType,
  payer: '',
  patientName: '',
  memberId: '',
  claimNumber: '',
  therapy: '',
  diagnosis: '',
  denialReason: 'not-medically-necessary',
  noticeDate: '',
  serviceDate: '',
  treatmentsTried: '',
  criteria: '',
  doctorName: '',
  enclosures: ['notice', 'lmn', 'records'],
  today,
});
