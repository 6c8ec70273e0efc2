/**
 * The letter asking for the claim file and the criteria (src/lib/appeal/file-request.ts), for every kind of
 * plan, with the wording from content/appeal-deadlines.yaml (`fileRequest` blocks): it cites a rule only
 * where one was sourced and says "free of charge" only where that rule gives free copies.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildFileRequest, emptyFileRequest, type FileRequestInput } from '../../src/lib/appeal/file-request.ts';
import { appealDeadlinesFileSchema } from '../../src/schemas/appeal.ts';
import { fileRequestWording, type FileRequestWording } from '../../src/schemas/letter.ts';
import { LETTER_WORDS } from '../../src/i18n/letter-words.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { localizedAppealPlans } from '../../src/lib/i18n/localize.ts';
import { factDifference } from '../../src/lib/i18n/facts.ts';

const plans = appealDeadlinesFileSchema.parse(
  parse(readFileSync(fileURLToPath(new URL('../../content/appeal-deadlines.yaml', import.meta.url)), 'utf8')),
);
const wording = (t: string): FileRequestWording => plans.find((p) => p.planType === t)!.fileRequest;
const filled = (over: Partial<FileRequestInput> = {}): FileRequestInput => ({
  ...emptyFileRequest('2026-11-30'),
  payer: 'Cigna',
  patientName: 'Pat Example',
  memberId: 'XYZ123',
  claimNumber: 'C-77',
  noticeDate: '2026-11-02',
  therapy: 'PRP injection',
  ...over,
});
const letter = (i: FileRequestInput) => buildFileRequest(i, wording(i.planType), LETTER_WORDS.en);

describe('the claim-file letter, for every kind of plan', () => {
  it('asks for the file and the criteria in the plan’s own words, says it is not the appeal, and signs off', () => {
    for (const p of plans) {
      const text = letter(filled({ planType: p.planType }));
      expect(text, p.planType).toContain('Re: Request for my claim file and the criteria used');
      expect(text).toContain(`\n\n${p.fileRequest.ask}\n\n${p.fileRequest.criteria}\n\n`);
      expect(text).toContain('You denied coverage of PRP injection. Before I appeal');
      expect(text).toContain('This letter is not my appeal');
      expect(text).toMatch(/Sincerely,\n\nPat Example\nMember ID: XYZ123$/);
    }
  });
  it('says "free of charge" exactly where a sourced rule gives free copies', () => {
    const free = plans.filter((p) => p.fileRequest.free).map((p) => p.planType);
    expect(free).toEqual(['marketplace', 'employer-insured', 'employer-self-funded', 'medicaid']);
    for (const p of plans) {
      const text = letter(filled({ planType: p.planType }));
      if (p.fileRequest.free) expect(text, p.planType).toContain('free of charge');
      else expect(text, p.planType).not.toMatch(/\bfree\b/i);
    }
  });
  it('cites the ERISA and ACA paragraphs for job-based and Marketplace plans, and the Medicaid rule', () => {
    for (const t of ['employer-insured', 'employer-self-funded']) {
      const text = letter(filled({ planType: t as FileRequestInput['planType'] }));
      expect(text).toContain('29 CFR 2560.503-1(h)(2)(iii)');
      expect(text).toContain('29 CFR 2560.503-1(m)(8)');
    }
    expect(letter(filled({ planType: 'marketplace' }))).toContain('45 CFR 147.136');
    expect(letter(filled({ planType: 'marketplace' }))).toContain('29 CFR 2560.503-1(m)(8)');
    expect(letter(filled({ planType: 'medicaid' }))).toContain('42 CFR 438.404');
  });
  it('cites no rule for Medicare, Medicare Advantage, TRICARE or VA, and the note says why', () => {
    for (const t of ['medicare', 'medicare-advantage', 'tricare', 'va'] as const) {
      expect(letter(filled({ planType: t })), t).not.toMatch(/CFR|U\.S\.C\./);
      expect(wording(t).note, t).toMatch(/could not confirm|found no/);
    }
  });
  it('leaves [blanks] for what the reader has not filled in', () => {
    const text = letter(emptyFileRequest(''));
    for (const blank of [
      '[Date]',
      '[Insurer or plan name]',
      '[Your name]',
      '[Member ID]',
      '[Claim number]',
      '[treatment]',
    ])
      expect(text).toContain(blank);
    expect(text).not.toContain('Date of service');
  });
  it('writes what the content says, not a copy in code', () => {
    const own: FileRequestWording = {
      ask: 'Please send my test file under Test Rule 9.',
      criteria: 'Please send the test criteria too.',
      free: false,
      note: 'A note for the test reader.',
      sources: ['x'],
    };
    const text = buildFileRequest(filled({ planType: 'medicare' }), own, LETTER_WORDS.en);
    expect(text).toContain('Please send my test file under Test Rule 9.\n\nPlease send the test criteria too.');
    expect(text).not.toContain('A note for the test reader');
  });
});

describe('the fileRequest schema', () => {
  const good = wording('employer-insured');
  const issues = (w: unknown) => {
    const r = fileRequestWording.safeParse(w);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('accepts every plan’s wording in the content', () => {
    for (const p of plans) expect(issues(p.fileRequest), p.planType).toEqual([]);
  });
  it('refuses "free of charge" where no sourced rule makes the copies free', () => {
    expect(issues({ ...good, free: false })).toEqual([
      'ask: free is false: the letter may not claim free copies that no sourced rule gives',
    ]);
    expect(issues({ ...wording('medicare'), criteria: 'Please send the criteria at no charge to me.' })).toEqual([
      'criteria: free is false: the letter may not claim free copies that no sourced rule gives',
    ]);
  });
  it('refuses free: true when the request does not say so, and wording without a source', () => {
    expect(issues({ ...wording('medicare'), free: true })).toEqual([
      'ask: free is true, so ask must say "free of charge"',
    ]);
    expect(issues({ ...good, sources: [] }).map((m) => m.split(':')[0])).toEqual(['sources']);
  });
});

describe('the claim-file letter in Spanish, for every kind of plan', () => {
  const { catalog } = siteCatalog();
  const spanish = localizedAppealPlans(catalog.appeals, 'es', catalog.es.appeals);
  it('states the English facts, cites the same rules, and claims free copies only where the rule does', () => {
    for (const p of spanish) {
      const i = filled({ planType: p.planType, serviceDate: '2026-10-15' });
      const en = letter(i);
      const es = buildFileRequest(i, p.fileRequest, LETTER_WORDS.es);
      expect(factDifference(en, es), p.planType).toEqual({ missing: [], added: [] });
      expect(es).toContain('Asunto: Solicitud del expediente de mi reclamo y de los criterios usados');
      expect(es).toContain(`\n\n${p.fileRequest.ask}\n\n${p.fileRequest.criteria}\n\n`);
      expect(es).toContain('Ustedes negaron la cobertura de PRP injection. Antes de apelar');
      expect(es).toContain('Esta carta no es mi apelación');
      expect(es).toMatch(/Atentamente,\n\nPat Example\nNúmero de miembro: XYZ123$/);
      if (p.fileRequest.free) expect(es, p.planType).toMatch(/sin costo/);
      else expect(es, p.planType).not.toMatch(/sin costo|gratis|gratuit/);
      expect(es).not.toContain(p.fileRequest.note); // the note is for the reader, not the plan
    }
  });
});
