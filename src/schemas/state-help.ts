/**
 * content/state-help.yaml: people who can help after a denial, state by state. For each state and
 * territory, five kinds of office; for each, either the office itself (a name with a phone number or a web
 * address we read in a source) or, where we could not source one, plain words on where to look, citing the
 * national list that names it. Two national offices (the Department of Labor's benefits advisors and
 * 1-800-MEDICARE) serve everyone. The content check (src/lib/appeal/state-help-check.ts) proves every state
 * and territory lists every kind exactly once and every source exists. Which offices matter for which kind
 * of plan, and in what order, is src/lib/appeal/state-help.ts.
 */
import { z } from 'astro/zod';
import { isoDate, sourceIds } from './common.ts';
import { NOTICE_PLAN_IDS } from './plan-type.ts';
import { stateCode } from './medicare-contractor.ts';

/**
 * The kinds of office each state and territory has a row for:
 * - `ship`: the State Health Insurance Assistance Program, free Medicare counselling;
 * - `cap`: the Consumer Assistance Program for health insurance, where the state has one;
 * - `insurance`: the state insurance department (complaints, external review for fully insured plans);
 * - `medicaid`: the Medicaid agency's fair hearing office (or its ombudsman);
 * - `workers-comp`: the state workers' compensation agency.
 */
export const STATE_HELP_KINDS = ['ship', 'cap', 'insurance', 'medicaid', 'workers-comp'] as const;
/** The national offices: the Department of Labor's benefits advisors (EBSA) and 1-800-MEDICARE. */
export const NATIONAL_HELP_KINDS = ['ebsa', 'medicare'] as const;
export const HELP_KINDS = [...STATE_HELP_KINDS, ...NATIONAL_HELP_KINDS] as const;

/**
 * The kinds of plan the help pages order offices for: every kind a notice can show, plus `employer` for a
 * job-based plan when the reader does not know whether it is fully insured or self-funded.
 */
export const HELP_PLAN_IDS = [...NOTICE_PLAN_IDS, 'employer'] as const;

export const stateHelpKind = z.enum(STATE_HELP_KINDS);
export const nationalHelpKind = z.enum(NATIONAL_HELP_KINDS);
export const helpKind = z.enum(HELP_KINDS);
export const helpPlan = z.enum(HELP_PLAN_IDS);

/** A US phone number as printed on the page: `1-800-633-4227` or `907-269-7900`. */
const phone = z.string().regex(/^(1-)?\d{3}-\d{3}-\d{4}$/, 'must be a US number written like "1-800-633-4227"');
const https = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

/** The contact fields an office row and a national office share. */
const contact = {
  /** The office's name as it calls itself: "Alaska Division of Insurance, Consumer Services". */
  name: z.string().min(3).optional(),
  /** A phone number read in one of `sources`, current as of `checked`. Never a number from an old copy. */
  phone: phone.optional(),
  /** What to say or press after dialling, or a TTY line: "option 4", "TTY 1-877-486-2048". */
  phoneNote: z.string().min(3).optional(),
  /** The office's own web page for this kind of help, read in (or linked from) one of `sources`. */
  url: https.optional(),
  /** Sources for the name, number and address; the first is the one that shows them. */
  sources: sourceIds,
  /** When we last checked the row against its sources (YYYY-MM-DD). Never in the future. */
  checked: isoDate,
  /** What we could and could not check, for readers (our own words). */
  note: z.string().min(10).optional(),
};

export const helpRowSchema = z
  .object({
    kind: stateHelpKind,
    ...contact,
    /**
     * Where to look when we could not source the office's phone or web address: plain words naming the
     * national list (or the national line) to use. Its `sources` are that list's. `name` may still give the
     * office's name when a source names it.
     */
    lookWhere: z.string().min(10).optional(),
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.lookWhere === undefined) {
      if (!r.name) issue('name', 'is required for an office (or give lookWhere instead)');
      if (!r.phone && !r.url) issue('phone', 'or url is required for an office (or give lookWhere instead)');
    } else {
      if (r.phone) issue('phone', 'must be left out with lookWhere: a row is an office or a place to look');
      if (r.url) issue('url', 'must be left out with lookWhere: a row is an office or a place to look');
    }
    if (r.phoneNote && !r.phone) issue('phoneNote', 'is only for a row with a phone number');
  });

export const nationalOfficeSchema = z
  .object({ kind: nationalHelpKind, ...contact, name: z.string().min(3) })
  .refine((r) => r.phone !== undefined || r.url !== undefined, {
    message: 'or url is required for a national office',
    path: ['phone'],
  });

/** One kind of office: what readers call it and what it can help with, with the sources that say so. */
export const helpKindInfoSchema = z.object({
  kind: helpKind,
  /** A heading: "Free Medicare counselling (SHIP)". */
  title: z.string().min(3),
  /** What it can help with, in plain words (grade 8), our own words. */
  helps: z.string().min(10),
  sources: sourceIds,
  /**
   * The national list where a reader finds this kind of office, when there is one: rows with `lookWhere`
   * link to it. Its address must be one a source links to.
   */
  list: z.object({ name: z.string().min(3), url: https }).optional(),
});

/** What to know for one kind of plan before calling (e.g. that state departments cannot help self-funded plans). */
export const helpPlanNoteSchema = z.object({
  plan: helpPlan,
  /** One or two plain sentences. */
  note: z.string().min(10),
  sources: sourceIds,
});

export const stateHelpStateSchema = z.object({
  code: stateCode,
  /** As readers know it: "Texas", "U.S. Virgin Islands". */
  name: z.string().min(4),
  /** One row per kind in `STATE_HELP_KINDS`. */
  offices: z.array(helpRowSchema).min(1),
});

export const stateHelpFileSchema = z.object({
  /** When a person last checked the whole file against its sources (the pages' review date). */
  lastReviewed: isoDate,
  /** One entry per kind in `HELP_KINDS`. */
  kinds: z.array(helpKindInfoSchema).min(1),
  /** One entry per kind in `NATIONAL_HELP_KINDS`. */
  national: z.array(nationalOfficeSchema).min(1),
  /** Notes for some kinds of plan (at most one each). */
  plans: z.array(helpPlanNoteSchema).default([]),
  states: z.array(stateHelpStateSchema).min(1),
});

export type StateHelpKind = z.infer<typeof stateHelpKind>;
export type NationalHelpKind = z.infer<typeof nationalHelpKind>;
export type HelpKind = z.infer<typeof helpKind>;
export type HelpPlan = z.infer<typeof helpPlan>;
export type HelpRow = z.infer<typeof helpRowSchema>;
export type NationalOffice = z.infer<typeof nationalOfficeSchema>;
export type HelpKindInfo = z.infer<typeof helpKindInfoSchema>;
export type StateHelpState = z.infer<typeof stateHelpStateSchema>;
export type StateHelp = z.infer<typeof stateHelpFileSchema>;
