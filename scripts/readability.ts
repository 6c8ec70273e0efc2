// Reading grade (Flesch-Kincaid, via text-readability) of every therapy, payer and guide page and every flow,
// and the Fernández-Huerta reading ease of every Spanish page. Fails when therapy pages and guides have a
// median above 8, or a page or flow is above 10; or Spanish pages a median ease below 60, or a page below 50
// (CONTRIBUTING.md).
// Usage: npm run readability [-- <content dir>]
import { formatProblem } from '../src/lib/content/problem.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import {
  EASE_MIN,
  EASE_TARGET_MEDIAN,
  GRADE_MAX,
  GRADE_TARGET_MEDIAN,
  easeAll,
  easeProblems,
  gradeAll,
  median,
  readabilityProblems,
} from './lib/readability.ts';

const { catalog } = loadContent(process.argv[2] ?? contentDir());
const rows = gradeAll(catalog);
for (const r of rows) console.log(`${r.grade.toFixed(1).padStart(5)}  ${r.kind.padEnd(7)} ${r.file}`);
const of = (kinds: string[]) => median(rows.filter((r) => kinds.includes(r.kind)).map((r) => r.grade)).toFixed(1);
console.log(
  `readability: therapies and guides median grade ${of(['therapy', 'guide'])} ` +
    `(target ≤ ${GRADE_TARGET_MEDIAN}, none above ${GRADE_MAX}); payers median ${of(['payer'])}`,
);
const eased = easeAll(catalog);
for (const e of eased) console.log(`${e.ease.toFixed(1).padStart(5)}  es      ${e.page} (${e.file})`);
if (eased.length) {
  const ease = eased.map((e) => e.ease);
  console.log(
    `readability: Spanish pages median Fernández-Huerta ease ${median(ease).toFixed(1)}, ` +
      `hardest ${Math.min(...ease).toFixed(1)} ` +
      `(target median ≥ ${EASE_TARGET_MEDIAN}, none below ${EASE_MIN}; higher is easier)`,
  );
}
const problems = [...readabilityProblems(rows), ...easeProblems(eased)];
for (const p of problems) console.error(formatProblem(p));
if (problems.length) process.exit(1);
