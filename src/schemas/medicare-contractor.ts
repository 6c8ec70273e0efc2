/**
 * content/medicare-contractors.yaml: Original Medicare's local rules, state by state. Each state and
 * territory is served by a Medicare Administrative Contractor (MAC); each contractor writes local coverage
 * determinations (LCDs) that apply only in its states. One table: states → contractor → decisions, every
 * row with its sources. The content check (src/lib/medicare/check.ts) proves every state and territory is
 * listed exactly once and every contractor, therapy and source named exists. Wording for readers lives in
 * src/lib/medicare/view.ts.
 */
import { z } from 'astro/zod';
import { coverageStatus } from './coverage.ts';
import { isoDate, partialDate, slug, sourceIds } from './common.ts';

/**
 * Every place Original Medicare serves: the 50 states, the District of Columbia and the five territories
 * (Puerto Rico, U.S. Virgin Islands, Guam, American Samoa, Northern Mariana Islands). Postal codes; the
 * page address is the code in lowercase (`/payers/medicare/by-state/tx/`).
 */
// prettier-ignore
export const STATE_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
  'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR',
  'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  'PR', 'VI', 'GU', 'AS', 'MP',
] as const;

/** The five territories: listed apart from the states on the index page. */
export const TERRITORY_CODES = ['PR', 'VI', 'GU', 'AS', 'MP'] as const;

export const stateCode = z.enum(STATE_CODES);

/**
 * Where a local rule stands, as far as our sources show:
 * - `active`: in force.
 * - `retired`: ended; no longer applies.
 * - `withdrawn`: pulled by the contractor. A row with this status and no `lcd` means the planned rule we
 *   know of was withdrawn before it started, so no local rule is in force for this treatment.
 * - `unknown`: we found the rule and know whose it is, but could not confirm it is still in force.
 * - `unconfirmed`: a rule very probably exists, but we could not prove its number or owner. Never shown as
 *   the reader's rule: the row names no number, and its text says where to check.
 * - `none-found`: we looked and found no local rule from this contractor.
 */
export const lcdStatus = z.enum(['active', 'retired', 'withdrawn', 'unknown', 'unconfirmed', 'none-found']);

/** Statuses that are about a document we can name: the row must give its number, title and what it says. */
const NAMED: readonly LcdStatus[] = ['active', 'retired', 'unknown'];
/** An LCD number as the Medicare Coverage Database prints it. */
const lcdNumber = z.string().regex(/^L\d{5}$/, 'must be an LCD number such as "L39060"');
/** A billing and coding article number. */
const articleNumber = z.string().regex(/^A\d{5}$/, 'must be an article number such as "A56157"');

export const decisionSchema = z
  .object({
    /** The therapy slug (content/therapies/<slug>.mdx). */
    therapy: slug,
    /**
     * The use this rule is about, as the indication of a Medicare coverage entry for this therapy
     * (content/coverage/medicare.yaml), e.g. `joints-and-tendons`. Required when that therapy's Medicare
     * entries are split by indication; the page takes the use's wording from there and links to it.
     */
    indication: slug.optional(),
    /** The LCD's number, when we can name the rule (never for `unconfirmed` or `none-found`). */
    lcd: lcdNumber.optional(),
    /** A billing and coding article that goes with the LCD, or that stands in for one (NGS's A52420). */
    article: articleNumber.optional(),
    /** The document's own title, with `lcd` or `article`. */
    title: z.string().min(3).optional(),
    /** When the rule first took effect, as precise as we know it. */
    effective: partialDate.optional(),
    /** The latest revision date we read, when there is one. */
    revised: partialDate.optional(),
    /** Where the rule stands (see `lcdStatus`). */
    status: lcdStatus,
    /** What the named rule says about paying, from the coverage statuses. Required with `lcd` or `article`. */
    coverage: coverageStatus.optional(),
    /** What it says, in plain words a patient can act on (our own words, grade 8). */
    says: z.string().min(10),
    /** Sources for this row; the first is the rule itself where we name one. */
    sources: sourceIds,
    /**
     * How firm the row is, by its weakest link (whose rule it is, its dates, its status): `primary` (read in
     * the document or the contractor's own list), `secondary` (read in a summary), `not-verified`.
     */
    confidence: z.enum(['primary', 'secondary', 'not-verified']),
    /** What we could and could not check, for readers. */
    note: z.string().min(10).optional(),
  })
  .superRefine((d, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const named = d.lcd !== undefined || d.article !== undefined;
    if (NAMED.includes(d.status) && !named) issue('lcd', `is required when status is "${d.status}"`);
    if ((d.status === 'unconfirmed' || d.status === 'none-found') && d.lcd)
      issue('lcd', `must be left out when status is "${d.status}": we could not tie a rule to this contractor`);
    if (d.status === 'unconfirmed' && /\b[LA]\d{5}\b/.test(d.says))
      issue('says', 'must not name a rule number when status is "unconfirmed": readers would take it as theirs');
    if (named && !d.title) issue('title', 'is required with lcd or article');
    if (named && !d.coverage) issue('coverage', 'is required with lcd or article: say what the rule does');
    if (!named && d.coverage) issue('coverage', 'is only for a rule we can name (lcd or article)');
    if (d.status === 'active' && d.confidence === 'not-verified')
      issue('confidence', 'cannot be "not-verified" for an active rule: use status "unknown"');
  });

/** A part of a state served by another contractor for doctors' (Part B) claims: Northern Virginia. */
export const partBAreaSchema = z.object({
  /** The contractor id for these areas. */
  contractor: slug,
  /** The areas, in plain words: "Arlington County, Fairfax County … and the City of Alexandria". */
  areas: z.string().min(3),
  /** A short name for the areas, for headings and the answer: "Arlington, Fairfax and Alexandria". */
  short: z.string().min(3),
  /** Sources naming these areas. */
  sources: sourceIds,
});

export const stateSchema = z.object({
  /** The postal code (see `STATE_CODES`). */
  code: stateCode,
  /** Its name as readers know it: "Texas", "U.S. Virgin Islands". */
  name: z.string().min(4),
  /** The name as a sentence needs it, when it takes an article: "the District of Columbia". */
  inSentence: z.string().min(4).optional(),
  /** The contractor id that handles doctors' and clinics' (Part B) claims here, or in most of the state. */
  contractor: slug,
  /** Parts of the state where another contractor handles Part B claims. Empty almost everywhere. */
  partBAreas: z.array(partBAreaSchema).default([]),
});

export const contractorSchema = z.object({
  /** Stable id: company and jurisdiction, e.g. `noridian-jf`. */
  id: slug,
  /** The company's name: "Noridian Healthcare Solutions". */
  name: z.string().min(3),
  /** The name in a sentence, when shorter: "Noridian". Defaults to `name`. */
  short: z.string().min(3).optional(),
  /** The A/B jurisdiction: "JF", "J15". */
  jurisdiction: z.string().regex(/^J[A-Z0-9]{1,2}$/, 'must be a jurisdiction such as "JF" or "J15"'),
  /** Sources saying which states this contractor serves. */
  sources: sourceIds,
  /** How firm the list of states is: `primary` (a CMS or contractor page) or `secondary`. */
  confidence: z.enum(['primary', 'secondary']),
  /** What we could and could not check about the states it serves, for readers. */
  note: z.string().min(10).optional(),
  /** Its local rules (and the gaps) for treatments on this site, one row per therapy and use. */
  decisions: z.array(decisionSchema).default([]),
});

/** A national coverage determination (NCD): applies in every state, whoever the contractor is. */
export const nationalRuleSchema = z.object({
  therapy: slug,
  /** As for a decision: the Medicare coverage entry's indication this rule is about. */
  indication: slug.optional(),
  /** The NCD number: "270.3". */
  ncd: z.string().regex(/^\d{2,3}\.\d{1,2}$/, 'must be an NCD number such as "270.3"'),
  /** What it says, in plain words. */
  says: z.string().min(10),
  sources: sourceIds,
  note: z.string().min(10).optional(),
});

/** An LCD we found but could not tie to a contractor: listed for readers, never shown as a state's rule. */
export const unplacedRuleSchema = z.object({
  lcd: lcdNumber,
  therapy: slug,
  title: z.string().min(3),
  effective: partialDate.optional(),
  revised: partialDate.optional(),
  status: lcdStatus.exclude(['unconfirmed', 'none-found']),
  sources: sourceIds,
  /** What we know and what we could not check. */
  note: z.string().min(10),
});

export const medicareContractorsFileSchema = z.object({
  /** When a person last checked the whole file against its sources (the pages' review date). */
  lastReviewed: isoDate,
  /** Sources the pages use for the general points: how contractors are assigned, where to look rules up. */
  sources: sourceIds,
  contractors: z.array(contractorSchema).min(1),
  states: z.array(stateSchema).min(1),
  national: z.array(nationalRuleSchema).default([]),
  unplaced: z.array(unplacedRuleSchema).default([]),
});

export type LcdStatus = z.infer<typeof lcdStatus>;
export type StateCode = z.infer<typeof stateCode>;
export type Decision = z.infer<typeof decisionSchema>;
export type Contractor = z.infer<typeof contractorSchema>;
export type StateEntry = z.infer<typeof stateSchema>;
export type NationalRule = z.infer<typeof nationalRuleSchema>;
export type UnplacedRule = z.infer<typeof unplacedRuleSchema>;
export type MedicareContractors = z.infer<typeof medicareContractorsFileSchema>;
