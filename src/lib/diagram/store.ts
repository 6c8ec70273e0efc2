/**
 * Where diagrams come from at build time: the committed cache (src/diagrams/<hash>.svg), or, for a
 * diagram not drawn yet, Mermaid in headless Chromium. A fresh clone builds from the cache alone; a new
 * diagram without a browser stops the build with one line saying what to do.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findChromium } from '../browser/chromium.ts';
import { diagramHash, slimSvg, svgIdFor } from './svg.ts';

/** The committed folder of rendered diagrams (DIAGRAM_CACHE_DIR overrides it for tests). */
export const diagramCacheDir = (env: Record<string, string | undefined> = process.env): string =>
  env['DIAGRAM_CACHE_DIR'] ?? join(process.cwd(), 'src', 'diagrams');

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
  if (existsSync(file)) return { hash, svgId, svg: readFileSync(file, 'utf8') };
  const chromium = opts.chromium === undefined ? findChromium() : opts.chromium;
  const title = /accTitle\s*:\s*(.*)/.exec(code)?.[1]?.trim() ?? code.split('\n')[0];
  if (!chromium) {
    throw new Error(
      `Diagram "${title}" (${hash}) is not in ${dir} and no Chromium was found to draw it: ` +
        `build once on a machine with chromium (or set CHROMIUM_PATH), then commit ${hash}.svg.`,
    );
  }
  const { renderMermaid } = await import('./render.ts');
  const svg = slimSvg(await renderMermaid(code, svgId, chromium), svgId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, svg);
  return { hash, svgId, svg };
}
