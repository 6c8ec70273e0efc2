/**
 * The label a withdrawn, superseded or retired source carries wherever it is cited, so a reader never
 * mistakes an old document for the rule in force: "Withdrawn December 24, 2025: never took effect."
 */
import type { Source, SourceStatus } from '../../schemas/source.ts';
import type { Lang } from '../../schemas/language.ts';
import { ui } from '../../i18n/index.ts';
import { formatDate } from './date.ts';

/**
 * `replacedBy` is the citation label of the replacing source, when the status names one. The status note
 * is our English; in another language it is marked as English.
 */
export function sourceStatusLine(status: SourceStatus, replacedBy?: string, lang: Lang = 'en'): string {
  const t = ui(lang).sources;
  const word = t.status[status.kind];
  const head = status.date ? `${word} ${formatDate(status.date, lang)}` : word;
  const note = status.note && (lang === 'en' ? status.note : `${status.note} ${t.inSourceLanguage}`);
  const parts = [note, replacedBy && t.replacedBy(replacedBy)].filter(Boolean);
  return parts.length ? `${head}: ${parts.join('; ')}.` : `${head}.`;
}

/**
 * The label of a source that is no longer in force, or undefined while it is: every place that lists a source
 * or a policy (source lists, a payer's named policies, a coverage entry's policy, the letter reader) says it
 * the same way. `label` gives the replacing document's citation label by id (the site's labels tell sources apart).
 */
export function endedLabel(s: Source, label: (id: string) => string, lang: Lang = 'en'): string | undefined {
  return s.status && sourceStatusLine(s.status, s.status.replacedBy && label(s.status.replacedBy), lang);
}
