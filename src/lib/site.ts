/**
 * Site-wide settings that come from the environment, so one build can be deployed to any host:
 * SITE_URL (the public origin, used for canonical URLs, the sitemap and Open Graph) and BASE_PATH
 * (a sub-folder such as `/regen/` when the site is not served from the root).
 */
export const DEFAULT_SITE_URL = 'https://regen-coverage-guide.example';

/** The project's name, as the author of its feed. */
export const SITE_NAME = 'Regen Coverage Guide';

/** The public origin, without a trailing slash. Rejects anything that is not an http(s) URL. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env['SITE_URL'] ?? DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be a full URL such as https://example.org (got ${JSON.stringify(raw)})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must use http or https (got ${JSON.stringify(raw)})`);
  return url.origin;
}

/** The base path, always starting and ending with `/` (`/` when unset). */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  const raw = (env['BASE_PATH'] ?? '/').trim();
  if (!/^\/?[A-Za-z0-9._~/-]*$/.test(raw))
    throw new Error(`BASE_PATH may hold only letters, digits and / . _ ~ - (got ${JSON.stringify(raw)})`);
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
