/**
 * The letter reader's "A person who can help" part: for the state the reader picked and the kind of plan
 * found (or picked), the offices to contact in order, each with its phone (a tel: link), web address or
 * where to look, its sources and the date we checked it; without a state, a link to the state list. An
 * element tree (src/lib/format/tree.ts), kept apart from ./reader-view.ts so the two change separately. Its
 * words are the page's (`ui(lang).stateHelp`) and the help data in the page's language (data.stateHelpIn);
 * offices' own names stay as the offices write them, marked with `namesLang` on a page in another language.
 */
import type { HelpPlan, StateHelp } from '../../schemas/state-help.ts';
import { formatDate } from '../format/date.ts';
import { fillWords } from '../format/text.ts';
import { h, type Child } from '../format/tree.ts';
import type { SitePaths } from '../paths.ts';
import type { Dictionary } from '../../i18n/en.ts';
import type { Lang } from '../../schemas/language.ts';
import { helpFor, isOffice, planNote, stateEntry, telHref, type HelpStep } from './state-help.ts';

export type HelpPaths = Pick<SitePaths, 'appealFindHelp' | 'appealFindHelpState' | 'sources'>;

/** The page's words for the help, its language, and the language offices' own names are in when it differs. */
export interface HelpWords {
  words: Dictionary['stateHelp'];
  lang: Lang;
  namesLang?: string | undefined;
}

const sourceLinks = (paths: HelpPaths, ids: readonly string[], w: HelpWords): Child[] =>
  ids.map((id) => [' ', h('a', { href: paths.sources(id) }, w.words.source)]);

function office(paths: HelpPaths, s: HelpStep, w: HelpWords): Child {
  const o = s.office;
  const look = 'lookWhere' in o ? o.lookWhere : undefined;
  const t = w.words;
  return h(
    'li',
    { 'data-help-office': s.kind },
    h('strong', {}, s.info.title),
    o.name ? [' — ', h('span', { lang: w.namesLang }, o.name)] : '',
    '. ',
    isOffice(o)
      ? [
          o.phone
            ? [`${t.phone} `, h('a', { href: telHref(o.phone) }, o.phone), o.phoneNote ? ` (${o.phoneNote})` : '', '. ']
            : '',
          o.url
            ? [`${t.web} `, h('a', { href: o.url, rel: 'noopener noreferrer' }, new URL(o.url).hostname), '. ']
            : '',
        ]
      : [
          look ?? '',
          s.info.list
            ? [
                ' ',
                h('a', { href: s.info.list.url, rel: 'noopener noreferrer', lang: w.namesLang }, s.info.list.name),
                '.',
              ]
            : '',
        ],
    sourceLinks(paths, o.sources, w),
    ` ${fillWords(t.checked, { date: formatDate(o.checked, w.lang) })}`,
  );
}

/** The part for `state` (a postal code, or undefined when the reader gave none) and `plan`. */
export function helpView(
  data: StateHelp,
  state: string | undefined,
  plan: HelpPlan | undefined,
  paths: HelpPaths,
  w: HelpWords,
): Child {
  const t = w.words;
  const heading = h('h2', { id: 'reader-help' }, t.heading);
  if (!state)
    return [
      heading,
      h('p', { 'data-help': 'no-state' }, t.pickState, h('a', { href: paths.appealFindHelp(plan) }, t.findLink), '.'),
    ];
  const entry = stateEntry(data, state);
  const steps = helpFor(data, state, plan);
  const note = plan && planNote(data, plan);
  return [
    heading,
    h('p', {}, fillWords(plan ? t.inStateFor : t.inState, { state: entry.name, plan: plan ? t.plans[plan] : '' })),
    note ? h('p', {}, note.note, sourceLinks(paths, note.sources, w)) : '',
    steps.length > 0
      ? h(
          'ol',
          { class: 'reader-list', 'data-help': entry.code },
          steps.map((s) => office(paths, s, w)),
        )
      : h('p', { 'data-help': entry.code }, t.none),
    h(
      'p',
      {},
      h('a', { href: paths.appealFindHelpState(entry.code, plan) }, fillWords(t.every, { state: entry.name })),
    ),
  ];
}
