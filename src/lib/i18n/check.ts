/**
 * Checks the translations in content/<lang>/ against the English: each entry names an English one; the
 * facts (every digit-holding token: amounts, dates, codes, policy numbers) of each text match the
 * English text's; no text uses a word the fixed glossary (content/es/terms.yaml) says to avoid; and a
 * translation whose English words changed since it was stamped is listed as stale (a warning: the page
 * still builds, and says when it was last reviewed).
 */
import type { Problem } from '../content/problem.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Source } from '../../schemas/source.ts';
import type { FixedTerms, GlossaryTranslation, SourceNotesTranslation } from '../../schemas/translation.ts';
import { factDifference } from './facts.ts';
import { wordsVersion } from './version.ts';

/** The English words a glossary translation covers, in the form its version is taken from. */
export const glossaryWords = (terms: readonly GlossaryTerm[]) =>
  terms.map((t) => [t.id, t.term, t.definition, t.aliases]);

/** The English words a source-notes translation covers: the notes of the sources it translates. */
export const sourceNoteWords = (sources: readonly Source[], ids: readonly string[]) => {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return ids.map((id) => [id, byId.get(id)?.note ?? '']);
};

/** Whole-word, case-blind search for a word or phrase (letters with accents count as letters). */
const hasWord = (text: string, word: string): boolean =>
  new RegExp(`(?<![\\p{L}\\d])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'iu').test(text);

/** Problems for each avoided word of the fixed glossary that a text uses. */
export function avoidedWords(terms: FixedTerms, file: string, field: string, text: string): Problem[] {
  return terms.flatMap((t) =>
    t.avoid
      .filter((w) => hasWord(text, w))
      .map((w) => ({
        file,
        field,
        value: w,
        message: `uses another word for "${t.en}": write "${t.es}"`,
      })),
  );
}

/** Problems for facts in the English text that the translation lacks, or states and the English does not. */
export function factProblems(file: string, field: string, english: string, translated: string): Problem[] {
  const { missing, added } = factDifference(english, translated);
  return [
    ...missing.map((f) => ({ file, field, value: f, message: 'lacks a fact of the English' })),
    ...added.map((f) => ({ file, field, value: f, message: 'states a fact the English does not' })),
  ];
}

/** A warning when the English words changed since the translation's version was stamped. */
export function staleness(file: string, translates: { file: string; version: string }, current: string): string[] {
  if (translates.version === current) return [];
  return [
    `${file}: translates ${translates.file} as of version ${translates.version}; the English is now ${current}. ` +
      `Bring the translation up to date, then run: npm run translations -- --stamp ${file}`,
  ];
}

export function checkGlossaryTranslation(
  t: GlossaryTranslation,
  file: string,
  english: readonly GlossaryTerm[],
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const byId = new Map(english.map((g) => [g.id, g]));
  const seen = new Set<string>();
  t.terms.forEach((entry, i) => {
    const en = byId.get(entry.id);
    if (!en) {
      problems.push({
        file,
        field: `terms[${i}].id`,
        value: entry.id,
        message: 'is not a term of the English glossary',
      });
      return;
    }
    if (seen.has(entry.id))
      problems.push({ file, field: `terms[${i}].id`, value: entry.id, message: 'is translated twice' });
    seen.add(entry.id);
    problems.push(
      ...factProblems(file, `terms[${i}].definition`, en.definition, entry.definition),
      ...avoidedWords(terms, file, `terms[${i}].term`, entry.term),
      ...avoidedWords(terms, file, `terms[${i}].definition`, entry.definition),
      ...avoidedWords(terms, file, `terms[${i}].aliases`, entry.aliases.join(', ')),
    );
  });
  for (const g of english)
    if (!seen.has(g.id))
      problems.push({ file, field: 'terms', value: g.id, message: 'has no translation of this English term' });
  return { problems, warnings: staleness(file, t.translates, wordsVersion(glossaryWords(english))) };
}

export function checkSourceNotesTranslation(
  t: SourceNotesTranslation,
  file: string,
  sources: readonly Source[],
  terms: FixedTerms,
): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const byId = new Map(sources.map((s) => [s.id, s]));
  t.notes.forEach((entry, i) => {
    const en = byId.get(entry.id);
    if (!en?.note) {
      problems.push({ file, field: `notes[${i}].id`, value: entry.id, message: 'is not a source with a note' });
      return;
    }
    problems.push(
      ...factProblems(file, `notes[${i}].note`, en.note, entry.note),
      ...avoidedWords(terms, file, `notes[${i}].note`, entry.note),
    );
  });
  const ids = t.notes.map((n) => n.id);
  return { problems, warnings: staleness(file, t.translates, wordsVersion(sourceNoteWords(sources, ids))) };
}
