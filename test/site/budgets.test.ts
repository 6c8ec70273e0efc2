/**
 * Size budgets from DESIGN.md, measured on the built pages: JavaScript loaded on arrival and HTML + CSS.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight } from '../../src/lib/report/weight.ts';
import { DIST } from '../support/dist.ts';

const read = (p: string) => readFileSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p));
const KB = 1024;

describe('page budgets (gzip)', () => {
  it('the estimator page ships at most 10 KB of JavaScript', () => {
    expect(pageWeight('/estimate/', read).js.gzip).toBeLessThanOrEqual(10 * KB);
  });
  it('an article page ships only the small search loader (at most 2 KB of JavaScript)', () => {
    for (const p of ['/therapies/prp/', '/payers/medicare/', '/guides/appeal-a-denial/', '/coverage/prp/medicare/']) {
      expect(pageWeight(p, read).js.gzip, p).toBeLessThanOrEqual(2 * KB);
    }
  });
  it('a therapy page is at most 30 KB of HTML + CSS', () => {
    const w = pageWeight('/therapies/prp/', read);
    expect(w.html.gzip + w.css.gzip).toBeLessThanOrEqual(30 * KB);
  });
});
