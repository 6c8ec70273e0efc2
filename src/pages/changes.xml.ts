// /changes.xml: the Atom feed of the change record, built with the site. Nothing in it depends on when
// it is built (entries are dated by the record), so two builds give the same bytes.
import type { APIRoute } from 'astro';
import { siteData } from '../data.ts';
import { atomFeed } from '../lib/changes/feed.ts';
import { changeViews } from '../lib/changes/view.ts';
import { latest } from '../lib/format/date.ts';
import { sitePaths } from '../lib/paths.ts';
import { DEFAULT_SITE_URL, SITE_NAME } from '../lib/site.ts';
import { paths } from '../paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const absolute = (path: string) => new URL(paths.href(path), site ?? DEFAULT_SITE_URL).href;
  const xml = atomFeed({
    selfUrl: absolute(sitePaths.changesFeed()),
    pageUrl: absolute(sitePaths.changes()),
    title: `What changed: ${SITE_NAME}`,
    subtitle: 'Every change to a coverage answer on this site, and every FDA decision we report, with the reason.',
    author: SITE_NAME,
    // With no change recorded yet, the feed is as new as the newest coverage check.
    fallbackUpdated: latest(data.coverage.map((e) => e.checked)),
    absolute,
    changes: changeViews(data.changes, data),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
