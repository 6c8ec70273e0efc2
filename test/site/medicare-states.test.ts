/**
 * The built Medicare-by-state pages: every state and territory has exactly one page and one link on the
 * list; each page shows its contractor and the data file's rules, numbers and standing; no rule that is
 * not in force reads as in force; rules we could not place appear on no state page; and Original
 * Medicare's coverage pages and payer page link to the list. Expectations come from
 * content/medicare-contractors.yaml, plus facts written out by hand from the research report. The Spanish
 * twins (/es/…): one per state and territory, in Spanish, with the same rules, numbers and dates as the
 * English page, linked to it both ways.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { builtPages, type BuiltPage } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { inLanguage, sitePaths } from '../../src/lib/paths.ts';
import { LCD_STATUS, lcdStatusView, servedBy } from '../../src/lib/medicare/view.ts';
import { localizedMedicare } from '../../src/lib/i18n/localize.ts';
import { factDifference } from '../../src/lib/i18n/facts.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { STATE_CODES } from '../../src/schemas/medicare-contractor.ts';
import { ROOT } from '../support/fixtures.ts';

const pages = builtPages();
const { catalog } = siteCatalog(join(ROOT, 'content'));
const m = catalog.medicare!;
const page = (path: string): BuiltPage => {
  const p = pages.find((x) => x.path === path);
  if (!p) throw new Error(`No built page ${path}`);
  return p;
};
const INDEX = sitePaths.medicareStates();
const statePages = pages.filter((p) => p.path.startsWith(INDEX) && p.path !== INDEX);
/** The rows a state page shows for `therapy`: LCD or article number and standing, per contractor. */
const rows = (code: string, therapy: string) =>
  page(sitePaths.medicareState(code))
    .doc.querySelectorAll(`[data-local-rule][data-therapy="${therapy}"]`)
    .map((r) => ({
      contractor: r.getAttribute('data-contractor'),
      lcd: r.getAttribute('data-lcd') ?? undefined,
      status: r.getAttribute('data-lcd-status'),
      words: r.querySelector('[data-lcd-status-words]')?.text.trim() ?? '',
      text: r.text.replace(/\s+/g, ' '),
    }));

describe('Medicare by state', () => {
  it('has one page per state and territory, and the list links each exactly once', () => {
    expect(statePages.map((p) => p.path).sort()).toEqual(STATE_CODES.map((c) => sitePaths.medicareState(c)).sort());
    const links = page(INDEX)
      .doc.querySelectorAll('[data-state-list] a')
      .map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(STATE_CODES.map((c) => sitePaths.medicareState(c)).sort());
  });

  it('names the contractor (and jurisdiction) serving each place in the answer and in the contractor section', () => {
    for (const s of m.states) {
      const p = page(sitePaths.medicareState(s.code));
      expect(p.doc.querySelector('h1')?.text, s.code).toContain(s.name);
      const answer = p.doc.querySelector('.answer')?.text ?? '';
      const served = p.doc.querySelectorAll('[data-served-by]').map((e) => e.getAttribute('data-served-by'));
      const expected = servedBy(m, s).map((x) => x.contractor);
      expect(served, s.code).toEqual(expected.map((c) => c.id));
      for (const c of expected) expect(answer, s.code).toContain(`${c.name} (jurisdiction ${c.jurisdiction})`);
    }
  });

  it("shows every decision of the state's contractors with its number and standing in words", () => {
    for (const s of m.states) {
      const shown = page(sitePaths.medicareState(s.code)).doc.querySelectorAll('[data-local-rule]');
      const expected = servedBy(m, s).flatMap((x) =>
        x.contractor.decisions.map((d) => `${x.contractor.id} ${d.therapy} ${d.lcd ?? d.article ?? '-'} ${d.status}`),
      );
      const got = shown.map((r) =>
        [
          r.getAttribute('data-contractor'),
          r.getAttribute('data-therapy'),
          r.getAttribute('data-lcd') ?? '-',
          r.getAttribute('data-lcd-status'),
        ].join(' '),
      );
      expect(got.sort(), s.code).toEqual(expected.sort());
      for (const r of shown) {
        const status = r.getAttribute('data-lcd-status') as keyof typeof LCD_STATUS;
        expect(r.querySelector('[data-lcd-status-words]')?.text, `${s.code} ${r.getAttribute('data-therapy')}`).toMatch(
          new RegExp(`^${LCD_STATUS[status].label}`),
        );
        // Every row cites its sources, linked to the page's source list.
        expect(r.querySelectorAll('a.cite').length).toBeGreaterThan(0);
      }
    }
  });

  it('shows Noridian JF states the PRP rule L39060, in force, as not covered (and Texas Novitas L39068)', () => {
    const jf = m.states.filter((s) => s.contractor === 'noridian-jf').map((s) => s.code);
    expect(jf).toContain('AZ'); // by hand, from the research report
    for (const code of jf) {
      const [prp, ...more] = rows(code, 'prp');
      expect(more, code).toEqual([]);
      expect(prp, code).toMatchObject({ contractor: 'noridian-jf', lcd: 'L39060', status: 'active' });
      expect(prp?.text, code).toContain('Not covered');
      expect(prp?.text, code).toContain('First took effect January 23, 2022');
    }
    expect(rows('TX', 'prp')).toEqual([expect.objectContaining({ contractor: 'novitas-jh', lcd: 'L39068' })]);
    expect(rows('AZ', 'amniotic-injections')).toEqual([expect.objectContaining({ lcd: 'L39118', status: 'active' })]);
  });

  it('shows Virginia both contractors: Novitas for Northern Virginia, Palmetto for the rest', () => {
    const va = page(sitePaths.medicareState('VA'));
    expect(va.doc.querySelectorAll('[data-served-by]').map((e) => e.getAttribute('data-served-by'))).toEqual([
      'novitas-jl',
      'palmetto-jm',
    ]);
    expect(va.doc.querySelector('[data-served-by="novitas-jl"]')?.text).toMatch(/Arlington.*Fairfax.*Alexandria/s);
    expect(rows('VA', 'prp').map((r) => [r.contractor, r.lcd ?? null, r.status])).toEqual([
      ['novitas-jl', 'L39068', 'active'],
      ['palmetto-jm', null, 'unconfirmed'],
    ]);
  });

  it('never presents a rule that is not in force as in force', () => {
    let withdrawn = 0;
    for (const p of statePages)
      for (const r of p.doc.querySelectorAll('[data-local-rule]')) {
        const status = r.getAttribute('data-lcd-status');
        if (status === 'active') continue;
        const where = `${p.path} ${r.getAttribute('data-therapy')}`;
        if (status === 'withdrawn') withdrawn++;
        expect(r.querySelector('[data-lcd-status-words]')?.text, where).not.toMatch(/In force/);
        // The badge says what the rule allows only while it is in force.
        expect(r.querySelector('.badge')?.getAttribute('data-status'), where).toMatch(/^(case-by-case|unknown)$/);
        expect(r.querySelector('[data-where-to-check] a[href^="https://"]'), where).not.toBeNull();
      }
    expect(withdrawn).toBeGreaterThan(0);
    // On the list, the withdrawn 2026 skin substitute rule says so.
    const l39756 = page(INDEX).doc.querySelector('[data-unplaced="L39756"]');
    expect(l39756?.querySelector('[data-lcd-status-words]')?.text).toMatch(/^Withdrawn/);
  });

  it('shows no rule we could not place as a state rule, and no rule number on an unconfirmed row', () => {
    const unplaced = m.unplaced.map((u) => u.lcd);
    for (const p of statePages) {
      const main = p.doc.querySelectorAll('[data-local-rule]').map((r) => r.text);
      for (const lcd of unplaced) expect(main.join(' '), `${p.path} ${lcd}`).not.toContain(lcd);
      expect(p.doc.querySelector('.answer')?.text, p.path).not.toMatch(new RegExp(unplaced.join('|')));
      for (const r of p.doc.querySelectorAll('[data-local-rule][data-lcd-status="unconfirmed"]'))
        expect(r.text, p.path).not.toMatch(/\bL\d{5}\b/);
    }
  });

  it('is linked from every Original Medicare coverage page and from the Medicare payer page', () => {
    const medicareCoverage = pages.filter((p) => /^\/coverage\/[^/]+\/medicare\/$/.test(p.path));
    expect(medicareCoverage.length).toBeGreaterThanOrEqual(10);
    for (const p of [...medicareCoverage, page(sitePaths.payer('medicare'))])
      expect(p.doc.querySelector(`a[href="${INDEX}"]`), p.path).not.toBeNull();
    // Other payers' coverage pages do not get the Medicare line.
    expect(page('/coverage/prp/cigna/').doc.querySelector('[data-local-rules-link]')).toBeNull();
  });
});

describe('Medicare by state in Spanish', () => {
  const es = (path: string) => inLanguage(path, 'es');
  const ES_INDEX = es(INDEX);
  const spanishPages = pages.filter((p) => p.path.startsWith(ES_INDEX) && p.path !== ES_INDEX);
  const words = localizedMedicare(m, catalog.es.medicare!);
  const SITE = 'https://regen-coverage-guide.example';
  const alternates = (p: BuiltPage) =>
    Object.fromEntries(
      p.doc
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')?.replace(SITE, '')]),
    );
  const ruleRows = (p: BuiltPage) => p.doc.querySelectorAll('[data-local-rule]');
  const key = (r: ReturnType<typeof ruleRows>[number]) =>
    ['data-contractor', 'data-therapy', 'data-lcd', 'data-lcd-status'].map((a) => r.getAttribute(a) ?? '-').join(' ');

  it('has one Spanish page per state and territory, in Spanish, and the Spanish list links each exactly once', () => {
    const expected = STATE_CODES.map((c) => es(sitePaths.medicareState(c))).sort();
    expect(spanishPages.map((p) => p.path).sort()).toEqual(expected);
    const links = page(ES_INDEX)
      .doc.querySelectorAll('[data-state-list] a')
      .map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(expected);
    for (const p of [page(ES_INDEX), ...spanishPages])
      expect(p.doc.querySelector('html')?.getAttribute('lang'), p.path).toBe('es-US');
    // The list names places as Spanish speakers write them, in Spanish order.
    const names = page(ES_INDEX)
      .doc.querySelectorAll('[data-state-list] a')
      .map((a) => a.text.trim());
    expect(names).toEqual(expect.arrayContaining(['Nueva York', 'Carolina del Norte', 'Puerto Rico', 'Hawái']));
    expect(names).not.toContain('New York');
    expect(names.indexOf('Carolina del Norte')).toBeLessThan(names.indexOf('Colorado'));
  });

  it('names each place in Spanish and its contractor and jurisdiction, as the English twin does', () => {
    for (const s of words.states) {
      const p = page(es(sitePaths.medicareState(s.code)));
      expect(p.doc.querySelector('h1')?.text, s.code).toContain(s.name);
      const served = p.doc.querySelectorAll('[data-served-by]').map((e) => e.getAttribute('data-served-by'));
      const expected = servedBy(
        m,
        m.states.find((x) => x.code === s.code)!,
      ).map((x) => x.contractor);
      expect(served, s.code).toEqual(expected.map((c) => c.id));
      const answer = p.doc.querySelector('.answer')?.text ?? '';
      for (const c of expected) expect(answer, s.code).toContain(`${c.name} (jurisdicción ${c.jurisdiction})`);
    }
    expect(page(es(sitePaths.medicareState('NY'))).doc.querySelector('h1')?.text).toContain('Nueva York');
    expect(page(es(sitePaths.medicareState('NC'))).doc.querySelector('h1')?.text).toContain('Carolina del Norte');
    expect(page(es(sitePaths.medicareState('DC'))).doc.querySelector('.answer')?.text).toMatch(
      /^En el Distrito de Columbia, /,
    );
  });

  it('shows the same rules, rule numbers and dates as its English twin, with their standing in Spanish', () => {
    const differences: string[] = [];
    for (const code of STATE_CODES) {
      const english = page(sitePaths.medicareState(code));
      const spanish = page(es(sitePaths.medicareState(code)));
      const [enRows, esRows] = [ruleRows(english), ruleRows(spanish)];
      expect(esRows.map(key), code).toEqual(enRows.map(key));
      expect(esRows.length, code).toBeGreaterThan(0);
      enRows.forEach((en, i) => {
        const row = esRows[i]!;
        const where = `${code} ${key(row)}`;
        const { missing, added } = factDifference(en.text, row.text);
        if (missing.length || added.length) differences.push(`${where}: missing ${missing}; added ${added}`);
        const status = row.getAttribute('data-lcd-status') as keyof typeof LCD_STATUS;
        expect(row.querySelector('[data-lcd-status-words]')?.text, where).toMatch(
          new RegExp(`^${lcdStatusView(status, 'es').label}`),
        );
        expect(row.querySelector('.badge')?.getAttribute('data-status'), where).toBe(
          en.querySelector('.badge')?.getAttribute('data-status'),
        );
        if (status !== 'active')
          expect(row.querySelector('[data-lcd-status-words]')?.text, where).not.toMatch(/^Vigente/);
      });
      const answerOf = (p: BuiltPage) => p.doc.querySelector('.answer')?.text ?? '';
      const answers = factDifference(answerOf(english), answerOf(spanish));
      if (answers.missing.length || answers.added.length)
        differences.push(`${code} answer: missing ${answers.missing}; added ${answers.added}`);
    }
    expect(differences).toEqual([]);
    // By hand: Texas's PRP rule, in force, in Spanish words and dates.
    const tx = ruleRows(page(es(sitePaths.medicareState('TX')))).find((r) => r.getAttribute('data-therapy') === 'prp')!;
    expect(tx.getAttribute('data-lcd')).toBe('L39068');
    expect(tx.text).toContain('Entró en vigor: 12 de diciembre de 2021');
    expect(tx.text).toContain('No cubierto');
  });

  it('links each Spanish page and its English twin both ways: hreflang, x-default and the language link', () => {
    for (const path of [INDEX, ...STATE_CODES.map((c) => sitePaths.medicareState(c))]) {
      const expected = { 'en-US': path, 'es-US': es(path), 'x-default': path };
      expect(alternates(page(path)), path).toEqual(expected);
      expect(alternates(page(es(path))), es(path)).toEqual(expected);
      expect(page(path).doc.querySelector('.language-link')?.getAttribute('href'), path).toBe(es(path));
      expect(page(es(path)).doc.querySelector('.language-link')?.getAttribute('href'), es(path)).toBe(path);
    }
  });

  it('links to Spanish twins where they exist, and shows when its words were last reviewed', () => {
    const tx = page(es(sitePaths.medicareState('TX'))).doc;
    for (const href of [es(sitePaths.glossary('abn')), ES_INDEX, es(sitePaths.appealDeadlines('medicare'))])
      expect(tx.querySelector(`main a[href="${href}"]`), href).not.toBeNull();
    expect(tx.querySelector(`main a[href="${sitePaths.glossary('abn')}"]`)).toBeNull();
    expect(tx.querySelector('main a[href="/payers/medicare/by-state/"]')).toBeNull();
    // The review date shown is the translation's (content/es/medicare-contractors.yaml `reviewed`).
    expect(tx.querySelector('.page-meta')?.text).toContain(
      `Última revisión ${formatDate(catalog.es.medicare!.reviewed, 'es')}.`,
    );
  });
});
