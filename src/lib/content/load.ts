/** Reads and checks a content folder in one call: what the build, scripts and tests all use. */
import { ContentError, checkContent, type CheckResult } from './check.ts';
import { readContent } from './read.ts';

/** Reads and checks `dir`; throws a ContentError listing every problem if anything is wrong. */
export function loadContent(dir: string, root = process.cwd(), today?: string): CheckResult {
  const result = checkContent(readContent(dir, root), today);
  if (result.problems.length > 0) throw new ContentError(result.problems);
  return result;
}
