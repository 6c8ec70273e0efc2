/**
 * What the claim-file letter's page hands its script as data (ClaimFileLetter.astro → claim-file-letter.ts):
 * for each language the letter is written in, its words and each plan's sentences that cite the rule; each
 * plan's note for the reader, in the page's language only (the only language it is shown in); and the
 * script's messages. The script holds no words of its own.
 */
import type { LetterSetup } from '../../../lib/appeal/letter-setup.ts';
import type { FileRequestAsk } from '../../../lib/appeal/file-request.ts';
import type { Dictionary } from '../../../i18n/en.ts';
import type { FileRequestWords } from '../../../i18n/letter-words.ts';

export interface ClaimFileSetup extends LetterSetup<
  FileRequestWords,
  FileRequestAsk,
  Dictionary['claimFile']['script']
> {
  /** Each plan's note for the reader (what its rule gives), by plan type, in the page's language. */
  notes: Record<string, string>;
}
