/**
 * Two more builds of the site, one after the other, each in its own copy of the project (the checkout without
 * node_modules, which is linked, and without dist/ and .astro/): two Astro builds in one folder share
 * its .astro/ and break each other. Building in another folder also proves the output does not depend
 * on where the checkout is.
 *
 * - Determinism: two builds of the same commit produce byte-identical output. Builds again into a
 *   temporary folder and compares every file with dist/ (which `npm test` has just built). Nothing is
 *   excluded. The second build has no browser (CHROMIUM_PATH names a missing file, so drawing any diagram
 *   would fail): it proves the committed diagram cache is enough to build, as on a fresh clone of a
 *   machine without Chromium.
 * - A sub-folder deploy works (issue #15): builds the site with BASE_PATH=/regen/ into a temporary
 *   folder, serves it under /regen/ exactly as a host would (nothing at the root), and follows every
 *   same-site address the site gives out: in every page (href, src, srcset, same-site canonical and Open
 *   Graph URLs, the URLs in JSON-LD and in tool settings), url() in stylesheets, the sitemaps' <loc>,
 *   robots.txt's Sitemap:, the change feed's links and ids, the modules scripts import, and the files the
 *   search page's Pagefind client asks for (its script and worker, its entry file, each language's
 *   metadata and WebAssembly, and the spelling words). Every one must answer 200. Before the fix,
 *   Markdown links in MDX bodies lost the prefix and 68 of them led to 404s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST } from '../support/dist.ts';
import { ROOT } from '../support/fixtures.ts';
import { serveDir, type StaticServer } from '../support/server.ts';

const BASE = '/regen/';
const SITE = 'https://guide.example.org';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
/** Every file under `dir`, as sorted relative paths. */
const files = (dir: string): string[] =>
  walk(dir)
    .map((f) => relative(dir, f))
    .sort();

/** A copy of the project to build in: everything but node_modules (linked), dist/, .astro/ and .git/. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'regen-project-'));
  const skip = new Set(['node_modules', 'dist', '.astro', '.git']);
  for (const name of readdirSync(ROOT).filter((n) => !skip.has(n)))
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Builds the site, from a copy of the project, into `outDir` as `npm run build` does, with `env` added:
 * without the variables Vitest sets for itself (its NODE_ENV=test, and BASE_URL=/, which would
 * override the base path in Vite's import.meta.env). Rejects with the build's output when it fails.
 */
function build(outDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const clean: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of ['NODE_ENV', 'VITEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']) delete clean[name];
  const cwd = projectCopy();
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], { cwd, env: clean });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 170_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      rmSync(cwd, { recursive: true, force: true });
      if (status === 0) resolve();
      else reject(new Error(`build into ${outDir} failed:\n${output}`));
    });
  });
}

/**
 * The builds start when this file loads, one after the other (a build keeps about one core busy, and `npm test`
 * runs this beside the other checks over dist/); each test awaits its own.
 */
const sameOut = mkdtempSync(join(tmpdir(), 'regen-build-'));
const sameBuild = build(sameOut, { CHROMIUM_PATH: join(sameOut, 'no-chromium-here') });
const baseRoot = mkdtempSync(join(tmpdir(), 'regen-base-'));
const baseBuild = sameBuild
  .catch(() => undefined)
  .then(() => build(join(baseRoot, BASE), { BASE_PATH: BASE, SITE_URL: SITE }));
// A failure is reported by the test that awaits the build; this keeps Node from calling it unhandled first.
for (const b of [sameBuild, baseBuild]) b.catch(() => undefined);

describe('determinism', () => {
  it('a second build, without a browser, is byte-identical to dist/', { timeout: 180_000 }, async () => {
    const out = sameOut;
    try {
      await sameBuild;
      const a = files(DIST);
      expect(files(out)).toEqual(a);
      const differ = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(out, f))));
      expect(differ).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

/** The strings in JSON that are addresses on this site: site paths and absolute URLs on SITE. */
function jsonUrls(text: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.startsWith(`${SITE}/`) || /^\/(?![/\\])/.test(v)) out.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(text));
  return out;
}

/**
 * The files a built script loads, as written: static and dynamic imports with a plain string, the chunks
 * Vite's preload helper is handed (`_astro/…`, which it prefixes with its own base), and addresses under
 * the base written out (pdf.js's worker).
 */
function scriptReferences(js: string): { relative: string[]; fromBase: string[]; absolute: string[] } {
  const relative = [...js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(["'`])(\.{1,2}\/[^"'`$]+)\1/g)].map((m) => m[2]!);
  const fromBase = [...js.matchAll(/(["'`])(_astro\/[\w.-]+\.m?js)\1/g)].map((m) => m[2]!);
  const absolute = [...js.matchAll(new RegExp(`(["'\`])(${BASE}[\\w./-]*)\\1`, 'g'))].map((m) => m[2]!);
  return { relative, fromBase, absolute };
}

/** Every URL a page asks for or links to, as written. */
function references(html: string): string[] {
  const doc = parse(html);
  const out: string[] = [];
  // Structured data and the settings tools read (the estimator's ABN page, the letter reader's base).
  for (const el of doc.querySelectorAll('script[type="application/ld+json"], script[type="application/json"]'))
    out.push(...jsonUrls(el.text));
  for (const el of doc.querySelectorAll('[href], [src], [srcset]')) {
    for (const name of ['href', 'src']) {
      const v = el.getAttribute(name);
      if (v !== undefined) out.push(v);
    }
    const set = el.getAttribute('srcset');
    if (set) out.push(...set.split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''));
  }
  for (const el of doc.querySelectorAll('meta[content]')) {
    const v = el.getAttribute('content') ?? '';
    if (v.startsWith(SITE)) out.push(v);
  }
  return out;
}

describe(`a build with BASE_PATH=${BASE}`, () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = baseRoot;
    await baseBuild;
    server = await serveDir(root);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('serves every same-site link and asset of every page, and nothing outside the folder', async () => {
    const dir = join(root, BASE);
    const pages = walk(dir).filter((f) => f.endsWith('.html') && !f.startsWith(join(dir, 'pagefind')));
    expect(pages.length).toBeGreaterThan(100);

    // Target → the first page that refers to it, so a failure names where to look.
    const targets = new Map<string, string>();
    const outside: string[] = [];
    const add = (ref: string, pageUrl: URL, from: string) => {
      if (!ref || ref.startsWith('#') || /^(mailto|tel|blob|data):/i.test(ref)) return;
      const url = new URL(ref, pageUrl);
      // Same-site absolute URLs (canonical, Open Graph) are checked on the local server too.
      const local = url.origin === SITE || url.origin === server.url;
      if (!local) return; // other hosts: the links test checks rel and https
      const path = url.pathname;
      if (!path.startsWith(BASE)) outside.push(`${from} → ${ref}`);
      else if (!targets.has(path)) targets.set(path, from);
    };
    for (const file of pages) {
      const from = `/${relative(root, file)}`;
      const pageUrl = new URL(from.replace(/index\.html$/, ''), server.url);
      for (const ref of references(readFileSync(file, 'utf8'))) add(ref, pageUrl, from);
    }
    // Stylesheets can point at files too.
    for (const file of walk(dir).filter((f) => f.endsWith('.css'))) {
      const from = `/${relative(root, file)}`;
      for (const m of readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)/g))
        add(m[1] ?? '', new URL(from, server.url), from);
    }
    // What crawlers and feed readers are given: the sitemaps, robots.txt and the change feed.
    const text = (path: string) => readFileSync(join(root, path), 'utf8');
    const fromFile = (path: string, refs: Iterable<string>) => {
      for (const ref of refs) add(ref, new URL(path, server.url), path);
    };
    const sitemaps = [
      `${BASE}sitemap-index.xml`,
      ...[...text(`${BASE}sitemap-index.xml`).matchAll(/<loc>([^<]+)</g)].map((m) => new URL(m[1]!).pathname),
    ];
    for (const map of sitemaps)
      fromFile(
        map,
        [...text(map).matchAll(/<loc>([^<]+)</g)].map((m) => m[1]!),
      );
    expect(sitemaps.length).toBeGreaterThan(1);
    const robots = [...text(`${BASE}robots.txt`).matchAll(/^Sitemap: (.+)$/gm)].map((m) => m[1]!);
    expect(robots).toEqual([`${SITE}${BASE}sitemap-index.xml`]);
    fromFile(`${BASE}robots.txt`, robots);
    // The change feed in each language.
    for (const path of [`${BASE}changes.xml`, `${BASE}es/changes.xml`]) {
      const feed = text(path);
      fromFile(path, [
        ...[...feed.matchAll(/<link [^>]*href="([^"]+)"/g)].map((m) => m[1]!),
        ...[...feed.matchAll(/<id>([^<]+)</g)].map((m) => m[1]!),
      ]);
    }
    // The modules each script imports, relative to it or to the preload helper's base.
    const scripts = walk(join(dir, '_astro')).filter((f) => /\.m?js$/.test(f));
    const helper = scripts.map((f) => readFileSync(f, 'utf8')).find((js) => js.includes('modulepreload')) ?? '';
    const preloadBase = /return\s*(["'`])([^"'`]*)\1\s*\+\s*[\w$]+\s*\}/.exec(helper)?.[2];
    for (const file of scripts) {
      const from = `/${relative(root, file)}`;
      const refs = scriptReferences(readFileSync(file, 'utf8'));
      fromFile(from, [...refs.relative, ...refs.absolute]);
      if (refs.fromBase.length) {
        expect(preloadBase, `the preload helper's base, for ${from}`).toBeDefined();
        fromFile(
          from,
          refs.fromBase.map((r) => `${preloadBase}${r}`),
        );
      }
    }
    // What the search page's Pagefind client loads at run time (src/scripts/pagefind-client.ts), from the
    // base it is given (data-base) and the index's entry file (each language's metadata and WebAssembly).
    const searchPages = pages.map((f) => parse(readFileSync(f, 'utf8')).querySelector('search-page')).filter(Boolean);
    expect(searchPages.length).toBeGreaterThan(0);
    for (const el of searchPages) {
      const base = el!.getAttribute('data-base') ?? '';
      const pf = `${base}pagefind/`;
      const entry = JSON.parse(text(`${BASE}pagefind/pagefind-entry.json`)) as {
        languages: Record<string, { hash: string; wasm: string }>;
      };
      fromFile(
        `${BASE}search/`,
        [
          ...[
            'pagefind.js',
            'pagefind-worker.js',
            'pagefind-entry.json',
            `words-${el!.getAttribute('data-lang')}.json`,
          ],
          ...Object.values(entry.languages).flatMap((l) => [`pagefind.${l.hash}.pf_meta`, `wasm.${l.wasm}.pagefind`]),
        ].map((f) => `${pf}${f}`),
      );
    }
    expect(outside, 'links that leave the sub-folder').toEqual([]);
    expect(targets.size).toBeGreaterThan(pages.length);
    for (const kind of [
      'sitemap-0.xml',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en-us.pagefind',
      '.pf_meta',
      'pagefind/words-es.json',
      '.mjs',
    ])
      expect(
        [...targets.keys()].some((t) => t.endsWith(kind)),
        `${kind} crawled`,
      ).toBe(true);

    const broken: string[] = [];
    const queue = [...targets];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [path, from] = next;
        const res = await fetch(new URL(path, server.url), { redirect: 'manual' });
        await res.arrayBuffer();
        if (res.status !== 200) broken.push(`${res.status} ${path} (from ${from})`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(broken).toEqual([]);
  });
});
