/**
 * The question and one-sentence answer of a coverage page, built from its entries so the words always
 * match the data, in the language of the entries' words (src/i18n/ `coverage`).
 */
import type { Coverage } from '../../schemas/coverage.ts';
import type { Lang } from '../../schemas/language.ts';
import { ui } from '../../i18n/index.ts';
import type { CoveragePair } from './query.ts';
import { statusView } from './status.ts';
import { fillWords, inSentence } from '../format/text.ts';

/** The question a coverage page answers: "Does Medicare cover amniotic injections?". */
export const coverageQuestion = (payer: string, therapy: string, lang: Lang = 'en'): string =>
  fillWords(ui(lang).coverage.question, { payer, therapy: inSentence(therapy) });

export function coveragePageText(
  pair: CoveragePair<Coverage>,
  names: { therapy: string; payer: string },
  lang: Lang = 'en',
): { title: string; answer: string; description: string } {
  const w = ui(lang).coverage;
  const title = coverageQuestion(names.payer, names.therapy, lang);
  const [first] = pair.entries;
  if (!first) throw new Error(`No coverage entries for ${pair.therapy} × ${pair.payer}`);
  if (pair.entries.length === 1) return { title, answer: first.answer, description: first.answer };
  // Several indications: the statuses with their uses sit right below the answer, so the answer says only
  // what they have in common; the description (search results) spells each one out.
  const clauses = pair.entries.map((e) =>
    fillWords(w.useClause, { use: e.indicationLabel ?? w.otherUses, status: statusView(e.status, lang).phrase }),
  );
  const description = fillWords(w.dependsDescription, { clauses: clauses.join('; ') });
  const statuses = new Set(pair.entries.map((e) => e.status));
  const answer =
    statuses.size === 1
      ? fillWords(w.sameForAll, { meaning: statusView(first.status, lang).meaning })
      : fillWords(w.dependsAnswer, { payer: names.payer, count: pair.entries.length });
  return { title, answer, description };
}
