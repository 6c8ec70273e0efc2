/**
 * A content folder read (and checked) once per worker rather than once per test: reading the real content
 * takes about 0.3 s and checking it 0.15 s, and some files did each a dozen times. The key is every file
 * name and byte in the folder, so a folder changed on disk (an overlay a test writes into, an edit
 * mid-run) is read again; and each call gets a copy of its own, so a test may change what it gets.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CheckResult } from '../../src/lib/content/check.ts';
import { checkToday } from '../../src/lib/content/dates.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { readContent, type RawContent } from '../../src/lib/content/read.ts';

/** A hash of every path and byte under `dir`. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      hash.update(`${p}\0`);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** The last result for each call, by folder, root and date: one folder's old versions are not kept. */
const memo = new Map<string, { fingerprint: string; value: unknown }>();

function once<T>(key: string, dir: string, make: () => T): T {
  const now = fingerprint(dir);
  let hit = memo.get(key);
  if (hit?.fingerprint !== now) memo.set(key, (hit = { fingerprint: now, value: make() }));
  return structuredClone(hit.value as T);
}

/** `readContent(dir, root)`, parsed once while the folder stays the same. */
export const readContentOnce = (dir: string, root = process.cwd()): RawContent =>
  once(`read\0${resolve(dir)}\0${resolve(root)}`, dir, () => readContent(dir, root));

/** `loadContent(dir, root, today)`, read and checked once while the folder stays the same; throws as it does. */
export const loadContentOnce = (dir: string, root = process.cwd(), today = checkToday()): CheckResult =>
  once(`load\0${resolve(dir)}\0${resolve(root)}\0${today}`, dir, () => loadContent(dir, root, today));
