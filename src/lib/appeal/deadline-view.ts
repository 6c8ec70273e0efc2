/**
 * The deadline finder's one new line per plan: the first level's deadline as a date, added by the browser
 * to the level the page already shows (the levels themselves are server-rendered, once). An element tree
 * (src/lib/format/tree.ts), so it is built as DOM nodes, never parsed from a string.
 */
import type { Deadline } from './deadlines.ts';
import { formatDate } from '../format/date.ts';
import { h, type Child } from '../format/tree.ts';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "File by November 22, 2026 (53 days from today)." `daysLeft` counts to the date (the earliest of a range). */
export function deadlineDateView(deadline: Deadline, daysLeft: number | null): Child {
  const p = (...children: Child[]) => h('p', { class: 'deadline-date' }, ...children);
  switch (deadline.kind) {
    case 'date':
      return p(
        h('strong', { 'data-deadline': deadline.date }, `File by ${formatDate(deadline.date)}`),
        daysLeft === null
          ? '.'
          : daysLeft < 0
            ? [
                '. ',
                h('strong', {}, 'This date has passed'),
                ` (${days(-daysLeft)} ago). Ask the plan at once whether a late appeal can be accepted for good cause.`,
              ]
            : daysLeft === 0
              ? ' (today).'
              : ` (${days(daysLeft)} from today).`,
      );
    case 'range':
      return p(
        h('strong', { 'data-deadline': deadline.earliest }, `File by ${formatDate(deadline.earliest)} to be safe`),
        `; your state may allow until ${formatDate(deadline.latest)}. Check your notice.`,
      );
    case 'automatic':
      return p('This happens automatically: you do not need to file.');
  }
}
