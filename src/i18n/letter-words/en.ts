/** The letters' words in English (src/i18n/letter-words.ts): what the insurer reads. */
import type { LetterWords } from '../letter-words.ts';
import { DENIAL_REASONS, ENCLOSURES } from '../../schemas/denial.ts';

export const LETTER_WORDS_EN: LetterWords = {
  lang: 'en',
  blank: {
    date: '[Date]',
    payer: '[Insurer or plan name]',
    name: '[Your name]',
    memberId: '[Member ID]',
    claim: '[Claim number]',
    notice: '[Date on the notice]',
    treatment: '[Treatment]',
    treatmentInText: '[treatment]',
    condition: '[condition]',
  },
  head: {
    to: 'To: {value}, Appeals',
    re: 'Re: {value}',
    member: 'Member: {value}',
    memberId: 'Member ID: {value}',
    claim: 'Claim or reference number: {value}',
    notice: 'Date on the denial notice: {value}',
    service: 'Date of service or request: {value}',
    treatment: 'Treatment: {value}',
    greeting: 'To whom it may concern:',
    closing: 'Sincerely,',
  },
  appeal: {
    subject: 'Appeal of a denial of coverage',
    opening: '{ask} I am appealing your decision to deny coverage of {treatment} for my {condition}.',
    reason: 'The reason you gave: {label}. {text}',
    reasons: DENIAL_REASONS,
    reasonText: {
      'not-medically-necessary':
        'You denied {treatment} as not medically necessary. My records and my doctor’s letter show that it is ' +
        'medically necessary for me, and that I meet each of the criteria in your policy, as set out below.',
      experimental:
        'You denied {treatment} as experimental or investigational. Please tell me which policy and which evidence ' +
        'you relied on. I ask you to weigh the enclosed records and evidence for my own case. A denial on this ' +
        'ground is a medical judgment, and I understand it can be reviewed by an independent reviewer.',
      'no-prior-authorization':
        'The claim for {treatment} was denied because prior authorization was not obtained. I ask you to review the ' +
        'claim on its medical merits and, if the rules allow, to grant authorization now. The enclosed records show ' +
        'the care was medically necessary.',
      'out-of-network':
        'The claim for {treatment} was denied because the provider is out of network. Please tell me whether any ' +
        'in-network provider offers this care for my condition, and consider covering it at the in-network level ' +
        'because no suitable in-network option was available to me.',
      coding:
        'The denial of the claim for {treatment} appears to rest on a coding or billing problem. Please tell me ' +
        'exactly which code or item was wrong. I have asked my provider to review the codes, and I ask you to ' +
        'reprocess the claim once they are corrected.',
    },
    thisTreatment: 'this treatment',
    tried: 'Treatments I have already tried:',
    criteria: 'Your policy’s criteria, and how my records show I meet each one:',
    criterion: '{n}. {criterion} (see the enclosed records)',
    doctorNamed:
      'My doctor, {doctor}, supports this appeal; the enclosed letter explains why this treatment is right for me.',
    doctorUnnamed: 'My doctor supports this appeal.',
    reviewer:
      '{doctor} Please have the appeal reviewed by a clinician with expertise in my condition who was not involved ' +
      'in the first decision.',
    fileRight:
      '{fileRight} Please include the medical policy, clinical criteria or guideline you used, and the name and ' +
      'qualifications of the person who reviewed my claim.',
    decision: 'Please send me your decision in writing. {next}',
    enclosuresHeading: 'Enclosures:',
    enclosures: ENCLOSURES,
  },
  fileRequest: {
    subject: 'Request for my claim file and the criteria used',
    intro:
      'You denied coverage of {treatment}. Before I appeal, I am asking for the information you used to make that ' +
      'decision.',
    reviewers:
      'Please also tell me the name and qualifications of each person who reviewed my claim, and include any notes, ' +
      'reports or opinions they wrote about it.',
    soon:
      'Please send these as soon as you can, because my time to appeal is running. This letter is not my appeal: I ' +
      'will file my appeal within the time limit on my notice.',
  },
};
