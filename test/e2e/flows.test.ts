/**
 * Decision flows in a real browser with JavaScript off: every path of every flow is walked by following
 * the answer links from the first question, and each ends on an outcome page whose h1 and statuses are
 * what the data says. Question, outcome and map pages pass axe; Mermaid's own parser accepts every
 * generated diagram.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../support/fixtures.ts';
import { outcomeDataFrom } from '../support/flows.ts';
import { browserTestsEnabled, findChromium } from '../support/browser.ts';
import { axeViolations, useSite } from '../support/page.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Catalog } from '../../src/lib/content/check.ts';
import { flowPages } from '../../src/lib/flow/pages.ts';
import { outcomeView } from '../../src/lib/flow/outcome-view.ts';
import { flowToMermaid, reachable } from '../../src/lib/flow/mermaid.ts';
import { therapyBranch } from '../../src/lib/flow/graph.ts';
import { closeRenderer, parseMermaid } from '../../src/lib/diagram/render.ts';

const haveBrowser = browserTestsEnabled();
let catalog: Catalog;
beforeAll(() => {
  catalog = loadContent(`${ROOT}/content`, ROOT).catalog;
});

describe.skipIf(!haveBrowser)('decision flows with JavaScript off', () => {
  const site = useSite();
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => ctx?.close());

  // The timeout only guards against a hang: the walk grows with every flow answer (about 520 pages with VA)
  // and took just over 300 s on a loaded 2-core machine.
  it('walks every path of every flow to an outcome with the right h1 and statuses', { timeout: 600_000 }, async () => {
    // Only the HTML matters here: skip styles and icons so ~500 pages load quickly.
    await ctx.route(/\.(css|svg|ico)$/, (r) => r.abort());
    const data = outcomeDataFrom(catalog);
    const problems: string[] = [];
    let outcomes = 0;
    // The four flows are walked side by side, one tab each.
    await Promise.all(
      catalog.flows.map(async (flow) => {
        const page = await ctx.newPage();
        const expected = new Map(flowPages(flow.id, flow).map((p) => [p.path, p]));
        const walk = async (path: string, depth: number): Promise<void> => {
          const res = await page.goto(`${site.url}${path}`, { waitUntil: 'domcontentloaded' });
          if (res?.status() !== 200) return void problems.push(`${path}: HTTP ${res?.status()}`);
          const want = expected.get(path);
          if (!want) return void problems.push(`${path}: not a page of ${flow.id}`);
          const answers = await page.locator('[data-answer]').count();
          if (answers !== depth) problems.push(`${path}: "Your answers" lists ${answers}, expected ${depth}`);
          if ((await page.locator('a[data-start-again]').getAttribute('href')) !== `/check/${flow.id}/`)
            problems.push(`${path}: no start-again link`);
          const h1 = (await page.locator('h1').innerText()).trim();
          if (want.kind === 'question') {
            const node = flow.nodes[want.node]!;
            if (node.type === 'question' && h1 !== node.text)
              problems.push(`${path}: h1 "${h1}" is not the question "${node.text}"`);
            const links = await page
              .locator('a.flow-option')
              .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
            for (const href of links) await walk(href, depth + 1);
            return;
          }
          outcomes += 1;
          const view = outcomeView(flow, want, data);
          if (h1 !== view.title) problems.push(`${path}: h1 "${h1}", expected "${view.title}"`);
          const statuses = await page
            .locator('.status-list .badge[data-status]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
          const wantStatuses = view.statuses.map((s) => s.status);
          if (JSON.stringify(statuses) !== JSON.stringify(wantStatuses))
            problems.push(`${path}: statuses ${statuses.join(',')}, expected ${wantStatuses.join(',')}`);
          const back = await page.locator('a[data-back]').getAttribute('href');
          if (
            back !==
            `/check/${flow.id}/${want.segments
              .slice(0, -2)
              .map((s) => `${s}/`)
              .join('')}`
          )
            problems.push(`${path}: back link ${back}`);
        };
        await walk(`/check/${flow.id}/`, 0);
        await page.close();
      }),
    );
    await ctx.unroute(/\.(css|svg|ico)$/);
    expect(problems).toEqual([]);
    expect(outcomes).toBe(
      catalog.flows.reduce((n, f) => n + flowPages(f.id, f).filter((p) => p.kind === 'outcome').length, 0),
    );
  });

  it('changes an earlier answer from the "Your answers" list', async () => {
    const page: Page = await ctx.newPage();
    await page.goto(`${site.url}/check/will-insurance-pay/treatment/prp/prp-use/joints/plan/medicaid/`);
    await page.locator('[data-answer="prp-use"] a').click();
    expect(new URL(page.url()).pathname).toBe('/check/will-insurance-pay/treatment/prp/');
    await page.getByRole('link', { name: 'A chronic wound that is not healing' }).click();
    await page.getByRole('link', { name: 'Medicaid' }).click();
    expect(new URL(page.url()).pathname).toBe('/check/will-insurance-pay/treatment/prp/prp-use/wound/plan/medicaid/');
    expect(await page.locator('h1').innerText()).toBe(
      'Will Medicaid pay for PRP injections for a chronic wound that is not healing?',
    );
  });
});

describe.skipIf(!haveBrowser)('flow pages pass axe-core WCAG 2.2 A/AA', () => {
  const site = useSite();
  it('a question page, an outcome page and a map page (light and dark)', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await site.browser.newContext({
        bypassCSP: true,
        colorScheme: scheme,
        viewport: { width: 390, height: 844 },
      });
      const page = await ctx.newPage();
      for (const path of [
        '/check/will-insurance-pay/',
        '/check/claim-denied/reason/experimental/plan/medicare/',
        '/check/will-insurance-pay/treatment/prp/prp-use/joints/plan/employer-insured/',
        '/check/claim-denied/reason/coding/plan/medicaid/urgency/urgent/',
        '/check/claim-denied/reason/coding/plan/medicaid/urgency/not-sure/',
        '/check/will-insurance-pay/map/',
        '/therapies/prp/',
      ]) {
        await page.goto(`${site.url}${path}`);
        for (const v of await axeViolations(page)) failures.push(`${scheme} ${path} ${v}`);
      }
      await ctx.close();
    }
    expect(failures).toEqual([]);
  });
});

describe.skipIf(!haveBrowser)('Mermaid text', () => {
  afterAll(closeRenderer);
  it("parses with mermaid's own parser for every flow and every therapy branch", { timeout: 120_000 }, async () => {
    const chromium = findChromium()!;
    const bad: string[] = [];
    for (const f of catalog.flows) {
      const texts = [flowToMermaid(f, { title: f.title, description: f.description })];
      for (const t of catalog.therapies) {
        const option = therapyBranch(f, t.slug);
        if (option) texts.push(flowToMermaid(f, { from: option.next, title: t.slug, description: 'branch' }));
      }
      for (const text of texts) {
        const ok = await parseMermaid(text, chromium);
        if (ok !== true) bad.push(`${f.id}: ${ok}`);
      }
      expect(reachable(f).length).toBeGreaterThan(3);
    }
    // And a broken text is rejected, so the check can fail.
    expect(await parseMermaid('flowchart LR\nA -->|"x| B', chromium)).not.toBe(true);
    expect(bad).toEqual([]);
  });
});
