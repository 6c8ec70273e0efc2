import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserTestsEnabled, findChromium } from '../support/browser.ts';

const empty = () => mkdtempSync(join(tmpdir(), 'no-browser-'));

describe('finding a Chromium for browser tests', () => {
  it('uses CHROMIUM_PATH first and says so when it is wrong', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(
      /CHROMIUM_PATH points to \/nowhere\/chromium/,
    );
  });
  it('finds chromium on PATH', () => {
    const dir = empty();
    writeFileSync(join(dir, 'chromium'), '#!/bin/sh\n');
    chmodSync(join(dir, 'chromium'), 0o755);
    expect(findChromium({ PATH: dir, PLAYWRIGHT_BROWSERS_PATH: empty() })).toBe(join(dir, 'chromium'));
  });
  it('skips locally without a browser but fails loudly under CI=true', () => {
    const env = { PATH: empty(), PLAYWRIGHT_BROWSERS_PATH: empty() };
    expect(browserTestsEnabled(env)).toBe(false);
    expect(() => browserTestsEnabled({ ...env, CI: 'true' })).toThrow(/CI=true but no Chromium was found/);
  });
});
