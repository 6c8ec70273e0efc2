/**
 * Two builds of the same commit produce byte-identical output: builds again into a temporary folder
 * and compares every file with dist/ (which `npm test` has just built). Nothing is excluded.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DIST } from '../support/dist.ts';
import { ROOT } from '../support/fixtures.ts';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)])).map((f) => relative(dir, f)).sort();

describe('determinism', () => {
  it('a second build is byte-identical to dist/', { timeout: 180_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'regen-build-'));
    try {
      const run = spawnSync('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
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
