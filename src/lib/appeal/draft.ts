/**
 * Turning the letter form into a LetterInput and back, and checking a saved draft. A draft lives only
 * in the reader's own browser storage, and only when they ask for it; anything malformed is ignored.
 * Nothing is cut short: a draft comes back as long as it was saved (the browser's storage limit is the
 * only limit, and the letter builder tells the reader when a save fails).
 */
import { emptyLetterInput, type LetterInput } from './letter.ts';
import { DENIAL_REASONS, ENCLOSURES, isKeyOf } from '../../schemas/denial.ts';
import { PLAN_TYPE_IDS, type PlanType } from '../../schemas/plan-type.ts';
import { writeItem } from './device-store.ts';
import { asLang } from './letter-setup.ts';
import type { Lang } from '../../schemas/language.ts';

export const DRAFT_KEY = 'regen-appeal-letter-draft-v1';

const TEXT_FIELDS = [
  'payer',
  'patientName',
  'memberId',
  'claimNumber',
  'therapy',
  'diagnosis',
  'noticeDate',
  'serviceDate',
  'treatmentsTried',
  'criteria',
  'doctorName',
] as const;

const isDate = (v: string) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Reads form values (as `FormData` entries or a plain record) into a LetterInput; unknown values fall back. */
export function inputFromFields(
  get: (name: string) => string,
  getAll: (name: string) => string[],
  today: string,
): LetterInput {
  const base = emptyLetterInput(today);
  const plan = get('planType');
  const reason = get('denialReason');
  const out: LetterInput = {
    ...base,
    planType: (PLAN_TYPE_IDS as readonly string[]).includes(plan) ? (plan as PlanType) : base.planType,
    denialReason: isKeyOf(DENIAL_REASONS, reason) ? reason : base.denialReason,
    enclosures: getAll('enclosures').filter((e) => isKeyOf(ENCLOSURES, e)),
  };
  for (const f of TEXT_FIELDS) out[f] = str(get(f));
  if (!isDate(out.noticeDate)) out.noticeDate = '';
  if (!isDate(out.serviceDate)) out.serviceDate = '';
  return out;
}

export interface Draft {
  input: LetterInput;
  /** The letter text as the reader edited it ('' when they have not edited it). */
  edited: string;
  /** The language the reader chose for the letter, on a page that offers a choice (none: English). */
  letterLang?: Lang;
}

/** Parses a saved draft; returns undefined for anything that is not a draft we wrote. */
export function parseDraft(json: string | null, today: string): Draft | undefined {
  if (!json) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as { input?: Record<string, unknown>; edited?: unknown; letterLang?: unknown };
  if (!r.input || typeof r.input !== 'object') return undefined;
  const input = r.input;
  const enclosures = Array.isArray(input['enclosures']) ? (input['enclosures'] as unknown[]).map(String) : [];
  return {
    input: inputFromFields(
      (n) => str(input[n]),
      (n) => (n === 'enclosures' ? enclosures : []),
      today,
    ),
    edited: str(r.edited),
    ...(asLang(r.letterLang) ? { letterLang: asLang(r.letterLang)! } : {}),
  };
}

export const serializeDraft = (d: Draft): string =>
  JSON.stringify({ input: d.input, edited: d.edited, ...(d.letterLang ? { letterLang: d.letterLang } : {}) });

/**
 * Writes the draft to `storage`. Returns false, and never throws, when the browser refuses: storage full
 * (QuotaExceededError), turned off, or not there at all. The caller must then say so, not claim a save.
 */
export const storeDraft = (storage: Pick<Storage, 'setItem'> | undefined, d: Draft): boolean =>
  writeItem(storage, DRAFT_KEY, serializeDraft(d));

/** The fields another tool may fill in through the letter builder's address (after `#`). */
const PRESET_FIELDS = ['planType', 'denialReason', 'noticeDate', 'therapy'] as const;
export type Preset = Partial<Pick<LetterInput, (typeof PRESET_FIELDS)[number]>>;

/**
 * Reads `#planType=…&denialReason=…&noticeDate=…&therapy=…` (what the letter reader links to), keeping only
 * values the form knows. The part after `#` is never sent to a server, so what the reader's letter said
 * stays on the device on the way here too.
 */
export function presetFromHash(hash: string): Preset {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const known = inputFromFields(
    (n) => q.get(n) ?? '',
    () => [],
    '',
  );
  const out: Preset = {};
  for (const f of PRESET_FIELDS) if (q.get(f) && q.get(f) === known[f]) Object.assign(out, { [f]: known[f] });
  return out;
}
