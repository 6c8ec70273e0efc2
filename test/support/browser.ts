/**
 * Finds and launches a real Chromium for browser tests: CHROMIUM_PATH, then `chromium` (or
 * chromium-browser / google-chrome) on PATH, then Playwright's cache. With CI=true and no browser the
 * caller fails loudly: browser tests never skip in CI.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

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
    for (const d of readdirSync(cache).filter((x) => x.startsWith('chromium')).sort().reverse()) {
      for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell']) {
        const p = join(cache, d, rel);
        if (existsSync(p)) return p;
      }
    }
  }
  return undefined;
}

/**
 * Whether browser tests run: with a browser, yes; without one, they are skipped locally but the run
 * fails under CI=true, so CI can never pass by skipping them.
 */
export function browserTestsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (findChromium(env)) return true;
  if (env['CI'] === 'true') {
    throw new Error('CI=true but no Chromium was found (CHROMIUM_PATH, chromium on PATH, or the Playwright cache). Browser tests must not be skipped in CI.');
  }
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: set CHROMIUM_PATH, install Debian\'s "chromium" package, or add a Playwright browser cache.');
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
