/**
 * Issue #15: the site will run under Trusted Types (`require-trusted-types-for 'script'`), so no script
 * we ship may write HTML from a string. Client code builds DOM with DOM methods or <template> elements;
 * this check fails loudly if any built script reaches for an HTML sink again.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/dist.ts';

const SINK_NAMES = [
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'document\\.write',
  'createContextualFragment',
  'srcdoc',
  'setHTMLUnsafe',
  'parseFromString',
];
const SINKS = new RegExp(`\\b(${SINK_NAMES.join('|')})\\b`);

describe('built scripts', () => {
  const dir = join(DIST, '_astro');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));

  it('are there to check (the tools ship scripts)', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(5);
  });
  it('never write HTML from a string (innerHTML, outerHTML, insertAdjacentHTML and the like)', () => {
    const found = scripts.flatMap((f) => {
      const m = SINKS.exec(readFileSync(join(dir, f), 'utf8'));
      return m ? [`${f}: ${m[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
  it('the check itself catches a sink, minified or not', () => {
    expect(SINKS.test('e.innerHTML=t')).toBe(true);
    expect(SINKS.test('el.insertAdjacentHTML("beforeend",x)')).toBe(true);
    expect(SINKS.test('n.textContent=t;n.replaceChildren(f)')).toBe(false);
  });
});
