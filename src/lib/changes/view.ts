/**
 * What readers see of a change, the same on the "What changed" page, in the Atom feed and in the note on
 * a coverage page: what it is about, in words; the page it belongs to; the statuses before and after;
 * and a one-line title. In a language's words (src/i18n/ `changes`), with the names, uses and reasons the
 * lookups and the change give in that language.
 */
import type { Change } from '../../schemas/change.ts';
import type { Coverage, CoverageStatus } from '../../schemas/coverage.ts';
import type { Therapy } from '../../schemas/therapy.ts';
import { coverageAnchor } from '../coverage/query.ts';
import { statusView } from '../coverage/status.ts';
import { entryUse } from '../coverage/uses.ts';
import { formatDate } from '../format/date.ts';
import { sitePaths } from '../paths.ts';
import { displayName, fillWords, inSentence } from '../format/text.ts';
import type { Lang } from '../../schemas/language.ts';
import { ui } from '../../i18n/index.ts';
import { changeAnchor, changeId, isCoverageChange, newestFirst } from './record.ts';

/**
 * The data a change view needs, looked up by slug (the content check has proved each one exists), in the
 * language of the view: the therapies' and payers' pages and the coverage entries in their words.
 */
export interface ChangeLookups {
  therapy: (slug: string) => Pick<Therapy, 'title' | 'shortTitle' | 'commonUse' | 'otherUses'>;
  payer: (slug: string) => { title: string; shortTitle?: string | undefined };
  coverage: readonly Coverage[];
}

export interface ChangeView {
  /** Stable id (src/lib/changes/record.ts) and the anchor on the "What changed" page. */
  id: string;
  anchor: string;
  kind: Change['kind'];
  /** "Rule change", "Correction" or "FDA decision", in the view's language. */
  kindLabel: string;
  /** `YYYY-MM-DD` or `YYYY-MM`, as recorded. */
  date: string;
  /** "November 30, 2026", "December 2025". */
  dateText: string;
  /** The day the change was added to the record (YYYY-MM-DD). */
  recorded: string;
  /** Who and what: "Anthem: PRP injections for joint, tendon or muscle pain", "FDA: Stem cell transplant". */
  subject: string;
  /** Site path (without the base) of the page about it: the coverage section, or the treatment page. */
  path: string;
  /** Statuses before and after; absent for FDA decisions, `from` absent when we did not read the old rule. */
  from?: CoverageStatus;
  to?: CoverageStatus;
  /**
   * One line that says what happened, for feed titles:
   * "Anthem: … now “Not covered: investigational” (was “Unknown”)".
   */
  title: string;
  why: string;
  /** The language of `why`: the view's, or English for a change whose reason is not translated yet. */
  whyLang: Lang;
  sources: readonly string[];
}

/**
 * A change as readers of `lang` see it. `c` carries its reason in the language `wordsLang` says (English when
 * absent: src/lib/i18n/localize.ts `localizedChanges`).
 */
export function changeView(c: Change & { wordsLang?: Lang }, data: ChangeLookups, lang: Lang = 'en'): ChangeView {
  const w = ui(lang).changes;
  const quoted = (s: CoverageStatus) => `“${statusView(s, lang).label}”`;
  const therapy = data.therapy(c.therapy);
  const common = {
    id: changeId(c),
    anchor: changeAnchor(c),
    kind: c.kind,
    kindLabel: w.kinds[c.kind],
    date: c.date,
    dateText: formatDate(c.date, lang),
    recorded: c.recorded,
    why: c.why,
    whyLang: c.wordsLang ?? 'en',
    sources: c.sources,
  };
  if (!isCoverageChange(c)) {
    const name = displayName(therapy);
    return {
      ...common,
      subject: fillWords(w.fdaSubject, { therapy: name }),
      path: sitePaths.therapy(c.therapy),
      title: fillWords(w.fdaTitle, { therapy: inSentence(name) }),
    };
  }
  const entry = data.coverage.find(
    (e) => e.payer === c.payer && e.therapy === c.therapy && (e.indication ?? '') === (c.indication ?? ''),
  );
  if (!entry) throw new Error(`No coverage entry for change ${changeId(c)}`);
  const subject = fillWords(w.subject, {
    payer: displayName(data.payer(c.payer)),
    therapy: displayName(therapy),
    use: entryUse(therapy, entry).label,
  });
  const statuses = { to: quoted(c.to), from: c.from ? quoted(c.from) : '' };
  const what = fillWords(
    c.kind === 'correction'
      ? c.from === c.to
        ? w.what.correctedSame
        : w.what.correctedFrom
      : c.from === undefined
        ? w.what.newRule
        : c.from === c.to
          ? w.what.ruleSame
          : w.what.changed,
    statuses,
  );
  return {
    ...common,
    subject,
    path: sitePaths.coverage(c.therapy, c.payer, coverageAnchor(entry)),
    ...(c.from ? { from: c.from } : {}),
    to: c.to,
    title: fillWords(w.entryTitle, { subject, what }),
  };
}

/** Every change as readers of `lang` see it, newest first. */
export const changeViews = (
  changes: readonly (Change & { wordsLang?: Lang })[],
  data: ChangeLookups,
  lang: Lang = 'en',
): ChangeView[] => newestFirst(changes).map((c) => changeView(c, data, lang));

/**
 * The first sentence of the note on a coverage page, in `lang`: "Changed on March 3, 2026: was “Unknown”.",
 * "Corrected on …: we had …", "Corrected on …; the status stayed the same.", "Rule changed in December 2025;
 * the status stayed the same."
 */
export function changeNoteLead(v: ChangeView, lang: Lang = 'en'): string {
  const w = ui(lang).changeNote;
  const said = (s: CoverageStatus) => `“${statusView(s, lang).label}”`;
  const when = fillWords(/^\d{4}-\d{2}-\d{2}$/.test(v.date) ? w.onDay : w.inMonth, { date: formatDate(v.date, lang) });
  if (v.kind === 'correction' && v.from === v.to) return fillWords(w.correctedSame, { when });
  if (v.kind === 'correction' && v.from) return fillWords(w.correctedFrom, { when, from: said(v.from) });
  if (v.from && v.from !== v.to) return fillWords(w.changed, { when, from: said(v.from) });
  if (v.from) return fillWords(w.ruleSame, { when });
  return fillWords(w.rule, { when });
}
