/**
 * Two builds of the same commit produce byte-identical output: builds again into a temporary folder
 * and compares every file with dist/ (which `npm test` has just built). Nothing is excluded. The second
 * build has no browser (CHROMIUM_PATH names a missing file, so drawing any diagram would fail): it proves
 * the committed diagram cache is enough to build, as on a fresh clone of a machine without Chromium.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DIST } from '../support/dist.ts';
import { ROOT } from '../support/fixtures.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
/** Every file under `dir`, as sorted relative paths. */
const files = (dir: string): string[] =>
  walk(dir)
    .map((f) => relative(dir, f))
    .sort();

describe('determinism', () => {
  it('a second build, without a browser, is byte-identical to dist/', { timeout: 180_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'regen-build-'));
    try {
      // Build as `npm run build` does: without the NODE_ENV=test that Vitest sets for its own process.
      const env = { ...process.env };
      delete env['NODE_ENV'];
      delete env['VITEST'];
      env['CHROMIUM_PATH'] = join(out, 'no-chromium-here');
      const run = spawnSync('npx', ['astro', 'build', '--outDir', out], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        timeout: 170_000,
      });
      expect(run.status, run.stderr).toBe(0);
      const a = files(DIST);
      expect(files(out)).toEqual(a);
      const differ = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(out, f))));
      expect(differ).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
