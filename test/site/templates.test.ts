/**
 * The template list that browser tests sample (test/support/templates.ts) keeps up with the site: each
 * URL in it is a built page, and every built page belongs to a kind of page the list holds.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPage, builtPages } from '../support/dist.ts';
import { TEMPLATES } from '../support/templates.ts';

/** The kind of page at `path`: slugs become `*`, flow paths (in each language) become question, outcome or map. */
const kindOf = (path: string, doc: HTMLElement): string => {
  const flow = /^(\/es)?\/check\/./.exec(path);
  if (flow) {
    const kind = path.endsWith('/map/') ? 'map' : doc.querySelector('.flow-step') ? 'question' : 'outcome';
    return `${flow[1] ?? ''} flow ${kind}`;
  }
  return path
    .replace(/^(\/es)?\/(therapies|payers|guides)\/[^/]+\/$/, '$1/$2/*/')
    .replace(/^(\/es)?\/payers\/medicare\/by-state\/[^/]+\/$/, '$1/payers/medicare/by-state/*/')
    .replace(/^(\/es)?\/appeal\/find-help\/[^/]+\/$/, '$1/appeal/find-help/*/')
    .replace(/^(\/es)?\/coverage\/(?!by-)[^/]+\/[^/]+\/$/, '$1/coverage/*/*/');
};

describe('the template list for browser tests', () => {
  const pages = builtPages();
  /** A template's built file: its path without the query; an unknown address gets the 404 page. */
  const builtPath = (path: string) => (path === '/no-such-page/' ? '/404.html' : path.replace(/\?.*$/, ''));

  it('names only built pages, and the 404 address is not one', () => {
    expect(builtPage('/no-such-page/')).toBeUndefined();
    for (const t of TEMPLATES) expect(builtPage(builtPath(t.path)), `${t.name}: ${t.path}`).toBeDefined();
  });

  it('covers every kind of page the build makes', () => {
    const listed = new Set(TEMPLATES.map((t) => kindOf(builtPath(t.path), builtPage(builtPath(t.path))!)));
    const missing = [...new Set(pages.map((p) => kindOf(p.path, p.doc)))].filter((k) => !listed.has(k));
    expect(missing, 'kinds of page with no entry in test/support/templates.ts').toEqual([]);
    expect(listed.size).toBeGreaterThan(20);
  });
});
