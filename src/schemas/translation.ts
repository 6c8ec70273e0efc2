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
export type GlossaryTranslation = z.infer<typeof glossaryTranslationSchema>;
export type SourceNotesTranslation = z.infer<typeof sourceNotesTranslationSchema>;
export type FixedTerms = z.infer<typeof fixedTermsSchema>;
