/**
 * Reading grade of page prose with text-readability (a maintained port of Python's textstat): the
 * Flesch-Kincaid grade. CONTENT.md asks for grade 8 or lower on therapy pages and guides.
 */
import readability from 'text-readability';

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
