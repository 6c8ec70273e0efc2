/**
 * The next step on coverage and payer pages comes from that payer's own data (issue #11): 60 coverage
 * pages for other payers once offered "Learn how Medicare decides and how to appeal a denial". Every
 * such page has "What to do now" with the appeal tools, and never sends the reader to another payer's
 * page or to appeal rules for a kind of plan the payer does not have.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/fixtures.ts';
import { textOf } from '../support/dist.ts';

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

  /** The appeal data as typed in the file (read here, not through the site's code, so a slip there shows). */
  type Level = {
    name: string;
    startsFrom: string;
    deadline: { kind: string; days?: number; months?: number; minDays?: number; maxDays?: number };
  };
  const deadlines = parse(readFileSync(join(ROOT, 'content/appeal-deadlines.yaml'), 'utf8')) as {
    planType: string;
    levels: Level[];
  }[];
  const firstLevel = (planType: string) => deadlines.find((p) => p.planType === planType)!.levels[0]!;
  /** The time limit as a reader must see it: "within 180 days", "within 12 months", "within 90 to 120 days". */
  const within = ({ deadline: d }: Level) =>
    d.kind === 'days'
      ? `within ${d.days} days`
      : d.kind === 'months'
        ? `within ${d.months} month${d.months === 1 ? '' : 's'}`
        : d.kind === 'day-range'
          ? `within ${d.minDays} to ${d.maxDays} days`
          : 'moves on automatically';

  /**
   * The kinds of plan a page's "Denied?" box speaks for: the payer's, or only Medicare Advantage where the
   * page is about the payer's Medicare Advantage plans (every entry on it, or the payer itself).
   */
  function planTypesOf(path: string, payer: (typeof catalog.payers)[number]): string[] {
    const [, therapy] = /^\/coverage\/([^/]+)\//.exec(path) ?? [];
    const groups = new Set(
      therapy
        ? catalog.coverage.filter((e) => e.payer === payer.slug && e.therapy === therapy).map((e) => e.planGroup)
        : [undefined],
    );
    const onlyMa = payer.kind === 'medicare-advantage' || (groups.size === 1 && groups.has('medicare-advantage'));
    return onlyMa ? ['medicare-advantage'] : [...payer.appealPlans];
  }

  it("gives each of the payer's kinds of plan its first appeal step and deadline, as the appeal data says", () => {
    const bad: string[] = [];
    let checked = 0;
    for (const { page, payer } of cases) {
      const box = page.doc.querySelector('[data-what-to-do-now] [data-denied]');
      if (!box) continue; // the test above reports a missing box
      const steps = box.querySelectorAll('li[data-first-step]');
      const planTypes = planTypesOf(page.path, payer);
      if (planTypes.length === 0) {
        // Workers' comp: each state sets its own steps, and the box must say so rather than give a number.
        if (steps.length > 0) bad.push(`${page.path}: a deadline for a payer with no federal appeal steps`);
        if (!/Each state sets its own appeal steps and deadlines/.test(textOf(box)))
          bad.push(`${page.path}: does not say each state sets its own deadlines`);
        continue;
      }
      for (const li of steps) {
        const type = li.getAttribute('data-first-step') ?? '';
        if (!planTypes.includes(type))
          bad.push(`${page.path}: the step of "${type}", not one of ${planTypes.join(', ')}`);
      }
      for (const type of planTypes) {
        const level = firstLevel(type);
        const want = `${level.name}, ${within(level)}`;
        // Kinds of plan whose first step reads the same are said once: any step may carry it.
        const shown = steps.find((li) => textOf(li).includes(want) && textOf(li).includes(level.startsFrom));
        if (!shown) bad.push(`${page.path}: no "${want} from ${level.startsFrom}" for ${type}`);
        else checked += 1;
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(cases.length);
  });
});
