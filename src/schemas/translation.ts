/**
 * Translations live beside the English, in content/<lang>/, and carry only the words: every fact (ids,
 * sources, dates, statuses, numbers held as data) comes from the English entry with the same id. Each
 * file records which version of its English it translates (`translates.version`, the hash of the English
 * words it covers: src/lib/i18n/version.ts) and when a person last reviewed it (`reviewed`, the date the
 * page shows as "última revisión"). When the English words change, `npm run check:content` lists the file
 * as stale; `npm run translations -- --stamp <file>` records the new version once the translation is
 * brought up to date.
 */
import { z } from 'astro/zod';
import { faqItem, isoDate, nextStep, slug } from './common.ts';
import { stateCode } from './medicare-contractor.ts';
import { sentence } from './letter.ts';

const header = {
  translates: z.object({
    /** The English file, from the project root: `content/glossary.yaml`. */
    file: z.string().regex(/^content\/[a-z0-9/-]+\.(yaml|mdx)$/, 'must be a content file path'),
    /** The version of the English words this translates, or `pending` before the first stamp. */
    version: z.string().regex(/^([0-9a-f]{12}|pending)$/, 'must be a 12-character version or "pending"'),
  }),
  /** When a person last reviewed this translation against the English. */
  reviewed: isoDate,
};

/** content/es/glossary.yaml: each glossary term's words, by the English id. */
export const glossaryTranslationSchema = z.object({
  ...header,
  terms: z.array(
    z.object({
      id: slug,
      term: z.string().min(2),
      definition: z.string().min(20),
      aliases: z.array(z.string().min(2)).default([]),
    }),
  ),
});

/** content/es/sources.yaml: our notes on sources, by the source id (titles stay in their own language). */
export const sourceNotesTranslationSchema = z.object({
  ...header,
  notes: z.array(z.object({ id: slug, note: z.string().min(2) })),
});

/**
 * content/es/terms.yaml: the fixed glossary of insurance words, English → Spanish, that every Spanish
 * page uses. `avoid` lists the other words a translation must not use for the term (the check names the
 * file and field that does).
 */
export const fixedTermsSchema = z.array(
  z.object({
    en: z.string().min(2),
    es: z.string().min(2),
    avoid: z.array(z.string().min(2)).default([]),
    /** Why, when the choice is not obvious ("premio" means a prize). */
    note: z.string().optional(),
  }),
);

/**
 * content/es/<kind>/<slug>.mdx: a therapy, payer or guide page in Spanish. The front matter holds the
 * page's words (the English page with the same slug keeps every fact: sources, dates, related pages);
 * the body is the Spanish MDX, with the same citations. FAQ and next steps follow the English one for one;
 * a next step links where the English one does (its #anchor may name a Spanish heading).
 */
export const pageTranslationSchema = z.object({
  ...header,
  title: z.string().min(3),
  shortTitle: z.string().min(2).optional(),
  answer: z.string().min(20).max(300, 'must be a short answer of at most 300 characters'),
  /** What Spanish readers type for this subject; indexed for search with extra weight. */
  synonyms: z.array(z.string().min(2)).default([]),
  faq: z.array(faqItem).default([]),
  nextSteps: z.array(nextStep).min(1, 'needs at least one next step'),
});

/**
 * content/es/therapies/<slug>.mdx: a therapy page's translation also carries the words of the therapy-only
 * fields, item for item in the English order (codes by their code). Each field the English leaves out stays out.
 */
export const therapyTranslationSchema = pageTranslationSchema.extend({
  /** Completes "para …" as the English `commonUse` completes "for …". */
  commonUse: z.string().min(3),
  fdaStatus: z.object({ label: z.string().min(3), detail: z.string().min(10) }),
  /** One per English code, in the same order; `code` exactly as the English. */
  codes: z.array(z.object({ code: z.string().min(3), meaning: z.string().min(5) })).default([]),
  coveredExceptions: z
    .array(z.object({ text: z.string().min(10), conditions: z.array(z.string().min(3)).default([]) }))
    .default([]),
  askTheClinic: z.array(z.string().min(5)).default([]),
  otherUses: z.array(z.object({ label: z.string().min(3) })).default([]),
  series: z.object({ note: z.string().min(10) }).optional(),
});

/**
 * content/es/coverage/<payer>.yaml: the words of one payer file's coverage entries, one item per English
 * entry in the same order, each naming its entry by `therapy` (and `indication` where the English has one).
 * Status, policy, sources and dates come from the English entry.
 */
export const coverageTranslationSchema = z.object({
  ...header,
  entries: z.array(
    z.object({
      therapy: slug,
      indication: slug.optional(),
      /** Completes "para …"; present exactly when the English entry has one. */
      indicationLabel: z.string().min(3).optional(),
      answer: z.string().min(20).max(300),
      criteria: z.array(z.string().min(3)).default([]),
      note: z.string().min(20),
    }),
  ),
});

/**
 * content/es/appeal-deadlines.yaml: the words of each kind of plan's appeal steps, by `planType` and level
 * `id` (the rules, dates and sources come from content/appeal-deadlines.yaml). A field the English leaves
 * out stays out. `startsFrom` reads after "a partir de" ("la fecha de su aviso de denegación"). `letter` and
 * `fileRequest` are the Spanish of the letters' legal wording, for a reader who sends the letter in Spanish:
 * the same rule citations, sentence for sentence (sources and `free` come from the English).
 */
export const appealsTranslationSchema = z.object({
  ...header,
  plans: z.array(
    z.object({
      planType: slug,
      label: z.string().min(3),
      summary: z.string().min(20),
      levels: z.array(
        z.object({
          id: slug,
          name: z.string().min(3),
          decides: z.string().min(3),
          startsFrom: z.string().min(3),
          decisionTime: z.string().min(3).optional(),
          expedited: z.string().min(3).optional(),
          note: z.string().min(3).optional(),
        }),
      ),
      letter: z.object({ ask: sentence, next: sentence, fileRight: sentence }).strict(),
      fileRequest: z
        .object({
          ask: sentence,
          criteria: sentence,
          note: z
            .string()
            .min(20)
            .regex(/^[^\n<>[\]]+\.$/, 'must be plain sentences on one line, ending with a full stop'),
        })
        .strict(),
    }),
  ),
});

/**
 * content/es/flows/<id>.yaml: the words of one decision flow (content/flows/<id>.yaml), node by node under the
 * English node ids, and each question's options under their English `value`s (which stay in the addresses).
 * Routing, facts and sources (type, next, exit, sets, result, sources, order, start, lastReviewed, related)
 * come from the English flow and may not be copied here. Which fields a node must have follows its English
 * node (src/lib/i18n/check.ts `checkFlowTranslation`): a question has `text`, `short` and its options, an
 * outcome its `title`; `hint`, `answer`, `body` and `nextSteps` exactly where the English node has them.
 */
const flowOptionWords = z
  .object({
    /** The answer as the reader sees it. */
    label: z.string().min(2).max(90),
    /** Only where the English option has a hint. */
    hint: z.string().min(3).optional(),
  })
  .strict();

const flowNodeWords = z
  .object({
    /** A question: the question, shown as the page's h1. */
    text: z.string().min(5).max(120).optional(),
    /** A question: two or three words for the reader's list of answers ("Tratamiento"). */
    short: z.string().min(2).max(40).optional(),
    /** A question: only where the English question has a hint. */
    hint: z.string().min(3).optional(),
    /** A question: every English option, by its `value`. */
    options: z.record(slug, flowOptionWords).optional(),
    /** An outcome: its name. */
    title: z.string().min(3).max(120).optional(),
    /** An outcome: its one-sentence answer, where the English outcome has one. */
    answer: z.string().min(20).max(300).optional(),
    /** An outcome: one paragraph per English paragraph, in the same order. */
    body: z.array(z.string().min(10)).optional(),
    /** An outcome: one per English next step, in the same order, with the same `href`. */
    nextSteps: z.array(nextStep).optional(),
  })
  .strict();

export const flowTranslationSchema = z
  .object({
    ...header,
    /** The flow's name (the h1 of its first page). */
    title: z.string().min(5).max(100),
    /** One sentence: what the flow helps with. */
    description: z.string().min(20).max(300),
    /** Every node of the English flow, by its id. */
    nodes: z.record(slug, flowNodeWords),
  })
  .strict();

/** One code's plain meaning in the translation: one plain sentence (or two), ending with a full stop. */
const codeMeaning = z
  .object({
    /** The code exactly as the English file writes it: "CO", "50", "N115". */
    code: z.string().min(1),
    meaning: z
      .string()
      .min(10)
      .regex(/^[^\n<>]+\.$/, 'must be one line of plain text ending with a full stop'),
  })
  .strict();

/**
 * content/es/medicare-rates.yaml: the words of Original Medicare's public amounts (content/medicare-rates.yaml),
 * which the cost estimator shows: each covered service's words by its `id`, and each part with no public rate,
 * one item per English item in the same order, naming its `therapy`. Amounts, years, sources and how sure we
 * are come from the English.
 */
export const medicareRatesTranslationSchema = z.object({
  ...header,
  services: z.array(
    z.object({
      id: slug,
      /** Completes "para …" as the English `use` completes "for …". */
      use: z.string().min(5),
      label: z.string().min(5),
      release: z.string().min(5),
      /** Present exactly when the English service has one. */
      note: z.string().min(5).optional(),
    }),
  ),
  noRate: z.array(z.object({ therapy: slug, what: z.string().min(5), ask: z.string().min(10) })).default([]),
});

/**
 * content/es/medicare-contractors.yaml: the words of Original Medicare's local rules by state. Only our own
 * prose: each contractor's note, each decision's `says` and `note` (one item per English decision, in the
 * same order, naming it by `therapy` and `indication`), each national rule's `says` and `note`, each rule we
 * could not place's `note` (by `lcd`), and each state's or territory's name (by `code`, with the areas of a
 * state another contractor serves in part). Contractor names, rule titles and numbers, dates, statuses and
 * sources come from the English. A field the English leaves out stays out.
 */
const optionalWords = z.string().min(10).optional();
export const medicareContractorsTranslationSchema = z.object({
  ...header,
  contractors: z.array(
    z.object({
      id: slug,
      note: optionalWords,
      decisions: z.array(
        z.object({ therapy: slug, indication: slug.optional(), says: z.string().min(10), note: optionalWords }),
      ),
    }),
  ),
  national: z
    .array(z.object({ therapy: slug, indication: slug.optional(), says: z.string().min(10), note: optionalWords }))
    .default([]),
  unplaced: z.array(z.object({ lcd: z.string().min(3), note: z.string().min(10) })).default([]),
  states: z.array(
    z.object({
      code: stateCode,
      name: z.string().min(4),
      /** The name as a sentence needs it, when it takes an article: "el Distrito de Columbia". */
      inSentence: z.string().min(4).optional(),
      partBAreas: z.array(z.object({ areas: z.string().min(3), short: z.string().min(3) })).default([]),
    }),
  ),
});

/**
 * content/es/changes.yaml: the reasons of the change record (content/changes.yaml) in Spanish, one per English
 * change, each named by the change's id (`2026-11-30-anthem-prp`: its date, payer or `fda`, therapy and
 * indication; src/lib/changes/record.ts `changeId`). Dates, kinds, statuses and sources come from the English.
 */
export const changesTranslationSchema = z.object({
  ...header,
  changes: z.array(
    z.object({
      /** The English change's id. */
      id: slug,
      /** Why it changed: one to three short sentences, with every fact of the English. */
      why: z.string().min(20).max(600),
    }),
  ),
});

/**
 * content/es/costs.yaml: the words of the cash-price rows (content/costs.yaml), one per English row, by its `id`:
 * the row's note, and for a survey the words of its sample ("consultorios de ortopedia", "en el condado de
 * Miami-Dade, Florida"), each exactly where the English row has it. Prices, years, evidence, counts and sources
 * come from the English.
 */
export const costsTranslationSchema = z.object({
  ...header,
  rows: z.array(
    z
      .object({
        id: slug,
        /** The row's note, with every fact of the English note. */
        note: z.string().min(2).optional(),
        /** A survey's `unit` (plural, after the count) and `place` (a phrase after the unit). */
        sample: z
          .object({ unit: z.string().min(3), place: z.string().min(3) })
          .strict()
          .optional(),
      })
      .strict(),
  ),
});

/**
 * content/es/denial-codes.yaml: the plain meaning of each code the letter reader explains, by its code, for
 * each list of content/denial-codes.yaml (group codes, CARCs, RARCs). The reason each code points to, the
 * plan it is a sign of, the day it was retired and its sources come from the English; the words of a notice
 * that show its kind of plan stay English, as the letters the reader pastes are.
 */
export const denialCodesTranslationSchema = z.object({
  ...header,
  groups: z.array(codeMeaning),
  carc: z.array(codeMeaning),
  rarc: z.array(codeMeaning),
});

export type DenialCodesTranslation = z.infer<typeof denialCodesTranslationSchema>;

/**
 * content/es/state-help.yaml: the words of content/state-help.yaml that are ours: what each kind of office
 * does (by `kind`), each kind of plan's note (by `plan`), and every "where to look", note and phone note the
 * English file uses, once each, by its English text (`english`, as most states share them). State names are
 * given where Spanish writes them differently. Offices' own names, numbers, addresses, sources and dates come
 * from the English and are not translated.
 */
export const stateHelpTranslationSchema = z.object({
  ...header,
  kinds: z.array(z.object({ kind: slug, title: z.string().min(3), helps: z.string().min(10) }).strict()),
  plans: z.array(z.object({ plan: slug, note: z.string().min(10) }).strict()),
  texts: z.array(z.object({ english: z.string().min(3), text: z.string().min(3) }).strict()),
  states: z
    .array(
      z.object({ code: z.string().regex(/^[A-Z]{2}$/, 'must be a postal code'), name: z.string().min(4) }).strict(),
    )
    .default([]),
});

export type StateHelpTranslation = z.infer<typeof stateHelpTranslationSchema>;
export type PageTranslation = z.infer<typeof pageTranslationSchema>;
export type TherapyTranslation = z.infer<typeof therapyTranslationSchema>;
export type CoverageTranslation = z.infer<typeof coverageTranslationSchema>;
export type AppealsTranslation = z.infer<typeof appealsTranslationSchema>;
export type MedicareContractorsTranslation = z.infer<typeof medicareContractorsTranslationSchema>;
export type GlossaryTranslation = z.infer<typeof glossaryTranslationSchema>;
export type SourceNotesTranslation = z.infer<typeof sourceNotesTranslationSchema>;
export type FlowTranslation = z.infer<typeof flowTranslationSchema>;
export type FlowNodeWords = FlowTranslation['nodes'][string];
export type FixedTerms = z.infer<typeof fixedTermsSchema>;
export type MedicareRatesTranslation = z.infer<typeof medicareRatesTranslationSchema>;
export type ChangesTranslation = z.infer<typeof changesTranslationSchema>;
export type CostsTranslation = z.infer<typeof costsTranslationSchema>;
