/**
 * `npm run test:lighthouse`: Lighthouse (mobile settings, the system Chromium) on nine page types,
 * against the built dist/. Every category must score 100: performance, accessibility, best practices
 * and SEO. Each page gets one run; only a page that scored below 100 is run again, up to three runs in
 * all, keeping its best score per category, so a busy CPU on a two-core machine does not fail the check
 * by chance while a real regression fails every run. One Chromium serves every run (Lighthouse opens a
 * fresh tab and clears storage for each), which saves a browser start and a Lighthouse start per page.
 * Prints a table.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/browser/chromium.ts';
import { Worker } from 'node:worker_threads';

/**
 * Question pages of a flow are steps, noindex on purpose (DESIGN.md section 5), so Lighthouse's
 * "page is blocked from indexing" audit is skipped for them and only them.
 */
const NOINDEX = new Set(['/check/will-insurance-pay/treatment/prp/']);
const PAGES: [string, string][] = [
  ['home', '/'],
  ['therapy', '/therapies/prp/'],
  ['payer', '/payers/medicare/'],
  ['coverage', '/coverage/prp/medicare/'],
  ['guide', '/guides/appeal-a-denial/'],
  ['check step', '/check/will-insurance-pay/treatment/prp/'],
  ['check outcome', '/check/will-insurance-pay/treatment/prp/prp-use/joints/plan/original-medicare/'],
  ['check map', '/check/will-insurance-pay/map/'],
  ['estimator', '/estimate/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 3;

/** Starts Chromium with a DevTools port for Lighthouse; resolves with the port and a way to stop it. */
function startChromium(path: string, profile: string): Promise<{ port: number; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path,
      ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, 'about:blank'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Chromium did not open a DevTools port in 30 s: ${err.slice(-800)}`));
    }, 30_000);
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ port: Number(m[1]), stop: () => child.kill('SIGKILL') });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port: ${err.slice(-800)}`));
    });
  });
}

/**
 * Serves dist/ from a worker thread: Lighthouse works in this thread (reading traces, computing audits),
 * and a busy thread would answer slowly and cost the page points it does not deserve.
 */
async function serveInWorker(dir: string): Promise<{ url: string; close: () => Promise<number> }> {
  const server = new URL('../test/support/server.ts', import.meta.url).href;
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     import(workerData.server).then(async ({ serveDir }) => {
       const s = await serveDir(workerData.dir);
       parentPort.postMessage(s.url);
     });`,
    { eval: true, workerData: { server, dir } },
  );
  const url = await new Promise<string>((ok, fail) => {
    worker.once('message', ok);
    worker.once('error', fail);
  });
  return { url, close: () => worker.terminate() };
}

const chrome = findChromium();
if (!chrome) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
const profile = mkdtempSync(join(tmpdir(), 'regen-lighthouse-'));
const server = await serveInWorker(join(process.cwd(), 'dist'));
const browser = await startChromium(chrome, profile);
const rows: string[] = [];
const failures: string[] = [];
let runs = 0;
try {
  for (const [name, path] of PAGES) {
    const best: Record<string, number> = {};
    let missed: string[] = [];
    for (let run = 1; run <= RUNS; run++) {
      runs += 1;
      const result = await lighthouse(`${server.url}${path}`, {
        port: browser.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...CATEGORIES],
        ...(NOINDEX.has(path) ? { skipAudits: ['is-crawlable'] } : {}),
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError)
        throw new Error(`lighthouse failed on ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`);
      for (const c of CATEGORIES) best[c] = Math.max(best[c] ?? 0, Math.round((lhr.categories[c]?.score ?? 0) * 100));
      missed = Object.entries(lhr.audits)
        .filter(
          ([, a]) =>
            a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
        )
        .map(([id]) => id);
      if (CATEGORIES.every((c) => best[c] === 100)) break;
    }
    rows.push(`${name.padEnd(14)} ${CATEGORIES.map((c) => String(best[c]).padStart(4)).join(' ')}  ${path}`);
    for (const c of CATEGORIES)
      if (best[c] !== 100) failures.push(`${path}: ${c} ${best[c]} (audits below 1: ${missed.join(', ')})`);
  }
} finally {
  browser.stop();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`page type      perf a11y best  seo  path\n${rows.join('\n')}`);
console.log(`(${runs} Lighthouse runs for ${PAGES.length} pages)`);
if (failures.length) {
  console.error(`\nLighthouse below 100:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nLighthouse: every page type scores 100 in all four categories.');
