/**
 * Diagram styles moved out of the SVG (issue #15): no `<style>` element or `style=` attribute is left,
 * each distinct value becomes one class, Mermaid's id scope is replaced by a shared one of the same weight,
 * and the stylesheet made from the committed cache covers every class and size the SVGs use.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/fixtures.ts';
import {
  DIAGRAM_SCOPE,
  diagramStylesheet,
  rescopeTheme,
  sizeRule,
  styleClass,
  unstyleSvg,
} from '../../src/lib/diagram/style.ts';
import { svgIdFor, svgProblems } from '../../src/lib/diagram/svg.ts';

const SVG =
  `<svg id="diagram-abc" width="300" height="100" class="flowchart" style="max-width: 300px;" ` +
  `viewBox="0 0 300 100">` +
  `<style>#diagram-abc{font-size:16px;}@keyframes dash{to{stroke-dashoffset:0;}}` +
  `#diagram-abc .node rect,#diagram-abc .x{fill:#eee;}` +
  `#diagram-abc [data-look="neo"].node rect{stroke:url(#diagram-abc-gradient);}#diagram-abc :root{--x:1;}` +
  `#diagram-abc .outcome&gt;*{stroke-width:2px!important;}</style>` +
  `<path class="flowchart-link" style=";" d="M0,0"/>` +
  `<polygon style="stroke-width:2px !important" points="0,0"></polygon>` +
  `<div xmlns="http://www.w3.org/1999/xhtml" style="display: table; width: 200px;" class="labelBkg"><span>A &amp; B</span></div>` +
  `<div style="display: table; width: 200px;"></div></svg>`;

describe('unstyleSvg', () => {
  const { svg, rules } = unstyleSvg(SVG, 'diagram-abc');

  it('leaves no <style> element and no style attribute', () => {
    expect(svg).not.toMatch(/<style|\sstyle=/);
    expect(svg).toContain('<span>A &amp; B</span>');
  });

  it('turns each distinct style value into one class, kept beside the classes an element had', () => {
    const table = styleClass('display: table;width: 200px');
    expect(svg).toContain(`class="labelBkg ${table}"`);
    expect(svg).toContain(`<div class="${table}"></div>`);
    expect(svg).toContain(`<polygon points="0,0" class="${styleClass('stroke-width:2px !important')}">`);
    expect(svg).toContain('<path class="flowchart-link" d="M0,0"/>');
    expect(rules).toContain(`${DIAGRAM_SCOPE} .${table}:not(#_){display: table;width: 200px}`);
    expect(rules.filter((r) => r.includes('.ds-'))).toHaveLength(2);
  });

  it("drops the root's max-width: the site's CSS caps the SVG at its natural width", () => {
    expect(svg.startsWith('<svg id="diagram-abc" width="300" height="100" class="flowchart" viewBox')).toBe(true);
  });

  it('rescopes the theme to the shared selector, decodes entities, and drops neo-look and :root rules', () => {
    expect(rules.slice(0, 4)).toEqual([
      `${DIAGRAM_SCOPE}{font-size:16px;}`,
      '@keyframes dash{to{stroke-dashoffset:0;}}',
      `${DIAGRAM_SCOPE} .node rect,${DIAGRAM_SCOPE} .x{fill:#eee;}`,
      `${DIAGRAM_SCOPE} .outcome>*{stroke-width:2px!important;}`,
    ]);
    expect(rules.join('\n')).not.toContain('diagram-abc');
  });

  it('fails loudly if a rule would still name the diagram', () => {
    expect(() => rescopeTheme('#diagram-abc .a{fill:url(#diagram-abc-g)}', 'diagram-abc')).toThrow(/still names/);
  });
});

describe('the committed diagrams', () => {
  const dir = join(ROOT, 'src', 'diagrams');
  const diagrams = readdirSync(dir)
    .filter((f) => f.endsWith('.svg'))
    .map((f) => ({ hash: f.slice(0, -4), svg: readFileSync(join(dir, f), 'utf8') }));
  const css = diagramStylesheet(diagrams);

  it('each lose every style, and the stylesheet has every class and size they use', () => {
    expect(diagrams.length).toBeGreaterThan(0);
    for (const d of diagrams) {
      const { svg } = unstyleSvg(d.svg, svgIdFor(d.hash));
      expect(svg, d.hash).not.toMatch(/<style|\sstyle=/);
      for (const cls of new Set(svg.match(/\bds-[0-9a-f]{8}\b/g)))
        expect(css, `${d.hash} .${cls}`).toContain(`.${cls}:`);
      expect(css).toContain(sizeRule(d.hash, d.svg));
    }
  });

  it('hold nothing that runs, links or loads (no <script>, on…=, <a> or address other than "#…")', () => {
    // Pages inline them with set:html; the build refuses such a file too (src/lib/diagram/store.ts).
    expect(diagrams.flatMap((d) => svgProblems(d.svg).map((p) => `${d.hash}.svg: ${p}`))).toEqual([]);
  });

  it('make the same stylesheet whatever order they are read in', () => {
    expect(diagramStylesheet([...diagrams].reverse())).toBe(css);
  });
});
