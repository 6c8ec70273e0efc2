/**
 * The self-pay guides (issue #13, part 3) over the built site: the Good Faith Estimate guide is one link
 * away from every place a reader sees a price (each therapy's cost section, every outcome of the paying
 * flow), the ABN guide sets out the three options and what each gives up, and the worked example of
 * deferred interest says the figures the arithmetic gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DIST, builtPages, type BuiltPage } from '../support/dist.ts';
import { pagefindInNode } from '../support/pagefind-node.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { flowPages } from '../../src/lib/flow/pages.ts';
import { ROOT } from '../support/fixtures.ts';

const pages = builtPages();
const page = (path: string): BuiltPage => {
  const p = pages.find((x) => x.path === path);
  if (!p) throw new Error(`${path} was not built`);
  return p;
};
// Links carry the base path in front (BASE_PATH); compare the end of the address.
const links = (el: BuiltPage['doc'] | null | undefined, sitePath: string) =>
  (el?.querySelectorAll('a[href]') ?? []).filter((a) => (a.getAttribute('href') ?? '').endsWith(sitePath));
const GFE = '/guides/good-faith-estimate/';
const ABN = '/guides/advance-beneficiary-notice/';
const { catalog } = siteCatalog(join(ROOT, 'content'));

describe('the Good Faith Estimate guide', () => {
  it("is linked from every therapy page's cost section", () => {
    expect(catalog.therapies.length).toBeGreaterThanOrEqual(12);
    for (const t of catalog.therapies) {
      const prices = page(`/therapies/${t.slug}/`).doc.querySelector('section[aria-labelledby="prices"]');
      expect(prices, `/therapies/${t.slug}/ has a cost section`).not.toBeNull();
      const a = links(prices, GFE);
      expect(a.length, `/therapies/${t.slug}/ cost section links ${GFE}`).toBeGreaterThan(0);
      expect(a[0]?.parentNode?.text.replace(/\s+/g, ' ')).toContain('written Good Faith Estimate before you book');
    }
  });

  it('is a next step on every outcome of the paying flow', () => {
    const flow = catalog.flows.find((f) => f.id === 'hsa-financing');
    expect(flow).toBeDefined();
    const outcomes = flowPages(flow!.id, flow!).filter((p) => p.kind === 'outcome');
    expect(outcomes.length).toBeGreaterThan(5);
    for (const o of outcomes) {
      const steps = page(o.path).doc.querySelector('section.next-steps');
      expect(links(steps, GFE).length, `${o.path} next steps link ${GFE}`).toBeGreaterThan(0);
    }
  });

  it('has the printable checklist: a heading, at least ten steps, and a print button', () => {
    const doc = page(GFE).doc;
    const heading = doc.querySelector('h2#checklist-ask-the-clinic-for-a-good-faith-estimate');
    expect(heading?.text).toMatch(/ask the clinic for a Good Faith Estimate/i);
    // The list that follows the heading (after the print button and one line of text).
    let el = heading?.nextElementSibling;
    while (el && el.tagName !== 'OL') el = el.nextElementSibling;
    expect(el?.querySelectorAll(':scope > li').length ?? 0).toBeGreaterThanOrEqual(10);
    expect(el?.text).toMatch(/\$400/);
    expect(el?.text).toMatch(/120 days/);
    expect(el?.text).toMatch(/\$25/);
    const button = doc.querySelector('button[data-print]');
    expect(button?.text.trim()).toBe('Print this checklist');
    // Hidden until its script runs; without JavaScript the browser's own print still works.
    expect(button?.hasAttribute('hidden')).toBe(true);
  });

  it('is where the Original Medicare line of a therapy page sends the reader to ask for an ABN', () => {
    const a = links(page('/therapies/prp/').doc, ABN);
    expect(a.map((x) => x.text.trim())).toContain('an ABN before treatment');
  });
});

describe('the Advance Beneficiary Notice guide', () => {
  it('lists the three options in order under their own headings; option 2 gives up the right to appeal', () => {
    const doc = page(ABN).doc;
    const headings = doc.querySelectorAll('h3').filter((h) => /^Option \d:/.test(h.text.trim()));
    expect(headings.map((h) => h.text.trim().slice(0, 8))).toEqual(['Option 1', 'Option 2', 'Option 3']);
    // The list under each option's heading says what it gives.
    const list = (n: number) => {
      let el = headings[n - 1]?.nextElementSibling;
      while (el && el.tagName !== 'UL') el = el.nextElementSibling;
      return el?.text ?? '';
    };
    expect(list(1)).toMatch(/you can appeal/i);
    expect(list(2)).toMatch(/give up: your right to appeal/i);
    expect(list(3)).toMatch(/you pay nothing/i);
  });
});

describe('the worked example of deferred interest', () => {
  it('says the interest that $3,000 on a 12-month deal at 26.99% charges back when the last $250 is late', () => {
    // Interest on what was still owed in each of the 12 months: $3,000, $2,750, … $250.
    let owed = 300_000; // cents
    let interest = 0;
    for (let month = 1; month <= 12; month++) {
      interest += (owed * 26.99) / 100 / 12;
      if (month < 12) owed -= 25_000;
    }
    const text = page('/guides/paying-for-treatment/').doc.querySelector('main')?.text ?? '';
    expect(text).toContain(`about $${Math.round(interest / 100)} more`);
    // The whole amount for the whole deal (the estimator's upper bound), and a true 0% deal on the $250.
    expect(text).toContain(`about $${Math.round(3000 * 0.2699)} here`);
    expect(text).toContain(`about $${Math.round((250 * 0.2699) / 12)} for each month`);
  });
});

describe('search', () => {
  let pf: Awaited<ReturnType<typeof pagefindInNode>>;
  beforeAll(async () => {
    pf = await pagefindInNode(DIST);
  });
  afterAll(() => pf.restore());
  for (const [q, expected] of [
    ['good faith estimate', GFE],
    ['bill higher than the estimate', GFE],
    ['dispute a medical bill', GFE],
    ['ABN option 2', ABN],
    ['HSA 20% penalty', '/guides/paying-for-treatment/'],
  ] as const) {
    it(`"${q}" → ${expected} in the top 3`, async () => {
      expect((await pf.search(q)).slice(0, 3).map((r) => r.url)).toContain(expected);
    });
  }
});
