/**
 * Finds a real Chromium on this machine: CHROMIUM_PATH, then `chromium` (or chromium-browser /
 * google-chrome) on PATH, then Playwright's cache. Used by the build (to draw diagrams that are not in
 * the cache yet) and by browser tests. Browser downloads do not work on our machines, so we never fetch one.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Flags Chromium needs on these machines (root, no GPU, no background network calls). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const explicit = env['CHROMIUM_PATH'];
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH points to ${explicit}, which does not exist`);
    return explicit;
  }
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      const p = join(dir, name);
      if (dir && existsSync(p)) return p;
    }
  }
  const cache = env['PLAYWRIGHT_BROWSERS_PATH'] ?? join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const d of readdirSync(cache)
      .filter((x) => x.startsWith('chromium'))
      .sort()
      .reverse()) {
      for (const rel of [
        'chrome-linux/chrome',
        'chrome-linux64/chrome',
        'chrome-headless-shell-linux64/chrome-headless-shell',
      ]) {
        const p = join(cache, d, rel);
        if (existsSync(p)) return p;
      }
    }
  }
  return undefined;
}
