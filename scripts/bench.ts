// npm run bench: what the site costs to build (time, peak memory, split into Astro and Pagefind), what
// key pages ship, what a search transfers, and how build cost grows with pages.
// A benchmark, not a test: it never fails on a budget (the site tests do that) and is not in `npm test`.
// Prints tables and writes scripts/bench-results.json. Every build goes to a temp folder, never dist/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageWeight, type PageWeight } from './lib/weight.ts';
import { generateStressContent } from '../test/fixtures/stress/generate.ts';
import { launchChromium } from '../test/support/browser.ts';
import { pagefindInNode } from '../test/support/pagefind-node.ts';
import { serveDir } from '../test/support/server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MiB = (kib: number) => Math.round(kib / 1024);
const KB = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const htmlPages = (dist: string) =>
  walk(dist).filter((f) => f.endsWith('.html') && !f.startsWith(join(dist, 'pagefind')));

function table(head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(width[i] ?? 0) : c.padStart(width[i] ?? 0))).join('  ');
  console.log([line(head), width.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n');
}

// --- 1. One measured build ---------------------------------------------------------------------------
// Memory: the Astro process reports its own kernel peak RSS (exact; scripts/bench-child.ts). Pagefind's
// indexer is a native grandchild, so this process samples /proc every 100 ms: VmHWM is the kernel's
// high-water mark per process, so sampling misses at most the last 100 ms of a process's life. The
// "together" figure is the largest sampled sum of VmRSS over the whole process tree at one moment.
// Time: wall clock from spawn to exit; Pagefind's share is the integration's own "indexed N pages in X ms"
// line; Astro's share is the rest (Node start-up, content sync, Vite, rendering, sitemap).
interface ProcInfo {
  ppid: number;
  name: string;
  hwmKiB: number;
  rssKiB: number;
}
function procTable(): Map<number, ProcInfo> {
  const procs = new Map<number, ProcInfo>();
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const field = (k: string) => new RegExp(`^${k}:\\s*(.+)$`, 'm').exec(status)?.[1] ?? '';
      procs.set(Number(pid), {
        ppid: Number(field('PPid')),
        name: field('Name'),
        hwmKiB: parseInt(field('VmHWM')) || 0,
        rssKiB: parseInt(field('VmRSS')) || 0,
      });
    } catch {
      /* the process ended while we looked */
    }
  }
  return procs;
}

interface BuildRun {
  wallMs: number;
  astroMs: number;
  pagefindMs: number;
  pages: number;
  coveragePages: number;
  astroPeakMiB: number;
  pagefindPeakMiB: number | null;
  togetherPeakMiB: number | null;
  largest: { path: string; bytes: number };
}

async function measureBuild(outDir: string, contentDir?: string): Promise<BuildRun> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
  };
  delete env['NODE_ENV']; // a test runner's NODE_ENV/VITEST would change what Astro builds
  delete env['VITEST'];
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/bench-child.ts', outDir], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const hwm = new Map<number, { name: string; kib: number }>();
  let together = 0;
  const sample = () => {
    if (!existsSync('/proc')) return;
    const procs = procTable();
    const tree = new Set([child.pid ?? -1]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, p] of procs)
        if (!tree.has(pid) && tree.has(p.ppid)) {
          tree.add(pid);
          grew = true;
        }
    }
    let sum = 0;
    for (const pid of tree) {
      const p = procs.get(pid);
      if (!p) continue;
      sum += p.rssKiB;
      if (p.hwmKiB > (hwm.get(pid)?.kib ?? 0)) hwm.set(pid, { name: p.name, kib: p.hwmKiB });
    }
    together = Math.max(together, sum);
  };
  const timer = setInterval(sample, 100);
  // Listen for 'close' before awaiting 'exit': it can fire right after, and a late listener would wait forever.
  const closed = new Promise((ok) => child.on('close', ok));
  const wallMs = await new Promise<number>((ok) => child.on('exit', () => ok(performance.now() - started)));
  clearInterval(timer);
  await closed;
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const result = /BENCH-CHILD (\{.*\})/.exec(plain);
  const indexed = /indexed (\d+) pages(?: \([\d +]+ words for spelling\))? in (\d+) ms/.exec(plain);
  if (child.exitCode !== 0 || !result || !indexed)
    throw new Error(`build failed (exit ${child.exitCode}):\n${plain.slice(-3000)}`);
  const { maxRssKiB } = JSON.parse(result[1] ?? '{}') as { maxRssKiB: number };
  const pagefindMs = Number(indexed[2]);
  const pagefindKiB = [...hwm.values()]
    .filter((p) => p.name.startsWith('pagefind'))
    .reduce((m, p) => Math.max(m, p.kib), 0);
  const pages = htmlPages(outDir);
  // The largest page shows whether some page grows with therapies × payers rather than staying put.
  const largest = pages
    .map((f) => ({ path: f.slice(outDir.length).replace(/index\.html$/, ''), bytes: statSync(f).size }))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    wallMs,
    astroMs: wallMs - pagefindMs,
    pagefindMs,
    pages: pages.length,
    coveragePages: pages.filter((f) => /\/coverage\/[^/]+\/[^/]+\/index\.html$/.test(f)).length,
    astroPeakMiB: MiB(maxRssKiB),
    pagefindPeakMiB: pagefindKiB ? MiB(pagefindKiB) : null,
    togetherPeakMiB: together ? MiB(together) : null,
    largest,
  };
}

// --- 3. What pages ship, and how many requests they make on load -------------------------------------
const PAGES: [string, string][] = [
  ['home', '/'],
  ['therapy', '/therapies/prp/'],
  ['payer', '/payers/medicare/'],
  ['coverage', '/coverage/prp/medicare/'],
  ['guide', '/guides/appeal-a-denial/'],
  ['estimator', '/estimate/'],
  ['appeal letter', '/appeal/letter/'],
];

/** The decision-flow pages, once they exist: a question step and a flow map. */
function checkPages(dist: string): { pages: [string, string][]; notes: string[] } {
  const dir = join(dist, 'check');
  const found = existsSync(dir)
    ? htmlPages(dir)
        .map((f) => f.slice(dist.length).replace(/index\.html$/, ''))
        .sort()
    : [];
  const map = found.find((p) => p.endsWith('/map/'));
  const step = found.find((p) => !p.endsWith('/map/') && p.split('/').length >= 4);
  const pages: [string, string][] = [];
  const notes: string[] = [];
  if (step) pages.push(['check step', step]);
  else notes.push('check step: skipped, the build has no /check/<flow>/<step>/ page');
  if (map) pages.push(['check map', map]);
  else notes.push('check map: skipped, the build has no /check/<flow>/map/ page');
  return { pages, notes };
}

async function requestsOnLoad(dist: string, paths: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const server = await serveDir(dist);
  const browser = await launchChromium();
  try {
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let n = 0;
      page.on('request', () => n++);
      // "networkidle": no request for 500 ms, so late module imports are counted too.
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      counts.set(path, n);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return counts;
}

// --- 4. Search: bytes a query transfers after init -----------------------------------------------
// pagefindInNode replaces fetch with a file reader; wrapping that reader counts what Pagefind asks for.
// Bytes on disk are bytes on the wire: Pagefind's chunks are already compressed. Pagefind loads its wasm
// and metadata lazily, on the first search, so those are shown apart from the per-query index chunks.
const searchFile = (url: string) =>
  /\.pf_fragment$/.test(url)
    ? 'fragments'
    : /\.pf_index$/.test(url)
      ? 'index'
      : /\.pf_filter$/.test(url)
        ? 'filters'
        : 'once';
async function searchCost(dist: string, queries: string[]) {
  const pf = await pagefindInNode(dist);
  const reader = globalThis.fetch;
  let seen: { kind: string; bytes: number }[] = [];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const res = await reader(input, init);
    const body = await res.arrayBuffer();
    seen.push({ kind: searchFile(String(input instanceof Request ? input.url : input)), bytes: body.byteLength });
    return new Response(body, { status: res.status });
  }) as typeof fetch;
  const out = [];
  try {
    for (const query of queries) {
      seen = [];
      const hits = await pf.search(query);
      const of = (kind?: string) => seen.filter((x) => !kind || x.kind === kind);
      const bytes = (kind?: string) => of(kind).reduce((n, x) => n + x.bytes, 0);
      out.push({
        query,
        top: hits[0]?.url ?? '',
        requests: seen.length,
        bytes: bytes(),
        onceBytes: bytes('once'),
        indexBytes: bytes('index'),
        indexChunks: of('index').length,
        filterBytes: bytes('filters'),
        fragmentBytes: bytes('fragments'),
        fragments: of('fragments').length,
      });
    }
  } finally {
    pf.restore();
  }
  return out;
}

// --- The run ----------------------------------------------------------------------------------
const temps: string[] = [];
const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `regen-bench-${name}-`));
  temps.push(d);
  return d;
};
// Ctrl-C skips `finally`; remove the temp folders (and the stress caches in node_modules/) then too.
process.once('SIGINT', () => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
  process.exit(130);
});
const results: Record<string, unknown> = {
  timestamp: new Date().toISOString(),
  node: process.version,
  cpus: availableParallelism(),
};
try {
  console.log(`npm run bench: Node ${process.version}, ${availableParallelism()} CPUs. Builds go to temp folders.\n`);
  const dist = temp('site');
  console.log('Building the real site…');
  const real = await measureBuild(dist);
  results['build'] = real;
  console.log(`\n1-2. Real site build (astro.config.mjs as is, the project's own Astro cache)\n`);
  table(
    ['phase', 'wall s', 'peak RSS MiB'],
    [
      ['astro build (all but Pagefind)', s(real.astroMs), real.astroPeakMiB],
      ['Pagefind indexing', s(real.pagefindMs), real.pagefindPeakMiB ?? 'n/a'],
      ['whole build', s(real.wallMs), real.togetherPeakMiB ?? 'n/a'],
    ],
  );
  console.log(`pages: ${real.pages} HTML files (without dist/pagefind), ${real.coveragePages} coverage pages\n`);

  const { pages: checks, notes } = checkPages(dist);
  const pages = [...PAGES, ...checks];
  const read = (p: string) => readFileSync(join(dist, p.endsWith('/') ? `${p}index.html` : p));
  const weights = new Map<string, PageWeight>(pages.map(([, p]) => [p, pageWeight(p, read)]));
  let requests = new Map<string, number>();
  try {
    requests = await requestsOnLoad(
      dist,
      pages.map(([, p]) => p),
    );
  } catch (e) {
    notes.push(`requests on load: not counted (${(e as Error).message.split('\n')[0]})`);
  }
  results['pages'] = pages.map(([kind, path]) => ({
    kind,
    path,
    ...weights.get(path),
    requests: requests.get(path) ?? null,
  }));
  console.log('3. What a page ships on arrival (KB; raw / gzip) and requests until network idle in Chromium\n');
  table(
    ['page', 'path', 'HTML', 'CSS', 'JS', 'total gzip', 'requests'],
    pages.map(([kind, path]) => {
      const w = weights.get(path) as PageWeight;
      return [
        kind,
        path,
        `${KB(w.html.raw)} / ${KB(w.html.gzip)}`,
        `${KB(w.css.raw)} / ${KB(w.css.gzip)}`,
        `${KB(w.js.raw)} / ${KB(w.js.gzip)}`,
        KB(w.html.gzip + w.css.gzip + w.js.gzip),
        requests.get(path) ?? 'n/a',
      ];
    }),
  );
  for (const n of notes) console.log(`note: ${n}`);
  results['notes'] = notes;

  const pf = walk(join(dist, 'pagefind'));
  const index = { files: pf.length, bytes: pf.reduce((n, f) => n + statSync(f).size, 0) };
  const queries = await searchCost(dist, ['prp medicare', 'hyaluronic acid knee']);
  results['search'] = { index, queries };
  console.log(
    `\n4. Pagefind index on disk: ${KB(index.bytes)} KB in ${index.files} files. Bytes a query reads after ` +
      'init, in query order (the helper loads the top 10 result fragments)\n',
  );
  table(
    [
      'query',
      'requests',
      'total KB',
      'wasm+meta KB (first search only)',
      'index chunks KB (n)',
      'filters KB',
      'fragments KB (n)',
      'top hit',
    ],
    queries.map((q) => [
      q.query,
      q.requests,
      KB(q.bytes),
      KB(q.onceBytes),
      `${KB(q.indexBytes)} (${q.indexChunks})`,
      KB(q.filterBytes),
      `${KB(q.fragmentBytes)} (${q.fragments})`,
      q.top,
    ]),
  );

  // --- 5. Stress: the same site with generated therapies × payers (test/fixtures/stress/generate.ts).
  // The 0 × 0 row is a copy of the real content built the same way, so all three rows start from an
  // empty Astro cache (astro.config.mjs gives each CONTENT_DIR its own cacheDir) and compare fairly.
  const stress: (BuildRun & { therapies: number; payers: number })[] = [];
  for (const [t, p] of [
    [0, 0],
    [50, 20],
    [100, 50],
  ] as const) {
    const content = generateStressContent(t, p);
    temps.push(content.dir, join(ROOT, 'node_modules', `.astro-fixture-${content.dir.replace(/[^a-z0-9]+/gi, '-')}`));
    const check = spawnSync(process.execPath, ['scripts/check-content.ts', content.dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (!/check-content: ok/.test(check.stdout))
      throw new Error(`generated content fails the check:\n${check.stdout}${check.stderr}`);
    console.log(`Building stress variant ${t} × ${p}…`);
    const outDir = temp(`stress-${t}x${p}`);
    const run = await measureBuild(outDir, content.dir);
    stress.push({ therapies: t, payers: p, ...run });
    for (const d of temps.splice(-3)) rmSync(d, { recursive: true, force: true }); // content, cache, output
  }
  results['stress'] = stress;
  console.log('\n5. Growth with pages (empty cache each; "per extra page" = the step from the row above)\n');
  table(
    [
      'variant',
      'pages',
      'coverage',
      'astro s',
      'pagefind s',
      'wall s',
      'ms/page',
      'ms/extra page',
      'astro MiB',
      'pagefind MiB',
      'together MiB',
      'largest page (raw KB)',
    ],
    stress.map((r, i) => {
      const prev = stress[i - 1];
      return [
        i ? `+${r.therapies} therapies × ${r.payers} payers` : 'real content (copy)',
        r.pages,
        r.coveragePages,
        s(r.astroMs),
        s(r.pagefindMs),
        s(r.wallMs),
        (r.wallMs / r.pages).toFixed(1),
        prev ? ((r.wallMs - prev.wallMs) / (r.pages - prev.pages)).toFixed(1) : '',
        r.astroPeakMiB,
        r.pagefindPeakMiB ?? 'n/a',
        r.togetherPeakMiB ?? 'n/a',
        `${r.largest.path} ${KB(r.largest.bytes)}`,
      ];
    }),
  );
  results['method'] = {
    time:
      'wall clock from spawning the build to its exit; ' +
      'Pagefind = the integration\'s "indexed N pages in X ms" log line; astro = wall minus Pagefind',
    memory:
      "astro = process.resourceUsage().maxRSS of the build process (exact); pagefind = VmHWM of the pagefind process sampled from /proc every 100 ms; together = largest sampled sum of VmRSS over the build's process tree",
    build:
      'scripts/bench-child.ts calls astro build() with the project config and --outDir in a temp folder; NODE_ENV and VITEST removed; ASTRO_TELEMETRY_DISABLED=1',
  };
  writeFileSync(join(ROOT, 'scripts/bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    'Method: time = wall clock per build; Pagefind share from its log line. Memory: Astro process peak RSS from the',
  );
  console.log(
    'kernel (exact), Pagefind process VmHWM sampled every 100 ms, "together" = largest sampled sum over the process tree.',
  );
  console.log('Wrote scripts/bench-results.json');
} finally {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
}
