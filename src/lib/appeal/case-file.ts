/**
 * The reader's appeal case (/appeal/my-case/): what it holds, the file it is saved as, and reading such a
 * file back. Pure: no DOM, no storage. The page keeps a case on the device only when the reader asks, and
 * makes and opens files on the device; see src/components/tools/case-file/.
 *
 * A file is read whole and checked whole before anything uses it: every field must be there with the
 * right kind of value, every date a real date and every choice one the page offers. Whatever is wrong,
 * the caller gets a problem to show and no case, so nothing the reader has is replaced by half a file.
 *
 * Browser code reads this, so it checks by hand instead of with zod (zod would add about 14 KB gzip to
 * the page; see src/schemas/denial.ts).
 */
import { isIsoDate } from './deadlines.ts';
import type { Draft } from './draft.ts';
import { ENCLOSURES, isKeyOf, type Enclosure } from '../../schemas/denial.ts';
import { asSealed, seal, unseal, type Sealed } from './case-crypto.ts';
import { DENIAL_REASONS, NOTICE_ONLY_REASONS } from '../../schemas/denial.ts';
import { PLAN_TYPE_IDS } from '../../schemas/plan-type.ts';

/** Names the file as ours; a file without it was not saved by this page. */
export const CASE_FORMAT = 'regen-coverage-guide/appeal-case';
/** Raise when the shape changes, and teach `readCaseFile` to read the older versions. */
export const CASE_VERSION = 1;
/** The one storage key for the case on this device (the letter builder's draft has its own, DRAFT_KEY). */
export const CASE_KEY = 'regen-appeal-case-v1';
/** A case this large cannot come from typing; saving refuses it, so every file saved can be opened. */
export const MAX_CASE_BYTES = 1_000_000;
/** The largest file opened: a locked file is about a third larger than the case inside it. */
export const MAX_FILE_BYTES = 2_000_000;

/** The denial reasons a case can record: the letter's, and the two more a notice may give. */
export const CASE_REASON_IDS: readonly string[] = [...Object.keys(DENIAL_REASONS), ...Object.keys(NOTICE_ONLY_REASONS)];

export type FieldType = 'text' | 'long' | 'date' | 'plan' | 'reason';
/** A field of the case; its label is a word of the page's language (`ui(lang).caseFile`, src/i18n/). */
export interface Field {
  key: string;
  type: FieldType;
}

/** The denial, in the order the form shows it. `plan` and `reason` are '' until the reader picks one. */
export const DENIAL_FIELDS = [
  { key: 'planType', type: 'plan' },
  { key: 'payer', type: 'text' },
  { key: 'claimNumber', type: 'text' },
  { key: 'noticeDate', type: 'date' },
  { key: 'noticeDeadline', type: 'date' },
  { key: 'therapy', type: 'text' },
  // `reason`, not `denialReason`: saved cases and case files use this name.
  { key: 'reason', type: 'reason' },
] as const satisfies readonly Field[];

/** The lists a case holds, each row a set of fields (the word for a row, "Call 2", is the page's). */
export const CASE_LISTS = {
  calls: {
    fields: [
      { key: 'date', type: 'date' },
      { key: 'name', type: 'text' },
      { key: 'reference', type: 'text' },
      { key: 'said', type: 'long' },
      { key: 'followUp', type: 'long' },
    ],
  },
  criteria: {
    fields: [
      { key: 'criterion', type: 'long' },
      { key: 'evidence', type: 'long' },
    ],
  },
} as const satisfies Record<string, { fields: readonly Field[] }>;

export type ListName = keyof typeof CASE_LISTS;
type Row<F extends readonly Field[]> = Record<F[number]['key'], string>;
export type Denial = Row<typeof DENIAL_FIELDS>;
export type CallRow = Row<(typeof CASE_LISTS)['calls']['fields']>;
export type CriterionRow = Row<(typeof CASE_LISTS)['criteria']['fields']>;

export interface Case {
  denial: Denial;
  /** The appeal letter as the reader wrote it. */
  letter: string;
  calls: CallRow[];
  criteria: CriterionRow[];
  /** The documents ticked off, from the letter builder's list of enclosures. */
  documents: Enclosure[];
}

const blank = <F extends readonly Field[]>(fields: F): Row<F> =>
  Object.fromEntries(fields.map((f) => [f.key, ''])) as Row<F>;

/** An empty row of `list`. */
export const emptyRow = (list: ListName): Record<string, string> => blank(CASE_LISTS[list].fields);

export const emptyCase = (): Case => ({
  denial: blank(DENIAL_FIELDS),
  letter: '',
  calls: [],
  criteria: [],
  documents: [],
});

const allBlank = (r: Record<string, string>) => Object.values(r).every((v) => v.trim() === '');

/** True when the case holds nothing the reader would miss (an added row left blank counts as nothing). */
export const isEmptyCase = (c: Case): boolean =>
  allBlank(c.denial) &&
  c.letter.trim() === '' &&
  c.calls.every(allBlank) &&
  c.criteria.every(allBlank) &&
  c.documents.length === 0;

const valid = (type: FieldType, v: string): boolean => {
  switch (type) {
    case 'date':
      return v === '' || isIsoDate(v);
    case 'plan':
      return v === '' || (PLAN_TYPE_IDS as readonly string[]).includes(v);
    case 'reason':
      return v === '' || CASE_REASON_IDS.includes(v);
    default:
      return true;
  }
};

class Invalid extends Error {}
const invalid = (): never => {
  throw new Invalid();
};
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : invalid();
const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : invalid());

/** Copies exactly `fields` out of `v`, each checked; anything else in `v` is left behind. */
function row<F extends readonly Field[]>(v: unknown, fields: F): Row<F> {
  const o = record(v);
  const out: Record<string, string> = {};
  for (const f of fields) {
    const x = o[f.key];
    out[f.key] = typeof x === 'string' && valid(f.type, x) ? x : invalid();
  }
  return out as Row<F>;
}

/** The case in `v`, checked field by field; throws Invalid at the first thing wrong. */
function caseOf(v: unknown): Case {
  const o = record(v);
  const documents = array(o['documents']).map((d) => (typeof d === 'string' && isKeyOf(ENCLOSURES, d) ? d : invalid()));
  if (new Set(documents).size !== documents.length) invalid();
  return {
    denial: row(o['denial'], DENIAL_FIELDS),
    letter: typeof o['letter'] === 'string' ? o['letter'] : invalid(),
    calls: array(o['calls']).map((r) => row(r, CASE_LISTS.calls.fields)),
    criteria: array(o['criteria']).map((r) => row(r, CASE_LISTS.criteria.fields)),
    documents: documents as Enclosure[],
  };
}

/** Why a file could not be opened. */
export type Problem = 'too-large' | 'not-a-case' | 'damaged' | 'newer' | 'wrong-passphrase';

/** A file's header: which format and version it is, and the date it was saved. */
interface Header {
  format: typeof CASE_FORMAT;
  version: number;
}
export type LockedFile = Header & { locked: Sealed };

export type Opened = { kind: 'case'; case: Case; saved: string } | { kind: 'problem'; problem: Problem };
export type ReadFile = Opened | { kind: 'locked'; file: LockedFile };

const problem = (p: Problem): { kind: 'problem'; problem: Problem } => ({ kind: 'problem', problem: p });
const byteLength = (text: string) => new TextEncoder().encode(text).length;
/** What a locked file binds to its sealed text, so a changed header stops it opening. */
const bound = (h: Header) => `${h.format} ${h.version}`;

/** The text of a case file that anyone can read. `saved` is the reader's date, YYYY-MM-DD. */
export const caseFileText = (c: Case, saved: string): string =>
  JSON.stringify({ format: CASE_FORMAT, version: CASE_VERSION, saved, case: c }, null, 2);

/** True when the case is too large to save as a file that this page would open again. */
export const tooLargeToSave = (c: Case): boolean => byteLength(caseFileText(c, '2000-01-01')) > MAX_CASE_BYTES;

/** The text of a case file locked with `passphrase`: a new random salt and IV each time. */
export async function lockedCaseFileText(c: Case, saved: string, passphrase: string, cr?: Crypto): Promise<string> {
  const header: Header = { format: CASE_FORMAT, version: CASE_VERSION };
  const locked = await seal(caseFileText(c, saved), passphrase, bound(header), cr);
  return JSON.stringify({ ...header, locked }, null, 2);
}

/**
 * Reads a file's text: a case, a locked file to ask the passphrase for, or the problem with it. A file that
 * no longer parses but names our format is damaged (cut short, say); anything else unreadable is not ours.
 */
export function readCaseFile(text: string): ReadFile {
  if (byteLength(text) > MAX_FILE_BYTES) return problem('too-large');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return problem(text.includes(CASE_FORMAT) ? 'damaged' : 'not-a-case');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== CASE_FORMAT)
    return problem('not-a-case');
  const o = raw as Record<string, unknown>;
  const version = o['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return problem('damaged');
  if (version > CASE_VERSION) return problem('newer');
  if ('locked' in o) {
    const locked = asSealed(o['locked']);
    return locked ? { kind: 'locked', file: { format: CASE_FORMAT, version, locked } } : problem('damaged');
  }
  const saved = o['saved'];
  if (typeof saved !== 'string' || !isIsoDate(saved)) return problem('damaged');
  try {
    return { kind: 'case', case: caseOf(o['case']), saved };
  } catch (e) {
    if (e instanceof Invalid) return problem('damaged');
    throw e;
  }
}

/** Opens a locked file with `passphrase`: the case inside, checked as a plain file is, or the problem. */
export async function unlockCaseFile(file: LockedFile, passphrase: string, cr?: Crypto): Promise<Opened> {
  const text = await unseal(file.locked, passphrase, bound(file), cr);
  if (text === undefined) return problem('wrong-passphrase');
  const inner = readCaseFile(text);
  // A sealed text that opens but holds a file of another version, or another lock, was not made here.
  if (inner.kind === 'locked') return problem('damaged');
  return inner;
}

/**
 * The case with the letter builder's draft brought in: `letter` (the draft's text) replaces the letter, and
 * each denial detail still empty in the case is filled from the draft. Returns the keys of the details
 * filled, so the page can say what changed.
 */
export function withDraft(c: Case, draft: Draft, letter: string): { case: Case; filled: (keyof Denial)[] } {
  const from: Partial<Denial> = {
    planType: draft.input.planType,
    payer: draft.input.payer,
    claimNumber: draft.input.claimNumber,
    noticeDate: draft.input.noticeDate,
    therapy: draft.input.therapy,
    reason: draft.input.denialReason,
  };
  const denial = { ...c.denial };
  const filled: (keyof Denial)[] = [];
  for (const f of DENIAL_FIELDS) {
    const v = from[f.key]?.trim() ?? '';
    if (denial[f.key].trim() === '' && v !== '' && valid(f.type, v)) {
      denial[f.key] = v;
      filled.push(f.key);
    }
  }
  return { case: { ...c, denial, letter }, filled };
}
