/**
 * Tool pages are found by the words people call them ("will insurance pay quiz"), but those words are not
 * shown to readers or read out by screen readers: they sit in a `hidden` element that Pagefind still
 * indexes. Each query has a word that is nowhere else on its page: searching that word alone must find
 * the page, which fails if Pagefind stops indexing hidden text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { pagefindInNode } from '../support/pagefind-node.ts';
import { DIST, builtPages } from '../support/dist.ts';

const tools = builtPages().filter((p) => p.doc.querySelector('[data-tool]'));

// [query, page, a word of the query that appears nowhere on the page except in its hidden keywords]
const ONLY_IN_KEYWORDS: [string, string, string][] = [
  ['will insurance pay quiz', '/check/', 'quiz'],
  ['appeal letter generator', '/appeal/letter/', 'generator'],
  ['appeal deadline calculator', '/appeal/deadlines/', 'calculator'],
  ['LMN checklist', '/appeal/worksheet/', 'LMN'],
  ['appeal organizer', '/appeal/my-case/', 'organizer'],
  ['cost calculator', '/estimate/', 'calculator'],
];

let pf: Awaited<ReturnType<typeof pagefindInNode>>;
beforeAll(async () => {
  pf = await pagefindInNode(DIST);
});
afterAll(() => pf.restore());

describe('tool search keywords', () => {
  it('sit in a hidden element on each tool page: not shown, not read out, no "Also known as" list', () => {
    for (const [query, path] of ONLY_IN_KEYWORDS) {
      const hidden = tools.find((p) => p.path === path)?.doc.querySelectorAll('[data-tool] [hidden]') ?? [];
      expect(hidden.map((e) => e.text).join(' '), path).toContain(query);
    }
    for (const p of tools) expect(p.doc.querySelector('main')?.text ?? '', p.path).not.toMatch(/Also known as/i);
  });

  for (const [query, path, word] of ONLY_IN_KEYWORDS) {
    it(`"${query}" finds ${path} in the top 3; "${word}", only in its hidden keywords, finds it too`, async () => {
      const main = parse(
        tools
          .find((p) => p.path === path)
          ?.doc.querySelector('main')
          ?.toString() ?? '',
      );
      main.querySelectorAll('[hidden]').forEach((e) => e.remove());
      expect(main.text.toLowerCase(), `"${word}" should be only in the keywords`).not.toContain(word.toLowerCase());
      expect((await pf.search(query)).slice(0, 3).map((r) => r.url)).toContain(path);
      expect((await pf.search(word)).map((r) => r.url)).toContain(path);
    });
  }
});
