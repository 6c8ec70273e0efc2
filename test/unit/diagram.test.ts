/** The diagram pipeline without a browser: cache keys, SVG slimming and size, and the cache miss. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagramHash, slimSvg, svgIdFor, svgProblems, svgSize, withAccessibility } from '../../src/lib/diagram/svg.ts';
import { diagramSvg, mermaidVersion } from '../../src/lib/diagram/store.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'regen-diagrams-'));
  dirs.push(d);
  return d;
};

const RAW =
  `<svg id="d1" width="100%" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200.123456 80.98765" style="max-width: 200.123456px;">` +
  `<marker id="d1_pointEnd"><path d="M 0 0"/></marker><marker id="d1_circleEnd"><circle/></marker>` +
  `<path d="M1.23456,2.34567L3,4" id="d1-e_q__a" class="flowchart-link" data-points="AAAA" ` +
  `marker-end="url(#d1_pointEnd)"></path>` +
  `<g class="edgeLabel"><g class="label" id="e_q__a"><span>Costs $1.25</span></g></g><g id="e_q__a"></g>` +
  `<g class="node default" id="d1-flowchart-n_q-0" style=""><rect/></g><g class="node default" id="d1-flowchart-n_a-1"><rect/></g></svg>`;

describe('slimSvg', () => {
  const out = slimSvg(RAW, 'd1');
  it('drops layout data and unused markers, keeps used ones', () => {
    expect(out).not.toContain('data-points');
    expect(out).not.toContain('d1_circleEnd');
    expect(out).toContain('d1_pointEnd');
    expect(out).not.toContain('style=""');
  });
  it('rounds numbers in attributes only', () => {
    expect(out).toContain('d="M1.2,2.3L3,4"');
    expect(out).toContain('Costs $1.25');
  });
  it('prefixes bare ids and makes every id unique', () => {
    const ids = [...out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('d1'))).toBe(true);
  });
  it('draws at natural size instead of 100% of the column', () => {
    expect(out).toMatch(/^<svg id="d1" width="201" height="81"/);
  });
});

describe('svgSize', () => {
  it('reads the natural size slimSvg wrote', () => {
    expect(svgSize(slimSvg(RAW, 'd1'))).toEqual({ width: 201, height: 81 });
  });
  it('fails, naming the tag, on an SVG with no size (a page could not size its box)', () => {
    expect(() => svgSize(RAW)).toThrow(/no natural size: <svg id="d1" width="100%"/);
  });
});

describe('diagram text and cache key', () => {
  it('adds accTitle and accDescr when the author left them out, and only then', () => {
    expect(withAccessibility('flowchart TD\nA-->B', 'T', 'D')).toBe('flowchart TD\naccTitle: T\naccDescr: D\nA-->B\n');
    const given = 'flowchart TD\naccTitle: Mine\naccDescr: Also mine\nA-->B';
    expect(withAccessibility(given, 'T', 'D')).toBe(`${given}\n`);
  });
  it('changes with the text and the mermaid version', () => {
    const a = diagramHash('flowchart TD\nA-->B', '12.3.0');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(diagramHash('flowchart TD\nA-->C', '12.3.0')).not.toBe(a);
    expect(diagramHash('flowchart TD\nA-->B', '12.4.0')).not.toBe(a);
    expect(svgIdFor(a)).toBe(`diagram-${a}`);
  });
});

describe('the cache', () => {
  const code = 'flowchart TD\naccTitle: A test diagram\naccDescr: Two boxes.\nA-->B\n';
  it('serves a cached SVG without a browser', async () => {
    const dir = tempDir();
    const hash = diagramHash(code, mermaidVersion());
    writeFileSync(join(dir, `${hash}.svg`), '<svg id="x"></svg>');
    const d = await diagramSvg(code, { cacheDir: dir, chromium: null });
    expect(d).toEqual({ hash, svgId: `diagram-${hash}`, svg: '<svg id="x"></svg>' });
  });
  it('stops with one line naming the diagram and what to do when it is not cached and no browser', async () => {
    const dir = tempDir();
    const err = await diagramSvg(code, { cacheDir: dir, chromium: null }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const msg = (err as Error).message;
    expect(msg.split('\n')).toHaveLength(1);
    expect(msg).toMatch(
      new RegExp(
        '^Diagram "A test diagram" \\([0-9a-f]{16}\\) is not in .* and no Chromium was found to draw it: ' +
          '.*commit [0-9a-f]{16}\\.svg\\.$',
      ),
    );
  });
  it('refuses a cached SVG that links to another site, naming the diagram and what it holds', async () => {
    const dir = tempDir();
    const hash = diagramHash(code, mermaidVersion());
    writeFileSync(join(dir, `${hash}.svg`), '<svg id="x"><a xlink:href="http://evil.example/"><g/></a></svg>');
    const err = await diagramSvg(code, { cacheDir: dir, chromium: null }).catch((e: Error) => e);
    expect((err as Error).message).toBe(
      `Diagram "A test diagram" (${join(dir, `${hash}.svg`)}) holds what no page may: <a>, xlink:href="http://evil.example/"`,
    );
  });
});

describe('svgProblems: what a diagram may not hold, since pages inline it as it is', () => {
  it('passes what Mermaid draws: shapes, labels, and url(#…) and href="#…" inside the SVG', () => {
    expect(svgProblems(RAW)).toEqual([]);
    expect(svgProblems('<svg><use href="#d1-m"/><path fill="url( \'#g\')"/></svg>')).toEqual([]);
  });
  it('names each thing that runs, links or loads', () => {
    expect(
      svgProblems(
        '<svg onload="x()"><SCRIPT>x()</SCRIPT><a xlink:href="http://evil.example/"><text>A</text></a>' +
          '<a href="javascript:alert(1)">B</a><image href="https://tracker.example/p.png"/>' +
          '<animate attributeName="href" to="x"/><style>@import "https://x.example/a.css";' +
          '.n{background:url(https://tracker.example/p.png)}</style><g OnClick = "x()"/></svg>',
      ),
    ).toEqual([
      '<SCRIPT>',
      '<a>',
      '<image>',
      '<animate>',
      'onload=',
      'OnClick=',
      'xlink:href="http://evil.example/"',
      'href="javascript:alert(1)"',
      'href="https://tracker.example/p.png"',
      'url(https://tracker.example/p.png)',
      'javascript:',
      '@import',
    ]);
  });
});
