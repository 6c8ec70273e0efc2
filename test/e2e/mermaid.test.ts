/**
 * Mermaid's own parser (in Chromium) accepts every generated flow diagram. The flow pages themselves are
 * checked without a browser (test/site/flows.test.ts walks every path through the built HTML) and by the
 * template sweep (test/e2e/templates.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.ts';
import { browserTestsEnabled, findChromium } from '../support/browser.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Catalog } from '../../src/lib/content/check.ts';
import { flowToMermaid, reachable } from '../../src/lib/flow/mermaid.ts';
import { therapyBranch } from '../../src/lib/flow/graph.ts';
import { closeRenderer, parseMermaid } from '../../src/lib/diagram/render.ts';
import { localizedFlow } from '../../src/lib/i18n/localize.ts';

const haveBrowser = browserTestsEnabled();
let catalog: Catalog;
beforeAll(() => {
  catalog = loadContent(`${ROOT}/content`, ROOT).catalog;
});

describe.skipIf(!haveBrowser)('Mermaid text', () => {
  afterAll(closeRenderer);
  it(
    "parses with mermaid's own parser for every flow and every therapy branch, in each language",
    { timeout: 120_000 },
    async () => {
      const chromium = findChromium()!;
      const bad: string[] = [];
      // The Spanish flows' labels hold ¿, accents and quotes of their own: each is parsed too.
      const english = (id: string) => catalog.flows.find((f) => f.id === id)!;
      const spanish = catalog.es.flows.map((t) => localizedFlow(english(t.id), t));
      expect(spanish.length).toBeGreaterThan(0);
      for (const f of [...catalog.flows, ...spanish]) {
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
    },
  );
});
