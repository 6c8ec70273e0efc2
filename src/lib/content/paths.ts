/**
 * Where content lives. `CONTENT_DIR` (relative to the project root) lets tests build the site from a
 * fixture folder; everything else uses the top-level `content/`.
 */
export const contentDir = (env: Record<string, string | undefined> = process.env): string =>
  env['CONTENT_DIR'] ?? 'content';
