/** The deadline views' words in English (src/i18n/deadline-words.ts). */
import type { DeadlineWords } from '../deadline-words.ts';

export const DEADLINE_WORDS_EN: DeadlineWords = {
  lang: 'en',
  day: ['day', 'days'],
  month: ['month', 'months'],
  rule: {
    days: '{count} from {from}',
    receipt: '{base} ({who} assumes you get it {count} after the date on it)',
    months: '{count} from {from}',
    range: '{min} to {max} days from {from}, set by your state',
    automatic: 'moves on automatically after {from}',
  },
  view: {
    fileBy: 'File by {date}',
    passed: 'This date has passed',
    ago: ' ({count} ago). Ask the plan at once whether a late appeal can be accepted for good cause.',
    today: ' (today).',
    fromToday: ' ({count} from today).',
    safe: 'File by {date} to be safe',
    stateMay: '; your state may allow until {date}. Check your notice.',
    automatic: 'This happens automatically: you do not need to file.',
  },
  calendar: {
    summary: 'Appeal deadline: {name}',
    fileBy: 'File by {date}.',
    fileBySafe: 'File by {date} to be safe; your state may allow until {latest}.',
    rule: '{plan}. The general rule is {rule}; the notice is dated {notice}.',
    govern:
      'The date and the rules printed on your own notice govern. Send your appeal early and keep proof of when ' +
      'you sent it.',
  },
  parse: {
    empty: 'Enter the date printed on your notice.',
    format: 'Enter the date as year, month and day, for example 2026-03-15.',
    noSuchDate: 'There is no such date as {value}. Check the day and the month on your notice.',
    future: "The date on the notice can't be after today. Check the date you entered.",
    tooOld:
      'Check the year: {value} is more than {years} years ago. If your notice really is that old, the usual ' +
      'deadlines have passed; ask your plan what you can still do.',
  },
};
