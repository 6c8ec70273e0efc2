/**
 * `npm run test:lighthouse`: Lighthouse (mobile settings, the system Chromium) on the nine page types, each
 * in English and in Spanish, against the built dist/. Every
 * category must score 100: performance, accessibility, best practices and SEO. A page gets up to three
 * runs and keeps its best score per category, so a busy CPU on a two-core machine does not fail the check
 * by chance; a real regression fails every run. Prints a table
 * with the raw performance score of every run, so a narrowing margin shows before it fails.
 *
 * The runs go one after another, on purpose: two at once on two cores cost the long pages 2 to 3
 * performance points (measured), so the score would measure the machine, not the page.
 *
 * Cheap by construction, without changing what is scored:
 * - one Chromium, started once as Lighthouse's command line would start it (chrome-launcher, the same
 *   flags), serves every run through its port; each run opens a fresh tab and clears cache and storage;
 * - Lighthouse runs in this process through its Node API: no process start and config load per run.
 *   The static server runs in a worker thread, so trace processing here never delays a response there;
 * - audits that weigh nothing in any category and cost a second or more each are skipped: the
 *   back/forward-cache test (it navigates away and back) and the screenshots;
 * - the "quiet" waits are 500 ms instead of 1 s: dist/ is static files on localhost.
 */
import { Worker } from 'node:worker_threads';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/browser/chromium.ts';

/**
 * Question pages of a flow are steps, noindex on purpose, so Lighthouse's
 * "page is blocked from indexing" audit is skipped for them and only them.
 */
const NOINDEX = new Set(['/check/will-insurance-pay/treatment/prp/', '/es/check/will-insurance-pay/treatment/prp/']);
/** One page of each type, in English. */
const ENGLISH: [string, string][] = [
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
/**
 * Each type's Spanish twin (issue #17: Lighthouse on Spanish pages of every template). The Spanish glossary and about
 * page, here while they were the only Spanish pages, left on December 1, 2026: neither is one of the nine types in
 * English either, axe checks both at both widths, and their two runs (12 s) held back the browser tests, which
 * start when Lighthouse ends.
 */
const PAGES: [string, string][] = [
  ...ENGLISH,
  ...ENGLISH.map(([name, path]): [string, string] => [`es ${name}`, `/es${path}`]),
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 3;
/** Weight 0 in every category, and a second or more each. */
const SKIPPED = ['bf-cache', 'screenshot-thumbnails', 'final-screenshot'];
const CONFIG = {
  extends: 'lighthouse:default',
  settings: {
    disableFullPageScreenshot: true,
    pauseAfterFcpMs: 500,
    pauseAfterLoadMs: 500,
    networkQuietThresholdMs: 500,
    cpuQuietThresholdMs: 500,
  },
};

/** Serves dist/ (test/support/server.ts) from a worker thread and says where. */
async function serveInWorker(dir: string): Promise<{ url: string; close(): Promise<number> }> {
  const worker = new Worker(
    `import { parentPort, workerData } from 'node:worker_threads';
     const { serveDir } = await import(workerData.module);
     const server = await serveDir(workerData.dir);
     parentPort.postMessage(server.url);`,
    { eval: true, workerData: { dir, module: new URL('../test/support/server.ts', import.meta.url).href } },
  );
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return { url, close: () => worker.terminate() };
}

const chrome = findChromium();
if (!chrome) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
const server = await serveInWorker(`${process.cwd()}/dist`);
const browser = await chromeLauncher.launch({
  chromePath: chrome,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  logLevel: 'silent',
});
const rows: string[] = [];
const failures: string[] = [];
try {
  for (const [name, path] of PAGES) {
    const best: Record<string, number> = {};
    const raw: string[] = [];
    let missed: string[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await lighthouse(
        `${server.url}${path}`,
        {
          port: browser.port,
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          skipAudits: [...SKIPPED, ...(NOINDEX.has(path) ? ['is-crawlable'] : [])],
        },
        CONFIG,
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
      raw.push((lhr.categories['performance']?.score ?? 0).toFixed(3));
      for (const c of CATEGORIES) best[c] = Math.max(best[c] ?? 0, Math.round((lhr.categories[c]?.score ?? 0) * 100));
      missed = Object.entries(lhr.audits)
        .filter(
          ([, a]) =>
            a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
        )
        .map(([id]) => id);
      if (CATEGORIES.every((c) => best[c] === 100)) break;
    }
    const scores = CATEGORIES.map((c) => String(best[c]).padStart(4)).join(' ');
    rows.push(`${name.padEnd(14)} ${scores}  ${raw.join(' ').padEnd(18)} ${path}`);
    for (const c of CATEGORIES)
      if (best[c] !== 100) failures.push(`${path}: ${c} ${best[c]} (audits below 1: ${missed.join(', ')})`);
  }
} finally {
  browser.kill();
  await server.close();
}
console.log(`page type      perf a11y best  seo  raw perf runs     path\n${rows.join('\n')}`);
if (failures.length) {
  console.error(`\nLighthouse below 100:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nLighthouse: every page type scores 100 in all four categories.');
