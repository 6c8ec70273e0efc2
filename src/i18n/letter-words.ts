/**
 * The words of the letters the appeal tools write (the appeal letter, src/lib/appeal/letter.ts, and the
 * letter asking for the claim file, src/lib/appeal/file-request.ts), per language of the letter: a section of
 * each dictionary (`ui(lang).letterWords`) kept in its own small modules (letter-words/en.ts, es.ts). A page
 * hands its script the words of each language its letter can be written in, as data. The wording that cites
 * law is not here: it is content (each plan's `letter` and `fileRequest` blocks in
 * content/appeal-deadlines.yaml, and their Spanish in content/es/appeal-deadlines.yaml). `{…}` marks are
 * filled in by the letter (src/lib/format/text.ts `fillWords`).
 */
import type { Lang } from '../schemas/language.ts';
import type { DenialReason, Enclosure } from '../schemas/denial.ts';
import { LETTER_WORDS_EN } from './letter-words/en.ts';
import { LETTER_WORDS_ES } from './letter-words/es.ts';

export interface LetterWords {
  lang: Lang;
  /** What stands in the letter for a field the reader left empty, for them to fill in by hand. */
  blank: {
    date: string;
    payer: string;
    name: string;
    memberId: string;
    claim: string;
    notice: string;
    /** The treatment on its own line ("Treatment: [Treatment]"). */
    treatment: string;
    /** The treatment inside a sentence ("… coverage of [treatment] for …"). */
    treatmentInText: string;
    condition: string;
  };
  /** The top of every letter: addressee, reference lines (`{value}`) and greeting; the closing. */
  head: {
    to: string;
    re: string;
    member: string;
    memberId: string;
    claim: string;
    notice: string;
    service: string;
    treatment: string;
    greeting: string;
    closing: string;
  };
  /** The appeal letter's own words, around the plan's wording (`{ask}`, `{fileRight}`, `{next}`). */
  appeal: {
    subject: string;
    opening: string;
    /** "The reason you gave: {label}. {text}" */
    reason: string;
    /** Each denial reason as a reader recognizes it; in English, also the letter builder's menu. */
    reasons: Readonly<Record<DenialReason, string>>;
    /** What the letter says about each reason (`{treatment}`). */
    reasonText: Readonly<Record<DenialReason, string>>;
    /** Stands for the treatment in the reason's paragraph when the reader left it empty. */
    thisTreatment: string;
    tried: string;
    criteria: string;
    criterion: string;
    doctorNamed: string;
    doctorUnnamed: string;
    reviewer: string;
    fileRight: string;
    decision: string;
    enclosuresHeading: string;
    /** What a reader can send with an appeal, as the letter lists it. */
    enclosures: Readonly<Record<Enclosure, string>>;
  };
  /** The letter asking for the claim file and the criteria, around the plan's `fileRequest` wording. */
  fileRequest: {
    subject: string;
    intro: string;
    reviewers: string;
    soon: string;
  };
}

/** What the appeal letter needs of them, and what the claim-file letter does: a page ships only these. */
export type AppealLetterWords = Pick<LetterWords, 'lang' | 'blank' | 'head' | 'appeal'>;
export type FileRequestWords = Pick<LetterWords, 'lang' | 'blank' | 'head' | 'fileRequest'>;
export const appealLetterWords = ({ lang, blank, head, appeal }: LetterWords): AppealLetterWords => ({
  lang,
  blank,
  head,
  appeal,
});
export const fileRequestWords = ({ lang, blank, head, fileRequest }: LetterWords): FileRequestWords => ({
  lang,
  blank,
  head,
  fileRequest,
});

export const LETTER_WORDS: Record<Lang, LetterWords> = { en: LETTER_WORDS_EN, es: LETTER_WORDS_ES };
