/**
 * Finds and launches a real Chromium for browser tests: CHROMIUM_PATH, then `chromium` (or
 * chromium-browser / google-chrome) on PATH, then Playwright's cache. With CI=true and no browser the
 * caller fails loudly: browser tests never skip in CI.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/browser/chromium.ts';

export { CHROMIUM_ARGS, findChromium };

/**
 * Whether browser tests run: with a browser, yes; without one, they are skipped locally but the run
 * fails under CI=true, so CI can never pass by skipping them.
 */
export function browserTestsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (findChromium(env)) return true;
  if (env['CI'] === 'true') {
    throw new Error(
      'CI=true but no Chromium was found (CHROMIUM_PATH, chromium on PATH, or the Playwright cache). Browser tests must not be skipped in CI.',
    );
  }
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found: set CHROMIUM_PATH, install Debian\'s "chromium" package, or add a Playwright browser cache.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
