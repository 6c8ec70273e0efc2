// Reading grade (Flesch-Kincaid, via text-readability) of every therapy, payer and guide page and every flow, read
// from the content; and, once the site is built, the Fernández-Huerta reading ease of every Spanish page in dist/,
// beside the grade of its English twin read the same way. Fails when therapy pages and guides have a median above
// 8, or a page or flow is above 10; or the Spanish pages a median ease below 60, or a page below 50
// (CONTRIBUTING.md). The same Spanish check runs in the site tests (test/site/reading-ease.test.ts).
// Usage: npm run readability [-- <content dir>]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/content/problem.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import {
  EASE_EXCEPTIONS,
  EASE_MIN,
  EXCEPTION_EASE_MIN,
  englishReadingEase,
  EASE_TARGET_MEDIAN,
  GRADE_MAX,
  GRADE_TARGET_MEDIAN,
  easeProblems,
  gradeAll,
  median,
  pageEase,
  readabilityProblems,
  readerProse,
  readingGrade,
} from './lib/readability.ts';

const { catalog } = loadContent(process.argv[2] ?? contentDir());
const rows = gradeAll(catalog);
for (const r of rows) console.log(`${r.grade.toFixed(1).padStart(5)}  ${r.kind.padEnd(7)} ${r.file}`);
const of = (kinds: string[]) => median(rows.filter((r) => kinds.includes(r.kind)).map((r) => r.grade)).toFixed(1);
console.log(
  `readability: therapies and guides median grade ${of(['therapy', 'guide'])} ` +
    `(target ≤ ${GRADE_TARGET_MEDIAN}, none above ${GRADE_MAX}); payers median ${of(['payer'])}`,
);
const problems = readabilityProblems(rows);

const DIST = 'dist';
if (!existsSync(join(DIST, 'es', 'index.html'))) {
  console.log('readability: dist/ has no Spanish pages: run `npm run build` to measure them');
} else {
  // es/coverage/index.html → /es/coverage/; es/404.html stays /es/404.html.
  const pages = readdirSync(join(DIST, 'es'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/es/${f}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
  const html = (page: string) => readFileSync(join(DIST, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
  const eased = pages.map((page) => ({ page, ease: pageEase(html(page)) })).sort((a, b) => a.ease - b.ease);
  // The English twins, read the same way: what the Spanish limits are set from (see EASE_TARGET_MEDIAN).
  const twins = new Map(
    pages.map((page) => {
      const text = readerProse(html(page.slice('/es'.length))).blocks.join(' ');
      return [page, { grade: readingGrade(text), ease: englishReadingEase(text) }];
    }),
  );
  const twin = (page: string) => twins.get(page)!;
  const n1 = (n: number) => n.toFixed(1);
  console.log("readability: the 10 hardest Spanish pages (ease, and their English twin's grade)");
  for (const e of eased.slice(0, 10)) console.log(`${n1(e.ease).padStart(5)}  ${e.page} (${n1(twin(e.page).grade)})`);
  const worst = eased[0]!;
  console.log(
    `readability: ${eased.length} Spanish pages in dist/, median Fernández-Huerta ease ` +
      `${n1(median(eased.map((e) => e.ease)))}, hardest ${n1(worst.ease)} (${worst.page}) ` +
      `(target median ≥ ${EASE_TARGET_MEDIAN}, none below ${EASE_MIN} but ` +
      `${Object.keys(EASE_EXCEPTIONS).length} listed pages, held to ${EXCEPTION_EASE_MIN}; higher is easier)`,
  );
  const grades = [...twins.values()].map((t) => t.grade);
  console.log(
    `readability: their English twins, Flesch-Kincaid grade median ${n1(median(grades))}, ` +
      `${grades.filter((g) => g <= 8).length} of ${grades.length} at grade 8 or lower, ` +
      `hardest ${n1(Math.max(...grades))}`,
  );
  // Grade against Flesch's ease over the English pages (least squares), and how much higher Fernández-Huerta
  // scores a Spanish page than Flesch its English twin: the two steps from an English grade to a Spanish ease.
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const en = [...twins.values()];
  const [g0, e0] = [mean(grades), mean(en.map((t) => t.ease))];
  const slope =
    en.reduce((s, t) => s + (t.grade - g0) * (t.ease - e0), 0) / en.reduce((s, t) => s + (t.grade - g0) ** 2, 0);
  const at = (grade: number) => e0 + slope * (grade - g0);
  const offset = median(eased.map((e) => e.ease - twin(e.page).ease));
  console.log(
    `readability: English grade 8 is Flesch ease ${n1(at(8))}, grade 10 ${n1(at(10))}; a Spanish page scores ` +
      `${n1(offset)} higher than its twin (median), so grade 8 is about Spanish ease ${n1(at(8) + offset)}, ` +
      `grade 10 ${n1(at(10) + offset)}`,
  );
  problems.push(...easeProblems(eased));
}
for (const p of problems) console.error(formatProblem(p));
if (problems.length) process.exit(1);
