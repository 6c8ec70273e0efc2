/**
 * Diagrams in the built site: each is an inline SVG with an accessible name and description, drawn from
 * a cached SVG that is committed (a fresh clone must build without a browser), with no stale cache files;
 * and no page ships any mermaid code.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/fixtures.ts';
import { DIST, builtPages } from '../support/dist.ts';

const CACHE = join(ROOT, 'src', 'diagrams');
const pages = builtPages();
const used = new Set(
  pages.flatMap((p) => p.doc.querySelectorAll('figure[data-diagram]').map((f) => f.getAttribute('data-diagram')!)),
);

describe('diagrams', () => {
  it('appear on the flow maps, the outcome pages, the therapy pages and in MDX', () => {
    for (const path of [
      '/check/will-insurance-pay/map/',
      '/check/claim-denied/map/',
      '/therapies/prp/',
      '/guides/appeal-a-denial/',
      '/check/claim-denied/reason/coding/plan/medicare/urgency/standard/',
    ]) {
      expect(pages.find((p) => p.path === path)?.doc.querySelector('figure[data-diagram] svg'), path).toBeTruthy();
    }
  });

  it('are inline SVG with a title, a description and a text outline beside them', () => {
    for (const p of pages) {
      for (const fig of p.doc.querySelectorAll('figure[data-diagram]')) {
        const svg = fig.querySelector('svg')!;
        expect(svg.getAttribute('aria-labelledby'), p.path).toBeTruthy();
        expect(svg.querySelector('title')?.text.trim().length, p.path).toBeGreaterThan(3);
        expect(svg.querySelector('desc')?.text.trim().length, p.path).toBeGreaterThan(10);
        expect(fig.nextElementSibling?.classList.contains('diagram-outline'), p.path).toBe(true);
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
