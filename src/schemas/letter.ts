/**
 * The legal wording of the appeal letter for one kind of plan: the `letter` block of each plan in
 * content/appeal-deadlines.yaml. It names the appeal the letter asks for and the rule that gives the right,
 * the reader's next step, and the rule that entitles them to their claim file. Because these sentences cite
 * law, they are content with sources, checked like every other fact, not code.
 */
import { z } from 'astro/zod';
import { sourceIds } from './common.ts';

/** One whole sentence of the letter: plain text (no markup, no line breaks), ending with a full stop. */
const sentence = z
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
    /** Source ids (content/sources.yaml) for every rule these sentences name or rely on. Shown under the letter builder. */
    sources: sourceIds,
  })
  .strict();

export type LetterWording = z.infer<typeof letterWording>;
