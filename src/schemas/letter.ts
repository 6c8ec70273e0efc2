/**
 * The legal wording of the two letters for one kind of plan, from content/appeal-deadlines.yaml: the appeal
 * letter (each plan's `letter` block: the appeal it asks for and the rule that gives the right, the reader's
 * next step, and the rule that entitles them to their claim file) and the letter asking for the claim file
 * and the criteria before the appeal (each plan's `fileRequest` block). Because these sentences cite law,
 * they are content with sources, checked like every other fact, not code.
 */
import { z } from 'astro/zod';
import { sourceIds } from './common.ts';

/** One whole sentence of the letter: plain text (no markup, no line breaks), ending with a full stop. */
export const sentence = z
  .string()
  .min(20)
  .regex(/^[^\n<>[\]]+\.$/, 'must be one plain sentence on one line, ending with a full stop, without [ ] or < >');

export const letterWording = z
  .object({
    /**
     * The opening request: the appeal the letter asks for and the rule that gives the right, with the rule's
     * citation in brackets. "I am asking for an internal appeal of this decision under the appeal rules of the
     * Affordable Care Act (45 CFR 147.136)." The letter goes on: "I am appealing your decision to deny …".
     */
    ask: sentence,
    /**
     * What the reader will do if the plan keeps its decision, as the next level of appeal for this kind of
     * plan. Follows "Please send me your decision in writing." at the end of the letter.
     */
    next: sentence,
    /**
     * The request for the claim file, free of charge where the rule says so, citing the rule where there is
     * one. The letter adds a fixed request for the policy or criteria used and the reviewer's name.
     */
    fileRight: sentence,
    /**
     * Source ids (content/sources.yaml) for every rule these sentences name or rely on. Shown under the letter builder.
     */
    sources: sourceIds,
  })
  .strict();

export type LetterWording = z.infer<typeof letterWording>;

/** Words that claim copies come free of charge; only a plan whose rule we sourced may use them. */
const FREE = /free of charge|\bfree\b|no charge|without charge/i;
/** The same words in Spanish, for the translation of the claim-file letter (src/lib/i18n/check.ts). */
export const FREE_ES = /sin costo|sin cargo|sin cobro|\bgratis\b|\bgratuit[oa]s?\b/i;
/** The words a translation's request must use where the rule makes the copies free. */
export const FREE_OF_CHARGE_ES = /sin costo/i;

/**
 * The letter asking the plan for the claim file and the criteria used to deny, before the appeal
 * (/appeal/claim-file/). It claims a right only where a rule we could read gives one: `free` says whether
 * that rule makes the copies free of charge, and the sentences may say "free of charge" only when it does.
 */
export const fileRequestWording = z
  .object({
    /**
     * The request for the claim file, citing the rule that gives it where there is one. "Under 29 CFR
     * 2560.503-1(h)(2)(iii), please send me, free of charge, copies of all documents, records and other
     * information relevant to my claim."
     */
    ask: sentence,
    /**
     * The request for the criteria and what else counts as part of the file, citing the rule that says so
     * where there is one: the medical policy, clinical criteria or guideline used.
     */
    criteria: sentence,
    /** True only when a sourced rule makes the copies free of charge for this kind of plan. */
    free: z.boolean(),
    /**
     * For the reader, under the letter: what the rule gives them, in plain words, and what we could not
     * confirm in a rule we could read (so the letter asks rather than claims). One to three sentences.
     */
    note: z
      .string()
      .min(20)
      .regex(/^[^\n<>[\]]+\.$/, 'must be plain sentences on one line, ending with a full stop'),
    /** Source ids (content/sources.yaml) for every rule the sentences or the note name or rely on. */
    sources: sourceIds,
  })
  .strict()
  .superRefine((w, ctx) => {
    if (w.free && !/free of charge/i.test(w.ask))
      ctx.addIssue({ code: 'custom', path: ['ask'], message: 'free is true, so ask must say "free of charge"' });
    if (!w.free)
      for (const key of ['ask', 'criteria'] as const)
        if (FREE.test(w[key]))
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'free is false: the letter may not claim free copies that no sourced rule gives',
          });
  });

export type FileRequestWording = z.infer<typeof fileRequestWording>;
