/**
 * The parts of the case page the browser draws: one row of a list (a call, a criterion) and the deadlines
 * worked out from the denial. Element trees (src/lib/format/tree.ts), so the reader's words become text
 * nodes and attribute values, never markup. Their words are the page's (`ui(lang).caseFile.view` and
 * `deadlineWords`, src/i18n/), handed in by the page.
 */
import { CASE_LISTS, type Denial, type Field, type ListName } from './case-file.ts';
import { appealSchedule, parseNoticeDate } from './deadlines.ts';
import { deadlineDateView } from './deadline-view.ts';
import { formatDate } from '../format/date.ts';
import { fillWords } from '../format/text.ts';
import { h, type Child, type El } from '../format/tree.ts';
import type { DeadlineRule } from '../../schemas/appeal.ts';
import type { Dictionary } from '../../i18n/en.ts';
import type { DeadlineWords } from '../../i18n/deadline-words.ts';

/** The words of the case page's rows and deadlines. */
export type CaseViewWords = Dictionary['caseFile']['view'];

/** The id of a list row's field: `calls-2-name`. */
export const rowFieldId = (list: ListName, index: number, key: string) => `${list}-${index + 1}-${key}`;

/** A row's name: "Call 2". */
export const rowName = (list: ListName, index: number, w: CaseViewWords) => `${w.rows[list].noun} ${index + 1}`;

const control = (f: Field, id: string, value: string): El =>
  f.type === 'long'
    ? h('textarea', { id, name: f.key, rows: 3 }, value)
    : h('input', { id, name: f.key, type: f.type === 'date' ? 'date' : 'text', value });

/** Row `index` (from 0) of `list`, headed "Call 1", with a labelled control per field and a remove button. */
export function rowView(list: ListName, index: number, values: Readonly<Record<string, string>>, w: CaseViewWords): El {
  const { fields } = CASE_LISTS[list];
  const labels: Readonly<Record<string, string>> = w.rows[list].fields;
  const name = rowName(list, index, w);
  return h(
    'fieldset',
    { class: 'case-row', 'data-row': list },
    h('legend', {}, name),
    fields.map((f) => {
      const id = rowFieldId(list, index, f.key);
      return h('p', {}, h('label', { for: id }, labels[f.key] ?? f.key), h('br'), control(f, id, values[f.key] ?? ''));
    }),
    h(
      'p',
      {},
      h(
        'button',
        { type: 'button', class: 'button', 'data-remove': index },
        fillWords(w.remove, { row: name.toLowerCase() }),
      ),
    ),
  );
}

/** What the page knows of a kind of plan: its name and its first appeal step's time limit. */
export interface CasePlan {
  planType: string;
  label: string;
  first: { name: string; deadline: DeadlineRule };
}

/**
 * The reader's deadlines: the one printed on their notice, if they typed it, and the first step's date under
 * the general rules for their kind of plan, from the date on the notice (the deadline finder's arithmetic).
 */
export function caseDeadlinesView(
  plan: CasePlan | undefined,
  denial: Denial,
  today: string,
  w: CaseViewWords,
  dw: DeadlineWords,
): Child[] {
  const printed = denial.noticeDeadline
    ? h('p', {}, w.printed, h('strong', {}, formatDate(denial.noticeDeadline, dw.lang)), '.')
    : null;
  if (!plan || !denial.noticeDate) return [printed, h('p', {}, w.pick)];
  const parsed = parseNoticeDate(denial.noticeDate, today, dw);
  if (!parsed.ok) return [printed, h('p', {}, parsed.error)];
  const [first] = appealSchedule({ levels: [plan.first] }, parsed.date, today).levels;
  return [
    printed,
    h('p', {}, fillWords(w.firstStep, { plan: plan.label }), h('strong', {}, plan.first.name), '.'),
    first?.deadline ? deadlineDateView(first.deadline, first.daysLeft, dw) : null,
  ];
}
