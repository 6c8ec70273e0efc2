/**
 * Pure string work on the SVG that Mermaid draws: what the key of a diagram is, how the SVG is slimmed
 * for the cache, and how big it is. No browser, no file system.
 */
import { createHash } from 'node:crypto';

/**
 * Mermaid settings for every diagram. System fonts only (no web font is ever fetched), the neutral
 * theme (dark text on light boxes, enough contrast), and strict security (no HTML or scripts from labels).
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'neutral',
  look: 'classic',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  flowchart: { curve: 'basis', useMaxWidth: true },
  // ELK's default placement centres each question beside all of its answers, so a question with 14
  // answers sat halfway down a 2,600 px drawing and a scroll box opened on empty space (issue #11).
  // This alignment lines each node up with its first answer instead: the first question is drawn in
  // the top-left corner, where every scroll box opens. Merged edges leave a question as one trunk that
  // branches to its answers, instead of a channel per answer: the 14-answer flow is a third narrower
  // (2,387 → 1,587 px) and fits a desktop column at a readable scale.
  elk: { nodePlacementStrategy: 'BRANDES_KOEPF', nodePlacementAlignment: 'RIGHTDOWN', mergeEdges: true },
} as const;

/**
 * The smallest scale at which a diagram is still shown shrunk to fit its box: Mermaid's 16 px labels
 * become about 10 px. A box narrower than that keeps the diagram at its natural size and scrolls.
 */
export const MIN_READABLE_SCALE = 0.6;

/** Bump when slimSvg changes, so cached SVGs made by the old code are not reused. */
export const SVG_FORMAT = 3;

/** The cache key: mermaid's version, the settings, our SVG format and the diagram text. */
export function diagramHash(code: string, mermaidVersion: string): string {
  return createHash('sha256')
    .update(JSON.stringify([mermaidVersion, MERMAID_CONFIG, SVG_FORMAT, code]))
    .digest('hex')
    .slice(0, 16);
}

/** The id of the svg element, which Mermaid also uses to scope its styles. Starts with a letter. */
export const svgIdFor = (hash: string): string => `diagram-${hash}`;

/**
 * Adds accTitle/accDescr after the diagram-type line when the text has none, so every diagram has an
 * accessible name and description.
 */
export function withAccessibility(code: string, title: string, description: string): string {
  const [head = '', ...rest] = code.trim().split('\n');
  const lines = [head];
  if (!/^\s*accTitle\s*:/m.test(code)) lines.push(`accTitle: ${title.replace(/\s+/g, ' ')}`);
  if (!/^\s*accDescr\s*[:{]/m.test(code)) lines.push(`accDescr: ${description.replace(/\s+/g, ' ')}`);
  return `${[...lines, ...rest].join('\n')}\n`;
}

/**
 * Makes Mermaid's output smaller and valid inside a page: drops layout data the browser never reads,
 * rounds coordinates to one decimal, drops arrow markers nothing uses, and gives every id the diagram's
 * prefix so two ids on a page can never clash.
 */
export function slimSvg(svg: string, svgId: string): string {
  let out = svg
    .replace(/ data-points="[^"]*"/g, '')
    // Labels are HTML inside foreignObject; a <p> inside Mermaid's <span> is invalid HTML, so unwrap it.
    .replace(/(<span class="(?:nodeLabel|edgeLabel)"[^>]*>)<p>([\s\S]*?)<\/p>(<\/span>)/g, '$1$2$3')
    .replace(/ style=""/g, '')
    // Coordinates live in attributes; text between tags is left alone ("$1.25" stays "$1.25").
    .replace(/="([^"]*)"/g, (_m, v: string) => `="${v.replace(/(\d+\.\d)\d+/g, '$1')}"`);
  // Unused markers: Mermaid defines circle and cross ends on every flowchart.
  out = out.replace(/<marker id="([^"]+)"[\s\S]*?<\/marker>/g, (m, id: string) =>
    out.includes(`url(#${id})`) ? m : '',
  );
  // Bare ids (edge labels repeat the edge id) get the prefix and a counter.
  const used = new Map<string, number>();
  out = out.replace(/ id="([^"]+)"/g, (_m, id: string) => {
    const fixed = id.startsWith(svgId) ? id : `${svgId}-x-${id}`;
    const n = used.get(fixed) ?? 0;
    used.set(fixed, n + 1);
    return ` id="${n === 0 ? fixed : `${fixed}-${n}`}"`;
  });
  // Natural size, not "100% of the column": a wide flow scrolls sideways instead of shrinking to dots.
  const vb = / viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(out);
  if (vb)
    out = out.replace(
      /^<svg([^>]*?) width="100%"/,
      `<svg$1 width="${Math.ceil(Number(vb[1]))}" height="${Math.ceil(Number(vb[2]))}"`,
    );
  return out;
}

/** A slimmed SVG's natural size in CSS pixels (slimSvg writes it as the svg's width and height). */
export function svgSize(svg: string): { width: number; height: number } {
  const tag = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/ width="([\d.]+)"/.exec(tag)?.[1]);
  const height = Number(/ height="([\d.]+)"/.exec(tag)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error(`Diagram SVG has no natural size: ${tag.slice(0, 120)}`);
  return { width, height };
}

/** Elements that run, link, load, embed, take input or animate attributes (an <animate> can set an href). */
const UNSAFE_ELEMENTS = new RegExp(
  `<(${[
    ...['script', 'a', 'iframe', 'frame', 'object', 'embed', 'img', 'image', 'audio', 'video', 'source', 'track'],
    ...['link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select'],
    ...['animate', 'animatemotion', 'animatetransform', 'set', 'discard', 'handler', 'listener'],
  ].join('|')})\\b`,
  'gi',
);

/**
 * What a diagram's SVG may not hold, since pages inline it as it is: an element that runs, links or loads
 * (`<script>`, `<a>`, `<image>`…), an `on…=` handler, an address other than "#…" in href, xlink:href, src
 * or url(), an @import, or a javascript: address. Mermaid's strict mode still draws `click A href "http://…"`
 * as a link to any site. Content is checked before it is drawn (src/lib/content/mdx.ts); this checks what
 * was drawn, cached or committed (a hand-edited file in src/diagrams/ included). Empty when the SVG is safe.
 */
export function svgProblems(svg: string): string[] {
  const found = [
    ...[...svg.matchAll(UNSAFE_ELEMENTS)].map((m) => `<${m[1]}>`),
    ...[...svg.matchAll(/\s(on[a-z]+)\s*=/gi)].map((m) => `${m[1]}=`),
    ...[...svg.matchAll(/\s((?:xlink:)?href|src|action|formaction)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi)]
      .map((m) => [m[1], m[2] ?? m[3] ?? m[4] ?? ''])
      .filter(([, v]) => !v!.startsWith('#'))
      .map(([name, v]) => `${name}="${v}"`),
    ...[...svg.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)/gi)]
      .map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim())
      .filter((v) => !v.startsWith('#'))
      .map((v) => `url(${v})`),
    ...[...svg.matchAll(/@import\b|javascript:/gi)].map((m) => m[0]),
  ];
  return [...new Set(found)];
}
