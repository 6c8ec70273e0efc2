/**
 * Screenshots for a person to review: every template in test/support/templates.ts at phone (390 × 844)
 * and desktop (1280 × 800) width, the first screen and the whole page, written as PNGs into a folder
 * (default `shots/`, which git ignores). Not a test: nothing passes or fails. It also prints each page's
 * height, the number of screens a reader scrolls through.
 *
 *   npm run build && npm run shots                 # every template
 *   npm run shots -- --out /tmp/before therapy     # only templates whose name or path contains "therapy"
 *
 * Take a set before a visual change and one after, and look at them side by side.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DIST } from '../test/support/dist.ts';
import { launchChromium } from '../test/support/browser.ts';
import { serveDir } from '../test/support/server.ts';
import { TEMPLATES } from '../test/support/templates.ts';

const VIEWS = [
  { label: 'phone', width: 390, height: 844 },
  { label: 'desktop', width: 1280, height: 800 },
] as const;
/** Chromium cannot capture taller than this in one image; longer pages are cut, and the log says so. */
const MAX_CAPTURE = 16_000;

const { values, positionals } = parseArgs({
  options: { out: { type: 'string', default: 'shots' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
if (values.help) {
  console.log('usage: npm run shots -- [--out DIR] [filter…]   (run npm run build first)');
  process.exit(0);
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}
const filters = positionals.map((f) => f.toLowerCase());
const chosen = TEMPLATES.filter(
  (t) => filters.length === 0 || filters.some((f) => t.name.toLowerCase().includes(f) || t.path.includes(f)),
);
if (chosen.length === 0) {
  console.error(`No template matches ${filters.join(', ')}. Templates: ${TEMPLATES.map((t) => t.name).join('; ')}`);
  process.exit(1);
}

const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const server = await serveDir(DIST);
const browser = await launchChromium();
const fileName = (name: string) =>
  name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
try {
  for (const view of VIEWS) {
    const ctx = await browser.newContext({ viewport: { width: view.width, height: view.height } });
    for (const t of chosen) {
      const page = await ctx.newPage();
      await page.goto(server.url + t.path, { waitUntil: 'load' });
      await t.prepare?.(page, { js: true });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const base = join(out, `${fileName(t.name)}.${view.label}`);
      await page.screenshot({ path: `${base}.first.png` });
      await page.screenshot({
        path: `${base}.page.png`,
        clip: { x: 0, y: 0, width: view.width, height: Math.min(height, MAX_CAPTURE) },
        fullPage: true,
      });
      const screens = (height / view.height).toFixed(1);
      const cut = height > MAX_CAPTURE ? ` (image cut at ${MAX_CAPTURE} px)` : '';
      console.log(
        `${view.label.padEnd(7)} ${t.path.padEnd(64)} ${String(height).padStart(6)} px, ${screens} screens${cut}`,
      );
      await page.close();
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Wrote ${chosen.length * VIEWS.length * 2} images to ${out}`);
