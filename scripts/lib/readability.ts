/**
 * Reading grade of page prose with text-readability (a maintained port of Python's textstat): the
 * Flesch-Kincaid grade. CONTRIBUTING.md asks for a median of grade 8 or lower on therapy pages and guides,
 * and no page or flow above 10.
 */
import readability from 'text-readability';
import type { Catalog } from '../../src/lib/content/check.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { flowProse, pageProse } from './prose.ts';

export const GRADE_TARGET_MEDIAN = 8;
export const GRADE_MAX = 10;

export function readingGrade(text: string): number {
  return readability.fleschKincaidGrade(text);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Graded {
  kind: 'therapy' | 'guide' | 'payer' | 'flow';
  file: string;
  grade: number;
}

/** The grade of every page and flow. (Flow answer labels are names, not sentences: not graded.) */
export const gradeAll = (catalog: Catalog): Graded[] => [
  ...catalog.therapies.map((p) => ({ kind: 'therapy' as const, file: p.file, grade: readingGrade(pageProse(p)) })),
  ...catalog.guides.map((p) => ({ kind: 'guide' as const, file: p.file, grade: readingGrade(pageProse(p)) })),
  ...catalog.payers.map((p) => ({ kind: 'payer' as const, file: p.file, grade: readingGrade(pageProse(p)) })),
  ...catalog.flows.map((f) => ({ kind: 'flow' as const, file: f.file, grade: readingGrade(flowProse(f, false)) })),
];

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The CONTRIBUTING.md targets as content-check Problems: a therapy page, guide or flow above GRADE_MAX, and
 * a median above GRADE_TARGET_MEDIAN for therapy pages and guides. Payer pages are reported, not gated:
 * they name policies and programs.
 */
export function readabilityProblems(graded: readonly Graded[]): Problem[] {
  const gated = graded.filter((g) => g.kind !== 'payer');
  const problems: Problem[] = gated
    .filter((g) => g.grade > GRADE_MAX)
    .map((g) => ({
      file: g.file,
      field: g.kind === 'flow' ? 'nodes' : '(page text)',
      value: round(g.grade),
      message: `reads above grade ${GRADE_MAX}`,
    }));
  const med = median(gated.filter((g) => g.kind !== 'flow').map((g) => g.grade));
  if (!(med <= GRADE_TARGET_MEDIAN))
    problems.push({
      file: 'therapies/ and guides/',
      field: '(page text)',
      value: round(med),
      message: `have a median reading grade above ${GRADE_TARGET_MEDIAN}`,
    });
  return problems;
}
