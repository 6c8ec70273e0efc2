/**
 * Finds runs of N or more identical words between our text and source documents, so no sentence is
 * copied from the seeds. Words are compared lowercased with punctuation removed.
 */
export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter(Boolean);

/** Every run of `n` consecutive words in the sources, as a set of joined strings. */
export function shingles(texts: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    const w = words(t);
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  }
  return out;
}

/** The runs of `n` words in `text` that also occur in the sources (longest overlaps show as several runs). */
export function copiedRuns(text: string, sourceShingles: Set<string>, n: number): string[] {
  const w = words(text);
  const hits: string[] = [];
  for (let i = 0; i + n <= w.length; i++) {
    const run = w.slice(i, i + n).join(' ');
    if (sourceShingles.has(run)) hits.push(run);
  }
  return hits;
}
