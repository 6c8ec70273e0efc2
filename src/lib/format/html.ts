/** Escapes text for insertion into HTML (element content or a quoted attribute). */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * JSON for a `<script type="application/json">` or `application/ld+json` element, with `<` escaped so
 * no text inside can close the tag.
 */
export const jsonForScript = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
