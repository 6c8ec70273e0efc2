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
): { title: string; answer: string } {
  const title = coverageQuestion(names.payer, names.therapy);
  const [first] = pair.entries;
  if (!first) throw new Error(`No coverage entries for ${pair.therapy} × ${pair.payer}`);
  if (pair.entries.length === 1) return { title, answer: first.answer };
  // Several indications: one short clause per indication, in status order.
  const clauses = pair.entries.map((e) => `for ${e.indicationLabel ?? 'other uses'}, ${statusView(e.status).phrase}`);
  return { title, answer: `It depends on the use: ${clauses.join('; ')}.` };
}
