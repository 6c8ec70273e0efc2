/**
 * The question and one-sentence answer of a coverage page, built from its entries so the words always
 * match the data.
 */
import type { Coverage } from '../../schemas/coverage.ts';
import type { CoveragePair } from './query.ts';
import { statusView } from './status.ts';
import { inSentence } from '../format/text.ts';

/** The question a coverage page answers: "Does Medicare cover amniotic injections?". */
export const coverageQuestion = (payer: string, therapy: string): string =>
  `Does ${payer} cover ${inSentence(therapy)}?`;

export function coveragePageText(
  pair: CoveragePair<Coverage>,
  names: { therapy: string; payer: string },
): { title: string; answer: string; description: string } {
  const title = coverageQuestion(names.payer, names.therapy);
  const [first] = pair.entries;
  if (!first) throw new Error(`No coverage entries for ${pair.therapy} × ${pair.payer}`);
  if (pair.entries.length === 1) return { title, answer: first.answer, description: first.answer };
  // Several indications: the statuses with their uses sit right below the answer, so the answer says only
  // what they have in common; the description (search results) spells each one out.
  const clauses = pair.entries.map((e) => `for ${e.indicationLabel ?? 'other uses'}, ${statusView(e.status).phrase}`);
  const description = `It depends on the use: ${clauses.join('; ')}.`;
  const statuses = new Set(pair.entries.map((e) => e.status));
  const answer =
    statuses.size === 1
      ? `${statusView(first.status).meaning}, for every use and plan we found. Each answer is below.`
      : `It depends on the use or the plan. ${names.payer} has ${pair.entries.length} different answers, listed below.`;
  return { title, answer, description };
}
