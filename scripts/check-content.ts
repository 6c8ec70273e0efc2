// Checks the content folder (schemas, cross-references and dates) without building the site.
// Usage: npm run check:content [-- [<content dir>] [--today YYYY-MM-DD]]
// --today checks as if it were that day: what will be past its review date by then.

import { checkContent, formatProblem } from '../src/lib/content/check.ts';
import { readContent } from '../src/lib/content/read.ts';
import { catalogCounts } from '../src/lib/content/counts.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { today: { type: 'string' } }, allowPositionals: true });
if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  console.error(`check-content: --today must be a date written YYYY-MM-DD (got ${JSON.stringify(values.today)})`);
  process.exit(2);
}
const dir = positionals[0] ?? contentDir();
const { problems, warnings, overdue, catalog } = checkContent(readContent(dir), values.today);
for (const w of warnings) console.warn(`warning: ${w}`);
if (overdue.length)
  console.warn(`check-content: ${overdue.length} page(s), coverage entries or sources past their review date`);
for (const p of problems) console.error(formatProblem(p));
const counts = catalogCounts(catalog);
if (problems.length) {
  console.error(`check-content: ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`check-content: ok (${counts})`);
