/**
 * content/denial-codes.yaml: what the letter reader (src/lib/appeal/reader.ts) knows about the codes on a
 * denial, an Explanation of Benefits or a remittance: the claim adjustment group codes (CO, PR, …), the
 * claim adjustment reason codes (CARCs) and the remark codes (RARCs) these denials use, each in our own
 * plain words with its sources, and the words on a notice that show which kind of plan sent it.
 */
import { z } from 'astro/zod';
import { isoDate, sourceIds } from './common.ts';
import { NOTICE_REASON_IDS } from './denial.ts';
import { NOTICE_PLAN_IDS } from './plan-type.ts';

/** A plan the reader can recognize (the appeal plan types, plus workers' comp). */
export const noticePlan = z.enum(NOTICE_PLAN_IDS);

/** One plain sentence in our own words, ending with a full stop. */
const meaning = z
  .string()
  .min(10)
  .regex(/^[^\n<>]+\.$/, 'must be one line of plain text ending with a full stop');

const groupCode = z
  .object({
    /** The two letters printed before a reason code: CO, PR, OA, PI or CR. */
    code: z.string().regex(/^[A-Z]{2}$/, 'must be two capital letters'),
    /** Who the code says carries the amount, in plain words. */
    meaning,
    sources: sourceIds,
  })
  .strict();

const codeEntry = <C extends z.ZodString>(code: C) =>
  z
    .object({
      code,
      /** What the code says, in our own plain words (never the list's own wording). */
      meaning,
      /**
       * The denial reason the code points to (src/schemas/denial.ts), or `other` when it names no reason the
       * site explains (a wrong payer, a remark that only points at another code).
       */
      reason: z.enum([...NOTICE_REASON_IDS, 'other']),
      /** A kind of plan the code is a sign of: N25 (self-funded), MA01 (Original Medicare), P15 (workers' comp). */
      plan: noticePlan.optional(),
      /** The day the list stopped the code, YYYY-MM-DD, for a code old letters may still carry. */
      stopped: isoDate.optional(),
      sources: sourceIds,
    })
    .strict();

/** Words on a notice that show one kind of plan sent it. Matched as whole words, ignoring case. */
const planSigns = z
  .object({
    plan: noticePlan,
    /** A sign that is enough on its own ("Medicare Summary Notice", "TRICARE"). */
    strong: z.array(z.string().min(2)).min(1),
    /** A sign that needs another one to count ("Veteran", "reconsideration"). */
    medium: z.array(z.string().min(2)).default([]),
    /**
     * This plan is a kind of another one (a self-funded plan is a job-based plan too): when one of its own
     * strong signs is found, the other plan's signs count for it as well.
     */
    within: noticePlan.optional(),
    /** Where the signs come from: the notice forms, program pages and rules that use these words. */
    sources: sourceIds,
  })
  .strict();

/** Refuses a list where `key` gives the same value twice, naming the second. */
const unique =
  <T>(what: string, key: (v: T) => string) =>
  (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((v, i) => {
      const k = key(v);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `${what} "${k}" is listed twice`, path: [i] });
      seen.add(k);
    });
  };

export const denialCodesFileSchema = z
  .object({
    groups: z
      .array(groupCode)
      .min(1)
      .superRefine(unique('group code', (v: { code: string }) => v.code)),
    /** CARCs, written without the group: "50", "204", "P15". */
    carc: z
      .array(codeEntry(z.string().regex(/^[A-Z]?\d{1,3}$/, 'must be 1 to 3 digits, maybe after one capital letter')))
      .min(1)
      .superRefine(unique('CARC', (v: { code: string }) => v.code)),
    /** RARCs: "N115", "M127", "MA01". */
    rarc: z
      .array(codeEntry(z.string().regex(/^(?:MA|M|N)\d{1,3}$/, 'must be M, MA or N and 1 to 3 digits')))
      .min(1)
      .superRefine(unique('RARC', (v: { code: string }) => v.code)),
    planSigns: z
      .array(planSigns)
      .min(1)
      .superRefine(unique('plan', (v: { plan: string }) => v.plan)),
  })
  .strict();

export type DenialCodes = z.infer<typeof denialCodesFileSchema>;
export type CodeEntry = DenialCodes['carc'][number];
export type PlanSigns = DenialCodes['planSigns'][number];
