/**
 * The change record on the built site: /changes.xml is well-formed, valid Atom with one entry per recorded
 * change (stable ids, links that resolve), the "What changed" page lists each change and announces the
 * feed, and every coverage page a change touches says so and links to it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages } from '../support/dist.ts';
import { ROOT } from '../support/fixtures.ts';
import { atomProblems, childText, children, parseAtom } from '../support/atom.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { changeAnchor, changeId, isCoverageChange, newestFirst } from '../../src/lib/changes/record.ts';
import { siteUrl } from '../../src/lib/site.ts';
import { inLanguage, pageLanguage } from '../../src/lib/paths.ts';

const SITE = siteUrl();
const { catalog } = siteCatalog(join(ROOT, 'content'));
const changes = newestFirst(catalog.changes);
const pages = new Map(builtPages().map((p) => [p.path, p]));
const page = (path: string) => {
  const p = pages.get(path);
  if (!p) throw new Error(`No built page ${path}`);
  return p;
};

describe('the Atom feed /changes.xml', () => {
  const xml = readFileSync(join(DIST, 'changes.xml'), 'utf8');

  it('is well-formed XML and valid Atom', () => {
    expect(atomProblems(xml)).toEqual([]);
  });

  it('has one entry per recorded change, newest first, each with a stable id', () => {
    expect(changes.length).toBeGreaterThanOrEqual(14);
    const { feed, entries } = parseAtom(xml);
    expect(childText(feed, 'id')).toBe(`${SITE}/changes.xml`);
    expect(childText(children(feed, 'author')[0]!, 'name')).toBe('Regen Coverage Guide');
    expect(entries.map((e) => childText(e, 'id'))).toEqual(changes.map((c) => `${SITE}/changes/#${changeAnchor(c)}`));
    const latestRecorded = changes
      .map((c) => c.recorded)
      .sort()
      .at(-1);
    expect(childText(feed, 'updated')).toBe(`${latestRecorded}T00:00:00Z`);
  });

  it('links every entry to a built page and section on this site', () => {
    const broken: string[] = [];
    for (const e of parseAtom(xml).entries) {
      const href = children(e, 'link')[0]?.getAttribute('href') ?? '';
      const url = new URL(href);
      const target = pages.get(url.pathname);
      if (`${url.origin}` !== SITE || !target) broken.push(`${href}: no such page`);
      else if (url.hash && !target.doc.getElementById(url.hash.slice(1))) broken.push(`${href}: no ${url.hash}`);
    }
    expect(broken).toEqual([]);
  });

  it('is linked from the "What changed" page head for feed readers', () => {
    const link = page('/changes/').doc.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(link?.getAttribute('href')).toBe('/changes.xml');
    expect(existsSync(join(DIST, 'changes.xml'))).toBe(true);
  });
});

describe('the "What changed" page', () => {
  const doc = page('/changes/').doc;

  it('lists every change newest first, with its date, kind, statuses as words and badges, why and sources', () => {
    const items = doc.querySelectorAll('.change-list > li');
    expect(items.map((li) => li.id)).toEqual(changes.map(changeAnchor));
    for (const [i, c] of changes.entries()) {
      const li = items[i]!;
      expect(li.querySelector('time')?.getAttribute('datetime'), li.id).toBe(c.date);
      expect(li.text, li.id).toContain(c.why);
      expect(li.querySelectorAll('a.cite').length, li.id).toBe(c.sources.length);
      const badges = li.querySelectorAll('.badge').map((b) => b.getAttribute('data-status'));
      if (!isCoverageChange(c)) expect(badges, li.id).toEqual([]);
      else if (c.from && c.from !== c.to) expect(badges, li.id).toEqual([c.from, c.to]);
      else expect(badges, li.id).toEqual([c.to]);
    }
  });

  it('shows the corrections of issue #14 with what the site said before', () => {
    const anthem = doc.getElementById('change-2026-11-30-anthem-prp')!;
    expect(anthem.querySelector('h3 a')?.getAttribute('href')).toBe('/coverage/prp/anthem/#answer');
    expect(anthem.text).toMatch(/We had:\s*–\s*Unknown/);
    expect(anthem.text).toMatch(/Now:\s*✕\s*Not covered: investigational/);
  });

  it("is linked from the footer of every page, in the page's language, and from the about page", () => {
    const missing = [...pages.values()]
      .filter((p) => !p.doc.querySelector(`footer a[href="${inLanguage('/changes/', pageLanguage(p.path).lang)}"]`))
      .map((p) => p.path);
    expect(missing).toEqual([]);
    expect(page('/about/').doc.querySelector('main a[href="/changes/"]')).not.toBeNull();
    expect(page('/es/about/').doc.querySelector('main a[href="/es/changes/"]')).not.toBeNull();
  });
});

describe('the note on each coverage page a change touches', () => {
  it('says what changed and links to the change', () => {
    const bad: string[] = [];
    for (const c of changes.filter(isCoverageChange)) {
      const p = page(`/coverage/${c.therapy}/${c.payer}/`);
      const section = p.doc.querySelector(`[data-coverage-entry="${c.payer}/${c.therapy}/${c.indication ?? ''}"]`);
      const note = section?.querySelector(`[data-change="${changeId(c)}"]`);
      if (!note) bad.push(`${p.path}: no note for ${changeId(c)}`);
      else if (!note.querySelector(`a[href="/changes/#${changeAnchor(c)}"]`)) bad.push(`${p.path}: no link`);
      else if (!note.text.includes(c.why)) bad.push(`${p.path}: no reason`);
    }
    expect(bad).toEqual([]);
  });

  it('reads "Corrected on …: we had …" for the Anthem PRP correction', () => {
    const note = page('/coverage/prp/anthem/').doc.querySelector('[data-change="2026-11-30-anthem-prp"]');
    expect(note?.text.replace(/\s+/g, ' ')).toMatch(
      /^Corrected on November 30, 2026: we had “Unknown”\. Why: We had not found/,
    );
  });
});

describe('the change record in Spanish', () => {
  const why = new Map(catalog.es.changes!.changes.map((c) => [c.id, c.why]));
  const xml = readFileSync(join(DIST, 'es', 'changes.xml'), 'utf8');

  it('has a Spanish reason for every change', () => {
    expect(changes.map((c) => why.has(changeId(c)))).not.toContain(false);
  });

  it('lists every change on /es/changes/, newest first, with its Spanish reason, statuses and sources', () => {
    const doc = page('/es/changes/').doc;
    const items = doc.querySelectorAll('.change-list > li');
    expect(items.map((li) => li.id)).toEqual(changes.map(changeAnchor));
    for (const [i, c] of changes.entries()) {
      const li = items[i]!;
      expect(li.text, li.id).toContain(why.get(changeId(c)));
      expect(li.text, li.id).not.toContain(c.why);
      expect(li.querySelectorAll('[lang^="en"]').length, li.id).toBe(0);
      expect(li.querySelectorAll('a.cite').length, li.id).toBe(c.sources.length);
      expect(li.querySelector('time')?.getAttribute('datetime'), li.id).toBe(c.date);
    }
    // Each change links to the Spanish page it is about.
    for (const a of doc.querySelectorAll('.change-list h3 a')) expect(a.getAttribute('href')).toMatch(/^\/es\//);
    const anthem = doc.getElementById('change-2026-11-30-anthem-prp')!;
    expect(anthem.text).toMatch(/Antes decíamos:\s*–\s*No se sabe/);
    expect(anthem.text).toMatch(/Ahora:\s*✕\s*No cubierto: experimental/);
  });

  it('has its own Atom feed /es/changes.xml, valid, in Spanish, announced on the page', () => {
    expect(atomProblems(xml)).toEqual([]);
    const { feed, entries } = parseAtom(xml);
    expect(feed.getAttribute('xml:lang')).toBe('es-US');
    expect(childText(feed, 'id')).toBe(`${SITE}/es/changes.xml`);
    expect(entries.map((e) => childText(e, 'id'))).toEqual(
      changes.map((c) => `${SITE}/es/changes/#${changeAnchor(c)}`),
    );
    entries.forEach((e, i) => expect(childText(e, 'summary')).toContain(why.get(changeId(changes[i]!))));
    const link = page('/es/changes/').doc.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(link?.getAttribute('href')).toBe('/es/changes.xml');
    // Every entry links to a built Spanish page and section.
    for (const e of entries) {
      const url = new URL(children(e, 'link')[0]!.getAttribute('href')!);
      expect(url.pathname, url.href).toMatch(/^\/es\//);
      const target = pages.get(url.pathname);
      expect(target, url.href).toBeDefined();
      if (url.hash) expect(target!.doc.getElementById(url.hash.slice(1)), url.href).not.toBeNull();
    }
  });

  it('gives the Spanish reason in the note on every Spanish coverage page a change touches', () => {
    const bad: string[] = [];
    for (const c of changes.filter(isCoverageChange)) {
      const p = page(`/es/coverage/${c.therapy}/${c.payer}/`);
      const note = p.doc
        .querySelector(`[data-coverage-entry="${c.payer}/${c.therapy}/${c.indication ?? ''}"]`)
        ?.querySelector(`[data-change="${changeId(c)}"]`);
      if (!note) bad.push(`${p.path}: no note for ${changeId(c)}`);
      else if (!note.querySelector(`a[href="/es/changes/#${changeAnchor(c)}"]`)) bad.push(`${p.path}: no link`);
      else if (!note.text.includes(why.get(changeId(c))!)) bad.push(`${p.path}: no Spanish reason`);
      else if (note.querySelector('[lang^="en"]')) bad.push(`${p.path}: a part marked English`);
    }
    expect(bad).toEqual([]);
  });
});
