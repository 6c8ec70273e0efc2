/**
 * Matching billing codes in text, including ranges: a row that says "J7320 to J7328" or "0263T–0265T"
 * matches a search for J7325 or 0264T. Used by the code-table filter.
 */
const CODE = /^([A-Z]?)(\d{4})([A-Z]?)$/i;
const RANGE = /\b([A-Z]?)(\d{4})([A-Z]?)\s*(?:to|–|—|-)\s*([A-Z]?)(\d{4})([A-Z]?)\b/gi;

/** True when `text` contains `query` (case-insensitive), or `query` is a code inside a range in `text`. */
export function textMatches(text: string, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (text.toLowerCase().includes(q)) return true;
  const code = CODE.exec(q);
  if (!code) return false;
  const [, prefix = '', digits = '', suffix = ''] = code;
  const n = Number(digits);
  for (const m of text.matchAll(RANGE)) {
    const [, p1 = '', d1 = '', s1 = '', p2 = '', d2 = '', s2 = ''] = m;
    const samePattern =
      [p1, p2].every((p) => p.toLowerCase() === prefix.toLowerCase()) &&
      [s1, s2].every((s) => s.toLowerCase() === suffix.toLowerCase());
    if (samePattern && n >= Number(d1) && n <= Number(d2)) return true;
  }
  return false;
}
