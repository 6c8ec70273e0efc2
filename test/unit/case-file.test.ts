/**
 * The reader's appeal case (/appeal/my-case/): the file it is saved as, read back whole or not at all; the
 * passphrase lock with the real WebCrypto (Node has the browser's API); storage that never throws; and the
 * rows and deadlines the page draws.
 */
import { describe, expect, it } from 'vitest';
import {
  CASE_FORMAT,
  CASE_VERSION,
  MAX_CASE_BYTES,
  MAX_FILE_BYTES,
  caseFileText,
  emptyCase,
  emptyRow,
  isEmptyCase,
  lockedCaseFileText,
  readCaseFile,
  tooLargeToSave,
  unlockCaseFile,
  withDraft,
  type Case,
  type ReadFile,
} from '../../src/lib/appeal/case-file.ts';
import { MAX_ITERATIONS, PBKDF2_ITERATIONS, asSealed, fromBase64, toBase64 } from '../../src/lib/appeal/case-crypto.ts';
import { caseDeadlinesView, rowView, type CasePlan } from '../../src/lib/appeal/case-view.ts';
import { en } from '../../src/i18n/en.ts';
import { readItem, removeItem, writeItem } from '../../src/lib/appeal/device-store.ts';
import { emptyLetterInput } from '../../src/lib/appeal/letter.ts';
import { toHtml } from '../../src/lib/format/tree.ts';

const PASS = 'correct horse battery';

const filled = (): Case => ({
  denial: {
    planType: 'employer-insured',
    payer: 'Cygnus Health',
    claimNumber: 'CLM-4242',
    noticeDate: '2026-10-31',
    noticeDeadline: '2027-04-29',
    therapy: 'PRP injection',
    reason: 'excluded',
  },
  letter: 'Dear Cygnus Health,\n\nI appeal. “Quotes”, accents (café) and 🦵 survive.\n',
  calls: [
    { date: '2026-11-02', name: 'Dana', reference: 'REF-1', said: 'Not covered.', followUp: 'Send records' },
    { date: '', name: '', reference: '', said: '', followUp: '' },
  ],
  criteria: [{ criterion: 'Six months of physical therapy', evidence: 'PT notes, page 3, 2026-05-01' }],
  documents: ['notice', 'lmn'],
});

/** The plain file of `filled()`, parsed, changed by `edit`, and written again. */
const edited = (edit: (file: { version: number; saved?: string; case: Record<string, unknown> }) => void) => {
  const file = JSON.parse(caseFileText(filled(), '2026-11-30'));
  edit(file);
  return JSON.stringify(file);
};
const problemOf = (r: ReadFile) => (r.kind === 'problem' ? r.problem : r.kind);

describe('a case file without a passphrase', () => {
  it('reads back exactly what was saved, with the date it was saved', () => {
    const text = caseFileText(filled(), '2026-11-30');
    expect(JSON.parse(text)).toMatchObject({ format: CASE_FORMAT, version: CASE_VERSION, saved: '2026-11-30' });
    expect(readCaseFile(text)).toEqual({ kind: 'case', case: filled(), saved: '2026-11-30' });
    expect(readCaseFile(caseFileText(emptyCase(), '2026-11-30'))).toMatchObject({ case: emptyCase() });
  });

  it('calls a file cut short damaged, and something else entirely not a case file', () => {
    const text = caseFileText(filled(), '2026-11-30');
    for (const cut of [text.length - 1, text.length / 2, 60])
      expect(problemOf(readCaseFile(text.slice(0, cut)))).toBe('damaged');
    for (const other of ['', '%PDF-1.7 binary', 'null', '[1,2]', '"text"', '{"format":"other","version":1}', '{}'])
      expect(problemOf(readCaseFile(other)), other).toBe('not-a-case');
  });

  it('says a file from a newer version is newer, without reading the rest', () => {
    expect(problemOf(readCaseFile(edited((f) => ((f.version = CASE_VERSION + 1), (f.case = {})))))).toBe('newer');
    for (const v of [0, -1, 1.5, '1', null])
      expect(problemOf(readCaseFile(edited((f) => (f.version = v as number))))).toBe('damaged');
  });

  it('refuses the whole file when any one field is wrong', () => {
    const breaks: [string, (c: Record<string, any>) => void][] = [
      ['an unknown kind of plan', (c) => (c['denial'].planType = 'hmo')],
      ['a reason that is only an inherited name', (c) => (c['denial'].reason = 'toString')],
      ['a day that does not exist', (c) => (c['denial'].noticeDate = '2026-02-30')],
      ['a date in another shape', (c) => (c['calls'][0].date = '10/31/2026')],
      ['a missing field', (c) => delete c['denial'].payer],
      ['a number for text', (c) => (c['letter'] = 42)],
      ['a row that is not an object', (c) => (c['criteria'] = ['text'])],
      ['a row missing a field', (c) => delete c['calls'][0].followUp],
      ['calls that are not a list', (c) => (c['calls'] = {})],
      ['an unknown document', (c) => c['documents'].push('passport')],
      ['a document twice', (c) => c['documents'].push('notice')],
      ['no case at all', (c) => Object.keys(c).forEach((k) => delete c[k])],
    ];
    for (const [what, edit] of breaks)
      expect(problemOf(readCaseFile(edited((f) => edit(f.case)))), what).toBe('damaged');
    expect(problemOf(readCaseFile(edited((f) => delete f.saved)))).toBe('damaged');
  });

  it('keeps only the fields it knows, so nothing else in a file reaches the page', () => {
    const text = edited((f) => {
      f.case['extra'] = 'x';
      (f.case['denial'] as Record<string, unknown>)['__proto__'] = { polluted: true };
      (f.case['calls'] as Record<string, unknown>[])[0]!['script'] = '<script>';
    });
    const r = readCaseFile(text);
    expect(r).toEqual({ kind: 'case', case: filled(), saved: '2026-11-30' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a file over the size limit before parsing it, counting bytes, not characters', () => {
    expect(problemOf(readCaseFile(' '.repeat(MAX_FILE_BYTES + 1)))).toBe('too-large');
    // 700,000 characters of three bytes each: under the limit in characters, over it in bytes.
    expect(problemOf(readCaseFile('€'.repeat(700_000)))).toBe('too-large');
    expect(tooLargeToSave({ ...filled(), letter: 'é'.repeat(MAX_CASE_BYTES / 2) })).toBe(true);
    expect(tooLargeToSave({ ...filled(), letter: 'e'.repeat(MAX_CASE_BYTES / 2) })).toBe(false);
  });

  it('has a message for every problem that says what to do', () => {
    expect(en.caseFile.problems.newer).toMatch(/newer version.*Reload/);
    expect(en.caseFile.problems['wrong-passphrase']).toMatch(/passphrase does not open/);
    expect(en.caseFile.problems.damaged).toMatch(/damaged/);
  });
});

describe('a case file locked with a passphrase', () => {
  it('opens with the passphrase to exactly the case saved, and shows none of it without', async () => {
    const text = await lockedCaseFileText(filled(), '2026-11-30', PASS);
    for (const secret of ['Cygnus', 'CLM-4242', 'Dana', 'physical therapy', 'employer-insured'])
      expect(text).not.toContain(secret);
    const r = readCaseFile(text);
    if (r.kind !== 'locked') throw new Error(`expected a locked file, got ${r.kind}`);
    expect(r.file.locked).toMatchObject({ kdf: 'PBKDF2-SHA256', cipher: 'AES-GCM-256' });
    expect(r.file.locked.iterations).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64(r.file.locked.salt)).toHaveLength(16);
    expect(fromBase64(r.file.locked.iv)).toHaveLength(12);
    expect(await unlockCaseFile(r.file, PASS)).toEqual({ kind: 'case', case: filled(), saved: '2026-11-30' });
  });

  it('uses a new random salt and IV for every file', async () => {
    const a = JSON.parse(await lockedCaseFileText(filled(), '2026-11-30', PASS)).locked;
    const b = JSON.parse(await lockedCaseFileText(filled(), '2026-11-30', PASS)).locked;
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('does not open with a wrong passphrase, or when a byte of the file was changed', async () => {
    const text = await lockedCaseFileText(filled(), '2026-11-30', PASS);
    const file = JSON.parse(text);
    const locked = (t: string) => {
      const r = readCaseFile(t);
      if (r.kind !== 'locked') throw new Error(`expected a locked file, got ${r.kind}`);
      return r.file;
    };
    expect(await unlockCaseFile(locked(text), 'correct horse battery!')).toEqual({
      kind: 'problem',
      problem: 'wrong-passphrase',
    });
    expect(await unlockCaseFile(locked(text), '')).toEqual({ kind: 'problem', problem: 'wrong-passphrase' });

    const data = fromBase64(file.locked.data)!;
    data[data.length - 20]! ^= 1;
    const tampered = JSON.stringify({ ...file, locked: { ...file.locked, data: toBase64(data) } });
    expect(await unlockCaseFile(locked(tampered), PASS)).toEqual({ kind: 'problem', problem: 'wrong-passphrase' });
    // The header is bound to the sealed text: another iteration count derives another key.
    const slower = JSON.stringify({ ...file, locked: { ...file.locked, iterations: PBKDF2_ITERATIONS + 1 } });
    expect(await unlockCaseFile(locked(slower), PASS)).toEqual({ kind: 'problem', problem: 'wrong-passphrase' });
  });

  it('opens with the same passphrase typed in another Unicode form', async () => {
    const text = await lockedCaseFileText(filled(), '2026-11-30', 'caf\u00e9 au lait');
    const r = readCaseFile(text);
    if (r.kind !== 'locked') throw new Error('expected a locked file');
    expect((await unlockCaseFile(r.file, 'cafe\u0301 au lait')).kind).toBe('case');
  });

  it('calls a locked file from a newer version newer, and a broken lock damaged, before any passphrase', async () => {
    const file = JSON.parse(await lockedCaseFileText(filled(), '2026-11-30', PASS));
    expect(problemOf(readCaseFile(JSON.stringify({ ...file, version: CASE_VERSION + 1 })))).toBe('newer');
    const broken: Record<string, unknown>[] = [
      { iterations: 1000 },
      { iterations: MAX_ITERATIONS + 1 },
      { iterations: '600000' },
      { salt: toBase64(new Uint8Array(8)) },
      { iv: 'not base64!' },
      { data: 7 },
      { kdf: 'scrypt' },
      { cipher: 'AES-CBC' },
    ];
    for (const b of broken)
      expect(
        problemOf(readCaseFile(JSON.stringify({ ...file, locked: { ...file.locked, ...b } }))),
        JSON.stringify(b),
      ).toBe('damaged');
    expect(problemOf(readCaseFile(JSON.stringify({ ...file, locked: 'x' })))).toBe('damaged');
    expect(asSealed(null)).toBeUndefined();
  });
});

describe('what the page does with a case', () => {
  it('counts a case with only blank rows as empty, and anything typed as not', () => {
    expect(isEmptyCase({ ...emptyCase(), calls: [emptyRow('calls') as Case['calls'][number]] })).toBe(true);
    expect(isEmptyCase({ ...emptyCase(), letter: '  \n' })).toBe(true);
    expect(isEmptyCase({ ...emptyCase(), documents: ['bill'] })).toBe(false);
    expect(isEmptyCase({ ...emptyCase(), criteria: [{ criterion: '', evidence: 'x' }] })).toBe(false);
    expect(isEmptyCase(filled())).toBe(false);
  });

  it('brings in the letter builder’s draft: its letter, and only the denial details still empty', () => {
    const draft = {
      input: {
        ...emptyLetterInput('2026-11-30'),
        planType: 'medicare' as const,
        payer: 'Other payer',
        therapy: 'Amniotic injection',
        noticeDate: '2026-09-01',
        denialReason: 'coding' as const,
      },
      edited: '',
    };
    const c = filled();
    c.denial.payer = '';
    c.denial.reason = '';
    const r = withDraft(c, draft, 'The draft letter');
    expect(r.case.letter).toBe('The draft letter');
    expect(r.case.denial).toEqual({ ...filled().denial, payer: 'Other payer', reason: 'coding' });
    expect(r.filled).toEqual(['payer', 'reason']);
    expect(c.letter).toBe(filled().letter); // the case given is left as it was
  });

  it('draws a row as labelled fields whose values are text, never markup', () => {
    const html = toHtml(
      rowView('calls', 1, { ...emptyRow('calls'), said: '<img src=x onerror=alert(1)>' }, en.caseFile.view),
    );
    expect(html).toContain('<legend>Call 2</legend>');
    expect(html).toContain('<label for="calls-2-said">What they said</label>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;</textarea>');
    expect(html).not.toContain('<img');
    expect(html).toContain('data-remove="1">Remove call 2</button>');
  });

  it('works out the first deadline from the plan and the notice date, and shows the one on the notice', () => {
    const medicare: CasePlan = {
      planType: 'medicare',
      label: 'Original Medicare',
      first: { name: 'Redetermination', deadline: { kind: 'days', days: 120, receiptDays: 5 } },
    };
    const denial = { ...filled().denial, planType: 'medicare', noticeDate: '2026-10-31', noticeDeadline: '2027-03-01' };
    const html = toHtml(caseDeadlinesView(medicare, denial, '2026-11-30', en.caseFile.view, en.deadlineWords));
    expect(html).toContain('data-deadline="2027-03-05"'); // 5 days for mail + 120 days
    expect(html).toContain('(95 days from today)');
    expect(html).toContain('printed on your notice: <strong>March 1, 2027</strong>');
    expect(
      toHtml(
        caseDeadlinesView(
          medicare,
          { ...denial, noticeDate: '2027-01-01' },
          '2026-11-30',
          en.caseFile.view,
          en.deadlineWords,
        ),
      ),
    ).toMatch(/after today/);
    expect(
      toHtml(
        caseDeadlinesView(
          undefined,
          { ...denial, noticeDeadline: '' },
          '2026-11-30',
          en.caseFile.view,
          en.deadlineWords,
        ),
      ),
    ).toMatch(/Pick your kind of plan/);
  });
});

describe('storage on the device', () => {
  const map = () => {
    const m = new Map<string, string>();
    return {
      m,
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
  };
  const refusing = {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  };

  it('writes, reads and removes, and says whether there was something to remove', () => {
    const s = map();
    expect(writeItem(s, 'k', 'v')).toBe(true);
    expect(readItem(s, 'k')).toBe('v');
    expect(removeItem(s, 'k')).toBe(true);
    expect(removeItem(s, 'k')).toBe(false);
    expect(s.m.size).toBe(0);
  });

  it('never throws when the browser refuses, and never claims a save', () => {
    expect(writeItem(refusing, 'k', 'v')).toBe(false);
    expect(writeItem(undefined, 'k', 'v')).toBe(false);
    expect(readItem(refusing, 'k')).toBeNull();
    expect(readItem(undefined, 'k')).toBeNull();
    expect(removeItem(refusing, 'k')).toBe(false);
  });
});
