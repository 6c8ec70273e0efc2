/**
 * Builds an appeal letter from what the reader types: plain, firm, specific, with the appeal rights
 * that apply to their kind of plan, a request for the claim file and the criteria used, and an
 * enclosure list. Pure: the same input always gives the same text, and nothing leaves the page.
 *
 * The wording that cites law (which appeal, under which rule, the right to the claim file) is content:
 * the `letter` block of each plan in content/appeal-deadlines.yaml, with its sources. This file holds
 * only the plain-language parts that do not depend on the plan.
 */
import type { PlanType } from '../../schemas/appeal.ts';
import { DENIAL_REASONS, ENCLOSURES, type DenialReason, type Enclosure } from '../../schemas/denial.ts';
import type { LetterWording } from '../../schemas/letter.ts';

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

/** What the letter says about each denial reason. */
const REASON_TEXT: Record<DenialReason, (i: LetterInput) => string> = {
  'not-medically-necessary': (i) =>
    `You denied ${i.therapy || 'this treatment'} as not medically necessary. My records and my doctor’s letter ` +
    'show that it is medically necessary for me, and that I meet each of the criteria in your policy, as set out below.',
  experimental: (i) =>
    `You denied ${i.therapy || 'this treatment'} as experimental or investigational. ` +
    'Please tell me which policy and which evidence you relied on. ' +
    'I ask you to weigh the enclosed records and evidence for my own case. ' +
    'A denial on this ground is a medical judgment, and I understand it can be reviewed by an independent reviewer.',
  'no-prior-authorization': (i) =>
    `The claim for ${i.therapy || 'this treatment'} was denied because prior authorization was not obtained. ` +
    'I ask you to review the claim on its medical merits and, if the rules allow, to grant authorization now. ' +
    'The enclosed records show the care was medically necessary.',
  'out-of-network': (i) =>
    `The claim for ${i.therapy || 'this treatment'} was denied because the provider is out of network. ` +
    'Please tell me whether any in-network provider offers this care for my condition, and consider covering it ' +
    'at the in-network level because no suitable in-network option was available to me.',
  coding: (i) =>
    `The denial of the claim for ${i.therapy || 'this treatment'} appears to rest on a coding or billing problem. ` +
    'Please tell me exactly which code or item was wrong. ' +
    'I have asked my provider to review the codes, and I ask you to reprocess the claim once they are corrected.',
};

/** Non-empty, trimmed lines of a textarea, with list markers removed. */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);

/** The value, trimmed, or a [placeholder] the reader fills in by hand. */
export const or = (value: string, placeholder: string) => (value.trim() ? value.trim() : placeholder);

/** What the top and the end of each letter need: who writes, about which claim, to whom, and when. */
export type LetterHeadInput = Pick<
  LetterInput,
  'today' | 'payer' | 'patientName' | 'memberId' | 'claimNumber' | 'noticeDate' | 'serviceDate' | 'therapy'
>;

/** The date, the addressee, the reference lines under `subject`, and the greeting: the same in every letter. */
export function letterHead(i: LetterHeadInput, subject: string): string[] {
  return [
    or(i.today, '[Date]'),
    `To: ${or(i.payer, '[Insurer or plan name]')}, Appeals`,
    [
      `Re: ${subject}`,
      `Member: ${or(i.patientName, '[Your name]')}`,
      `Member ID: ${or(i.memberId, '[Member ID]')}`,
      `Claim or reference number: ${or(i.claimNumber, '[Claim number]')}`,
      `Date on the denial notice: ${or(i.noticeDate, '[Date on the notice]')}`,
      ...(i.serviceDate.trim() ? [`Date of service or request: ${i.serviceDate.trim()}`] : []),
      `Treatment: ${or(i.therapy, '[Treatment]')}`,
    ].join('\n'),
    'To whom it may concern:',
  ];
}

/** The signature block. */
export const signOff = (i: LetterHeadInput): string =>
  ['Sincerely,', '', or(i.patientName, '[Your name]'), `Member ID: ${or(i.memberId, '[Member ID]')}`].join('\n');

/**
 * The letter as plain text (paragraphs separated by blank lines). Missing fields show as [brackets].
 * `rights` is the wording for the reader's kind of plan (`i.planType`), from the content.
 */
export function buildLetter(i: LetterInput, rights: LetterWording): string {
  const treatments = lines(i.treatmentsTried);
  const criteria = lines(i.criteria);
  const enclosures = i.enclosures.map((e) => ENCLOSURES[e]);
  const parts: string[] = [
    ...letterHead(i, 'Appeal of a denial of coverage'),
    `${rights.ask} I am appealing your decision to deny coverage of ${or(i.therapy, '[treatment]')} ` +
      `for my ${or(i.diagnosis, '[condition]')}.`,
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
  const doctor = i.doctorName.trim()
    ? `My doctor, ${i.doctorName.trim()}, supports this appeal; ` +
      'the enclosed letter explains why this treatment is right for me.'
    : 'My doctor supports this appeal.';
  parts.push(
    `${doctor} Please have the appeal reviewed by a clinician with expertise in my condition ` +
      'who was not involved in the first decision.',
    `${rights.fileRight} Please include the medical policy, clinical criteria or guideline you used, ` +
      'and the name and qualifications of the person who reviewed my claim.',
    `Please send me your decision in writing. ${rights.next}`,
  );
  if (enclosures.length > 0) parts.push(['Enclosures:', ...enclosures.map((e) => `- ${e}`)].join('\n'));
  parts.push(signOff(i));
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
