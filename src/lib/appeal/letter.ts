/**
 * Builds an appeal letter from what the reader types: plain, firm, specific, with the appeal rights
 * that apply to their kind of plan, a request for the claim file and the criteria used, and an
 * enclosure list. Pure: the same input always gives the same text, and nothing leaves the page.
 *
 * The wording that cites law (which appeal, under which rule, the right to the claim file) is content:
 * the `letter` block of each plan in content/appeal-deadlines.yaml (and its Spanish in
 * content/es/appeal-deadlines.yaml), with its sources. The plain-language parts that do not depend on the
 * plan are words of the letter's language (src/i18n/letter-words.ts), handed in by the caller.
 */
import type { PlanType } from '../../schemas/appeal.ts';
import type { DenialReason, Enclosure } from '../../schemas/denial.ts';
import type { LetterWording } from '../../schemas/letter.ts';
import type { AppealLetterWords, LetterWords } from '../../i18n/letter-words.ts';
import { fillWords } from '../format/text.ts';

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
export function letterHead(i: LetterHeadInput, subject: string, w: Pick<LetterWords, 'blank' | 'head'>): string[] {
  const line = (template: string, value: string) => fillWords(template, { value });
  return [
    or(i.today, w.blank.date),
    line(w.head.to, or(i.payer, w.blank.payer)),
    [
      line(w.head.re, subject),
      line(w.head.member, or(i.patientName, w.blank.name)),
      line(w.head.memberId, or(i.memberId, w.blank.memberId)),
      line(w.head.claim, or(i.claimNumber, w.blank.claim)),
      line(w.head.notice, or(i.noticeDate, w.blank.notice)),
      ...(i.serviceDate.trim() ? [line(w.head.service, i.serviceDate.trim())] : []),
      line(w.head.treatment, or(i.therapy, w.blank.treatment)),
    ].join('\n'),
    w.head.greeting,
  ];
}

/** The signature block. */
export const signOff = (i: LetterHeadInput, w: Pick<LetterWords, 'blank' | 'head'>): string =>
  [
    w.head.closing,
    '',
    or(i.patientName, w.blank.name),
    fillWords(w.head.memberId, { value: or(i.memberId, w.blank.memberId) }),
  ].join('\n');

/** The sentences of a plan's `letter` wording that the letter writes; its sources are listed on the page. */
export type LetterRights = Pick<LetterWording, 'ask' | 'next' | 'fileRight'>;

/** Only the sentences a letter tool's script needs of a plan's wording (the page hands it nothing else). */
export const letterRights = ({ ask, next, fileRight }: LetterRights): LetterRights => ({ ask, next, fileRight });

/**
 * The letter as plain text (paragraphs separated by blank lines), in the language of `w`. Missing fields
 * show as [brackets]. `rights` is the wording for the reader's kind of plan (`i.planType`), from the content,
 * in the same language as `w`: the same input gives the same letter in each language, fact for fact.
 */
export function buildLetter(i: LetterInput, rights: LetterRights, w: AppealLetterWords): string {
  const a = w.appeal;
  const treatments = lines(i.treatmentsTried);
  const criteria = lines(i.criteria);
  const enclosures = i.enclosures.map((e) => a.enclosures[e]);
  const parts: string[] = [
    ...letterHead(i, a.subject, w),
    fillWords(a.opening, {
      ask: rights.ask,
      treatment: or(i.therapy, w.blank.treatmentInText),
      condition: or(i.diagnosis, w.blank.condition),
    }),
    fillWords(a.reason, {
      label: a.reasons[i.denialReason],
      text: fillWords(a.reasonText[i.denialReason], { treatment: or(i.therapy, a.thisTreatment) }),
    }),
  ];
  if (treatments.length > 0) parts.push([a.tried, ...treatments.map((t) => `- ${t}`)].join('\n'));
  if (criteria.length > 0)
    parts.push([a.criteria, ...criteria.map((c, n) => fillWords(a.criterion, { n: n + 1, criterion: c }))].join('\n'));
  const doctor = i.doctorName.trim() ? fillWords(a.doctorNamed, { doctor: i.doctorName.trim() }) : a.doctorUnnamed;
  parts.push(
    fillWords(a.reviewer, { doctor }),
    fillWords(a.fileRight, { fileRight: rights.fileRight }),
    fillWords(a.decision, { next: rights.next }),
  );
  if (enclosures.length > 0) parts.push([a.enclosuresHeading, ...enclosures.map((e) => `- ${e}`)].join('\n'));
  parts.push(signOff(i, w));
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
