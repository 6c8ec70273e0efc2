/**
 * The built "Find a person who can help" pages: one page per state and territory, each linked once from
 * the list; every office shows what it helps with, a phone as a well-formed tel: link or a web address or
 * where to look, its sources (linked to the page's source list) and the date we checked it; the claim
 * denied flow's outcomes link to the list with their kind of plan; and the letter reader offers every
 * state. Expectations come from content/state-help.yaml, plus a few facts written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { builtPages, type BuiltPage } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { inLanguage, sitePaths } from '../../src/lib/paths.ts';
import { ALL_KINDS, HELP_PLANS } from '../../src/lib/appeal/state-help.ts';
import { STATE_CODES } from '../../src/schemas/medicare-contractor.ts';
import { ROOT } from '../support/fixtures.ts';

const pages = builtPages();
const h = siteCatalog(join(ROOT, 'content')).catalog.stateHelp!;
const page = (path: string): BuiltPage => {
  const p = pages.find((x) => x.path === path);
  if (!p) throw new Error(`No built page ${path}`);
  return p;
};
const INDEX = sitePaths.appealFindHelp();
const statePages = pages.filter((p) => p.path.startsWith(INDEX) && p.path !== INDEX);

describe('Find a person who can help', () => {
  it('has one page per state and territory, and the list links each exactly once', () => {
    expect(statePages.map((p) => p.path).sort()).toEqual(
      STATE_CODES.map((c) => sitePaths.appealFindHelpState(c)).sort(),
    );
    const links = page(INDEX)
      .doc.querySelectorAll('[data-state-list] a')
      .map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(STATE_CODES.map((c) => sitePaths.appealFindHelpState(c)).sort());
  });

  it('gives every state page a line for each kind of plan, each linking offices shown on the page', () => {
    for (const p of statePages) {
      const plans = p.doc.querySelectorAll('[data-plan]').map((e) => e.getAttribute('id'));
      expect(plans, p.path).toEqual(HELP_PLANS.map((x) => `plan-${x.plan}`));
      for (const a of p.doc.querySelectorAll('[data-plan] a[href^="#office-"]'))
        expect(p.doc.querySelector(a.getAttribute('href')!), `${p.path} ${a.getAttribute('href')}`).not.toBeNull();
    }
  });

  it('shows every office with its sources, the date we checked it, and a phone, web address or place to look', () => {
    let offices = 0;
    for (const p of statePages) {
      const shown = p.doc.querySelectorAll('[data-office]');
      expect(
        shown.map((o) => o.getAttribute('data-office')),
        p.path,
      ).toEqual([...ALL_KINDS]);
      for (const o of shown) {
        const where = `${p.path} ${o.getAttribute('data-office')}`;
        offices++;
        const checked = o.querySelector('[data-checked]');
        expect(checked?.text, where).toMatch(/Checked [A-Z][a-z]+ \d{1,2}, \d{4}/);
        const cites = checked!.querySelectorAll('a.cite');
        expect(cites.length, where).toBeGreaterThan(0);
        // Every citation lands on an entry of this page's source list.
        for (const c of o.querySelectorAll('a.cite'))
          expect(
            p.doc.querySelector(`li${c.getAttribute('href')}`),
            `${where} ${c.getAttribute('href')}`,
          ).not.toBeNull();
        if (o.getAttribute('data-sourced') === 'office')
          expect(o.querySelectorAll('[data-phone], [data-web]').length, where).toBeGreaterThan(0);
        else expect(o.querySelector('[data-look-where]')?.text.trim().length, where).toBeGreaterThan(20);
      }
    }
    expect(offices).toBe(STATE_CODES.length * ALL_KINDS.length);
  });

  it('writes every phone as a tel: link to the same number', () => {
    let phones = 0;
    for (const p of [...statePages, page(INDEX)])
      for (const a of p.doc.querySelectorAll('a[href^="tel:"]')) {
        phones++;
        const href = a.getAttribute('href')!;
        expect(href, p.path).toMatch(/^tel:\+1\d{10}$/);
        expect(href.slice(-10), p.path).toBe(a.text.replace(/\D/g, '').slice(-10));
      }
    // EBSA and 1-800-MEDICARE on every page, plus the state offices with a number.
    expect(phones).toBeGreaterThan(STATE_CODES.length * 2);
  });

  it('shows the offices we sourced by hand with their numbers (Georgia’s SHIP, Alaska’s insurance division)', () => {
    const ship = page(sitePaths.appealFindHelpState('GA')).doc.querySelector('[data-office="ship"]')!;
    expect(ship.getAttribute('data-sourced')).toBe('office');
    expect(ship.querySelector('[data-phone]')?.getAttribute('href')).toBe('tel:+18665524464');
    const ak = page(sitePaths.appealFindHelpState('AK')).doc.querySelector('[data-office="insurance"]')!;
    expect(ak.querySelector('[data-phone]')?.text).toBe('907-269-7900');
    // Ohio: no current number sourced, so it says where to look.
    const oh = page(sitePaths.appealFindHelpState('OH')).doc.querySelector('[data-office="insurance"]')!;
    expect(oh.getAttribute('data-sourced')).toBe('look-where');
    expect(oh.querySelector('[data-phone]')).toBeNull();
    expect(h.states.length).toBe(56);
  });

  it('is linked from the appeal toolkit and from every claim-denied outcome, with the outcome’s kind of plan', () => {
    expect(page(sitePaths.appeal()).doc.querySelector(`a[href="${INDEX}"]`)).not.toBeNull();
    // Appeal outcomes are the pages that link the claim-file letter with the reader's plan.
    const claimFile = sitePaths.appealClaimFile();
    const outcomes = pages.filter(
      (p) => p.path.startsWith('/check/claim-denied/') && p.doc.querySelector(`a[href^="${claimFile}?plan="]`),
    );
    expect(outcomes.length).toBeGreaterThan(10);
    for (const p of outcomes) {
      const plan = new URL(
        p.doc.querySelector(`a[href^="${claimFile}?plan="]`)!.getAttribute('href')!,
        'https://x',
      ).searchParams.get('plan')!;
      const link = p.doc.querySelectorAll('a').find((a) => a.text.includes('Find a person who can help'));
      expect(link?.getAttribute('href'), p.path).toBe(sitePaths.appealFindHelp(plan));
    }
  });

  it('in Spanish, shows every state the same offices, numbers, addresses and sources, and links in Spanish', () => {
    const spanish = (path: string) => page(inLanguage(path, 'es'));
    const es = spanish(INDEX);
    expect(
      es.doc
        .querySelectorAll('[data-state-list] a')
        .map((a) => a.getAttribute('href'))
        .sort(),
    ).toEqual(STATE_CODES.map((c) => inLanguage(sitePaths.appealFindHelpState(c), 'es')).sort());
    const contacts = (p: BuiltPage) =>
      p.doc
        .querySelectorAll('[data-office]')
        .map((o) => [
          o.getAttribute('data-office'),
          o.getAttribute('data-sourced'),
          o.querySelector('[data-office-name]')?.text.trim() ?? '',
          o.querySelectorAll('a[href^="tel:"], a[data-web], a[data-list], a.cite').map((a) => a.getAttribute('href')),
          o.querySelector('[data-checked]')?.getAttribute('data-checked'),
        ]);
    for (const p of statePages) {
      const twin = spanish(p.path);
      // The same rows, in the same order, with the offices' own names, numbers and sources (source links go
      // to the Spanish source list, so compare their ids).
      const ids = (rows: ReturnType<typeof contacts>) =>
        rows.map(([kind, sourced, name, links, checked]) => [
          kind,
          sourced,
          name,
          (links as string[]).map((l) => l.replace(/^\/es\//, '/')),
          checked,
        ]);
      expect(ids(contacts(twin)), twin.path).toEqual(ids(contacts(p)));
      expect(twin.doc.querySelector('[data-checked]')?.text, twin.path).toMatch(
        /Lo revisamos el \d{1,2} de \w+ de \d{4}/,
      );
      // Offices' own names are marked English for screen readers.
      for (const name of twin.doc.querySelectorAll('[data-office-name] strong'))
        expect(name.getAttribute('lang'), twin.path).toBe('en-US');
      expect(twin.doc.querySelectorAll('[data-plan]').map((e) => e.getAttribute('id'))).toEqual(
        HELP_PLANS.map((x) => `plan-${x.plan}`),
      );
    }
    expect(spanish(sitePaths.appealFindHelpState('NC')).doc.querySelector('h1')?.text).toBe(
      'Quién puede ayudarle con una denegación en Carolina del Norte',
    );
  });

  it('offers every state and territory in the letter reader’s state menu', () => {
    const options = page(sitePaths.appealReadLetter())
      .doc.querySelectorAll('#r-state option')
      .map((o) => o.getAttribute('value'));
    expect(options[0]).toBe('');
    expect(options.slice(1).sort()).toEqual([...STATE_CODES].sort());
  });
});
