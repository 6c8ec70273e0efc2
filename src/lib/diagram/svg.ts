/**
 * Pure string work on the SVG that Mermaid draws: what the key of a diagram is, how the SVG is slimmed
 * for the cache, and how a reader's path is marked on it. No browser, no file system.
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
} as const;

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

/** Adds `class` to the opening tag of every element whose id matches `pattern`. */
function addClass(svg: string, pattern: RegExp, cls: string): string {
  return svg.replace(/<(g|path)\b[^>]*>/g, (tag) => {
    const id = / id="([^"]+)"/.exec(tag)?.[1];
    if (!id || !pattern.test(id)) return tag;
    return / class="/.test(tag)
      ? tag.replace(/ class="/, ` class="${cls} `)
      : tag.replace(/^<(g|path)/, `<$1 class="${cls}"`);
  });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks a path on a flow diagram: the nodes (Mermaid node ids) and edges (Mermaid edge ids) get the
 * class `on-path`, which the site's CSS draws thicker and in the accent colour.
 */
export function highlightSvg(svg: string, svgId: string, nodes: readonly string[], edges: readonly string[]): string {
  if (nodes.length === 0 && edges.length === 0) return svg;
  const prefix = escapeRe(svgId);
  const nodeRe = new RegExp(`^${prefix}-flowchart-(?:${nodes.map(escapeRe).join('|') || '(?!)'})-\\d+$`);
  const edgeRe = new RegExp(`^${prefix}-(?:${edges.map(escapeRe).join('|') || '(?!)'})$`);
  return addClass(addClass(svg, nodeRe, 'on-path'), edgeRe, 'on-path');
}
