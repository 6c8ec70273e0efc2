/**
 * Original Medicare's local rules by state (content/medicare-contractors.yaml): every state and territory
 * is there once, facts from the research hold, the content check catches each broken rule naming file,
 * field and value, and the wording never presents a rule that is not in force as the reader's rule.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';
import {
  LCD_STATUS,
  contractorPlaces,
  lcdStatusView,
  placeName,
  ruleDates,
  servedBy,
  shownStatus,
  stateAnswer,
  statesByName,
  withoutLocalRule,
  rulesByTherapy,
} from '../../src/lib/medicare/view.ts';
import { lcdStatus, STATE_CODES, TERRITORY_CODES } from '../../src/schemas/medicare-contractor.ts';
import { statusView } from '../../src/lib/coverage/status.ts';
import { localizedMedicare } from '../../src/lib/i18n/localize.ts';
import { ROOT } from '../support/fixtures.ts';
import { loadContentOnce, readContentOnce } from '../support/content.ts';

const { catalog } = loadContentOnce(join(ROOT, 'content'), ROOT);
const m = catalog.medicare!;
const state = (code: string) => m.states.find((s) => s.code === code)!;
const contractor = (id: string) => m.contractors.find((c) => c.id === id)!;
const decision = (id: string, therapy: string) => contractor(id).decisions.find((d) => d.therapy === therapy)!;
const therapyOrder = catalog.therapies.map((t) => t.slug);

describe('the Medicare contractors file', () => {
  it('lists all 50 states, DC and the five territories, each exactly once', () => {
    expect(STATE_CODES).toHaveLength(56);
    expect(m.states.map((s) => s.code).sort()).toEqual([...STATE_CODES].sort());
    expect(new Set(m.states.map((s) => s.name)).size).toBe(56);
  });

  it('holds the contractor map from the research (issue #14 part 4)', () => {
    const by = (code: string) => state(code).contractor;
    expect([by('TX'), by('OK'), by('NM')]).toEqual(['novitas-jh', 'novitas-jh', 'novitas-jh']);
    expect([by('FL'), by('PR'), by('VI')]).toEqual(['fcso-jn', 'fcso-jn', 'fcso-jn']);
    expect([by('KY'), by('OH')]).toEqual(['cgs-j15', 'cgs-j15']);
    expect([by('CA'), by('GU'), by('AS'), by('MP')]).toEqual([
      'noridian-je',
      'noridian-je',
      'noridian-je',
      'noridian-je',
    ]);
    expect([by('AZ'), by('WA')]).toEqual(['noridian-jf', 'noridian-jf']);
    expect(contractor('cgs-j15').jurisdiction).toBe('J15');
    // Virginia: Palmetto (JM) except Part B in Northern Virginia, which Novitas (JL) serves.
    expect(by('VA')).toBe('palmetto-jm');
    expect(state('VA').partBAreas).toEqual([
      expect.objectContaining({
        contractor: 'novitas-jl',
        areas: expect.stringMatching(/Arlington.*Fairfax.*Alexandria/),
      }),
    ]);
    expect(m.states.filter((s) => s.partBAreas.length > 0).map((s) => s.code)).toEqual(['VA']);
  });

  it('holds the local rules from the research', () => {
    expect(decision('noridian-jf', 'prp')).toMatchObject({ lcd: 'L39060', status: 'active' });
    expect(decision('noridian-jf', 'amniotic-injections')).toMatchObject({ lcd: 'L39118', confidence: 'primary' });
    expect(decision('novitas-jh', 'prp')).toMatchObject({ lcd: 'L39068', effective: '2021-12-12' });
    expect(decision('fcso-jn', 'amniotic-injections')).toMatchObject({ lcd: 'L39877', effective: '2024-12-01' });
    expect(decision('cgs-j15', 'amniotic-membrane-grafts')).toMatchObject({ lcd: 'L36690' });
    // The 2026 skin substitute rules were withdrawn: no Noridian, Palmetto, NGS or WPS rule is in force.
    for (const id of ['noridian-je', 'noridian-jf', 'palmetto-jj', 'ngs-jk', 'wps-j5'])
      expect(decision(id, 'amniotic-membrane-grafts')).toMatchObject({ status: 'withdrawn' });
    expect(m.unplaced.find((u) => u.lcd === 'L39756')).toMatchObject({ status: 'withdrawn' });
  });

  it('cites a source for every decision, national rule and rule we could not place', () => {
    for (const c of m.contractors) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const d of c.decisions) expect(d.sources.length, `${c.id} ${d.therapy}`).toBeGreaterThan(0);
    }
    for (const r of [...m.national, ...m.unplaced]) expect(r.sources.length).toBeGreaterThan(0);
  });

  it('backs the index page answer: every PRP and amniotic rule we could name says "not covered"', () => {
    const named = m.contractors.flatMap((c) =>
      c.decisions.filter((d) => ['prp', 'amniotic-injections'].includes(d.therapy) && d.status === 'active'),
    );
    expect(named.length).toBeGreaterThanOrEqual(5);
    expect(named.filter((d) => statusView(shownStatus(d)).tone !== 'bad')).toEqual([]);
  });
});

describe('the content check of content/medicare-contractors.yaml', () => {
  /** The real content with one change to the Medicare file; returns the problem lines. */
  const problemsAfter = (change: (data: any) => void) => {
    const raw = readContentOnce(join(ROOT, 'content'), ROOT);
    // Aliased YAML nodes are shared objects: copy so a change touches one place only.
    raw.medicare!.data = structuredClone(raw.medicare!.data);
    change(raw.medicare!.data);
    return checkContent(raw).problems.map(formatProblem);
  };
  const FILE = 'content/medicare-contractors.yaml';

  it('passes the real file', () => expect(problemsAfter(() => {})).toEqual([]));

  it('names a missing state or territory', () => {
    expect(problemsAfter((d) => (d.states = d.states.filter((s: any) => s.code !== 'GU')))).toEqual([
      `${FILE}: states has no row for this state or territory: "GU"`,
    ]);
  });

  it('names a state listed twice', () => {
    expect(problemsAfter((d) => d.states.push({ code: 'TX', name: 'Texas again', contractor: 'novitas-jh' }))).toEqual([
      `${FILE}: states[56].code is listed twice (first at states[43]): "TX"`,
    ]);
  });

  it('names an unknown contractor, and one that serves no state', () => {
    expect(problemsAfter((d) => (d.states.find((s: any) => s.code === 'CT').contractor = 'ngs-jx'))).toEqual([
      `${FILE}: states[6].contractor names an unknown contractor: "ngs-jx"`,
    ]);
    expect(problemsAfter((d) => d.contractors.push({ ...d.contractors[0], id: 'spare-jz' }))).toEqual([
      `${FILE}: contractors[12].id serves no state: name it in states: "spare-jz"`,
    ]);
  });

  it('names an unknown therapy, source or indication', () => {
    expect(
      problemsAfter((d) => {
        d.contractors[1].decisions[0].therapy = 'platelet-rich-plasma';
        d.contractors[1].decisions[1].sources = ['cms-lcd-l39118', 'no-such-source'];
        d.contractors[1].decisions[4].indication = 'knees';
      }),
    ).toEqual([
      `${FILE}: contractors[1].decisions[0].therapy names an unknown therapy: "platelet-rich-plasma"`,
      `${FILE}: contractors[1].decisions[1].sources[1] names an unknown source: "no-such-source"`,
      `${FILE}: contractors[1].decisions[4].indication is not an indication of this therapy's medicare ` +
        'coverage entries: "knees"',
    ]);
  });

  it('refuses an unconfirmed row naming a rule number, and a named rule whose first source is another', () => {
    expect(problemsAfter((d) => (d.contractors[0].decisions[1].says = 'It may be L39116.'))).toEqual([
      `${FILE}: contractors[0].decisions[1].says must not name a rule number when status is "unconfirmed": ` +
        'readers would take it as theirs: "It may be L39116."',
    ]);
    expect(problemsAfter((d) => (d.contractors[1].decisions[0].sources = ['cms-lcd-l39058']))).toEqual([
      `${FILE}: contractors[1].decisions[0].sources[0] must be the rule itself ` +
        '(a source numbered L39060): "cms-lcd-l39058"',
    ]);
  });

  it('refuses a rule both placed under a contractor and listed as one we could not place', () => {
    expect(problemsAfter((d) => Object.assign(d.unplaced[0], { lcd: 'L39060', sources: ['cms-lcd-l39060'] }))).toEqual([
      `${FILE}: unplaced[0].lcd is also a contractor decision: keep it in one place: "L39060"`,
    ]);
  });
});

describe('how the pages word the rules', () => {
  const describe_ = (d: { therapy: string }) => d.therapy;

  it('shows what a rule says only while it is in force', () => {
    for (const status of lcdStatus.options) {
      const shown = shownStatus({ status, coverage: 'covered-with-criteria' });
      expect(shown === 'covered-with-criteria', status).toBe(status === 'active');
      expect(LCD_STATUS[status].inForce, status).toBe(status === 'active');
    }
    expect(LCD_STATUS.withdrawn.meaning).toMatch(/^Withdrawn/);
    expect(shownStatus({ status: 'withdrawn', coverage: 'covered' })).toBe('case-by-case');
    expect(shownStatus({ status: 'unconfirmed' })).toBe('unknown');
  });

  it('words dates as the rule has them', () => {
    expect(ruleDates({ effective: '2015-10-01', revised: '2019-09-26', status: 'active' })).toBe(
      'First took effect October 1, 2015; revised September 26, 2019.',
    );
    expect(ruleDates({ effective: '2026-01-01', status: 'withdrawn' })).toBe('Was to take effect January 1, 2026.');
    expect(ruleDates({ status: 'active' })).toBe('We did not find its dates.');
  });

  it('answers for Texas with Novitas and its rules in force only', () => {
    const served = servedBy(m, state('TX'));
    expect(stateAnswer(state('TX'), served, describe_)).toBe(
      "In Texas, Novitas Solutions (jurisdiction JH) sets Original Medicare's local rules. Its rules do not cover prp. They cover amniotic-membrane-grafts, if criteria are met.",
    );
  });

  it('answers for Virginia with both contractors, the Northern Virginia one first', () => {
    const served = servedBy(m, state('VA'));
    expect(served.map((s) => [s.contractor.id, s.where])).toEqual([
      ['novitas-jl', 'Arlington, Fairfax and Alexandria'],
      ['palmetto-jm', 'the rest of Virginia'],
    ]);
    expect(stateAnswer(state('VA'), served, describe_)).toMatch(
      new RegExp(
        '^In Virginia, two contractors .*Novitas Solutions \\(jurisdiction JL\\) in Arlington, Fairfax and ' +
          'Alexandria, and Palmetto GBA \\(jurisdiction JM\\) in the rest of Virginia\\.',
      ),
    );
  });

  it('says so when no rule is confirmed (Palmetto), and never names a rule that is not in force', () => {
    expect(stateAnswer(state('GA'), servedBy(m, state('GA')), describe_)).toMatch(/We could not confirm its rules/);
    for (const s of m.states) {
      const answer = stateAnswer(s, servedBy(m, s), (d) => d.lcd ?? d.therapy);
      for (const c of m.contractors)
        for (const d of c.decisions) if (d.lcd && d.status !== 'active') expect(answer, s.code).not.toContain(d.lcd);
    }
  });

  it('groups rows by therapy in site order and lists the treatments with no rule at all', () => {
    const served = servedBy(m, state('AZ'));
    const groups = rulesByTherapy(served, therapyOrder);
    expect(groups.map((g) => g.therapy)).toEqual(
      therapyOrder.filter((t) => contractor('noridian-jf').decisions.some((d) => d.therapy === t)),
    );
    const none = withoutLocalRule(m, served, therapyOrder);
    expect(none).toContain('bone-marrow-concentrate');
    expect(none).not.toContain('prp');
    expect(none).not.toContain('prolotherapy'); // a national rule covers it
  });

  it('lists states and territories apart, by name', () => {
    const { states, territories } = statesByName(m);
    expect(states).toHaveLength(51);
    expect(territories.map((t) => t.code).sort()).toEqual([...TERRITORY_CODES].sort());
    expect(states[0]?.name).toBe('Alabama');
  });
});

describe('how the Spanish pages word the rules', () => {
  const es = localizedMedicare(m, catalog.es.medicare!);
  const place = (code: string) => es.states.find((s) => s.code === code)!;
  const describe_ = (d: { therapy: string }) => d.therapy;
  const answer = (code: string) => stateAnswer(place(code), servedBy(es, place(code), 'es'), describe_, 'es');

  it('words each standing in Spanish, in force only while active', () => {
    for (const status of lcdStatus.options) {
      const view = lcdStatusView(status, 'es');
      expect(view.inForce, status).toBe(status === 'active');
      expect(view.meaning.startsWith(view.label), status).toBe(true);
      expect(view.label, status).not.toBe(LCD_STATUS[status].label);
    }
    expect(lcdStatusView('active', 'es').label).toBe('Vigente');
    expect(lcdStatusView('withdrawn', 'es').meaning).toBe('Retirada: no se aplica');
  });

  it('words dates as es-US readers write them, whatever their precision', () => {
    expect(ruleDates({ effective: '2015-10-01', revised: '2019-09-26', status: 'active' }, 'es')).toBe(
      'Entró en vigor: 1 de octubre de 2015; revisión: 26 de septiembre de 2019.',
    );
    expect(ruleDates({ effective: '2026-01-01', status: 'withdrawn' }, 'es')).toBe(
      'Iba a entrar en vigor: 1 de enero de 2026.',
    );
    expect(ruleDates({ revised: '2022-02', status: 'active' }, 'es')).toBe('Revisión: febrero de 2022.');
    expect(ruleDates({ status: 'active' }, 'es')).toBe('No encontramos sus fechas.');
  });

  it('answers for Texas with the same contractor and rules in force as the English', () => {
    expect(answer('TX')).toBe(
      'En Texas, Novitas Solutions (jurisdicción JH) fija las reglas locales de Medicare Original. Sus reglas no ' +
        'cubren prp. Sí cubren amniotic-membrane-grafts, si se cumplen los criterios.',
    );
    expect(answer('GA')).toMatch(/No pudimos confirmar sus reglas/);
  });

  it('answers for Virginia with both contractors, Northern Virginia first and "el resto de Virginia"', () => {
    expect(servedBy(es, place('VA'), 'es').map((s) => [s.contractor.id, s.where])).toEqual([
      ['novitas-jl', 'Arlington, Fairfax y Alexandria'],
      ['palmetto-jm', 'el resto de Virginia'],
    ]);
    expect(answer('VA')).toMatch(
      new RegExp(
        '^En Virginia, dos contratistas .*Novitas Solutions \\(jurisdicción JL\\) en Arlington, Fairfax y ' +
          'Alexandria, y Palmetto GBA \\(jurisdicción JM\\) en el resto de Virginia\\.',
      ),
    );
  });

  it('names places in Spanish, sorted as Spanish sorts, with the article a sentence needs', () => {
    const { states, territories } = statesByName(es, 'es');
    const names = states.map((s) => s.name);
    expect(names).toHaveLength(51);
    expect(names).toEqual(expect.arrayContaining(['Nueva York', 'Carolina del Norte', 'Distrito de Columbia']));
    expect(names.indexOf('Carolina del Norte')).toBeLessThan(names.indexOf('Colorado'));
    expect(names.indexOf('Nueva York')).toBeLessThan(names.indexOf('Nuevo México'));
    expect(territories.map((t) => t.name)).toEqual([
      'Guam',
      'Islas Marianas del Norte',
      'Islas Vírgenes de los EE. UU.',
      'Puerto Rico',
      'Samoa Americana',
    ]);
    expect(placeName(place('DC'))).toBe('el Distrito de Columbia');
    expect(answer('DC')).toMatch(/^En el Distrito de Columbia, Novitas Solutions/);
    expect(placeName(state('DC'))).toBe('the District of Columbia');
    expect(contractorPlaces(es, 'palmetto-jm', 'es')).toEqual([
      'Carolina del Norte',
      'Carolina del Sur',
      'la mayor parte de Virginia',
      'Virginia Occidental',
    ]);
    expect(contractorPlaces(es, 'novitas-jl', 'es')).toContain('Virginia: Arlington, Fairfax y Alexandria');
    expect(contractorPlaces(m, 'palmetto-jm')).toEqual([
      'North Carolina',
      'South Carolina',
      'most of Virginia',
      'West Virginia',
    ]);
  });
});
