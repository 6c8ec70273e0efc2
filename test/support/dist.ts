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

let html: Omit<BuiltPage, 'doc'>[] | undefined;
let parsed: BuiltPage[] | undefined;

/**
 * Every built HTML page, unparsed (cheaper when only the text matters). Read once per test worker:
 * nothing in the tests writes to dist/.
 */
export function builtHtml(): Omit<BuiltPage, 'doc'>[] {
  return (html ??= readBuilt());
}

function readBuilt(): Omit<BuiltPage, 'doc'>[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no index.html: run `npm run build` first');
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${DIST}/pagefind/`))
    .sort()
    .map((file) => {
      const rel = `/${relative(DIST, file)}`;
      const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      return { path, file, html: readFileSync(file, 'utf8') };
    });
}

/** Every built HTML page, parsed once per test worker. Callers must not change the parsed pages. */
export const builtPages = (): BuiltPage[] => (parsed ??= builtHtml().map((p) => ({ ...p, doc: parse(p.html) })));

/** The built page at a site path (`/check/x/` → dist/check/x/index.html), parsed; undefined when there is none. */
export function readBuiltPage(path: string): HTMLElement | undefined {
  const file = join(DIST, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? parse(readFileSync(file, 'utf8')) : undefined;
}

let byPath: Map<string, HTMLElement> | undefined;

/**
 * The built page at a site path, as readBuiltPage gives it, but the one builtPages() has parsed rather than a
 * second parse of it (a file it does not hold is read alone). Callers must not change the page.
 */
export function builtPage(path: string): HTMLElement | undefined {
  byPath ??= new Map(builtPages().map((p) => [p.path, p.doc]));
  return byPath.get(decodeURIComponent(path)) ?? readBuiltPage(path);
}

/** An element's text as a reader sees it: entities decoded, white space collapsed. */
export const textOf = (el: HTMLElement | null | undefined): string => (el?.text ?? '').replace(/\s+/g, ' ').trim();

/** Pages about a subject: therapy, payer, coverage and guide pages. */
export const contentPages = (pages: BuiltPage[]) => pages.filter((p) => p.doc.querySelector('[data-page-kind]'));

export const isNoindex = (p: BuiltPage) =>
  /noindex/.test(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
