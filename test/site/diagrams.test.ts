/**
 * Diagrams in the built site: each is an inline SVG with an accessible name and description and a text
 * version, drawn from a cached SVG that is committed (a fresh clone must build without a browser), with no
 * stale cache files; outcome pages draw none; and no page ships any mermaid code. How they look on a
 * phone and a desktop is tested in Chromium: test/e2e/diagrams.test.ts.
 */
import { ui } from '../../src/i18n/index.ts';
import { pageLanguage } from '../../src/lib/paths.ts';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/fixtures.ts';
import { DIST, builtPages } from '../support/dist.ts';
import { MIN_READABLE_SCALE } from '../../src/lib/diagram/svg.ts';

const CACHE = join(ROOT, 'src', 'diagrams');
const pages = builtPages();
const used = new Set(
  pages.flatMap((p) => p.doc.querySelectorAll('figure[data-diagram]').map((f) => f.getAttribute('data-diagram')!)),
);

describe('diagrams', () => {
  it('appear on the flow maps, the therapy pages and in MDX, and not on outcome pages', () => {
    for (const path of [
      '/check/will-insurance-pay/map/',
      '/check/claim-denied/map/',
      '/therapies/prp/',
      '/guides/appeal-a-denial/',
      // A translated flow is drawn in the page's language (issue #17).
      '/es/check/will-insurance-pay/map/',
      '/es/guides/appeal-a-denial/',
    ]) {
      expect(pages.find((p) => p.path === path)?.doc.querySelector('figure[data-diagram] svg'), path).toBeTruthy();
    }
    // An outcome page shows the reader's own path as text instead (issue #11).
    const outcome = pages.find((p) => p.path === '/check/claim-denied/reason/coding/plan/medicare/urgency/standard/')!;
    expect(outcome.doc.querySelector('svg, .outline')).toBeNull();
    expect(outcome.doc.querySelectorAll('ol.flow-path > li[data-answer]').length).toBe(3);
  });

  it('are inline SVG with a title, a description and a text version', () => {
    for (const p of pages) {
      for (const fig of p.doc.querySelectorAll('figure[data-diagram]')) {
        const hash = fig.getAttribute('data-diagram');
        const svg = fig.querySelector('svg')!;
        expect(svg.getAttribute('aria-labelledby'), p.path).toBeTruthy();
        expect(svg.querySelector('title')?.text.trim().length, p.path).toBeGreaterThan(3);
        expect(svg.querySelector('desc')?.text.trim().length, p.path).toBeGreaterThan(10);
        // The whole outline on a map page, the author's list for a code diagram, and inside an article
        // the first question, whose answers lead into the check, and a link to the map.
        const text = p.doc.querySelector(`[data-diagram-text="${hash}"]`);
        expect(text, `${p.path}: text version of ${hash}`).toBeTruthy();
        expect(text!.querySelectorAll('li').length, p.path).toBeGreaterThanOrEqual(3);
        if (text!.classList.contains('diagram-first')) {
          // Its answers lead into the check in the page's language.
          const lang = pageLanguage(p.path).lang;
          expect(fig.classList.contains('diagram-wide-only'), p.path).toBe(true);
          expect(text!.querySelector('a[href$="/map/"]')?.text, p.path).toBe(ui(lang).diagram.seeMap);
          for (const a of text!.querySelectorAll('li a'))
            expect(a.getAttribute('href'), p.path).toMatch(lang === 'es' ? /^\/es\/check\// : /^\/check\//);
        }
      }
    }
  });

  it('carry their natural width and smallest readable width in the stylesheet, so CSS can fit or scroll them', () => {
    // Sizes and styles live in the diagram stylesheet the pages link, never in style attributes (issue #15).
    const css = readdirSync(join(DIST, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'))
      .join('\n');
    for (const p of pages) {
      for (const fig of p.doc.querySelectorAll('figure[data-diagram]')) {
        const hash = fig.getAttribute('data-diagram');
        const svg = fig.querySelector('svg')!;
        const width = Number(svg.getAttribute('width'));
        // The minifier may group diagrams of the same size under one rule, and drop the quotes.
        const size = `{--w:${width}px;--min-w:${Math.ceil(width * MIN_READABLE_SCALE)}px}`;
        expect(css, p.path).toMatch(new RegExp(`\\[data-diagram="?${hash}"?\\][^{}]*${size.replace(/[{}]/g, '\\$&')}`));
        expect(fig.outerHTML, p.path).not.toMatch(/\sstyle=|<style/);
        for (const cls of svg.outerHTML.match(/\bds-[0-9a-f]{8}\b/g) ?? [])
          expect(css, `${p.path}: .${cls}`).toContain(`.${cls}:`);
        expect(fig.querySelector('.diagram-cue')?.text, p.path).toBe(ui(pageLanguage(p.path).lang).diagram.cue);
      }
    }
  });

  it('each come from a committed file in src/diagrams, and that folder holds nothing unused', () => {
    const files = readdirSync(CACHE)
      .filter((f) => f.endsWith('.svg'))
      .map((f) => f.slice(0, -4));
    const missing = [...used].filter((h) => !files.includes(h));
    expect(missing, 'diagrams drawn in this build but not in src/diagrams').toEqual([]);
    expect(
      files.filter((h) => !used.has(h)),
      'stale files in src/diagrams: delete them',
    ).toEqual([]);
    const git = spawnSync('git', ['ls-files', 'src/diagrams'], { cwd: ROOT, encoding: 'utf8' });
    if (git.status === 0) {
      const tracked = new Set(
        git.stdout
          .split('\n')
          .filter(Boolean)
          .map((f) => f.replace(/^src\/diagrams\/|\.svg$/g, '')),
      );
      expect(
        [...used].filter((h) => !tracked.has(h)),
        'diagrams not committed: git add src/diagrams',
      ).toEqual([]);
    }
  });

  it('ship no mermaid code: no script on any page mentions mermaid', () => {
    const scripts = new Set(
      pages.flatMap((p) => p.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!)),
    );
    const assets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    for (const f of assets) expect(readFileSync(join(DIST, '_astro', f), 'utf8'), f).not.toMatch(/mermaid/i);
    expect(scripts.size).toBeGreaterThan(0);
    for (const src of scripts) expect(src, 'scripts load from the site itself').toMatch(/^\/(_astro|pagefind)\//);
  });
});
