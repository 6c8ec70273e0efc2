/** Escapes text for insertion into HTML (element content or a quoted attribute). */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * JSON for a `<script type="application/json">` or `application/ld+json` element, with `<` escaped so
 * no text inside can close the tag.
 */
export const jsonForScript = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of an HTML fragment: tags dropped, the common entities and numeric references decoded, spaces squeezed. */
export const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The sections of rendered HTML, for an "On this page" list: every h2 with an id, in order, as
 * { id, text }. Headings without an id cannot be linked to and are left out, as are the ids in `skip`.
 */
export function sectionHeadings(html: string, skip: readonly string[] = []): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const m of html.matchAll(/<h2\b([^>]*)>([\s\S]*?)<\/h2>/gi)) {
    const id = /\bid="([^"]+)"/.exec(m[1]!)?.[1];
    if (id && !skip.includes(id)) out.push({ id, text: textOf(m[2]!) });
  }
  return out;
}
