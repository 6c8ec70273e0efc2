/**
 * The letter asking the plan for the claim file and the criteria it used to deny, to send before the appeal
 * so the appeal can answer them. Pure: the same input always gives the same text, and nothing leaves the page.
 *
 * The sentences that cite law (which rule gives the file, whether free of charge) are content: each plan's
 * `fileRequest` block in content/appeal-deadlines.yaml, with its sources. Where we could not read a rule,
 * that block asks without citing one. This file holds only the plain parts that do not depend on the plan.
 */
import type { PlanType } from '../../schemas/plan-type.ts';
import type { FileRequestWording } from '../../schemas/letter.ts';
import { letterHead, or, signOff, type LetterHeadInput } from './letter.ts';

export type FileRequestInput = LetterHeadInput & { planType: PlanType };

/** The letter as plain text (paragraphs separated by blank lines); missing fields show as [brackets]. */
export function buildFileRequest(i: FileRequestInput, wording: FileRequestWording): string {
  return [
    ...letterHead(i, 'Request for my claim file and the criteria used'),
    `You denied coverage of ${or(i.therapy, '[treatment]')}. ` +
      'Before I appeal, I am asking for the information you used to make that decision.',
    wording.ask,
    wording.criteria,
    'Please also tell me the name and qualifications of each person who reviewed my claim, and include any notes, reports or opinions they wrote about it.',
    'Please send these as soon as you can, because my time to appeal is running. This letter is not my appeal: I will file my appeal within the time limit on my notice.',
    signOff(i),
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
