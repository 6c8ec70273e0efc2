/**
 * Building blocks shared by every content schema. Each field is documented where it is used;
 * these helpers only say what a valid value looks like.
 */
import { z } from 'astro/zod';

/** A lowercase, hyphenated identifier such as `prp` or `medicare-advantage`. Used for slugs and ids. */
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase letters, digits and single hyphens, e.g. "medicare-advantage"',
  );

/**
 * A calendar date, written `YYYY-MM-DD`. YAML parsers may hand us a Date object for an unquoted date,
 * so a Date is accepted and turned back into the same `YYYY-MM-DD` text (in UTC, as YAML means it).
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      'is not a real calendar date',
    ),
);

/** A date that may be only as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

/**
 * Months from `checked` until the item is due for its next review: 1 to 24, and 12 when omitted. Use a
 * shorter interval for a policy that is about to change (a rule with a known end date, a draft). The site's
 * "Next review by" date and `npm run check:content`'s list of overdue items both use it.
 */
/**
 * Where a page or flow sits in its list: lower first. Bounded so a typo (`order: 1e21`) fails the check
 * instead of sorting silently.
 */
export const order = z.number().int().min(0).max(10_000).default(100);

export const reviewMonths = z.number().int().min(1).max(24).optional();

/** Ids of entries in content/sources.yaml. At least one: every fact on the site has a source. */
export const sourceIds = z.array(slug).min(1, 'needs at least one source id');

const ORIGIN = 'https://site.invalid';

/**
 * True for a path on this site such as `/guides/appeal-a-denial/` (an `#anchor` or `?query` may follow).
 * The one test for every "site path" (schema fields and links in MDX bodies, src/lib/content/mdx.ts). Never:
 * - `//host` or `/\host`: browsers read those as another site's address;
 * - a space, a control character or a backslash, which browsers drop or turn into "/";
 * - an encoded slash, backslash or control character (`%2F`, `%5C`, `%0A`) or a `.`/`..` segment (also as
 *   `%2e`): a host that decodes or tidies the path and then redirects (to add the last "/") would answer
 *   `Location: //host/`, or split the header;
 * - anything that does not stay on the same origin, with the same path, once a browser resolves it.
 */
export function isSitePath(v: string): boolean {
  if (!/^\/(?![/\\])[^\s\\\p{Cc}]*$/u.test(v)) return false;
  const path = v.replace(/[?#].*$/s, '');
  if (/%(2f|5c|[01][0-9a-f]|7f)/i.test(path)) return false;
  if (path.split('/').some((s) => /^(\.|%2e){1,2}$/i.test(s))) return false;
  const url = new URL(v, `${ORIGIN}/`);
  return url.origin === ORIGIN && !url.pathname.startsWith('//');
}

/** A site path, as `isSitePath` defines it. */
export const sitePath = z
  .string()
  .refine(isSitePath, 'must be a site path starting with a single "/", e.g. "/guides/appeal-a-denial/"');

/** A site path or a full https:// address. */
export const linkHref = z.union([sitePath, z.url({ protocol: /^https$/ })], {
  error: 'must be a site path starting with a single "/" or an https:// address',
});

/** One "what you can do now" action at the end of a page. */
export const nextStep = z.object({
  /** What to do, in the imperative: "Ask Medicare's contractor for its decision in writing". */
  text: z.string().min(3),
  /** Optional site path (`/guides/appeal-a-denial/`) or full https URL that helps do it. */
  href: linkHref.optional(),
});

/** One question and answer, rendered on the page and emitted as FAQPage JSON-LD. */
export const faqItem = z.object({
  /** The question as a patient would ask it. */
  q: z.string().min(5),
  /** A short plain answer (a sentence or two, no markup). */
  a: z.string().min(5),
});

/** Links to other pages of the site, by slug. Unknown slugs fail the build. */
export const related = z
  .object({
    /** Slugs of therapies (content/therapies/<slug>.mdx). */
    therapies: z.array(slug).default([]),
    /** Slugs of payers (content/payers/<slug>.mdx). */
    payers: z.array(slug).default([]),
    /** Slugs of guides (content/guides/<slug>.mdx). */
    guides: z.array(slug).default([]),
  })
  .default({ therapies: [], payers: [], guides: [] });

/**
 * The fields every content page (therapy, payer, guide) has, per CONTRIBUTING.md:
 * a title, a one-sentence answer, a review date, sources, related pages and next steps.
 */
export const pageBase = z.object({
  /** The page title and h1, e.g. "Platelet-rich plasma (PRP) injections". */
  title: z.string().min(3),
  /** Short name used in tables and breadcrumbs; defaults to the title. */
  shortTitle: z.string().min(2).optional(),
  /**
   * The one-sentence answer shown first and used as the meta description. Plain text, hedged exactly
   * as the sources are. A short lead-in is fine: "Usually not. Medicare does not pay for ...".
   */
  answer: z.string().min(20).max(300, 'must be a short answer of at most 300 characters'),
  /** Words patients type for this subject ("PRP shot", "amnion"); indexed for search with extra weight. */
  synonyms: z.array(z.string().min(2)).default([]),
  /** When a person last reviewed the whole page against its sources (YYYY-MM-DD). Never in the future. */
  lastReviewed: isoDate,
  /** Source ids (content/sources.yaml) for the facts on this page; shown in the page's source list. */
  sources: sourceIds,
  /** Other pages to link under "Related pages". */
  related,
  /** Common questions with short answers; also emitted as FAQPage JSON-LD. */
  faq: z.array(faqItem).default([]),
  /** What the reader can do now. At least one. */
  nextSteps: z.array(nextStep).min(1, 'needs at least one next step'),
});

/** The fields every content page has, after defaults. */
export type PageBase = z.infer<typeof pageBase>;
/** A next step as pages use it (components take this type rather than re-typing it). */
export type NextStep = z.infer<typeof nextStep>;
/** A common question and its answer. */
export type FaqItem = z.infer<typeof faqItem>;
/** Related pages by slug, after defaults. */
export type Related = z.infer<typeof related>;
