// /es/changes.xml: the Atom feed of the change record in Spanish (src/components/changes/feed-response.ts), built
// once "What changed" is in Spanish (its reasons translated in content/es/changes.yaml).
import type { APIRoute } from 'astro';
import { changesFeedResponse } from '../../components/changes/feed-response.ts';
import { siteData } from '../../data.ts';
import { sitePaths } from '../../lib/paths.ts';

export const getStaticPaths = async () =>
  (await siteData()).spanish.has(sitePaths.changes()) ? [{ params: { feed: 'changes' } }] : [];

export const GET: APIRoute = ({ site }) => changesFeedResponse('es', site);
