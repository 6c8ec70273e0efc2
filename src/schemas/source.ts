/** content/sources.yaml: the bibliography. Every fact on the site points to one of these by id. */
import { z } from 'astro/zod';
import { isoDate, partialDate, reviewMonths, slug } from './common.ts';

/**
 * A document that is no longer in force:
 * - `withdrawn`: pulled by its publisher, possibly before it ever took effect (an LCD withdrawn before its start date);
 * - `superseded`: replaced by a newer version or another document (`replacedBy` names it when we list it);
 * - `retired`: ended with no replacement.
 */
export const sourceStatus = z
  .object({
    /** What happened to the document. */
    kind: z.enum(['withdrawn', 'superseded', 'retired']),
    /**
     * When it happened, as precise as we know it, and never in the future. Omit when we only know that a
     * later version exists (an old copy we read), rather than guess a date.
     */
    date: partialDate.optional(),
    /** Only for `superseded`: the id of the source that replaced it, when it is in this file. */
    replacedBy: slug.optional(),
    /** A few words for readers on what it means, e.g. "never took effect". No full stop needed. */
    note: z.string().min(3).optional(),
  })
  .refine((s) => s.kind === 'superseded' || s.replacedBy === undefined, {
    message: 'replacedBy is only for a superseded document',
    path: ['replacedBy'],
  });

export const sourceSchema = z.object({
  /** Stable id used by pages and data, e.g. `cms-ncd-270-3`. Never reuse an id for another document. */
  id: slug,
  /** Who published it: "Centers for Medicare & Medicaid Services", "Cigna", "U.S. Food and Drug Administration". */
  publisher: z.string().min(2),
  /** The document's own title. */
  title: z.string().min(3),
  /** The document's number, if it has one: "NCD 270.3", "L39058", "MM 0507", "21 CFR 1271". */
  number: z.string().min(1).optional(),
  /**
   * Short label used in in-text citations ("NCD 270.3", "Bennell 2021"). Defaults to `number` when that is
   * at most 24 characters, otherwise to the publisher. Keep it under 24 characters.
   */
  short: z.string().min(2).max(24).optional(),
  /** Where a reader can read it (https only). */
  url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
  /**
   * The document's own date (effective, revised or published), as precise as the document says. Only an
   * `effective` date may lie in the future (a rule published now that starts later); a published, revised
   * or reviewed date is something that has happened.
   */
  date: partialDate,
  /**
   * What `date` means for this document. Default "effective". `undated`: the document shows no date at all
   * (a clinic's article), so `date` is the day we first read it and the page says so, rather than "Reviewed
   * 2026", which would pass our reading off as the document's own date.
   */
  dateLabel: z.enum(['effective', 'revised', 'published', 'reviewed', 'undated']).default('effective'),
  /** When we last checked the document says what we cite it for (YYYY-MM-DD). Never in the future. */
  checked: isoDate,
  /** Months until we check the document again (default 12). */
  reviewMonths,
  /** How firm our reading is: `primary` (read in the document itself) or `secondary` (a reliable summary). */
  confidence: z.enum(['primary', 'secondary']).default('primary'),
  /** A short note for readers, e.g. "Arizona, Noridian (JF); other regions have their own LCD". */
  note: z.string().optional(),
  /**
   * What we read in the document, in our own words: the passage that backs what we cite it for, and which
   * copy we read when it was not the publisher's own page. The record of the check; `checked` says when.
   */
  read: z.string().min(10).optional(),
  /**
   * Set when the document is no longer in force, so every page that cites it can say so. Omit for a
   * document that is current as far as we know.
   */
  status: sourceStatus.optional(),
});

/** The whole file: a list of sources with unique ids. */
export const sourcesFileSchema = z.array(sourceSchema);

export type Source = z.infer<typeof sourceSchema>;
export type SourceStatus = z.infer<typeof sourceStatus>;
