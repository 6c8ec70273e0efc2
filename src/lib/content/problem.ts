/**
 * The one shape every check reports in (content, flows, copy and reading checks): the file, the field
 * path, the offending value and what is wrong, printed as one line an author can act on.
 */

/** One problem: file, field path (`entries[2].therapy`), the offending value and what is wrong. */
export interface Problem {
  file: string;
  field: string;
  value: unknown;
  message: string;
}

/** Formats a problem as the single line the build prints. */
export function formatProblem(p: Problem): string {
  const shown = p.value === undefined ? '' : `: ${JSON.stringify(p.value)}`;
  return `${p.file}: ${p.field} ${p.message}${shown}`;
}
