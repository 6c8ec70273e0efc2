/**
 * The next step on coverage and payer pages comes from that payer's own data (issue #11): 60 coverage
 * pages for other payers once offered "Learn how Medicare decides and how to appeal a denial". Every
 * such page has "What to do now" with the appeal tools, and never sends the reader to another payer's
 * page or to appeal rules for a kind of plan the payer does not have.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';

const pages = builtPages();
const { catalog } = siteCatalog();
const coverage = pages.filter((p) => /^\/coverage\/(?!by-)[^/]+\/[^/]+\/$/.test(p.path));
const payerPages = pages.filter((p) => /^\/payers\/[^/]+\/$/.test(p.path));
const payerOf = (path: string) => catalog.payers.find((p) => p.slug === path.split('/').at(-2))!;

/**
 * Other payers' pages a payer's next steps may lead to: the "ask for" page of a plan group its answers
 * count under (Humana's Medicare Advantage plans → /payers/medicare-advantage/), and, for Medicare
 * Advantage, Original Medicare's rules, which those plans must cover at least.
 */
function allowedPayerPages(payer: (typeof catalog.payers)[number]): string[] {
  const groups = catalog.planGroups.filter(
    (g) => g.kinds.includes(payer.kind) || catalog.coverage.some((e) => e.payer === payer.slug && e.planGroup === g.id),
  );
  return [
    payer.slug,
    ...groups
      .flatMap((g) => [g.askHref, g.whenCovered?.askHref ?? ''])
      .map((h) => /^\/payers\/([^/]+)\/$/.exec(h)?.[1] ?? ''),
    ...(payer.kind === 'medicare-advantage' ? ['medicare'] : []),
  ].filter(Boolean);
}

describe('the next step on coverage and payer pages', () => {
  const cases = [
    ...coverage.map((p) => ({ page: p, payer: payerOf(p.path) })),
    ...payerPages.map((p) => ({ page: p, payer: payerOf(p.path) })),
  ];

  it('is on every coverage and payer page, with the deadline finder, letter builder and denial check', () => {
    expect(coverage.length).toBeGreaterThan(90);
    expect(payerPages.length).toBe(catalog.payers.length);
    const bad: string[] = [];
    for (const { page, payer } of cases) {
      const box = page.doc.querySelector('[data-what-to-do-now]');
      if (!box) {
        bad.push(`${page.path}: no "What to do now"`);
        continue;
      }
      const hrefs = box.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
      // A payer with federal appeal steps gets the tools; one without (each state sets its own) gets its own page.
      const want = payer.appealPlans.length
        ? ['/appeal/deadlines/', '/appeal/letter/', '/check/claim-denied/']
        : [`/payers/${payer.slug}/`];
      for (const w of want) if (!hrefs.some((h) => h.startsWith(w))) bad.push(`${page.path}: no link to ${w}`);
    }
    expect(bad).toEqual([]);
  });

  it("never leads to another payer's page, or to the appeal rules of a plan the payer does not have", () => {
    const bad: string[] = [];
    for (const { page, payer } of cases) {
      const links = page.doc
        .querySelectorAll('[data-what-to-do-now] a, section[aria-labelledby="next-steps"] a')
        .map((a) => a.getAttribute('href') ?? '');
      for (const href of links) {
        const other = /^\/payers\/([^/]+)\//.exec(href)?.[1];
        if (other && !allowedPayerPages(payer).includes(other)) bad.push(`${page.path}: next step leads to ${href}`);
        const plan = /^\/appeal\/deadlines\/.*plan[-=]([a-z-]+)/.exec(href)?.[1];
        if (plan && !(payer.appealPlans as readonly string[]).includes(plan))
          bad.push(`${page.path}: appeal rules for "${plan}", not one of ${payer.slug}'s plans`);
      }
    }
    expect(bad).toEqual([]);
  });
});
