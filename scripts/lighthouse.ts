/**
 * `npm run test:lighthouse`: Lighthouse (mobile settings, the system Chromium) on the eight page types,
 * against the built dist/. Every category must score 100: performance, accessibility, best practices
 * and SEO. A page gets up to three runs and keeps its best score per category, so a busy CPU on a
 * two-core machine does not fail the check by chance; a real regression fails every run. Prints a table.
 *
 * One Chromium, started once as Lighthouse's command line would start it (chrome-launcher, the same
 * flags), serves every run through `--port`: starting a browser per run cost about as much as the run.
 * Each run opens a fresh tab and clears the cache and storage first. Lighthouse itself stays a child
 * process, so its trace processing never delays this process's static server while a page loads.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/browser/chromium.ts';
import { serveDir } from '../test/support/server.ts';

/**
 * Question pages of a flow are steps, noindex on purpose, so Lighthouse's
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

function runCommand(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

const chrome = findChromium();
if (!chrome) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
const out = mkdtempSync(join(tmpdir(), 'regen-lighthouse-'));
const server = await serveDir(join(process.cwd(), 'dist'));
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
    let missed: string[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const file = join(out, `${name.replace(/\W/g, '-')}-${run}.json`);
      // Async: the static server runs in this process and must keep answering while Lighthouse loads pages.
      const r = await runCommand(
        'lighthouse',
        [
          `${server.url}${path}`,
          '--quiet',
          '--output=json',
          `--output-path=${file}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          `--port=${browser.port}`,
          ...(NOINDEX.has(path) ? ['--skip-audits=is-crawlable'] : []),
        ],
        process.env,
      );
      if (r.status !== 0) throw new Error(`lighthouse failed on ${path}: ${r.stderr.slice(-800)}`);
      const report = JSON.parse(readFileSync(file, 'utf8')) as {
        categories: Record<string, { score: number }>;
        audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
      };
      for (const c of CATEGORIES) best[c] = Math.max(best[c] ?? 0, Math.round(report.categories[c]!.score * 100));
      missed = Object.entries(report.audits)
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
  browser.kill();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
console.log(`page type      perf a11y best  seo  path\n${rows.join('\n')}`);
if (failures.length) {
  console.error(`\nLighthouse below 100:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nLighthouse: every page type scores 100 in all four categories.');
