/**
 * What the case page hands its script as data (CaseFile.astro → case-file.ts): the kinds of plan with their
 * first step, the letter builder's words and wording in each language it writes on this page, and every word
 * the script shows, in the page's language. The script holds no words of its own.
 */
import type { LetterSetup } from '../../../lib/appeal/letter-setup.ts';
import type { CasePlan, CaseViewWords } from '../../../lib/appeal/case-view.ts';
import type { Problem } from '../../../lib/appeal/case-file.ts';
import type { Dictionary } from '../../../i18n/en.ts';
import type { DeadlineWords } from '../../../i18n/deadline-words.ts';
import type { AppealLetterWords } from '../../../i18n/letter-words.ts';
import type { LetterRights } from '../../../lib/appeal/letter.ts';

/** The shortest passphrase that locks a file. */
export const MIN_PASSPHRASE = 8;

export interface CaseSetup {
  plans: CasePlan[];
  letters: LetterSetup<AppealLetterWords, LetterRights, unknown>['letters'];
  /** The denial's labels, by field key: what "Also filled in from it: …" names. */
  labels: Record<string, string>;
  view: CaseViewWords;
  problems: Record<Problem, string>;
  messages: Dictionary['caseFile']['script'];
  deadlineWords: DeadlineWords;
}
