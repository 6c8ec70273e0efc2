/**
 * The common use first (issue #11): the first card under "Coverage by insurer" on the PRP page was a green ✓
 * for Medicare, the diabetic-wound use, with the joint use second. On every therapy page's insurer cards,
 * every payer page's cards for one treatment, and every coverage page with several uses, the common use
 * (joints and tendons) comes before the rarer uses, and each badge names the use it is for. The home page's
 * questions are test/site/home.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPages, textOf } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';

const { catalog } = siteCatalog();
const pages = builtPages();
const therapy = (slug: string) => catalog.therapies.find((t) => t.slug === slug)!;

/** What a reader must see for an entry's use: the other use's label, or the common use (or the entry's split). */
function expectedUse(payer: string, therapySlug: string, indication: string | undefined) {
  const t = therapy(therapySlug);
  const other = indication ? t.otherUses.find((u) => u.indications.includes(indication)) : undefined;
  if (other) return { common: false, label: other.label };
  const entry = catalog.coverage.find(
    (e) => e.payer === payer && e.therapy === therapySlug && (e.indication ?? '') === (indication ?? ''),
  );
  expect(entry, `${payer}/${therapySlug}/${indication ?? ''}`).toBeDefined();
  return { common: true, label: entry!.indicationLabel ?? t.commonUse };
}

/** The use a badge names, as a reader hears it: ", for chronic wounds" (the comma is for screen readers). */
const useText = (el: HTMLElement) => textOf(el.querySelector('.status-line .use'));

/** Each card's therapy, indication and common/rare, from the coverage page it links to. */
function cards(page: HTMLElement) {
  return page.querySelectorAll('[data-coverage-cards] > li').map((li) => {
    const href = li.querySelector('h3 a')!.getAttribute('href')!;
    const [, t, payer, anchor] = /^\/coverage\/([^/]+)\/([^/]+)\/(?:#for-(.+))?$/.exec(href) ?? [];
    expect(t, `card link ${href}`).toBeDefined();
    return { li, therapy: t!, use: expectedUse(payer!, t!, anchor) };
  });
}

/** The order as letters, C for a common-use entry and r for a rare one: "CCCrr" is right, "rCC" is not. */
const order = (list: { use: { common: boolean } }[]) => list.map((c) => (c.use.common ? 'C' : 'r')).join('');

describe('the common use first', () => {
  const therapyPages = pages.filter((p) => /^\/therapies\/[^/]+\/$/.test(p.path));
  const payerPages = pages.filter((p) => /^\/payers\/[^/]+\/$/.test(p.path));
  const coveragePages = pages.filter((p) => /^\/coverage\/(?!by-)[^/]+\/[^/]+\/$/.test(p.path));

  it("on every therapy page, every insurer's common-use card comes before any rare-use card", () => {
    expect(therapyPages.length).toBe(catalog.therapies.length);
    const bad: string[] = [];
    let mixed = 0;
    for (const p of therapyPages) {
      const o = order(cards(p.doc));
      if (/C/.test(o) && /r/.test(o)) mixed += 1;
      if (/rC/.test(o)) bad.push(`${p.path}: ${o}`);
    }
    expect(mixed, 'therapy pages with both kinds of use (PRP, amniotic membrane grafts…)').toBeGreaterThan(1);
    expect(bad).toEqual([]);
  });

  it("on every payer page, each treatment's common-use card comes before its rare-use cards", () => {
    const bad: string[] = [];
    for (const p of payerPages) {
      const list = cards(p.doc);
      for (const t of new Set(list.map((c) => c.therapy))) {
        const o = order(list.filter((c) => c.therapy === t));
        if (/rC/.test(o)) bad.push(`${p.path} ${t}: ${o}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('on every coverage page with several uses, the common use comes first', () => {
    const bad: string[] = [];
    let several = 0;
    for (const p of coveragePages) {
      const sections = p.doc.querySelectorAll('section.coverage-entry').map((s) => {
        const [payer, t, indication] = s.getAttribute('data-coverage-entry')!.split('/');
        return { s, use: expectedUse(payer!, t!, indication || undefined) };
      });
      const o = order(sections);
      if (/C/.test(o) && /r/.test(o)) several += 1;
      if (/rC/.test(o)) bad.push(`${p.path}: ${o}`);
      // The badges under the answer follow the same order.
      const badges = p.doc.querySelectorAll('.status-list > li').map(useText);
      expect(badges, p.path).toEqual(sections.map((x) => useText(x.s)));
    }
    expect(several, 'coverage pages with both kinds of use (PRP under Medicare…)').toBeGreaterThan(1);
    expect(bad).toEqual([]);
  });

  it('every badge on those cards and pages names its use', () => {
    const bad: string[] = [];
    const check = (path: string, el: HTMLElement, label: string) => {
      if (useText(el) !== `, for ${label}`) bad.push(`${path}: "${useText(el)}" is not ", for ${label}"`);
    };
    for (const p of [...therapyPages, ...payerPages]) for (const c of cards(p.doc)) check(p.path, c.li, c.use.label);
    for (const p of coveragePages)
      for (const s of p.doc.querySelectorAll('section.coverage-entry')) {
        const [payer, t, indication] = s.getAttribute('data-coverage-entry')!.split('/');
        check(p.path, s, expectedUse(payer!, t!, indication || undefined).label);
      }
    expect(bad).toEqual([]);
  });
});
