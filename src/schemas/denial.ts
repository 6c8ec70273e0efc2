/**
 * The reasons a denial notice gives, as the site knows them: one vocabulary for the "My claim was denied"
 * flow (an answer `sets: { reason }`, checked by src/schemas/flow.ts), the appeal letter builder (its menu
 * and the paragraph for each reason) and the flow outcome (what to send). Adding a reason here makes the
 * letter builder and the flow outcome fail to type-check until they say what to write and send for it.
 *
 * Plain data, without zod: the letter builder's browser code reads it, and importing astro/zod there
 * ships all of zod (measured: the letter builder's script grew from 3.8 to 18.3 KB gzip). Schemas build
 * their zod enum from `DENIAL_REASON_IDS`.
 */

/** Each reason as a reader recognizes it on the notice; also the words after "The reason you gave:" in the letter. */
export const DENIAL_REASONS = {
  /** The plan says the care is not needed for the reader's condition. */
  'not-medically-necessary': 'Not medically necessary',
  /** The plan calls the treatment experimental or investigational (unproven). */
  experimental: 'Experimental or investigational',
  /** The plan needed to approve the care in advance and did not. */
  'no-prior-authorization': 'No prior authorization',
  /** The provider is not in the plan's network. */
  'out-of-network': 'Out of network',
  /** A billing code or other claim detail was wrong or missing. */
  coding: 'A coding or billing problem',
} as const;

export type DenialReason = keyof typeof DENIAL_REASONS;

/** The reason ids, for `z.enum(DENIAL_REASON_IDS)`. */
export const DENIAL_REASON_IDS = Object.keys(DENIAL_REASONS) as [DenialReason, ...DenialReason[]];

/**
 * The reasons the letter reader (src/lib/appeal/reader.ts) can find on a notice: the ones above, plus two a
 * notice often gives that the letter and the flow do not have a paragraph for yet. `letterReason` says which
 * reason above the letter builder should start from for each ("missing information" is the claim-detail
 * half of `coding`); none for an exclusion, so the reader picks.
 */
export const NOTICE_ONLY_REASONS = {
  /** The plan says it never covers this service (an exclusion in the plan or the law). */
  excluded: { label: 'Excluded by the plan', letterReason: undefined },
  /** The plan says papers or claim details it needed did not arrive. */
  'missing-information': { label: 'Missing information or records', letterReason: 'coding' },
} as const satisfies Record<string, { label: string; letterReason: DenialReason | undefined }>;

export type NoticeReason = DenialReason | keyof typeof NOTICE_ONLY_REASONS;

/** Every reason the reader can find, for `z.enum(NOTICE_REASON_IDS)`. */
export const NOTICE_REASON_IDS = [...DENIAL_REASON_IDS, ...Object.keys(NOTICE_ONLY_REASONS)] as [
  NoticeReason,
  ...NoticeReason[],
];

/**
 * What a reader can send with an appeal: one vocabulary for the letter builder's checklist (and the
 * letter's list of enclosures), the case file's documents and the flow outcome's "what to send".
 */
export const ENCLOSURES = {
  notice: 'A copy of the denial notice',
  lmn: 'A letter of medical necessity from my doctor',
  records: 'My medical records for this condition',
  imaging: 'Imaging reports',
  treatments: 'A list of the treatments I have tried, with dates and results',
  studies: 'Published studies that support this treatment',
  policy: 'Your medical policy, with each criterion and how I meet it marked',
  priorAuth: 'Prior authorization records',
  bill: 'The itemized bill or written quote, with the billing codes',
} as const;
export type Enclosure = keyof typeof ENCLOSURES;

/**
 * Whether `key` is one of a vocabulary's own ids. Not `key in vocabulary`: that is true for "toString" and
 * "constructor" too, and a link or a file may say anything. (Not Object.hasOwn, which Safari lacks before
 * 15.4: older iPads stay on older versions.)
 */
export const isKeyOf = <T extends object>(vocabulary: T, key: string): key is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(vocabulary, key);
