// Reading grade (Flesch-Kincaid, via text-readability) of every therapy, payer and guide page.
// Fails when therapy pages and guides have a median above 8 or any page above 10 (../shared/CONTENT.md).
// Usage: npm run readability [-- <content dir>]
import { loadContent } from '../src/lib/content/load.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { pageProse } from '../src/lib/content/prose.ts';
import { GRADE_MAX, GRADE_TARGET_MEDIAN, median, readingGrade } from '../src/lib/content/readability.ts';

const { catalog } = loadContent(process.argv[2] ?? contentDir());
const rows = [
  ...catalog.therapies.map((p) => ({ kind: 'therapy', p })),
  ...catalog.guides.map((p) => ({ kind: 'guide', p })),
  ...catalog.payers.map((p) => ({ kind: 'payer', p })),
].map(({ kind, p }) => ({ kind, file: p.file, grade: readingGrade(pageProse(p)) }));

for (const r of rows) console.log(`${r.grade.toFixed(1).padStart(5)}  ${r.kind.padEnd(7)} ${r.file}`);
const gated = rows.filter((r) => r.kind !== 'payer');
const med = median(gated.map((r) => r.grade));
const over = gated.filter((r) => r.grade > GRADE_MAX);
console.log(
  `readability: therapies and guides median grade ${med.toFixed(1)} (target ≤ ${GRADE_TARGET_MEDIAN}), ${over.length} above ${GRADE_MAX}; payers median ${median(rows.filter((r) => r.kind === 'payer').map((r) => r.grade)).toFixed(1)}`,
);
if (med > GRADE_TARGET_MEDIAN || over.length > 0) process.exit(1);
