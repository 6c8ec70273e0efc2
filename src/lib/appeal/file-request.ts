/**
 * The letter asking the plan for the claim file and the criteria it used to deny, to send before the appeal
 * so the appeal can answer them. Pure: the same input always gives the same text, and nothing leaves the page.
 *
 * The sentences that cite law (which rule gives the file, whether free of charge) are content: each plan's
 * `fileRequest` block in content/appeal-deadlines.yaml, with its sources. Where we could not read a rule,
 * that block asks without citing one. The plain parts that do not depend on the plan are words of the letter's
 * language (src/i18n/letter-words.ts), handed in by the caller.
 */
import type { PlanType } from '../../schemas/plan-type.ts';
import type { FileRequestWording } from '../../schemas/letter.ts';
import type { FileRequestWords } from '../../i18n/letter-words.ts';
import { fillWords } from '../format/text.ts';
import { letterHead, or, signOff, type LetterHeadInput } from './letter.ts';

export type FileRequestInput = LetterHeadInput & { planType: PlanType };

/** The sentences of a plan's `fileRequest` wording that the letter writes (not its note for the reader). */
export type FileRequestAsk = Pick<FileRequestWording, 'ask' | 'criteria'>;

/** Only the sentences the claim-file letter's script needs of a plan's wording (the page hands it nothing else). */
export const fileRequestAsk = ({ ask, criteria }: FileRequestAsk): FileRequestAsk => ({ ask, criteria });

/**
 * The letter as plain text (paragraphs separated by blank lines), in the language of `w`, with `wording` in
 * the same language; missing fields show as [brackets].
 */
export function buildFileRequest(i: FileRequestInput, wording: FileRequestAsk, w: FileRequestWords): string {
  const f = w.fileRequest;
  return [
    ...letterHead(i, f.subject, w),
    fillWords(f.intro, { treatment: or(i.therapy, w.blank.treatmentInText) }),
    wording.ask,
    wording.criteria,
    f.reviewers,
    f.soon,
    signOff(i, w),
  ].join('\n\n');
}

/** A blank input: what the form starts with. */
export const emptyFileRequest = (today: string, planType: PlanType = 'marketplace'): FileRequestInput => ({
  planType,
  payer: '',
  patientName: '',
  memberId: '',
  claimNumber: '',
  noticeDate: '',
  serviceDate: '',
  therapy: '',
  today,
});
