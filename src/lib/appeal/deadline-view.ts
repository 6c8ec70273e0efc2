/**
 * The deadline finder's one new line per plan: the first level's deadline as a date, added by the browser
 * to the level the page already shows (the levels themselves are server-rendered, once). An element tree
 * (src/lib/format/tree.ts), so it is built as DOM nodes, never parsed from a string. Its words come from the
 * page's language (src/i18n/deadline-words.ts).
 */
import type { Deadline } from './deadlines.ts';
import { formatDate } from '../format/date.ts';
import { fillWords } from '../format/text.ts';
import { h, type Child } from '../format/tree.ts';
import type { DeadlineWords } from '../../i18n/deadline-words.ts';
import { DEADLINE_WORDS_EN } from '../../i18n/deadline-words/en.ts';

/** "File by November 22, 2026 (53 days from today)." `daysLeft` counts to the date (the earliest of a range). */
export function deadlineDateView(
  deadline: Deadline,
  daysLeft: number | null,
  words: DeadlineWords = DEADLINE_WORDS_EN,
): Child {
  const w = words.view;
  const date = (d: string) => formatDate(d, words.lang);
  const days = (n: number) => `${n} ${n === 1 ? words.day[0] : words.day[1]}`;
  const p = (...children: Child[]) => h('p', { class: 'deadline-date' }, ...children);
  switch (deadline.kind) {
    case 'date':
      return p(
        h('strong', { 'data-deadline': deadline.date }, fillWords(w.fileBy, { date: date(deadline.date) })),
        daysLeft === null
          ? '.'
          : daysLeft < 0
            ? ['. ', h('strong', {}, w.passed), fillWords(w.ago, { count: days(-daysLeft) })]
            : daysLeft === 0
              ? w.today
              : fillWords(w.fromToday, { count: days(daysLeft) }),
      );
    case 'range':
      return p(
        h('strong', { 'data-deadline': deadline.earliest }, fillWords(w.safe, { date: date(deadline.earliest) })),
        fillWords(w.stateMay, { date: date(deadline.latest) }),
      );
    case 'automatic':
      return p(w.automatic);
  }
}
