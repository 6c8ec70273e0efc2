/**
 * What a page costs a reader: the HTML, the stylesheets it links and the JavaScript it loads on arrival
 * (module scripts and their static imports; code loaded later on interaction is not counted), raw and
 * gzipped. Reads a built site through the `read` callback so it stays testable.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
  files: string[];
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
}

/**
 * Gzipped sizes by a hash of the bytes: pages share their stylesheet and scripts, and hashing a file costs a
 * small part of compressing it, so weighing every page of the site compresses each shared file once.
 */
const gzipped = new Map<string, number>();
const gzipSize = (body: Buffer): number => {
  const key = createHash('sha1').update(body).digest('hex');
  let size = gzipped.get(key);
  if (size === undefined) gzipped.set(key, (size = gzipSync(body, { level: 9 }).length));
  return size;
};

const weigh = (files: { path: string; body: Buffer }[]): Weight => ({
  raw: files.reduce((n, f) => n + f.body.length, 0),
  gzip: files.reduce((n, f) => n + gzipSize(f.body), 0),
  files: files.map((f) => f.path),
});

/** Static `import … from "./x.js"` / `import "./x.js"` specifiers in a bundled module (not dynamic import()). */
export const staticImports = (js: string): string[] =>
  [...js.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');

export function pageWeight(pagePath: string, read: (sitePath: string) => Buffer): PageWeight {
  const html = read(pagePath);
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const queue = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  const js: { path: string; body: Buffer }[] = [];
  while (queue.length) {
    const src = queue.shift() as string;
    if (seen.has(src)) continue;
    seen.add(src);
    const body = read(src);
    js.push({ path: src, body });
    for (const imp of staticImports(body.toString('utf8'))) queue.push(new URL(imp, `http://x${src}`).pathname);
  }
  return {
    html: weigh([{ path: pagePath, body: html }]),
    css: weigh(css.map((p) => ({ path: p, body: read(p) }))),
    js: weigh(js),
  };
}
