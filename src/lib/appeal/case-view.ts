/**
 * The parts of the case page the browser draws: one row of a list (a call, a criterion) and the deadlines
 * worked out from the denial. Element trees (src/lib/format/tree.ts), so the reader's words become text
 * nodes and attribute values, never markup.
 */
import { CASE_LISTS, type Denial, type Field, type ListName } from './case-file.ts';
import { appealSchedule, parseNoticeDate } from './deadlines.ts';
import { deadlineDateView } from './deadline-view.ts';
import { formatDate } from '../format/date.ts';
import { h, type Child, type El } from '../format/tree.ts';
import type { DeadlineRule } from '../../schemas/appeal.ts';

/** The id of a list row's field: `calls-2-name`. */
export const rowFieldId = (list: ListName, index: number, key: string) => `${list}-${index + 1}-${key}`;

const control = (f: Field, id: string, value: string): El =>
  f.type === 'long'
    ? h('textarea', { id, name: f.key, rows: 3 }, value)
    : h('input', { id, name: f.key, type: f.type === 'date' ? 'date' : 'text', value });

/** Row `index` (from 0) of `list`, headed "Call 1", with a labelled control per field and a remove button. */
export function rowView(list: ListName, index: number, values: Readonly<Record<string, string>>): El {
  const { noun, fields } = CASE_LISTS[list];
  const name = `${noun} ${index + 1}`;
  return h(
    'fieldset',
    { class: 'case-row', 'data-row': list },
    h('legend', {}, name),
    fields.map((f) => {
      const id = rowFieldId(list, index, f.key);
      return h('p', {}, h('label', { for: id }, f.label), h('br'), control(f, id, values[f.key] ?? ''));
    }),
    h('p', {}, h('button', { type: 'button', class: 'button', 'data-remove': index }, `Remove ${name.toLowerCase()}`)),
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
export function caseDeadlinesView(plan: CasePlan | undefined, denial: Denial, today: string): Child[] {
  const printed = denial.noticeDeadline
    ? h('p', {}, 'The deadline printed on your notice: ', h('strong', {}, formatDate(denial.noticeDeadline)), '.')
    : null;
  if (!plan || !denial.noticeDate)
    return [
      printed,
      h('p', {}, 'Pick your kind of plan and enter the date on the notice to see your first appeal deadline.'),
    ];
  const parsed = parseNoticeDate(denial.noticeDate, today);
  if (!parsed.ok) return [printed, h('p', {}, parsed.error)];
  const [first] = appealSchedule({ levels: [plan.first] }, parsed.date, today).levels;
  return [
    printed,
    h('p', {}, `First step for ${plan.label}: `, h('strong', {}, plan.first.name), '.'),
    first?.deadline ? deadlineDateView(first.deadline, first.daysLeft) : null,
  ];
}
