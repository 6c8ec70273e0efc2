/**
 * The Atom feed of the change record in one language, as the response of its route (/changes.xml,
 * /es/changes.xml). Nothing in it depends on when it is built (entries are dated by the record), so two builds
 * give the same bytes.
 */
import { siteData } from '../../data.ts';
import { atomFeed } from '../../lib/changes/feed.ts';
import { latest } from '../../lib/format/date.ts';
import { fillWords } from '../../lib/format/text.ts';
import { inLanguage, sitePaths } from '../../lib/paths.ts';
import { DEFAULT_SITE_URL } from '../../lib/site.ts';
import { paths } from '../../paths.ts';
import { ui } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/language.ts';

export async function changesFeedResponse(lang: Lang, site: URL | undefined): Promise<Response> {
  const data = await siteData();
  const t = ui(lang);
  const absolute = (path: string) => new URL(paths.href(path), site ?? DEFAULT_SITE_URL).href;
  /** A site path in the feed's language where that page exists in it. */
  const local = (path: string) =>
    absolute(data.spanish.has(path.replace(/[?#].*$/, '')) ? inLanguage(path, lang) : path);
  const xml = atomFeed({
    selfUrl: absolute(inLanguage(sitePaths.changesFeed(), lang)),
    pageUrl: local(sitePaths.changes()),
    title: fillWords(t.changes.feedTitle, { site: t.site.name }),
    subtitle: t.changes.feedSubtitle,
    author: t.site.name,
    // With no change recorded yet, the feed is as new as the newest coverage check.
    fallbackUpdated: latest(data.coverage.map((e) => e.checked)),
    absolute: local,
    changes: data.changeViewsIn(lang),
    lang,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
