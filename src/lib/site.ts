/**
 * Site-wide settings that come from the environment, so one build can be deployed to any host:
 * SITE_URL (the public origin, used for canonical URLs, the sitemap and Open Graph), BASE_PATH
 * (a sub-folder such as `/regen/` when the site is not served from the root) and REPORT_URL (where
 * readers report a mistake).
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

/**
 * Where readers report a mistake (REPORT_URL): an https: page (a form, an issue tracker) or a mailto:
 * address. The placeholder's reserved `.example` domain reaches no one: set REPORT_URL for a real site.
 */
export const DEFAULT_REPORT_URL = 'mailto:corrections@regen-coverage-guide.example';

/** The report-a-mistake address, checked: https: with a host, or mailto: with one email address. */
export function reportUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = (env['REPORT_URL'] ?? DEFAULT_REPORT_URL).trim();
  const bad = (why: string) =>
    new Error(
      'REPORT_URL must be an https: address or a mailto: email address, such as ' +
        `https://example.org/corrections or mailto:fixes@example.org; ${why} (got ${JSON.stringify(raw)})`,
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad('it is not a full address');
  }
  if (url.protocol === 'https:') {
    if (!url.hostname) throw bad('it has no host');
    // A user name or password in a public link would publish it.
    if (url.username || url.password) throw bad('it must not hold a user name or password');
    return url.href;
  }
  if (url.protocol === 'mailto:') {
    if (!/^[^@\s,]+@[^@\s,]+\.[^@\s,]+$/.test(decodeURIComponent(url.pathname)))
      throw bad('it needs one email address');
    return raw;
  }
  throw bad(`${url.protocol} is not allowed`);
}

/** What a link to the report address shows: the email address itself, or the web address without https://. */
export function reportLabel(url: string): string {
  const u = new URL(url);
  if (u.protocol === 'mailto:') return decodeURIComponent(u.pathname);
  return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
}
