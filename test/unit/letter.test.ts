import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildLetter, emptyLetterInput, lines, type LetterInput } from '../../src/lib/appeal/letter.ts';
import { DENIAL_REASONS, ENCLOSURES, type DenialReason } from '../../src/schemas/denial.ts';
import { PLAN_TYPE_IDS } from '../../src/schemas/plan-type.ts';
import {
  DRAFT_KEY,
  inputFromFields,
  parseDraft,
  presetFromHash,
  serializeDraft,
  storeDraft,
} from '../../src/lib/appeal/draft.ts';
import { appealDeadlinesFileSchema, planType as planTypeSchema } from '../../src/schemas/appeal.ts';
import type { LetterWording } from '../../src/schemas/letter.ts';
import { LETTER_WORDS, appealLetterWords, fileRequestWords } from '../../src/i18n/letter-words.ts';
import { setupLetter, setupLetters, templateLetters } from '../../src/lib/appeal/letter-setup.ts';
import type { Lang } from '../../src/schemas/language.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { localizedAppealPlans } from '../../src/lib/i18n/localize.ts';
import { factDifference } from '../../src/lib/i18n/facts.ts';

// The wording that cites law is content: each plan's `letter` block in content/appeal-deadlines.yaml.
const plans = appealDeadlinesFileSchema.parse(
  parse(readFileSync(fileURLToPath(new URL('../../content/appeal-deadlines.yaml', import.meta.url)), 'utf8')),
);
const wording = (planType: string): LetterWording => {
  const p = plans.find((x) => x.planType === planType);
  if (!p) throw new Error(`no plan ${planType}`);
  return p.letter;
};
/** The letter for an input, with its plan's wording from the content. */
const letter = (i: LetterInput) => buildLetter(i, wording(i.planType), LETTER_WORDS.en);

const filled = (over: Partial<LetterInput> = {}): LetterInput => ({
  ...emptyLetterInput('2026-11-22'),
  payer: 'Cigna',
  patientName: 'Pat Example',
  memberId: 'U123',
  claimNumber: 'C-9',
  therapy: 'PRP injection',
  diagnosis: 'right knee arthritis',
  noticeDate: '2026-11-02',
  treatmentsTried: '- Physical therapy, Jan–Mar 2026, little help\n2. Steroid shot, April 2026, helped for 3 weeks\n\n',
  criteria: 'X-ray shows arthritis\n3 months of other care failed',
  doctorName: 'Dr. Lee',
  enclosures: ['notice', 'lmn'],
  ...over,
});

const RIGHTS_CITED: Record<string, RegExp> = {
  marketplace: /45 CFR 147\.136[\s\S]*external review by an independent review organization/,
  'employer-insured':
    /section 503 of the Employee Retirement Income Security Act[\s\S]*29 CFR 2560\.503-1\(h\)\(2\)\(iii\)/,
  'employer-self-funded': /full and fair review[\s\S]*copy of the plan document/,
  medicare: /redetermination[\s\S]*42 CFR part 405, subpart I[\s\S]*Qualified Independent Contractor/,
  'medicare-advantage': /reconsideration[\s\S]*42 CFR 422\.582[\s\S]*independent review entity/,
  medicaid: /42 CFR 438\.402[\s\S]*State fair hearing/,
  tricare: /reconsideration of this TRICARE denial/,
  va: new RegExp(
    'clinical appeal[\\s\\S]*patient advocate at my VA facility[\\s\\S]*' +
      'decision review \\(a Higher-Level Review, a Supplemental Claim or a Board Appeal\\)',
  ),
};

describe('appeal letter', () => {
  for (const planType of PLAN_TYPE_IDS) {
    for (const reason of Object.keys(DENIAL_REASONS) as DenialReason[]) {
      it(`${planType} × ${reason}: cites the right rights, states the reason, asks for the file and criteria`, () => {
        const text = letter(filled({ planType, denialReason: reason }));
        expect(text).toMatch(RIGHTS_CITED[planType]!);
        expect(text).toContain(`The reason you gave: ${DENIAL_REASONS[reason]}.`);
        expect(text).toMatch(/medical policy, clinical criteria or guideline you used/);
        expect(text).toContain('Please send me your decision in writing.');
        expect(text).toContain(
          'Enclosures:\n- A copy of the denial notice\n- A letter of medical necessity from my doctor',
        );
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        expect(text).not.toContain('[');
      });
    }
  }

  it('lists treatments and numbered criteria from the reader’s lines, without list markers or blanks', () => {
    const text = letter(filled());
    expect(text).toContain(
      'Treatments I have already tried:\n- Physical therapy, Jan–Mar 2026, little help\n- Steroid shot, April 2026, helped for 3 weeks',
    );
    expect(text).toContain(
      '1. X-ray shows arthritis (see the enclosed records)\n2. 3 months of other care failed (see the enclosed records)',
    );
    expect(lines(' \n- a\n* b\n3) c\n')).toEqual(['a', 'b', 'c']);
  });

  it('shows [brackets] for what is missing instead of empty or broken text', () => {
    const text = letter(emptyLetterInput('2026-11-22'));
    for (const gap of [
      '[Insurer or plan name]',
      '[Your name]',
      '[Member ID]',
      '[Claim number]',
      '[Date on the notice]',
      '[treatment]',
      '[condition]',
    ])
      expect(text).toContain(gap);
    expect(text).not.toContain('Treatments I have already tried');
    expect(text).not.toContain('Enclosures:\n\n');
  });

  it('is the same text for the same input', () => {
    expect(letter(filled())).toBe(letter(filled()));
  });
});

describe('appeal letter wording (content)', () => {
  it('every kind of plan the letter builder offers has its wording and sources in the content', () => {
    expect([...PLAN_TYPE_IDS].sort()).toEqual([...planTypeSchema.options].sort());
    for (const t of PLAN_TYPE_IDS) expect(wording(t).sources.length, t).toBeGreaterThan(0);
  });
  it('writes what the content says, not a copy in code', () => {
    const own: LetterWording = {
      ask: 'I ask for a review under Test Rule 1.',
      next: 'Then I will go to the next test level.',
      fileRight: 'Please send me my test file.',
      sources: ['x'],
    };
    const text = buildLetter(filled({ planType: 'medicaid' }), own, LETTER_WORDS.en);
    expect(text).toContain('I ask for a review under Test Rule 1. I am appealing your decision');
    expect(text).toContain('Please send me my test file. Please include the medical policy');
    expect(text).toContain('Please send me your decision in writing. Then I will go to the next test level.');
    expect(text).not.toContain('438.402');
  });
  it('refuses wording that is not one plain sentence, or that has no source', () => {
    const bad = structuredClone(plans) as unknown as { letter: Record<string, unknown> }[];
    bad[0]!.letter['ask'] = 'I ask for [a review]\nunder a rule';
    bad[1]!.letter['sources'] = [];
    delete bad[2]!.letter['next'];
    const r = appealDeadlinesFileSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      '0.letter.ask',
      '1.letter.sources',
      '2.letter.next',
    ]);
  });
});

describe('letter drafts', () => {
  it('round-trips through storage', () => {
    const input = filled({ planType: 'medicaid', denialReason: 'coding' });
    const back = parseDraft(serializeDraft({ input, edited: 'my edits' }), '2026-11-22');
    expect(back).toEqual({ input, edited: 'my edits' });
  });
  it('ignores anything that is not a draft, and cleans unknown values', () => {
    for (const bad of [null, '', 'not json', '42', '{"x":1}', '{"input":"str"}'])
      expect(parseDraft(bad, '2026-11-22')).toBeUndefined();
    const d = parseDraft(
      JSON.stringify({
        input: {
          planType: 'moon',
          denialReason: 'x',
          noticeDate: '22/11/2026',
          enclosures: ['lmn', 'bogus', 'constructor'],
          payer: 5,
        },
      }),
      '2026-11-22',
    );
    expect(d?.input.planType).toBe('marketplace');
    expect(d?.input.denialReason).toBe('not-medically-necessary');
    expect(d?.input.noticeDate).toBe('');
    expect(d?.input.enclosures).toEqual(['lmn']);
    expect(d?.input.payer).toBe('');
  });
  it('gives back a long draft whole: nothing is cut short', () => {
    const long = 'My own paragraph. '.repeat(2000); // 36,000 characters
    const input = filled({ treatmentsTried: 'x'.repeat(9000) });
    const back = parseDraft(serializeDraft({ input, edited: long }), '2026-11-22');
    expect(back?.edited).toBe(long);
    expect(back?.input.treatmentsTried).toHaveLength(9000);
  });
  it('reports a save the browser refused instead of throwing', () => {
    const full = {
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    expect(storeDraft(full, { input: filled(), edited: '' })).toBe(false);
    expect(storeDraft(undefined, { input: filled(), edited: '' })).toBe(false);
    const kept = new Map<string, string>();
    const ok = { setItem: (k: string, v: string) => void kept.set(k, v) };
    expect(storeDraft(ok, { input: filled(), edited: 'mine' })).toBe(true);
    expect(parseDraft(kept.get(DRAFT_KEY) ?? null, '2026-11-22')?.edited).toBe('mine');
  });
  it('accepts every plan type the appeal data knows, so a saved VA draft is not reset to another plan', () => {
    expect([...PLAN_TYPE_IDS].sort()).toEqual([...planTypeSchema.options].sort());
    const d = parseDraft(serializeDraft({ input: filled({ planType: 'va' }), edited: '' }), '2026-11-22');
    expect(d?.input.planType).toBe('va');
  });
  it('reads a form', () => {
    const fields: Record<string, string> = { planType: 'tricare', payer: 'TRICARE', denialReason: 'out-of-network' };
    const input = inputFromFields(
      (n) => fields[n] ?? '',
      (n) => (n === 'enclosures' ? ['records', 'nope'] : []),
      '2026-11-22',
    );
    expect(input).toMatchObject({
      planType: 'tricare',
      payer: 'TRICARE',
      denialReason: 'out-of-network',
      enclosures: ['records'],
    });
    expect(Object.keys(ENCLOSURES)).toContain('records');
  });
});

describe('presetFromHash', () => {
  it('keeps the fields the letter reader fills in, when the form knows their values', () => {
    expect(
      presetFromHash('#planType=medicare&denialReason=experimental&noticeDate=2026-05-04&therapy=PRP%20injection'),
    ).toEqual({
      planType: 'medicare',
      denialReason: 'experimental',
      noticeDate: '2026-05-04',
      therapy: 'PRP injection',
    });
  });
  it('drops unknown plans, reasons, bad dates and other fields', () => {
    expect(presetFromHash('#planType=workers-comp&denialReason=excluded&noticeDate=May%204&patientName=X')).toEqual({});
    expect(presetFromHash('')).toEqual({});
  });
  it('drops names every object has, which are not reasons or enclosures', () => {
    expect(presetFromHash('#denialReason=constructor')).toEqual({});
    expect(presetFromHash('#denialReason=toString&planType=__proto__')).toEqual({});
  });
});

/**
 * The letter in Spanish (issue #17): the same input gives the same letter in each language, fact for fact,
 * with each plan's legal wording from its checked translation (content/es/appeal-deadlines.yaml), and the
 * plain parts from the letter's own words (src/i18n/letter-words/).
 */
describe('appeal letter in Spanish', () => {
  const { catalog } = siteCatalog();
  const spanish = localizedAppealPlans(catalog.appeals, 'es', catalog.es.appeals);
  const spanishWording = (planType: string) => spanish.find((p) => p.planType === planType)!.letter;
  const enLetter = (i: LetterInput) => buildLetter(i, wording(i.planType), LETTER_WORDS.en);
  const esLetter = (i: LetterInput) => buildLetter(i, spanishWording(i.planType), LETTER_WORDS.es);
  /** The rule each plan's letter cites, as it must read in both languages. */
  const CITED: Record<string, string[]> = {
    marketplace: ['45 CFR 147.136'],
    'employer-insured': ['29 CFR 2560.503-1', '29 CFR 2560.503-1(h)(2)(iii)', 'ERISA', '503'],
    'employer-self-funded': ['29 CFR 2560.503-1(h)(2)(iii)', 'ERISA'],
    medicare: ['42 CFR', '405'],
    'medicare-advantage': ['42 CFR 422.582', '42 CFR 422.592'],
    medicaid: ['42 CFR 438.402'],
    tricare: ['TRICARE'],
    va: ['Higher-Level Review', 'Supplemental Claim', 'Board Appeal'],
  };

  for (const planType of PLAN_TYPE_IDS)
    for (const reason of Object.keys(DENIAL_REASONS) as DenialReason[])
      it(`${planType} × ${reason}: states the same facts in both languages, and cites the same rules`, () => {
        const i = filled({ planType, denialReason: reason, serviceDate: '2026-10-15', enclosures: ['notice', 'bill'] });
        const [en, es] = [enLetter(i), esLetter(i)];
        // Every date, amount, claim and member number and citation of one is in the other, and nothing more.
        expect(factDifference(en, es)).toEqual({ missing: [], added: [] });
        for (const value of ['2026-11-22', '2026-11-02', '2026-10-15', 'C-9', 'U123', 'Pat Example', 'Dr. Lee'])
          for (const text of [en, es]) expect(text).toContain(value);
        for (const rule of CITED[planType]!) {
          expect(en, rule).toContain(rule);
          expect(es, rule).toContain(rule);
        }
        expect(es).toContain(`El motivo que ustedes dieron: ${LETTER_WORDS.es.appeal.reasons[reason]}.`);
        expect(es).toContain('Documentos adjuntos:\n- Una copia del aviso de denegación\n- La factura detallada');
        expect(es).toMatch(/Atentamente,\n\nPat Example\nNúmero de miembro: U123$/);
        // No English sentence of the letter's own is left in the Spanish one.
        for (const english of ['To whom it may concern', 'Enclosures:', 'The reason you gave', 'Sincerely'])
          expect(es).not.toContain(english);
        expect(es).not.toMatch(/undefined|NaN|\[object|\[/);
      });

  it('keeps the same paragraphs in both languages, in the same order', () => {
    const i = filled({ planType: 'medicaid' });
    const paragraphs = (t: string) => t.split('\n\n').length;
    expect(paragraphs(esLetter(i))).toBe(paragraphs(enLetter(i)));
    expect(esLetter(i).split('\n\n')[4]).toBe(
      `${spanishWording('medicaid').ask} Apelo su decisión de negar la cobertura de PRP injection para mi ` +
        'right knee arthritis.',
    );
  });

  it('shows Spanish [brackets] for what is missing', () => {
    const text = esLetter(emptyLetterInput('2026-11-22'));
    for (const gap of ['[Nombre de la aseguradora o del plan]', '[Su nombre]', '[Número de miembro]', '[tratamiento]'])
      expect(text).toContain(gap);
    expect(text).toContain('Ustedes negaron este tratamiento porque');
    expect(text).not.toContain('Tratamientos que ya probé');
  });

  it('has a Spanish word for every reason and every enclosure the English letter has', () => {
    const keys = (o: object) => Object.keys(o).sort();
    const { appeal: en } = LETTER_WORDS.en;
    const { appeal: es } = LETTER_WORDS.es;
    for (const [a, b] of [
      [en.reasons, es.reasons],
      [en.reasonText, es.reasonText],
      [en.enclosures, es.enclosures],
    ] as const)
      expect(keys(b)).toEqual(keys(a));
    expect(en.reasons).toBe(DENIAL_REASONS); // the English menu and letter are one vocabulary
    expect(en.enclosures).toBe(ENCLOSURES);
  });

  it('keeps the letter’s language in a kept draft, and ignores one it does not know', () => {
    const input = filled();
    expect(parseDraft(serializeDraft({ input, edited: '', letterLang: 'es' }), '2026-11-22')?.letterLang).toBe('es');
    const raw = JSON.parse(serializeDraft({ input, edited: '' }));
    expect(raw.letterLang).toBeUndefined();
    expect(parseDraft(JSON.stringify({ ...raw, letterLang: 'fr' }), '2026-11-22')?.letterLang).toBeUndefined();
  });
});

/**
 * What a letter tool's page hands its script, and the letter it holds before the script runs
 * (src/lib/appeal/letter-setup.ts): the appeal letter, the claim-file letter and the case file build it alike.
 */
describe('a letter page’s setup', () => {
  const { catalog } = siteCatalog();
  const spanish = localizedAppealPlans(catalog.appeals, 'es', catalog.es.appeals);
  const plansIn = (lang: Lang) => (lang === 'en' ? plans : spanish);
  const empty = emptyLetterInput('');
  const setupFor = (page: Lang) => ({
    pageLang: page,
    letters: setupLetters(
      page,
      plansIn,
      (p) => p.letter,
      (l) => appealLetterWords(LETTER_WORDS[l]),
    ),
    messages: {},
  });

  it('offers an English page the English letter, with each plan’s own wording, and nothing to explain', () => {
    const setup = setupFor('en');
    expect(Object.keys(setup.letters)).toEqual(['en']);
    for (const p of plans) expect(setup.letters.en!.wording[p.planType]).toBe(p.letter);
    expect(templateLetters(setup, empty, buildLetter)).toEqual({
      templateLang: 'en',
      template: buildLetter(empty, wording(empty.planType), LETTER_WORDS.en),
      explain: undefined,
    });
  });

  it('offers a Spanish page the English letter first, and under it the same letter in Spanish', () => {
    const setup = setupFor('es');
    expect(Object.keys(setup.letters)).toEqual(['en', 'es']);
    const es = spanish.find((p) => p.planType === empty.planType)!.letter;
    expect(setupLetter(setup.letters, 'es', empty.planType)?.wording).toBe(es);
    const { templateLang, template, explain } = templateLetters(setup, empty, buildLetter);
    expect(templateLang).toBe('en');
    expect(template).toContain('To whom it may concern');
    expect(explain).toBe(buildLetter(empty, es, LETTER_WORDS.es));
  });

  it('takes the claim-file letter’s wording from each plan’s fileRequest block', () => {
    const letters = setupLetters(
      'en',
      plansIn,
      (p) => p.fileRequest,
      (l) => fileRequestWords(LETTER_WORDS[l]),
    );
    for (const p of plans) expect(letters.en!.wording[p.planType]).toBe(p.fileRequest);
  });

  it('has no letter for a plan or a language the page does not offer, and says so when the template needs one', () => {
    const setup = setupFor('en');
    expect(setupLetter(setup.letters, 'en', 'no-such-plan')).toBeUndefined();
    expect(setupLetter(setup.letters, 'es', empty.planType)).toBeUndefined();
    const others = () => plans.filter((p) => p.planType !== empty.planType);
    const without = {
      ...setup,
      letters: setupLetters(
        'en',
        others,
        (p) => p.letter,
        () => appealLetterWords(LETTER_WORDS.en),
      ),
    };
    expect(() => templateLetters(without, empty, buildLetter)).toThrow(`no plan "${empty.planType}"`);
  });
});
