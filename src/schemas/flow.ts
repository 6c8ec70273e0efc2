/**
 * content/flows/<id>.yaml: a decision flow ("Will my insurance pay?"). Flows only route: a question's
 * options lead to other nodes, and an outcome says where the reader has arrived. What an outcome shows
 * (coverage status, appeal deadlines) is worked out in src/lib/flow from the coverage and appeal data,
 * never typed into the flow. The graph rules (every `next` resolves, every node is reachable, every
 * question has an exit, no cycles) are checked by src/lib/flow/graph.ts.
 */
import { z } from 'astro/zod';
import { isoDate, nextStep, related, slug, sourceIds, order } from './common.ts';
import { planType } from './appeal.ts';
import { DENIAL_REASON_IDS } from './denial.ts';

/**
 * What choosing an option tells the outcome. Values collect along the path; outcomes that need one
 * (a coverage outcome needs `therapy`) are checked on every path that reaches them.
 */
export const flowSets = z
  .object({
    /** The therapy (content/therapies/<slug>.mdx) the reader is asking about. */
    therapy: slug.optional(),
    /**
     * Coverage `indication` values (content/coverage/*.yaml) that fit this answer, including state or plan
     * variants ("washington"). Entries without an indication always fit.
     */
    indications: z.array(slug).optional(),
    /** The kind of plan, as the appeal data knows it (content/appeal-deadlines.yaml). */
    plan: planType.optional(),
    /** The reason printed on the denial notice (src/schemas/denial.ts). */
    reason: z.enum(DENIAL_REASON_IDS).optional(),
  })
  .strict();

export const flowOption = z
  .object({
    /** The answer in the page address: /check/<flow>/<question>/<value>/. Never change a published one. */
    value: slug,
    /** The answer as the reader sees it: "PRP (platelet-rich plasma)". */
    label: z.string().min(2).max(90),
    /** A short clarification under the label. */
    hint: z.string().min(3).optional(),
    /** The id of the node this answer leads to. */
    next: slug,
    /** Marks the way out ("Something else", "I don't know"): it must lead straight to an outcome. */
    exit: z.boolean().default(false),
    sets: flowSets.optional(),
  })
  .strict();

export const flowQuestion = z
  .object({
    type: z.literal('question'),
    /** The question, shown as the page's h1. */
    text: z.string().min(5).max(120),
    /** The question in two or three words for the "Your answers" list: "Treatment". */
    short: z.string().min(2).max(40),
    /** One or two sentences that help the reader answer. */
    hint: z.string().min(3).optional(),
    /** At least two answers, one of them an exit. */
    options: z.array(flowOption),
  })
  .strict();

/**
 * What an outcome works out from the path:
 * - `coverage`: the coverage entries for the chosen therapy and indications at these payers;
 * - `appeal`: the appeal steps and deadlines for the chosen plan, with the fast route when `urgent`.
 * Leave out for an outcome that only explains (its answer and body are then the whole page).
 */
export const flowResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('coverage'), payers: z.array(slug).min(1) }).strict(),
  z.object({ kind: z.literal('appeal'), urgent: z.boolean() }).strict(),
]);

export const flowOutcome = z
  .object({
    type: z.literal('outcome'),
    /** The outcome's name. For coverage outcomes, the kind of plan ("Original Medicare"). */
    title: z.string().min(3).max(120),
    /** One plain sentence a patient can act on. Required unless `result` works it out. */
    answer: z.string().min(20).max(300).optional(),
    /** Paragraphs of plain text (no markup) after the answer. */
    body: z.array(z.string().min(10)).default([]),
    /** What the reader can do now. */
    nextSteps: z.array(nextStep).default([]),
    /** Source ids for the answer and body. */
    sources: z.array(slug).default([]),
    result: flowResult.optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (!o.result && !o.answer)
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: 'is required when the outcome has no result to work out',
      });
    if (!o.result && o.sources.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'needs at least one source id when the outcome has no result',
      });
  });

export const flowNode = z.discriminatedUnion('type', [flowQuestion, flowOutcome]);

export const flowSchema = z
  .object({
    /** The flow's name and the h1 of its first page: "Will my insurance pay for this treatment?". */
    title: z.string().min(5).max(100),
    /** One sentence: what the flow helps with. Used on the list of checks and as the diagram description. */
    description: z.string().min(20).max(300),
    /** Order on the list of checks (lower first). */
    order,
    /** The id of the first question. */
    start: slug,
    /** When a person last checked the flow's routes and texts (YYYY-MM-DD). */
    lastReviewed: isoDate,
    /** Sources for the flow as a whole. */
    sources: sourceIds,
    /** Pages that show this flow's diagram and link to it. */
    related,
    /** The nodes, by id. The id `map` is reserved for the diagram page. */
    nodes: z.record(slug, flowNode),
  })
  .strict();

export type FlowSets = z.infer<typeof flowSets>;
export type FlowOption = z.infer<typeof flowOption>;
export type FlowQuestion = z.infer<typeof flowQuestion>;
export type FlowOutcome = z.infer<typeof flowOutcome>;
export type FlowNode = z.infer<typeof flowNode>;
export type Flow = z.infer<typeof flowSchema>;
