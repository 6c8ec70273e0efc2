/** Reads the built site (dist/) for the checks in test/site/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ROOT } from './fixtures.ts';

export const DIST = join(ROOT, 'dist');

export interface BuiltPage {
  /** URL path, e.g. `/therapies/prp/` (or `/404.html`). */
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function builtPages(): BuiltPage[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no index.html: run `npm run build` first');
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${DIST}/pagefind/`))
    .sort()
    .map((file) => {
      const rel = `/${relative(DIST, file)}`;
      const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, doc: parse(html) };
    });
}

/** Pages about a subject: therapy, payer, coverage and guide pages. */
export const contentPages = (pages: BuiltPage[]) => pages.filter((p) => p.doc.querySelector('[data-page-kind]'));

export const isNoindex = (p: BuiltPage) =>
  /noindex/.test(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
