/**
 * What the letter reader shows: what it found, each with the words it was found in; what it did not find,
 * with the question that settles it; then the reason's explanation, the deadline as a date, whether an
 * outside review is open, the letter asking for the claim file, and a letter builder link filled in with
 * what is known. An element tree (src/lib/format/tree.ts), so the browser builds it as DOM nodes and never
 * parses a string.
 */
import type { AppealLevel } from '../../schemas/appeal.ts';
import {
  DENIAL_REASONS,
  NOTICE_ONLY_REASONS,
  isKeyOf,
  type DenialReason,
  type NoticeReason,
} from '../../schemas/denial.ts';
import { PLAN_TYPE_IDS, type NoticePlan, type PlanType } from '../../schemas/plan-type.ts';
import { REASON_HELP } from '../flow/appeal-outcome.ts';
import { formatDate } from '../format/date.ts';
import { h, type Child } from '../format/tree.ts';
import type { SitePaths } from '../paths.ts';
import { appealSchedule } from './deadlines.ts';
import { deadlineDateView } from './deadline-view.ts';
import type { Evidence, LetterReading } from './reader.ts';

/** What the page hands the view besides the reading. */
export interface ReaderContext {
  today: string;
  /** Each appeal plan's label and steps (content/appeal-deadlines.yaml). */
  plans: { planType: PlanType; label: string; levels: Pick<AppealLevel, 'id' | 'name' | 'decides' | 'deadline'>[] }[];
  /** The label for workers' comp, which has no appeal data. */
  workersCompLabel: string;
  paths: Pick<
    SitePaths,
    'guide' | 'appealLetter' | 'appealClaimFile' | 'sources' | 'therapy' | 'payer' | 'appealDeadlines'
  >;
  /** The source id that says which denials can go to external review. */
  externalReviewSource: string;
}

/** What the reader settled themselves (a menu or date they changed); it wins over what was found. */
export interface ReaderChoices {
  plan?: NoticePlan;
  reason?: NoticeReason;
  date?: string;
}

export const reasonLabel = (r: NoticeReason): string =>
  isKeyOf(DENIAL_REASONS, r) ? DENIAL_REASONS[r] : NOTICE_ONLY_REASONS[r as keyof typeof NOTICE_ONLY_REASONS].label;

/** The reason the letter builder and the guide use for a reason found on a notice (none for an exclusion). */
export const letterReason = (r: NoticeReason): DenialReason | undefined =>
  isKeyOf(DENIAL_REASONS, r) ? r : NOTICE_ONLY_REASONS[r as keyof typeof NOTICE_ONLY_REASONS].letterReason;

const isPlanType = (p: string): p is PlanType => (PLAN_TYPE_IDS as readonly string[]).includes(p);

const quote = (e: Evidence): Child => h('q', { class: 'found-in' }, e.line);
/** Up to three distinct lines the finding came from, each quoted. */
const foundIn = (list: Evidence[]): Child => {
  const lines = [...new Set(list.map((e) => e.line))].slice(0, 3);
  return lines.length === 0
    ? null
    : h(
        'span',
        { class: 'evidence' },
        ' Found in: ',
        lines.map((line, i) => [i > 0 ? ' · ' : '', h('q', { class: 'found-in' }, line)]),
      );
};

const notFound = (what: string, ask: Child): Child =>
  h('li', { 'data-missing': what }, h('strong', {}, `${what}: not found. `), ask);

/** The letter builder address, filled in after `#` so nothing reaches any server when it opens. */
export function letterLink(
  ctx: ReaderContext,
  fill: {
    plan?: PlanType | undefined;
    reason?: DenialReason | undefined;
    date?: string | undefined;
    therapy?: string | undefined;
  },
): string {
  const q = new URLSearchParams();
  if (fill.plan) q.set('planType', fill.plan);
  if (fill.reason) q.set('denialReason', fill.reason);
  if (fill.date) q.set('noticeDate', fill.date);
  if (fill.therapy) q.set('therapy', fill.therapy);
  const s = q.toString();
  return `${ctx.paths.appealLetter()}${s ? `#${s}` : ''}`;
}

/** Whether an outside reviewer can look at the denial, in plain words. */
function outsideReview(ctx: ReaderContext, plan: NoticePlan | undefined, reason: NoticeReason | undefined): Child {
  if (!plan) return 'Pick your kind of plan above to see whether an outside review is open to you.';
  if (plan === 'workers-comp')
    return (
      "Workers' comp rules are set by each state; many let you ask for an independent medical review. " +
      'Your notice says how.'
    );
  const p = ctx.plans.find((x) => x.planType === plan);
  const level = p?.levels.find((l) => /independent|does not work for your plan/i.test(l.decides));
  if (!p || !level)
    return 'Your plan’s appeal steps have no outside reviewer; after its own reviews, the next step is a court.';
  const cite = h('a', { href: ctx.paths.sources(ctx.externalReviewSource) }, 'which denials qualify');
  if (level.id === 'external-review') {
    const medical = reason === 'not-medically-necessary' || reason === 'experimental';
    return medical
      ? [
          'Yes. A denial about medical need or an experimental treatment can go to ',
          h('strong', {}, level.name.toLowerCase()),
          ' after the internal appeal (',
          cite,
          ').',
        ]
      : [
          'Maybe. External review is for denials that rest on medical judgment or call a treatment experimental (',
          cite,
          '). Ask your plan in writing whether yours qualifies.',
        ];
  }
  return ['Yes: ', h('strong', {}, level.name), `. ${level.decides}.`];
}

function deadlines(ctx: ReaderContext, plan: NoticePlan | undefined, date: string | undefined): Child {
  if (plan === 'workers-comp')
    return h(
      'p',
      {},
      "Workers' comp deadlines are set by each state. Use the date and the time limit printed on your notice.",
    );
  const p = plan && isPlanType(plan) ? ctx.plans.find((x) => x.planType === plan) : undefined;
  if (!p || !date)
    return h('p', {}, 'Pick your kind of plan and enter the date on your notice above to see your deadline.');
  const [first, ...later] = appealSchedule(p, date, ctx.today).levels;
  return [
    h('p', {}, h('strong', {}, first!.level.name), ` — for ${p.label}, counted from ${formatDate(date)}:`),
    first!.deadline && deadlineDateView(first!.deadline, first!.daysLeft),
    later.length > 0 && h('p', {}, 'Later steps, if you need them: ', later.map((l) => l.level.name).join(', '), '.'),
    h(
      'p',
      {},
      'These come from the general rules. The date and the rules printed on your own notice govern. ',
      h('a', { href: ctx.paths.appealDeadlines(p.planType) }, 'Every step and its rule'),
    ),
  ];
}

/** The whole result for a reading and the reader's own choices. */
export function readingView(r: LetterReading, choices: ReaderChoices, ctx: ReaderContext): Child {
  const plan = choices.plan ?? r.plan.plan ?? undefined;
  const reason = choices.reason ?? r.reason.reason ?? undefined;
  const date = choices.date ?? r.noticeDate.date ?? undefined;
  const planLabel = (p: NoticePlan) =>
    p === 'workers-comp' ? ctx.workersCompLabel : (ctx.plans.find((x) => x.planType === p)?.label ?? p);
  const sourceLinks = (ids: readonly string[]) => ids.map((id) => h('a', { href: ctx.paths.sources(id) }, '[source]'));
  const found: Child[] = [];
  const missing: Child[] = [];

  if (r.plan.plan)
    found.push(
      h(
        'li',
        { 'data-found': 'plan' },
        h('strong', {}, 'Kind of plan: '),
        planLabel(r.plan.plan),
        '.',
        foundIn(r.plan.evidence),
      ),
    );
  else
    missing.push(
      notFound('Kind of plan', [
        r.plan.candidates.length > 0
          ? `The letter has signs of ${r.plan.candidates.map((c) => planLabel(c.plan)).join(' and of ')}, ` +
            'so we cannot tell. '
          : '',
        h('a', { href: '#r-plan' }, 'Which kind of plan is it?'),
      ]),
    );

  if (r.noticeDate.date && r.noticeDate.evidence)
    found.push(
      h(
        'li',
        { 'data-found': 'date' },
        h('strong', {}, 'Date on the notice: '),
        formatDate(r.noticeDate.date),
        `. ${r.noticeDate.why ?? ''}`,
        foundIn([r.noticeDate.evidence]),
      ),
    );
  else
    missing.push(
      notFound('Date on the notice', h('a', { href: '#r-date' }, 'What date is printed at the top of your notice?')),
    );
  if (r.noticeDate.others.length > 0)
    found.push(
      h(
        'li',
        {},
        h(
          'details',
          {},
          h('summary', {}, `Other dates in the letter (${r.noticeDate.others.length})`),
          h(
            'ul',
            {},
            r.noticeDate.others.map((o) => h('li', {}, formatDate(o.date), `: ${o.why} `, quote(o.evidence))),
          ),
        ),
      ),
    );

  if (r.reason.reason)
    found.push(
      h(
        'li',
        { 'data-found': 'reason' },
        h('strong', {}, 'Reason: '),
        reasonLabel(r.reason.reason),
        '.',
        foundIn(r.reason.evidence),
      ),
    );
  else
    missing.push(
      notFound('Reason', [
        r.reason.candidates.length > 0
          ? 'The letter points to ' +
            r.reason.candidates.map((c) => reasonLabel(c.reason).toLowerCase()).join(' and to ') +
            ' equally. '
          : '',
        h('a', { href: '#r-reason' }, 'What reason does the notice give?'),
      ]),
    );

  if (r.billingCodes.length > 0)
    found.push(
      h(
        'li',
        { 'data-found': 'codes' },
        h('strong', {}, 'Billing codes:'),
        h(
          'ul',
          {},
          r.billingCodes.map((c) =>
            h(
              'li',
              {},
              h('code', {}, c.code),
              ' ',
              c.therapies.length > 0
                ? [
                    'is on our page for ',
                    c.therapies.map((t, i) => [
                      i > 0 ? ', ' : '',
                      h('a', { href: ctx.paths.therapy(t.slug) }, t.title),
                    ]),
                    '.',
                  ]
                : 'is not one of the codes our treatment pages list.',
              foundIn([c.evidence]),
            ),
          ),
        ),
      ),
    );
  else missing.push(notFound('Billing codes', 'Ask your provider for an itemized bill with the codes.'));

  if (r.adjustments.length > 0)
    found.push(
      h(
        'li',
        { 'data-found': 'adjustments' },
        h('strong', {}, 'Claim adjustment and remark codes:'),
        h(
          'ul',
          {},
          r.adjustments.map((a) =>
            h(
              'li',
              {},
              h('code', {}, a.code),
              ': ',
              a.entry
                ? [
                    a.entry.meaning,
                    a.entry.stopped ? ` An old code, retired ${formatDate(a.entry.stopped)}.` : '',
                    ' ',
                    sourceLinks(a.entry.sources),
                  ]
                : [
                    'We do not have a plain meaning for this code. Look it up in the ',
                    h('a', { href: ctx.paths.sources(a.kind === 'carc' ? 'x12-carc' : 'x12-rarc') }, 'X12 code list'),
                    '.',
                  ],
              a.group
                ? [
                    ' The letters ',
                    h('code', {}, a.group.code),
                    ` mean: ${a.group.meaning} `,
                    sourceLinks(a.group.sources),
                  ]
                : '',
              foundIn([a.evidence]),
            ),
          ),
        ),
      ),
    );
  else
    missing.push(
      notFound(
        'Claim adjustment codes',
        'Your Explanation of Benefits or the provider’s statement may show them, such as CO-50.',
      ),
    );

  if (r.policies.length > 0)
    found.push(
      h(
        'li',
        { 'data-found': 'policies' },
        h('strong', {}, 'Policies we know:'),
        h(
          'ul',
          {},
          r.policies.map((p) =>
            h(
              'li',
              {},
              h('a', { href: ctx.paths.sources(p.id) }, p.number),
              `: ${p.title}.`,
              // An old policy says so here too: the letter may name one the plan no longer uses.
              p.status ? [' ', h('strong', { 'data-source-status': '' }, p.status)] : '',
              foundIn([p.evidence]),
            ),
          ),
        ),
      ),
    );
  else missing.push(notFound('Policy number', 'Ask your plan in writing for the policy or criteria it used.'));

  if (r.diagnosisCodes.length > 0)
    found.push(h('li', {}, h('strong', {}, 'Diagnosis codes: '), r.diagnosisCodes.map((d) => d.code).join(', '), '.'));

  const lr = reason && letterReason(reason);
  const anchor = lr ? REASON_HELP[lr].anchor.en : undefined;
  const therapy = r.billingCodes.flatMap((c) => c.therapies)[0]?.title;
  const letterPlan = plan && isPlanType(plan) ? plan : undefined;
  // The result runs to many screens on a phone: it opens with its own "On this page" list.
  const sections: [string, string][] = [
    ['reader-found', 'What we found'],
    ...(missing.length > 0 ? [['reader-missing', 'What we could not find'] as [string, string]] : []),
    ['reader-next', 'What it means for you'],
    ['how-it-reads', 'How it reads your letter'],
  ];
  return [
    h(
      'nav',
      { class: 'on-this-page', 'aria-label': 'On this page: your result', 'data-contents': '' },
      h(
        'ol',
        {},
        sections.map(([id, text]) => h('li', {}, h('a', { href: `#${id}` }, text))),
      ),
    ),
    h('h2', { id: 'reader-found' }, 'What we found'),
    h('ul', { class: 'reader-list' }, found),
    missing.length > 0 && [
      h('h2', { id: 'reader-missing' }, 'What we could not find'),
      h('ul', { class: 'reader-list' }, missing),
    ],
    h('h2', { id: 'reader-next' }, 'What it means for you'),
    h('h3', {}, 'The reason'),
    reason
      ? h(
          'p',
          {},
          `${reasonLabel(reason)}: `,
          h(
            'a',
            { href: ctx.paths.guide('denial-reasons', anchor) },
            anchor ? 'what this reason means and what helps' : 'what denial reasons mean',
          ),
          reason === 'missing-information'
            ? '. Often the fix is for your provider to send the missing papers or a corrected claim.'
            : '.',
        )
      : h('p', {}, 'Pick the reason above to see what it means.'),
    h('h3', {}, 'Your deadline'),
    deadlines(ctx, plan, date),
    h('h3', {}, 'An outside review'),
    h('p', {}, outsideReview(ctx, plan, reason)),
    // Before the appeal letter (issue #16): the file and the criteria are what the appeal has to answer.
    h('h3', {}, 'Your claim file'),
    h(
      'p',
      {},
      'Before you write, ask your plan for the papers it decided on and the rules it used, so your appeal can ' +
        'answer them: ',
      h(
        'a',
        { href: ctx.paths.appealClaimFile(letterPlan), 'data-claim-file-link': '' },
        'ask for your claim file and the criteria used',
      ),
      '.',
    ),
    h('h3', {}, 'Your appeal letter'),
    h(
      'p',
      {},
      h(
        'a',
        { href: letterLink(ctx, { plan: letterPlan, reason: lr, date, therapy }), 'data-letter-link': '' },
        'Start your appeal letter with what we found',
      ),
      plan === 'workers-comp'
        ? ". The letter builder has no workers' comp rules; pick the closest kind of plan there, or follow your notice."
        : '. You can change anything there.',
    ),
  ];
}
