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
import { formatDate } from '../format/date.ts';
import { fillWords } from '../format/text.ts';
import { h, type Child } from '../format/tree.ts';
import type { SitePaths } from '../paths.ts';
import { appealSchedule } from './deadlines.ts';
import { deadlineDateView } from './deadline-view.ts';
import type { Evidence, LetterReading } from './reader.ts';
import type { Dictionary } from '../../i18n/en.ts';
import type { DeadlineWords } from '../../i18n/deadline-words.ts';

/** The words of the result, in the page's language (`ui(lang).letterReader.view`). */
export type ReaderViewWords = Dictionary['letterReader']['view'];

/** A kind of plan's appeal steps as the result needs them; `independent` marks the step an outside reviewer takes. */
export type ReaderPlan = {
  planType: PlanType;
  label: string;
  levels: (Pick<AppealLevel, 'id' | 'name' | 'decides' | 'deadline'> & { independent?: boolean })[];
};

/** What the page hands the view besides the reading. */
export interface ReaderContext {
  today: string;
  /** Each appeal plan's label and steps, in the page's language (content/appeal-deadlines.yaml). */
  plans: ReaderPlan[];
  /** The label for workers' comp, which has no appeal data. */
  workersCompLabel: string;
  /** Addresses of the pages in the page's language, where they exist. */
  paths: Pick<
    SitePaths,
    'guide' | 'appealLetter' | 'appealClaimFile' | 'sources' | 'therapy' | 'payer' | 'appealDeadlines'
  >;
  /** The source id that says which denials can go to external review. */
  externalReviewSource: string;
  words: ReaderViewWords;
  deadlineWords: DeadlineWords;
  /** Each reason a notice can give, as the page names it. */
  reasonLabels: Readonly<Record<NoticeReason, string>>;
  /** Each reason's section of the denial-reasons guide, in the page's language. */
  reasonAnchors: Readonly<Record<DenialReason, string>>;
  /** The language of the letter's own words the result quotes, when it is not the page's (`en-US`). */
  letterLang?: string | undefined;
  /** After a link to a page that exists only in another language: what to add (" (en inglés)"), or ''. */
  otherLanguage?: ((href: string) => string) | undefined;
}

/** What the reader settled themselves (a menu or date they changed); it wins over what was found. */
export interface ReaderChoices {
  plan?: NoticePlan;
  reason?: NoticeReason;
  date?: string;
}

/** The reason the letter builder and the guide use for a reason found on a notice (none for an exclusion). */
export const letterReason = (r: NoticeReason): DenialReason | undefined =>
  isKeyOf(DENIAL_REASONS, r) ? r : NOTICE_ONLY_REASONS[r as keyof typeof NOTICE_ONLY_REASONS].letterReason;

const isPlanType = (p: string): p is PlanType => (PLAN_TYPE_IDS as readonly string[]).includes(p);

/** The step an outside reviewer takes: its `decides` names someone independent of the plan (English words). */
export const isIndependent = (decides: string): boolean => /independent|does not work for your plan/i.test(decides);

const quote = (ctx: ReaderContext, line: string): Child => h('q', { class: 'found-in', lang: ctx.letterLang }, line);
/** Up to three distinct lines the finding came from, each quoted. */
const foundIn = (ctx: ReaderContext, list: Evidence[]): Child => {
  const lines = [...new Set(list.map((e) => e.line))].slice(0, 3);
  return lines.length === 0
    ? null
    : h(
        'span',
        { class: 'evidence' },
        ctx.words.foundIn,
        lines.map((line, i) => [i > 0 ? ' · ' : '', quote(ctx, line)]),
      );
};

/** A finding not made: `key` names it for the page (`data-missing`), `what` for the reader. */
const notFound = (ctx: ReaderContext, key: string, what: string, ask: Child): Child =>
  h('li', { 'data-missing': key }, h('strong', {}, fillWords(ctx.words.notFound, { what })), ask);

/** A link to one of the site's pages, marked when it is only in another language. */
const siteLink = (ctx: ReaderContext, href: string, text: string): Child => [
  h('a', { href }, text),
  ctx.otherLanguage?.(href) ?? '',
];

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
  const w = ctx.words;
  if (!plan) return w.outsidePick;
  if (plan === 'workers-comp') return w.outsideWc;
  const p = ctx.plans.find((x) => x.planType === plan);
  const level = p?.levels.find((l) => l.independent);
  if (!p || !level) return w.outsideNone;
  const cite = h('a', { href: ctx.paths.sources(ctx.externalReviewSource) }, w.outsideQualify);
  if (level.id === 'external-review') {
    const medical = reason === 'not-medically-necessary' || reason === 'experimental';
    return medical
      ? [w.outsideYesBefore, h('strong', {}, level.name.toLowerCase()), w.outsideYesAfter, cite, ').']
      : [w.outsideMaybe, cite, w.outsideMaybeAfter];
  }
  return [w.outsideYes, h('strong', {}, level.name), `. ${level.decides}.`];
}

function deadlines(ctx: ReaderContext, plan: NoticePlan | undefined, date: string | undefined): Child {
  const w = ctx.words;
  if (plan === 'workers-comp') return h('p', {}, w.wcDeadline);
  const p = plan && isPlanType(plan) ? ctx.plans.find((x) => x.planType === plan) : undefined;
  if (!p || !date) return h('p', {}, w.pickDeadline);
  const [first, ...later] = appealSchedule(p, date, ctx.today).levels;
  return [
    h(
      'p',
      {},
      h('strong', {}, first!.level.name),
      fillWords(w.countedFrom, { plan: p.label, date: formatDate(date, ctx.deadlineWords.lang) }),
    ),
    first!.deadline && deadlineDateView(first!.deadline, first!.daysLeft, ctx.deadlineWords),
    later.length > 0 && h('p', {}, w.later, later.map((l) => l.level.name).join(', '), '.'),
    h('p', {}, w.govern, h('a', { href: ctx.paths.appealDeadlines(p.planType) }, w.everyStep)),
  ];
}

/** The whole result for a reading and the reader's own choices. */
export function readingView(r: LetterReading, choices: ReaderChoices, ctx: ReaderContext): Child {
  const w = ctx.words;
  const lang = ctx.deadlineWords.lang;
  const plan = choices.plan ?? r.plan.plan ?? undefined;
  const reason = choices.reason ?? r.reason.reason ?? undefined;
  const date = choices.date ?? r.noticeDate.date ?? undefined;
  const reasonLabel = (x: NoticeReason) => ctx.reasonLabels[x];
  const planLabel = (p: NoticePlan) =>
    p === 'workers-comp' ? ctx.workersCompLabel : (ctx.plans.find((x) => x.planType === p)?.label ?? p);
  const sourceLinks = (ids: readonly string[]) => ids.map((id) => h('a', { href: ctx.paths.sources(id) }, w.source));
  const found: Child[] = [];
  const missing: Child[] = [];
  const heading = (text: string) => h('strong', {}, `${text}: `);

  if (r.plan.plan)
    found.push(
      h('li', { 'data-found': 'plan' }, heading(w.plan), planLabel(r.plan.plan), '.', foundIn(ctx, r.plan.evidence)),
    );
  else
    missing.push(
      notFound(ctx, 'plan', w.plan, [
        r.plan.candidates.length > 0
          ? fillWords(w.signsOf, { plans: r.plan.candidates.map((c) => planLabel(c.plan)).join(w.signsAnd) })
          : '',
        h('a', { href: '#r-plan' }, w.whichPlan),
      ]),
    );

  if (r.noticeDate.date && r.noticeDate.evidence)
    found.push(
      h(
        'li',
        { 'data-found': 'date' },
        heading(w.date),
        formatDate(r.noticeDate.date, lang),
        `. ${r.noticeDate.why ?? ''}`,
        foundIn(ctx, [r.noticeDate.evidence]),
      ),
    );
  else missing.push(notFound(ctx, 'date', w.date, h('a', { href: '#r-date' }, w.whatDate)));
  if (r.noticeDate.others.length > 0)
    found.push(
      h(
        'li',
        {},
        h(
          'details',
          {},
          h('summary', {}, fillWords(w.otherDates, { n: r.noticeDate.others.length })),
          h(
            'ul',
            {},
            r.noticeDate.others.map((o) =>
              h('li', {}, formatDate(o.date, lang), `: ${o.why} `, quote(ctx, o.evidence.line)),
            ),
          ),
        ),
      ),
    );

  if (r.reason.reason)
    found.push(
      h(
        'li',
        { 'data-found': 'reason' },
        heading(w.reason),
        reasonLabel(r.reason.reason),
        '.',
        foundIn(ctx, r.reason.evidence),
      ),
    );
  else
    missing.push(
      notFound(ctx, 'reason', w.reason, [
        r.reason.candidates.length > 0
          ? fillWords(w.pointsTo, {
              reasons: r.reason.candidates.map((c) => reasonLabel(c.reason).toLowerCase()).join(w.pointsAnd),
            })
          : '',
        h('a', { href: '#r-reason' }, w.whatReason),
      ]),
    );

  if (r.billingCodes.length > 0)
    found.push(
      h(
        'li',
        { 'data-found': 'codes' },
        h('strong', {}, `${w.billing}:`),
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
                    w.onPage,
                    c.therapies.map((t, i) => [
                      i > 0 ? ', ' : '',
                      siteLink(ctx, ctx.paths.therapy(t.slug), t.name ?? t.title),
                    ]),
                    '.',
                  ]
                : w.notOurs,
              foundIn(ctx, [c.evidence]),
            ),
          ),
        ),
      ),
    );
  else missing.push(notFound(ctx, 'codes', w.billing, w.askBill));

  if (r.adjustments.length > 0)
    found.push(
      h(
        'li',
        { 'data-found': 'adjustments' },
        h('strong', {}, `${w.adjustments}:`),
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
                    a.entry.stopped ? fillWords(w.oldCode, { date: formatDate(a.entry.stopped, lang) }) : '',
                    ' ',
                    sourceLinks(a.entry.sources),
                  ]
                : [
                    w.noMeaning,
                    h('a', { href: ctx.paths.sources(a.kind === 'carc' ? 'x12-carc' : 'x12-rarc') }, w.x12),
                    '.',
                  ],
              a.group
                ? [
                    w.groupBefore,
                    h('code', {}, a.group.code),
                    fillWords(w.groupMean, { meaning: a.group.meaning }),
                    sourceLinks(a.group.sources),
                  ]
                : '',
              foundIn(ctx, [a.evidence]),
            ),
          ),
        ),
      ),
    );
  else missing.push(notFound(ctx, 'adjustments', w.adjustmentsMissing, w.adjustAsk));

  if (r.policies.length > 0)
    found.push(
      h(
        'li',
        { 'data-found': 'policies' },
        h('strong', {}, `${w.policies}:`),
        h(
          'ul',
          {},
          r.policies.map((p) =>
            h(
              'li',
              {},
              h('a', { href: ctx.paths.sources(p.id) }, p.number),
              ': ',
              // Policy titles keep the language they were published in.
              h('span', { lang: ctx.letterLang }, p.title),
              '.',
              // An old policy says so here too: the letter may name one the plan no longer uses.
              p.status ? [' ', h('strong', { 'data-source-status': '' }, p.status)] : '',
              foundIn(ctx, [p.evidence]),
            ),
          ),
        ),
      ),
    );
  else missing.push(notFound(ctx, 'policies', w.policy, w.askPolicy));

  if (r.diagnosisCodes.length > 0)
    found.push(h('li', {}, heading(w.diagnosis), r.diagnosisCodes.map((d) => d.code).join(', '), '.'));

  const lr = reason && letterReason(reason);
  const anchor = lr ? ctx.reasonAnchors[lr] : undefined;
  // The letter builder gets the English name: the letter goes to the plan, which names it so.
  const therapy = r.billingCodes.flatMap((c) => c.therapies)[0]?.title;
  const letterPlan = plan && isPlanType(plan) ? plan : undefined;
  // The result runs to many screens on a phone: it opens with its own "On this page" list.
  const sections: [string, string][] = [
    ['reader-found', w.found],
    ...(missing.length > 0 ? [['reader-missing', w.missing] as [string, string]] : []),
    ['reader-next', w.next],
    ['how-it-reads', w.how],
  ];
  return [
    h(
      'nav',
      { class: 'on-this-page', 'aria-label': w.contents, 'data-contents': '' },
      h(
        'ol',
        {},
        sections.map(([id, text]) => h('li', {}, h('a', { href: `#${id}` }, text))),
      ),
    ),
    h('h2', { id: 'reader-found' }, w.found),
    h('ul', { class: 'reader-list' }, found),
    missing.length > 0 && [h('h2', { id: 'reader-missing' }, w.missing), h('ul', { class: 'reader-list' }, missing)],
    h('h2', { id: 'reader-next' }, w.next),
    h('h3', {}, w.reasonHeading),
    reason
      ? h(
          'p',
          {},
          `${reasonLabel(reason)}: `,
          h('a', { href: ctx.paths.guide('denial-reasons', anchor) }, anchor ? w.reasonLink : w.reasonsLink),
          reason === 'missing-information' ? w.missingFix : '.',
        )
      : h('p', {}, w.pickReason),
    h('h3', {}, w.deadlineHeading),
    deadlines(ctx, plan, date),
    h('h3', {}, w.outsideHeading),
    h('p', {}, outsideReview(ctx, plan, reason)),
    // Before the appeal letter (issue #16): the file and the criteria are what the appeal has to answer.
    h('h3', {}, w.fileHeading),
    h(
      'p',
      {},
      w.fileText,
      h('a', { href: ctx.paths.appealClaimFile(letterPlan), 'data-claim-file-link': '' }, w.fileLink),
      '.',
    ),
    h('h3', {}, w.letterHeading),
    h(
      'p',
      {},
      h(
        'a',
        { href: letterLink(ctx, { plan: letterPlan, reason: lr, date, therapy }), 'data-letter-link': '' },
        w.letterLink,
      ),
      plan === 'workers-comp' ? w.letterWc : w.letterChange,
    ),
  ];
}
