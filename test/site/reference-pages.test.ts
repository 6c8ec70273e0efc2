/**
 * The glossary's A–Z index, the About page a clinic can trust, and one policies section per payer page,
 * checked in the built HTML.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { builtPages } from '../support/dist.ts';
import { ROOT } from '../support/fixtures.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { readingGrade } from '../../scripts/lib/readability.ts';
import { ALPHABET, initial } from '../../src/lib/format/az.ts';
import { reportLabel, reportUrl } from '../../src/lib/site.ts';

const pages = builtPages();
const page = (path: string): HTMLElement => {
  const p = pages.find((x) => x.path === path);
  if (!p) throw new Error(`${path} was not built`);
  return p.doc;
};
const { catalog } = siteCatalog(join(ROOT, 'content'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('/glossary/', () => {
  const doc = page('/glossary/');
  const az = doc.querySelector('nav#a-to-z');
  const used = new Set(catalog.glossary.map((g) => initial(g.term)));

  it('opens with an A–Z index: a link for each letter that has terms, plain text for the others', () => {
    expect(az, 'nav#a-to-z').not.toBeNull();
    const items = az!.querySelectorAll('li');
    expect(items.map((li) => squash(li.querySelector('a, span')?.childNodes[0]?.text ?? ''))).toEqual([
      ...(used.has('#') ? ['#'] : []),
      ...ALPHABET,
    ]);
    for (const li of items) {
      const letter = squash(li.querySelector('a, span')?.childNodes[0]?.text ?? '');
      const link = li.querySelector('a');
      const id = letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
      if (used.has(letter)) expect(link?.getAttribute('href'), letter).toBe(`#${id}`);
      else expect(link, `${letter} has no terms, so it is not a link`).toBeNull();
    }
    // The content has letters with no term today; if it ever has all 26, this check says nothing new.
    expect(ALPHABET.filter((l) => !used.has(l)).length).toBeGreaterThan(0);
  });

  it('takes every letter link to that letter’s heading, and the terms under it start with that letter', () => {
    for (const a of az!.querySelectorAll('a')) {
      const id = a.getAttribute('href')!.slice(1);
      const heading = doc.getElementById(id);
      expect(heading?.tagName, id).toBe('H2');
      expect(squash(heading!.text)).toBe(squash(a.text));
      const section = heading!.closest('section');
      const terms = section?.querySelectorAll('dt') ?? [];
      expect(terms.length, id).toBeGreaterThan(0);
      for (const dt of terms) expect(initial(dt.text), dt.text).toBe(squash(a.text));
      expect(section?.querySelector('a[href="#a-to-z"]')?.text, `${id}: back link`).toBe('Back to A–Z');
    }
  });

  it('keeps every term’s anchor (/glossary/#<id>), each term once, in A–Z order', () => {
    const dts = doc.querySelectorAll('dl.glossary dt');
    expect(dts.map((dt) => dt.id).sort()).toEqual(catalog.glossary.map((g) => g.id).sort());
    const terms = dts.map((dt) => squash(dt.querySelector('strong')?.text ?? ''));
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b)));
  });

  it('needs no JavaScript', () => {
    expect(doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json')).toEqual([]);
  });
});

describe('/about/', () => {
  const doc = page('/about/');
  const prose = doc.querySelector('main .prose')!;
  const text = squash(prose.text);

  it('says who publishes the site', () => {
    expect(squash(doc.querySelector('[data-publisher]')?.text ?? '')).toMatch(
      /^Regen Coverage Guide is an independent, volunteer-run open project\./,
    );
  });

  it('says how facts are sourced and reviewed, and names the automatic checks', () => {
    for (const phrase of [
      'names its source',
      'the date we last checked it',
      'a second time, side by side with its source',
      '(content check)',
      '(copied-text check)',
      '(reading grade)',
      '(link check)',
    ])
      expect(text).toContain(phrase);
  });

  it('says how often pages are reviewed, and that each page shows its dates', () => {
    expect(squash(doc.querySelector('[data-review]')?.text ?? '')).toMatch(
      /at least once every 12 months\. Each page shows the date we last reviewed it and when the next review is due\./,
    );
  });

  it('promises no advertising, no clinic money and no tracking', () => {
    const never = squash(doc.querySelector('[data-never]')?.text ?? '');
    expect(never).toContain('No advertising. No clinic money');
    expect(never).toContain('No tracking: no cookies, no analytics');
  });

  it('links "report a mistake" to the REPORT_URL this build was made with', () => {
    const link = doc.querySelector('#corrections ~ p a[data-report-link]');
    expect(link?.getAttribute('href')).toBe(reportUrl());
    expect(squash(link?.text ?? '')).toBe(reportLabel(reportUrl()));
    expect(doc.getElementById('corrections')?.text).toBe('Report a mistake');
  });

  it('reads at grade 8 or lower', () => {
    // As the readability report reads content pages: each heading, paragraph and list item is a sentence.
    const blocks = prose
      .querySelectorAll('h1, h2, p, li')
      .map((e) => squash(e.childNodes.map((n) => ((n as HTMLElement).tagName === 'UL' ? '' : n.text)).join('')));
    const text = blocks.map((t) => (/[.!?:;]$/.test(t) ? t : `${t}.`)).join(' ');
    expect(readingGrade(text)).toBeLessThanOrEqual(8);
  });
});

describe('payer pages', () => {
  it('have no more than one policies section each (the generated list of named policies, or the page’s own)', () => {
    const payers = pages.filter((p) => p.doc.querySelector('[data-page-kind="payer"]'));
    // Every payer page, and its Spanish twin where it is translated.
    expect(payers.length).toBe(catalog.payers.length + catalog.es.pages.payers.length);
    const doubled = payers
      .map((p) => ({
        path: p.path,
        headings: p.doc.querySelectorAll('main h2').filter((h) => /polic|polít/i.test(h.text)),
      }))
      .filter((p) => p.headings.length > 1)
      .map((p) => `${p.path}: ${p.headings.map((h) => squash(h.text)).join(' | ')}`);
    expect(doubled).toEqual([]);
  });
});
