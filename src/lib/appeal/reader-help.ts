/**
 * The letter reader's "A person who can help" part: for the state the reader picked and the kind of plan
 * found (or picked), the offices to contact in order, each with its phone (a tel: link), web address or
 * where to look, its sources and the date we checked it; without a state, a link to the state list. An
 * element tree (src/lib/format/tree.ts), kept apart from ./reader-view.ts so the two change separately.
 */
import type { HelpPlan, StateHelp } from '../../schemas/state-help.ts';
import { formatDate } from '../format/date.ts';
import { h, type Child } from '../format/tree.ts';
import type { SitePaths } from '../paths.ts';
import { HELP_PLANS, helpFor, isOffice, planNote, stateEntry, telHref, type HelpStep } from './state-help.ts';

export type HelpPaths = Pick<SitePaths, 'appealFindHelp' | 'appealFindHelpState' | 'sources'>;

const sourceLinks = (paths: HelpPaths, ids: readonly string[]): Child[] =>
  ids.map((id) => [' ', h('a', { href: paths.sources(id) }, '[source]')]);

function office(paths: HelpPaths, s: HelpStep): Child {
  const o = s.office;
  const look = 'lookWhere' in o ? o.lookWhere : undefined;
  return h(
    'li',
    { 'data-help-office': s.kind },
    h('strong', {}, s.info.title),
    o.name ? ` — ${o.name}` : '',
    '. ',
    isOffice(o)
      ? [
          o.phone
            ? ['Phone: ', h('a', { href: telHref(o.phone) }, o.phone), o.phoneNote ? ` (${o.phoneNote})` : '', '. ']
            : '',
          o.url ? ['Web: ', h('a', { href: o.url, rel: 'noopener noreferrer' }, new URL(o.url).hostname), '. '] : '',
        ]
      : [
          look ?? '',
          s.info.list
            ? [' ', h('a', { href: s.info.list.url, rel: 'noopener noreferrer' }, s.info.list.name), '.']
            : '',
        ],
    sourceLinks(paths, o.sources),
    ` Checked ${formatDate(o.checked)}.`,
  );
}

/** The part for `state` (a postal code, or undefined when the reader gave none) and `plan`. */
export function helpView(
  data: StateHelp,
  state: string | undefined,
  plan: HelpPlan | undefined,
  paths: HelpPaths,
): Child {
  const heading = h('h2', { id: 'reader-help' }, 'A person who can help');
  if (!state)
    return [
      heading,
      h(
        'p',
        { 'data-help': 'no-state' },
        'Pick your state above to see who can help here, or ',
        h('a', { href: paths.appealFindHelp(plan) }, 'find a person who can help in your state'),
        '.',
      ),
    ];
  const entry = stateEntry(data, state);
  const steps = helpFor(data, state, plan);
  const note = plan && planNote(data, plan);
  const label = plan && HELP_PLANS.find((p) => p.plan === plan)?.label;
  return [
    heading,
    h('p', {}, `In ${entry.name}${label ? `, for ${label}` : ''}:`),
    note ? h('p', {}, note.note, sourceLinks(paths, note.sources)) : '',
    steps.length > 0
      ? h(
          'ol',
          { class: 'reader-list', 'data-help': entry.code },
          steps.map((s) => office(paths, s)),
        )
      : h(
          'p',
          { 'data-help': entry.code },
          'We list no state office for this kind of plan. Your denial notice says how to appeal.',
        ),
    h('p', {}, h('a', { href: paths.appealFindHelpState(entry.code, plan) }, `Every office in ${entry.name}`)),
  ];
}
