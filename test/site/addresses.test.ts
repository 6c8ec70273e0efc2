/**
 * Clinics hand-type links: an address without its trailing slash (`/therapies/prp`), with or without a
 * tracking query, must reach the page on `npm start` (astro preview) and on the test server, which
 * redirects as static hosts do. Canonical URLs keep their slash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview } from 'astro';
import { DIST } from '../support/dist.ts';
import { ROOT } from '../support/fixtures.ts';
import { serveDir, type StaticServer } from '../support/server.ts';
import { siteUrl } from '../../src/lib/site.ts';

const h1 = (html: string) => /<h1[^>]*>([^<]*)</.exec(html)?.[1]?.trim();
const canonical = (html: string) => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
const PRP = 'Platelet-rich plasma (PRP) injections';

describe('addresses without a trailing slash, on the test server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDir(DIST);
  });
  afterAll(() => server.close());

  it('redirects /therapies/prp to /therapies/prp/ with a 301, keeping the query string', async () => {
    for (const [from, to] of [
      ['/therapies/prp', '/therapies/prp/'],
      ['/therapies/prp?utm_source=x', '/therapies/prp/?utm_source=x'],
      ['/check/claim-denied/map', '/check/claim-denied/map/'],
    ]) {
      const res = await fetch(`${server.url}${from}`, { redirect: 'manual' });
      expect(res.status, from).toBe(301);
      expect(res.headers.get('location'), from).toBe(to);
    }
  });

  it('ends on the PRP page, whose canonical URL keeps its slash', async () => {
    for (const path of ['/therapies/prp', '/therapies/prp?utm_source=x']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(new URL(res.url).pathname, path).toBe('/therapies/prp/');
      const html = await res.text();
      expect(h1(html), path).toBe(PRP);
      expect(canonical(html), path).toBe(`${siteUrl()}/therapies/prp/`);
    }
  });

  it('still answers 404 for an address that is not a page, slash or not', async () => {
    for (const path of ['/therapies/no-such-treatment', '/therapies/no-such-treatment/', '/_astro'])
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
  });
});

describe('addresses without a trailing slash, on astro preview (npm start)', () => {
  let server: Awaited<ReturnType<typeof preview>>;
  let base: string;
  beforeAll(async () => {
    server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server?.stop());

  it('serves the PRP page at /therapies/prp and /therapies/prp?utm_source=x', async () => {
    for (const path of ['/therapies/prp', '/therapies/prp?utm_source=x', '/therapies/prp/']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(h1(html), path).toBe(PRP);
      expect(canonical(html), path).toBe(`${siteUrl()}/therapies/prp/`);
    }
  });

  it('answers 404 with the site’s own page for an address that is not a page', async () => {
    const res = await fetch(`${base}/therapies/no-such-treatment`);
    expect(res.status).toBe(404);
    expect(h1(await res.text())).toBe('We could not find that page');
  });
});
