// Checks the content folder (schemas and cross-references) without building the site.
// Usage: npm run check:content [-- <content dir>]

import { checkContent, formatProblem } from '../src/lib/content/check.ts';
import { readContent } from '../src/lib/content/read.ts';
import { contentDir } from '../src/lib/content/paths.ts';

const dir = process.argv[2] ?? contentDir();
const { problems, warnings, catalog } = checkContent(readContent(dir));
for (const w of warnings) console.warn(`warning: ${w}`);
for (const p of problems) console.error(formatProblem(p));
const counts = `${catalog.therapies.length} therapies, ${catalog.payers.length} payers, ${catalog.guides.length} guides, ${catalog.coverage.length} coverage entries, ${catalog.sources.length} sources, ${catalog.glossary.length} glossary terms, ${catalog.costs.length} cost rows`;
if (problems.length) {
  console.error(`check-content: ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`check-content: ok (${counts})`);
