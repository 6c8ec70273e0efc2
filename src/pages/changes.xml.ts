// /changes.xml: the Atom feed of the change record (src/components/changes/feed-response.ts).
import type { APIRoute } from 'astro';
import { changesFeedResponse } from '../components/changes/feed-response.ts';

export const GET: APIRoute = ({ site }) => changesFeedResponse('en', site);
