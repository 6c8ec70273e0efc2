/**
 * Shared steps for browser tests: open a page while recording console errors and every request, and
 * run axe-core with the WCAG 2.2 A/AA rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { DIST } from './dist.ts';
import { serveDir, type StaticServer } from './server.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Hosts the page talked to. */
  hosts: Set<string>;
}

/**
 * Opens `url` and waits for its load event: the page's module scripts have run by then (they run before
 * DOMContentLoaded), and what a script fetches later is awaited by the test that needs it. (Waiting for the
 * network to go quiet cost at least half a second a page, about 35 s a run.) Requests keep being recorded
 * after it returns. `requests`, if given, collects "type METHOD url body".
 */
export async function openPage(ctx: BrowserContext, url: string, requests?: string[]): Promise<OpenedPage> {
  const page = await ctx.newPage();
  await watchPolicy(page);
  const errors: string[] = [];
  const hosts = new Set<string>();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    hosts.add(new URL(r.url()).host);
    requests?.push(`${r.resourceType()} ${r.method()} ${r.url()} ${r.postData() ?? ''}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, hosts };
}

/** How a policy violation reads among a page's console errors (`watchPolicy`). */
export const POLICY_VIOLATION = 'Content-Security-Policy violation';

/**
 * Makes every Content-Security-Policy or Trusted Types violation on the pages of `target` a console error
 * starting with POLICY_VIOLATION, which the tests count as a finding like any console error. Chromium logs
 * most violations in its own words; a `securitypolicyviolation` listener, there before any page script,
 * misses none. Added as an init script, which the browser injects itself, so the policy stays enforced.
 */
export async function watchPolicy(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => console.error(
      ${JSON.stringify(POLICY_VIOLATION)} + ': ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') +
      ' at ' + (e.sourceFile || location.href) + ':' + e.lineNumber + (e.sample ? ' (' + e.sample + ')' : '')), true);`,
  });
}

/**
 * Makes axe-core available on every page the context opens. It is added as an init script, which the
 * browser injects itself, so the site's Content-Security-Policy stays enforced while axe runs.
 */
export async function addAxe(ctx: BrowserContext): Promise<void> {
  await ctx.addInitScript({ content: AXE });
}

/**
 * The axe-core rules whose result depends on colour: the only ones the dark colour scheme can change,
 * since it swaps colours and nothing else (the markup, and so every other rule's result, is the same).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core violations on the current page (opened in a context given `addAxe`), one line each: "rule:
 * targets". Every WCAG 2.2 A/AA rule, or only `rules`.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  return page.evaluate(
    async ({ tags, rules }) => {
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      // @ts-expect-error axe is injected by addAxe
      const r = await window.axe.run(document, { runOnly, resultTypes: ['violations'] });
      return r.violations.map(
        (v: { id: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    },
    { tags: WCAG_TAGS, rules },
  );
}

/**
 * For a describe block: serves dist/ and launches Chromium once before its tests and closes both after.
 * Read `site.browser` and `site.url` inside tests.
 */
export function useSite(): { browser: Browser; url: string } {
  const site = {} as { browser: Browser; url: string; server?: StaticServer };
  beforeAll(async () => {
    site.server = await serveDir(DIST);
    site.url = site.server.url;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
