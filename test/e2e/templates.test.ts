/**
 * Every page template in real Chromium, with the site's Content-Security-Policy enforced, as a reader on
 * a 390 × 844 phone and a 1280 × 800 desktop meets it. Per page: axe-core (WCAG 2.2 A/AA) finds
 * nothing; nothing is clipped, spills out of its box or scrolls sideways without a cue, and no checkbox
 * or radio sits apart from its label (test/support/layout.ts); no console error, no request to another
 * host, no cookie; and on a phone, a page longer than five screens has an "On this page" list.
 *
 * Sampling rule (what runs where, and why that is enough):
 * - Every template and data variant in test/support/templates.ts, at phone and desktop width, with
 *   JavaScript on (tools with a result shown). Layout belongs to the template and its CSS, so these cover
 *   it for every page built from it.
 * - With JavaScript off, the same widths for every template that can look different without it: one that
 *   runs a script, has a `<noscript>` or holds an element the stylesheet styles in a `scripting` media query
 *   (`differsWithoutScripts`, read from the built page). Any other page is the same page with scripts on
 *   or off, so the sweep with JavaScript on has already checked it.
 * - A Spanish twin of a listed template (`twin` in templates.ts) is the same component and CSS with other
 *   words: phone width with JavaScript on (axe, and layout where longer words wrap first). The Spanish
 *   guide stays a full template, for the Spanish header, menu and footer at every width.
 * - Light and dark: axe runs every rule in the light scheme, then only the colour rules (COLOUR_RULES)
 *   after switching the same page to dark. The dark scheme swaps colours and nothing else, so no other
 *   rule can give a different answer there. The dark pass runs on every English page and on the full
 *   Spanish template, not on the other Spanish pages: a colour comes from the CSS of the element it is
 *   on, and a Spanish page is the same components as its English twin with other words, which the light
 *   pass (contrast included) still checks there. (It saves about a third of the axe time of 70 pages.)
 * - Every MDX content page (therapies, payers, guides, in each language), because its body is its own markup (tables,
 *   terms, citations, diagrams, FAQ): at phone width, where most readers are. An English one gets every check,
 *   axe in light and dark. A Spanish one gets layout and the "On this page" rule, where its longer words can
 *   wrap or overflow first, but not axe: its <main> has its English twin's markup, the same tables, lists,
 *   headings, links and images in the same order, none empty (test/site/languages.test.ts checks every pair in
 *   the built HTML), built from the same components and CSS; axe checks that markup on the English page, and
 *   the Spanish twins in the template list (two therapies, a payer, two guides) in Spanish. (It saves a
 *   core-minute of axe time per run, half a minute of the suite's.) The parts an MDX page is built from
 *   meet the desktop width on the template pages above.
 * - Pages generated from data alone (the other coverage pairs, flow paths) repeat their template's
 *   markup with other words: the template's URL stands for them. `npm run a11y:all` runs axe on every
 *   URL in the sitemap when that is worth the minutes (after a change to a template or the CSS).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { BrowserContext, Page } from 'playwright-core';
import { browserTestsEnabled } from '../support/browser.ts';
import { builtHtml, DIST } from '../support/dist.ts';
import { layoutProblems } from '../support/layout.ts';
import { TEMPLATES, type Template } from '../support/templates.ts';
import { addAxe, axeViolations, COLOUR_RULES, POLICY_VIOLATION, useSite, watchPolicy } from '../support/page.ts';

const WIDTHS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
type Width = keyof typeof WIDTHS;
/** "Longer than five screens" for the "On this page" rule, in phone screens. */
const SCREENS_BEFORE_CONTENTS = 5;

/** The templates checked at every width: all but the Spanish twins. */
const FULL = TEMPLATES.filter((t) => !t.twin);

/**
 * The selectors the site's stylesheets style only with scripting on or only with it off (the rules inside an
 * `@media (scripting: …)` block), read from the built CSS. Every page links the one site stylesheet, so its
 * having such a block says nothing about a page; an element the block styles does.
 */
const scriptingSelectors = (): string[] => {
  const out: string[] = [];
  for (const f of readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(join(DIST, '_astro', f), 'utf8');
    for (const m of css.matchAll(/@media[^{]*scripting[^{]*\{/g)) {
      let depth = 1;
      let start = m.index + m[0].length;
      for (let i = start; depth > 0 && i < css.length; i++) {
        if (css[i] === '{') {
          if (depth === 1)
            out.push(
              ...css
                .slice(start, i)
                .split(',')
                .map((sel) => sel.trim()),
            );
          depth++;
        } else if (css[i] === '}' && --depth === 1) start = i + 1;
      }
    }
  }
  return out;
};

/**
 * Whether a template can look different with JavaScript off, read from its built page: it runs a script
 * (JSON-LD is data, not a script), has a `<noscript>`, or holds an element the stylesheet styles by
 * `scripting` (scriptingSelectors). A page with none of these is the same page either way, so the
 * JavaScript-on sweep covers it.
 */
const differsWithoutScripts =
  (selectors: readonly string[]) =>
  (t: Template): boolean => {
    const path = t.path.replace(/[?#].*$/, '');
    const file = path === '/no-such-page/' ? '/404.html' : path.endsWith('/') ? `${path}index.html` : path;
    const html = readFileSync(join(DIST, file), 'utf8');
    if (/<script(?![^>]*application\/ld\+json)[^>]*>/.test(html) || /<noscript/.test(html)) return true;
    const doc = parse(html);
    return selectors.some((sel) => doc.querySelector(sel));
  };

/** Whether the sweep runs the dark pass on a page: every English page, and the full Spanish template. */
const inDark = (t: Template): boolean => !t.path.startsWith('/es/') || FULL.includes(t);

/** MDX content pages not already in the template list. */
const mdxPages = (): string[] => {
  const inTemplates = new Set(TEMPLATES.map((t) => t.path));
  return builtHtml()
    .map((p) => p.path)
    .filter((p) => /^(\/es)?\/(therapies|payers|guides)\/[^/]+\/$/.test(p) && !inTemplates.has(p));
};

describe.skipIf(!browserTestsEnabled())('every template, on a phone and a desktop', () => {
  const site = useSite();
  const contexts = new Map<string, BrowserContext>();
  const context = (width: Width, js: boolean) => contexts.get(`${width} ${js}`)!;

  beforeAll(async () => {
    for (const width of Object.keys(WIDTHS) as Width[])
      for (const js of [true, false]) {
        const ctx = await site.browser.newContext({
          colorScheme: 'light',
          viewport: WIDTHS[width],
          javaScriptEnabled: js,
        });
        // A policy violation is a console error, so a finding (with JavaScript off no script can cause one).
        if (js) await Promise.all([addAxe(ctx), watchPolicy(ctx)]);
        contexts.set(`${width} ${js}`, ctx);
      }
  });
  afterAll(async () => {
    for (const ctx of contexts.values()) await ctx.close();
  });

  /** One page of a sweep: a template (or MDX page) at a width; `axe: false` for layout and contents only. */
  interface Job {
    width: Width;
    t: Template;
    axe?: false;
  }

  /**
   * Opens every job's page and collects every finding as a line. Two lanes (the machines have two cores)
   * take the next job from one queue, each with a tab per width, so neither waits while the other still
   * has pages. With JavaScript on, axe runs in light and (colour rules) dark, and console errors and
   * requests to other hosts are findings too.
   */
  const sweep = async (js: boolean, jobs: readonly Job[]): Promise<string[]> => {
    const queue = [...jobs];
    const findings: string[] = [];
    const origin = new URL(site.url).host;
    const lane = async () => {
      const tabs = new Map<Width, { page: Page; at: { path: string } }>();
      const tab = async (width: Width) => {
        const open = tabs.get(width);
        if (open) return open;
        const page: Page = await context(width, js).newPage();
        const at = { path: '' };
        const look = `${width}${js ? '' : ' (no JS)'}`;
        page.on('console', (m) => {
          // The 404 page answers 404 on purpose; Chromium logs that status as a console error.
          if (m.type() === 'error' && !(at.path === '/no-such-page/' && /404/.test(m.text())))
            findings.push(`${look} ${at.path}: console: ${m.text()}`);
        });
        page.on('pageerror', (e) => findings.push(`${look} ${at.path}: ${e.message}`));
        page.on('request', (r) => {
          if (new URL(r.url()).host !== origin && !r.url().startsWith('blob:'))
            findings.push(`${look} ${at.path}: request to ${r.url()}`);
        });
        tabs.set(width, { page, at });
        return { page, at };
      };
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { width, t, axe = true } = job;
        const look = `${width}${js ? '' : ' (no JS)'}`;
        const { page, at } = await tab(width);
        at.path = t.path;
        await page.goto(`${site.url}${t.path}`);
        await t.prepare?.(page, { js });
        for (const p of await layoutProblems(page)) findings.push(`${look} ${t.path}: ${p}`);
        if (width === 'phone' && js && t.contents !== false) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const contents = await page.locator('[data-contents]').count();
          if (height > SCREENS_BEFORE_CONTENTS * WIDTHS.phone.height && contents === 0)
            findings.push(`${look} ${t.path}: ${height}px long with no "On this page" list`);
        }
        if (!js || !axe) continue;
        for (const v of await axeViolations(page)) findings.push(`${look} light ${t.path}: ${v}`);
        if (!inDark(t)) continue;
        await page.emulateMedia({ colorScheme: 'dark' });
        for (const v of await axeViolations(page, COLOUR_RULES)) findings.push(`${look} dark ${t.path}: ${v}`);
        await page.emulateMedia({ colorScheme: 'light' });
      }
      for (const { page } of tabs.values()) await page.close();
    };
    await Promise.all([lane(), lane()]);
    return findings;
  };
  const at = (width: Width, templates: readonly Template[]): Job[] => templates.map((t) => ({ width, t }));

  it('axe, under the enforced policy, finds a missing alt text, faint text and text faint only in dark', async () => {
    const page = await context('phone', true).newPage();
    await page.goto(`${site.url}/about/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.append(document.createElement('img'));
      const faint = document.createElement('p');
      faint.textContent = 'Faint words';
      faint.style.color = '#c8c8c8';
      faint.style.background = '#ffffff';
      // Dark grey on the page's own background: readable in light, faint once the page turns dark.
      const dark = document.createElement('p');
      dark.id = 'dark-words';
      dark.textContent = 'Dark words';
      dark.style.color = '#2b2b2b';
      main.append(faint, dark);
    });
    const rules = (await axeViolations(page)).map((v) => v.split(':')[0]);
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    expect((await axeViolations(page, COLOUR_RULES)).join('\n')).not.toContain('#dark-words');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await axeViolations(page, COLOUR_RULES)).join('\n')).toContain('#dark-words');
    await page.close();
  });

  it('enforces the policy: an HTML string and an inline style are refused, and each refusal is a finding', async () => {
    const page = await context('phone', true).newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${site.url}/about/`);
    expect(errors).toEqual([]);
    const result = await page.evaluate(async () => {
      const p = document.createElement('p');
      p.textContent = 'Styled words';
      document.querySelector('main')!.append(p);
      let sink = 'assigned';
      try {
        p.innerHTML = '<b>x</b>';
      } catch (e) {
        sink = (e as Error).name;
      }
      p.setAttribute('style', 'color: rgb(255, 0, 0)');
      // Violation events are dispatched in a task of their own.
      await new Promise((r) => setTimeout(r, 50));
      return { sink, bold: p.querySelector('b') !== null, color: getComputedStyle(p).color };
    });
    // Trusted Types: a string never reaches an HTML sink (the tools build DOM with DOM methods).
    expect(result).toMatchObject({ sink: 'TypeError', bold: false });
    // style-src 'self': a style attribute does nothing.
    expect(result.color).not.toBe('rgb(255, 0, 0)');
    const violations = errors.filter((e) => e.startsWith(POLICY_VIOLATION));
    expect(violations).toEqual([
      expect.stringContaining(': require-trusted-types-for blocked trusted-types-sink'),
      expect.stringContaining(': style-src-attr blocked inline'),
    ]);
    await page.close();
  });

  it(
    'every template with JavaScript on, phone and desktop: axe in light and dark, layout, contents, console, requests, cookies',
    { timeout: 600_000 },
    async () => {
      const findings = await sweep(true, [...at('phone', TEMPLATES), ...at('desktop', FULL)]);
      expect(findings).toEqual([]);
      for (const ctx of contexts.values()) expect(await ctx.cookies()).toEqual([]);
    },
  );

  it(
    'every template that can look different with JavaScript off, phone and desktop: layout',
    { timeout: 600_000 },
    async () => {
      const selectors = scriptingSelectors();
      expect(selectors).toEqual(expect.arrayContaining(['.estimator-form', '.case-form']));
      const scripted = FULL.filter(differsWithoutScripts(selectors));
      // The rule must keep the pages whose scripts change what the reader sees, and can skip static ones.
      const paths = scripted.map((t) => t.path.replace(/\?.*$/, ''));
      expect(paths).toEqual(expect.arrayContaining(['/estimate/', '/appeal/letter/', '/search/']));
      expect(paths).not.toContain('/therapies/prp/');
      const findings = await sweep(false, [...at('phone', scripted), ...at('desktop', scripted)]);
      expect(findings).toEqual([]);
    },
  );

  it(
    'every MDX content page at phone width: layout, contents, and axe in light and dark on the English ones',
    { timeout: 600_000 },
    async () => {
      const paths = mdxPages();
      const english = paths.filter((path) => !path.startsWith('/es/'));
      expect(english.length).toBeGreaterThanOrEqual(30);
      expect(paths.length - english.length).toBeGreaterThanOrEqual(30);
      const findings = await sweep(
        true,
        paths.map((path): Job => ({
          width: 'phone',
          t: { name: path, path },
          ...(path.startsWith('/es/') ? { axe: false } : {}),
        })),
      );
      expect(findings).toEqual([]);
    },
  );
});
