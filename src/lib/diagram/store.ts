/**
 * Where diagrams come from at build time: the committed cache (src/diagrams/<hash>.svg), or, for a
 * diagram not drawn yet, Mermaid in headless Chromium. A fresh clone builds from the cache alone; a new
 * diagram without a browser stops the build with one line saying what to do.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findChromium } from '../browser/chromium.ts';
import { diagramHash, slimSvg, svgIdFor, svgProblems } from './svg.ts';
import { diagramStylesheet } from './style.ts';

/** The committed folder of rendered diagrams (DIAGRAM_CACHE_DIR overrides it for tests). */
export const diagramCacheDir = (env: Record<string, string | undefined> = process.env): string =>
  env['DIAGRAM_CACHE_DIR'] ?? join(process.cwd(), 'src', 'diagrams');

/** The stylesheet made from the cache (src/lib/diagram/style.ts): generated, git-ignored, imported by Diagram.astro. */
export const DIAGRAM_STYLESHEET = 'diagrams.css';

/**
 * Writes `<dir>/diagrams.css` from every cached SVG, and returns its text. Written only when it changes,
 * so `astro dev` reloads once per new diagram and never loops.
 */
export function writeDiagramStylesheet(dir = diagramCacheDir()): string {
  const svgs = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.svg')) : [];
  const css = diagramStylesheet(svgs.map((f) => ({ hash: f.slice(0, -4), svg: readFileSync(join(dir, f), 'utf8') })));
  const file = join(dir, DIAGRAM_STYLESHEET);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== css) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, css);
  }
  return css;
}

let version: string | undefined;
/** The installed mermaid version: part of every cache key, so upgrading mermaid redraws every diagram. */
export function mermaidVersion(): string {
  version ??= (createRequire(join(process.cwd(), 'package.json'))('mermaid/package.json') as { version: string })
    .version;
  return version;
}

export interface StoredDiagram {
  hash: string;
  svgId: string;
  svg: string;
}

export interface StoreOptions {
  cacheDir?: string;
  /** Chromium to draw with; defaults to the one findChromium() finds. `null` means "no browser here". */
  chromium?: string | null;
}

const pending = new Map<string, Promise<StoredDiagram>>();

/** The SVG for a diagram: from the cache, or drawn now and written to the cache. */
export function diagramSvg(code: string, opts: StoreOptions = {}): Promise<StoredDiagram> {
  const dir = opts.cacheDir ?? diagramCacheDir();
  const hash = diagramHash(code, mermaidVersion());
  const key = `${dir}/${hash}`;
  let job = pending.get(key);
  if (!job) {
    job = load(code, hash, dir, opts);
    pending.set(key, job);
  }
  return job;
}

async function load(code: string, hash: string, dir: string, opts: StoreOptions): Promise<StoredDiagram> {
  const svgId = svgIdFor(hash);
  const file = join(dir, `${hash}.svg`);
  const title = /accTitle\s*:\s*(.*)/.exec(code)?.[1]?.trim() ?? code.split('\n')[0];
  // Pages inline the SVG as it is: one that links, loads or runs anything stops the build, cached or new.
  const safe = (svg: string): StoredDiagram => {
    const problems = svgProblems(svg);
    if (problems.length)
      throw new Error(`Diagram "${title}" (${file}) holds what no page may: ${problems.slice(0, 5).join(', ')}`);
    return { hash, svgId, svg };
  };
  if (existsSync(file)) return safe(readFileSync(file, 'utf8'));
  const chromium = opts.chromium === undefined ? findChromium() : opts.chromium;
  if (!chromium) {
    throw new Error(
      `Diagram "${title}" (${hash}) is not in ${dir} and no Chromium was found to draw it: ` +
        `build once on a machine with chromium (or set CHROMIUM_PATH), then commit ${hash}.svg.`,
    );
  }
  const { renderMermaid } = await import('./render.ts');
  const svg = safe(slimSvg(await renderMermaid(code, svgId, chromium), svgId)).svg;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, svg);
  // Its classes and size reach the stylesheet now; a build notices the change when it ends.
  writeDiagramStylesheet(dir);
  return { hash, svgId, svg };
}
