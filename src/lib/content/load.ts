/**
 * The one way content is read: every consumer (the build's content check, the Astro collections, the
 * pages through src/data.ts, the sitemap filter, scripts and tests) gets the same checked, sorted catalog.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { byOrderThenTitle } from '../format/sort.ts';
import { ContentError, checkContent, type CheckResult } from './check.ts';
import { contentDir } from './paths.ts';
import { readContent } from './read.ts';

/** Reads and checks `dir`; throws a ContentError listing every problem if anything is wrong. */
export function loadContent(dir: string, root = process.cwd(), today?: string): CheckResult {
  const result = checkContent(readContent(dir, root), today);
  if (result.problems.length > 0) throw new ContentError(result.problems);
  const { catalog } = result;
  // One order everywhere: pages by `order` then title, flows by `order` then id.
  catalog.therapies.sort(byOrderThenTitle);
  catalog.payers.sort(byOrderThenTitle);
  catalog.guides.sort(byOrderThenTitle);
  catalog.flows.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return result;
}

/** Size and modification time of every file under `dir`: a cheap fingerprint of the folder. */
function stamp(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else parts.push(`${p}:${s.size}:${s.mtimeMs}`);
    }
  };
  walk(dir);
  return parts.join('\n');
}

interface Memo {
  stamp: string;
  result: CheckResult;
}
// Astro loads the config, the content collections and the pages in separate module graphs, so the
// memo lives on globalThis: one read per process, redone only when a file in the folder changes (dev).
const MEMO_KEY = Symbol.for('regen-coverage-guide.catalog');
const memo = ((globalThis as Record<symbol, unknown>)[MEMO_KEY] ??= new Map<string, Memo>()) as Map<string, Memo>;

/** The checked catalog of the site's content folder (CONTENT_DIR or content/), read once and memoised. */
export function siteCatalog(dir = contentDir()): CheckResult {
  const abs = resolve(dir);
  const hit = memo.get(abs);
  // A production build reads the folder once: its files cannot change mid-build, and pages ask for the
  // catalog thousands of times (every link and citation), so the folder is not walked again for each.
  if (hit && process.env['NODE_ENV'] === 'production') return hit.result;
  const now = stamp(abs);
  if (hit && hit.stamp === now) return hit.result;
  const result = loadContent(dir);
  memo.set(abs, { stamp: now, result });
  return result;
}
