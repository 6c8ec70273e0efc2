/**
 * Checks over the built site: every content page carries what CONTRIBUTING.md requires, links and anchors
 * resolve, the sitemap and robots.txt are right, and structured data is there.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, contentPages, isNoindex } from '../support/dist.ts';
import { siteUrl } from '../../src/lib/site.ts';
import { parse } from 'yaml';
import type { HTMLElement } from 'node-html-parser';
import { ROOT } from '../support/fixtures.ts';

/** A not-found page: `/404.html`, and each language's (`/es/404.html`). */
const isNotFound = (path: string) => /^(\/[a-z]{2})?\/404\.html$/.test(path);
import { ui } from '../../src/i18n/index.ts';
import { pageLanguage } from '../../src/lib/paths.ts';
import { LANGUAGES } from '../../src/schemas/language.ts';
import { svgProblems } from '../../src/lib/diagram/svg.ts';

const pages = builtPages();
const SITE = siteUrl();

/** A Content-Security-Policy's directives by name. */
const directives = (csp: string): Record<string, string> =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
/** The directives issue #15 made strict, with the only values they may have. */
const STRICT_VALUES = {
  'style-src': "'self'",
  'require-trusted-types-for': "'script'",
  'trusted-types': 'default',
};
const STRICT = Object.keys(STRICT_VALUES);
const pick = (d: Record<string, string>, names: string[]) => Object.fromEntries(names.map((n) => [n, d[n]]));

describe('every page', () => {
  it('has a title, a description, a canonical URL on the configured site, and exactly one h1', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const title = p.doc.querySelector('title')?.text.trim() ?? '';
      const desc = p.doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      const canonical = p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      const h1s = p.doc.querySelectorAll('h1').length;
      if (!title) bad.push(`${p.path}: no <title>`);
      if (desc.length < 30) bad.push(`${p.path}: description too short (${JSON.stringify(desc)})`);
      // The 404 page is served at every missing address, so it names no canonical address (there is no /404/).
      if (isNotFound(p.path)) {
        if (canonical) bad.push(`${p.path}: has a canonical address (${canonical})`);
        if (!title.startsWith(ui(pageLanguage(p.path).lang).notFound.title)) bad.push(`${p.path}: title ${title}`);
      } else if (!canonical.startsWith(`${SITE}/`)) bad.push(`${p.path}: canonical ${canonical} is not on ${SITE}`);
      if (h1s !== 1) bad.push(`${p.path}: ${h1s} h1 elements`);
      // Which language each page is in is test/site/languages.test.ts's to check; here only that it says one.
      if (!/^(en|es)-US$/.test(p.doc.querySelector('html')?.getAttribute('lang') ?? '')) bad.push(`${p.path}: no lang`);
    }
    expect(bad).toEqual([]);
  });

  it('has a skip link to the main landmark and breadcrumbs below the home page (of each language)', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const skip = p.doc.querySelector('a.skip-link')?.getAttribute('href');
      if (skip !== '#main') bad.push(`${p.path}: skip link to ${skip}`);
      if (!p.doc.querySelector('main#main')) bad.push(`${p.path}: no main#main`);
      if (pageLanguage(p.path).path !== '/' && !isNotFound(p.path) && !p.doc.querySelector('nav.breadcrumbs'))
        bad.push(`${p.path}: no breadcrumbs`);
    }
    expect(bad).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    const ids = new Map(pages.map((p) => [p.path, new Set(p.doc.querySelectorAll('[id]').map((e) => e.id))]));
    // Whether each file exists, asked once: the pages link the same pages over and over.
    const files = new Map<string, boolean>();
    const exists = (file: string) => {
      if (!files.has(file)) files.set(file, existsSync(file));
      return files.get(file)!;
    };
    const broken: string[] = [];
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `http://site${p.path}`);
        const target = url.pathname;
        const file = target.endsWith('/') ? join(DIST, target, 'index.html') : join(DIST, target);
        if (!exists(file)) {
          broken.push(`${p.path} → ${href} (no such page)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.endsWith('/') && !ids.get(target)?.has(anchor))
          broken.push(`${p.path} → ${href} (no #${anchor} there)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no link, script or address to load in any drawing: an SVG may point only inside itself ("#…")', () => {
    // a[href] above misses SVG links: Mermaid draws `click A href "http://…"` as <a xlink:href> (issue #15).
    const bad = pages.flatMap((p) =>
      p.doc.querySelectorAll('svg').flatMap((svg) => svgProblems(svg.outerHTML).map((x) => `${p.path}: ${x}`)),
    );
    expect(bad).toEqual([]);
    expect(pages.some((p) => p.doc.querySelector('figure[data-diagram] svg'))).toBe(true);
  });

  it('marks every external link rel="noopener noreferrer"', () => {
    const bad = pages.flatMap((p) =>
      p.doc
        .querySelectorAll('a[href^="http"]')
        .filter((a) => !/noopener/.test(a.getAttribute('rel') ?? '') || !/noreferrer/.test(a.getAttribute('rel') ?? ''))
        .map((a) => `${p.path}: ${a.getAttribute('href')}`),
    );
    expect(bad).toEqual([]);
  });

  it('sets a strict Content-Security-Policy and runs no inline script', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const csp = p.doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = directives(csp)['script-src'] ?? '';
      if (!scriptSrc.includes("'self'") || /unsafe-inline|(?<!wasm-)unsafe-eval|\*|https?:/.test(scriptSrc))
        bad.push(`${p.path}: script-src "${scriptSrc}"`);
      // Styles only from the site's stylesheets, and script sinks only through Trusted Types (issue #15).
      const strict = pick(directives(csp), STRICT);
      if (JSON.stringify(strict) !== JSON.stringify(STRICT_VALUES)) bad.push(`${p.path}: ${JSON.stringify(strict)}`);
      for (const sc of p.doc.querySelectorAll('script:not([src])')) {
        const type = sc.getAttribute('type') ?? '';
        if (type !== 'application/ld+json' && type !== 'application/json')
          bad.push(`${p.path}: inline <script type="${type}">`);
      }
      if (/\son[a-z]+=/i.test(p.html)) bad.push(`${p.path}: inline event handler attribute`);
    }
    expect(bad).toEqual([]);
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toMatch(
      /Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';[^\n]*frame-ancestors 'none'/,
    );
  });

  it("sends the same policy in _headers: style-src 'self' only, and Trusted Types required", () => {
    const line = /^ {2}Content-Security-Policy: (.*)$/m.exec(readFileSync(join(DIST, '_headers'), 'utf8'))?.[1] ?? '';
    const header = directives(line);
    expect(pick(header, STRICT)).toEqual(STRICT_VALUES);
    const meta = pages[0]!.doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    // The header is the <meta> policy plus what only a header can say.
    expect(header).toEqual({ ...directives(meta ?? ''), 'frame-ancestors': "'none'" });
  });

  it('have no inline style: no style attribute and no <style> element', () => {
    const bad = pages.flatMap((p) => [
      ...p.doc
        .querySelectorAll('[style]')
        .map((e) => `${p.path}: <${e.tagName.toLowerCase()} style="${e.getAttribute('style')}">`),
      ...p.doc.querySelectorAll('style').map(() => `${p.path}: <style>`),
    ]);
    expect(bad).toEqual([]);
  });

  it('_headers sends HSTS and COOP, and no obsolete interest-cohort', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toContain('  Strict-Transport-Security: max-age=63072000; includeSubDomains\n');
    expect(headers).toContain('  Cross-Origin-Opener-Policy: same-origin\n');
    expect(headers).not.toContain('interest-cohort');
  });

  it("ships none of Pagefind's UI bundles, only the client the search page loads", () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-worker.js');
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });

  /**
   * Pages that state no fact of their own, so have nothing to review: the search page (its results are other
   * pages, each with its own dates) and the not-found page (only ways back in), in each language.
   */
  const NO_FACTS: Record<string, string> = {
    '/search/': 'search results are other pages, each with its own dates',
    '/es/search/': 'search results are other pages, each with its own dates',
    '/404.html': 'says only that a page is missing, with ways back in',
    '/es/404.html': 'says only that a page is missing, with ways back in',
  };

  it('says when it was last reviewed and when its next review is due (the About page promises it)', () => {
    const realDate = (d: string | undefined) =>
      /^\d{4}-\d{2}-\d{2}$/.test(d ?? '') && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d!);
    const bad: string[] = [];
    for (const p of pages) {
      const meta = p.doc.querySelectorAll('time[data-next-review]');
      if (p.path in NO_FACTS) {
        if (meta.length > 0) bad.push(`${p.path}: listed as stating no facts, yet shows a review date`);
        continue;
      }
      if (meta.length !== 1) {
        bad.push(`${p.path}: ${meta.length} next-review dates`);
        continue;
      }
      const line = meta[0]!.closest('.page-meta');
      if (!line) {
        bad.push(`${p.path}: the next-review date is not in the review line`);
        continue;
      }
      const next = meta[0]!.getAttribute('datetime');
      const last = line.querySelector('time[data-last-reviewed]')?.getAttribute('datetime');
      if (!realDate(last)) bad.push(`${p.path}: last reviewed ${last}`);
      else if (!realDate(next)) bad.push(`${p.path}: next review ${next}`);
      else if (next! < last!) bad.push(`${p.path}: next review ${next} is before the last review ${last}`);
      // The words come from the page's language: "Last reviewed … Next review by …".
      const t = ui(pageLanguage(p.path).lang).page;
      const text = line.text.replace(/\s+/g, ' ').trim();
      if (!text.startsWith(`${t.lastReviewed} `) || !text.includes(`. ${t.nextReview} `))
        bad.push(`${p.path}: "${text}"`);
    }
    expect(bad).toEqual([]);
    // Every exemption is a page that exists, so the list cannot hide a renamed page.
    for (const path of Object.keys(NO_FACTS))
      expect(
        pages.map((p) => p.path),
        path,
      ).toContain(path);
  });

  it('never gives two cards in one list the same heading (Cigna once had two "Cell-based bone grafts")', () => {
    const bad: string[] = [];
    for (const p of pages)
      for (const list of p.doc.querySelectorAll('ul, ol')) {
        const headings = list.childNodes
          .filter((li) => (li as HTMLElement).tagName === 'LI')
          .flatMap((li) => (li as HTMLElement).childNodes.filter((h) => /^H[1-6]$/.test((h as HTMLElement).tagName)))
          .map((h) => h.text.replace(/\s+/g, ' ').trim());
        const seen = new Set<string>();
        for (const h of headings) {
          if (seen.has(h)) bad.push(`${p.path}: "${h}"`);
          seen.add(h);
        }
      }
    expect(bad).toEqual([]);
  });

  it('loads nothing from another host', () => {
    const bad = pages.flatMap((p) =>
      p.doc
        .querySelectorAll('script[src], link[rel="stylesheet"], img[src], iframe, link[rel="preload"]')
        .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '')
        .filter((u) => /^(https?:)?\/\//.test(u))
        .map((u) => `${p.path}: ${u}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('content pages', () => {
  const content = contentPages(pages);

  it('exist for therapies, payers, coverage answers, guides, flow outcomes and Medicare by state', () => {
    const kinds = new Set(content.map((p) => p.doc.querySelector('[data-page-kind]')?.getAttribute('data-page-kind')));
    expect([...kinds].sort()).toEqual(['check', 'coverage', 'guide', 'help', 'local-rules', 'payer', 'therapy']);
  });

  it('each show the answer, review date, linked sources, next steps, related pages and the disclaimer', () => {
    const bad: string[] = [];
    for (const p of content) {
      const d = p.doc;
      if (!d.querySelector('.answer')?.text.trim()) bad.push(`${p.path}: no answer`);
      const reviewed = d.querySelector('time[data-last-reviewed]')?.getAttribute('datetime') ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewed)) bad.push(`${p.path}: no last-reviewed date`);
      const sources = d.querySelectorAll('section[aria-labelledby="sources"] ol.source-list li[data-source]');
      if (sources.length === 0) bad.push(`${p.path}: no sources`);
      for (const s of sources)
        if (!s.querySelector('a[href^="https://"]'))
          bad.push(`${p.path}: source ${s.getAttribute('data-source')} has no link`);
      if (d.querySelectorAll('[data-next-step]').length === 0) bad.push(`${p.path}: no next steps`);
      if (!d.querySelector('#related')) bad.push(`${p.path}: no related pages`);
      if (!d.querySelector('[data-disclaimer]')) bad.push(`${p.path}: no disclaimer`);
      if (p.doc.querySelector('meta[name="description"]')?.getAttribute('content') !== undefined) {
        const desc = p.doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
        const answer = d.querySelector('.answer')?.text.trim() ?? '';
        // A coverage page with several answers lists them as badges under the answer; its description says
        // each one in words instead.
        const { lang, path } = pageLanguage(p.path);
        const several = path.startsWith('/coverage/') && d.querySelectorAll('.status-list > li').length > 1;
        const listing = ui(lang).coverage.dependsDescription.split('{clauses}')[0]!;
        if (several && !desc.startsWith(listing)) bad.push(`${p.path}: description does not list the answers`);
        if (!several && !answer.startsWith(desc.replace(/…$/, '')))
          bad.push(`${p.path}: description is not the answer`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("flow question pages show the flow's sources, its review date and the disclaimer", () => {
    const steps = pages.filter((p) => /^(\/es)?\/check\//.test(p.path) && p.doc.querySelector('.flow-step'));
    expect(steps.length).toBeGreaterThan(50);
    expect(steps.filter((p) => p.path.startsWith('/es/')).length).toBeGreaterThan(50);
    const bad: string[] = [];
    for (const p of steps) {
      const sources = 'section[aria-labelledby="sources"] ol.source-list li[data-source] a[href^="https://"]';
      if (p.doc.querySelectorAll(sources).length === 0) bad.push(`${p.path}: no linked sources`);
      const reviewed = p.doc.querySelector('time[data-last-reviewed]')?.getAttribute('datetime');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewed ?? '')) bad.push(`${p.path}: last reviewed ${reviewed}`);
      if (!p.doc.querySelector('[data-disclaimer]')) bad.push(`${p.path}: no disclaimer`);
    }
    expect(bad).toEqual([]);
  });

  it('for every treatment show coverage, FDA status, codes, prices, an estimate, clinic questions, FAQ', () => {
    const therapyPages = content.filter((p) => p.path.startsWith('/therapies/'));
    expect(therapyPages.length).toBeGreaterThanOrEqual(12);
    for (const p of therapyPages) {
      for (const id of [
        'at-a-glance',
        'coverage-by-insurer',
        'fda-status',
        'billing-codes',
        'prices',
        'estimate',
        'ask-the-clinic',
        'questions',
        'sources',
      ]) {
        expect(p.doc.querySelector(`#${id}`), `${p.path} #${id}`).not.toBeNull();
      }
      expect(p.doc.querySelectorAll('[data-coverage-cards] > li').length, `${p.path} coverage cards`).toBeGreaterThan(
        0,
      );
    }
  });

  it('for every insurer show coverage by treatment, and say how to appeal and what to ask for in writing', () => {
    const payerPages = content.filter((p) => p.doc.querySelector('[data-page-kind="payer"]'));
    expect(payerPages.length).toBeGreaterThanOrEqual(12);
    for (const p of payerPages) {
      expect(p.doc.querySelectorAll('[data-coverage-cards] > li').length, p.path).toBeGreaterThan(0);
      const headings = p.doc.querySelectorAll('h2').map((h) => h.text);
      expect(p.doc.querySelector('[data-what-to-do-now] [data-denied]'), `${p.path} appeal box`).not.toBeNull();
      expect(
        headings.some((h) => /in writing|por escrito/i.test(h)),
        `${p.path} what to ask in writing`,
      ).toBe(true);
    }
  });

  it('label every withdrawn or superseded source wherever a page lists it, in the page language', () => {
    const labels = LANGUAGES.flatMap((l) => Object.values(ui(l).sources.status));
    const ENDED_LABEL = new RegExp(`^(${labels.join('|')})(?![\\p{L}])`, 'u');
    const ended = (
      parse(readFileSync(join(ROOT, 'content/sources.yaml'), 'utf8')) as { id: string; status?: unknown }[]
    )
      .filter((s) => s.status)
      .map((s) => s.id);
    const listed: string[] = [];
    const bad: string[] = [];
    for (const p of content) {
      // The page's listed sources read once, not once for each ended source.
      const items = p.doc.querySelectorAll('li[data-source]');
      for (const id of ended)
        for (const li of items.filter((x) => x.getAttribute('data-source') === id)) {
          listed.push(id);
          if (!ENDED_LABEL.test(li.querySelector('.meta strong')?.text ?? '')) bad.push(`${p.path}: ${id}`);
        }
    }
    expect(new Set(listed)).toContain('cms-lcd-l39756');
    expect(bad).toEqual([]);
  });

  // A payer's named policies, a coverage entry's "Policy:" line and the letter reader's "Policies we know".
  it('label every withdrawn or superseded policy wherever a page names it', () => {
    const sources = parse(readFileSync(join(ROOT, 'content/sources.yaml'), 'utf8')) as {
      id: string;
      status?: unknown;
    }[];
    const ended = new Set(sources.filter((s) => s.status).map((s) => s.id));
    const labels = LANGUAGES.flatMap((l) => Object.values(ui(l).sources.status));
    const label = new RegExp(`^(${labels.join('|')})(?![\\p{L}])`, 'u');
    const named: string[] = [];
    const bad: string[] = [];
    for (const p of pages)
      for (const el of p.doc.querySelectorAll('[data-policy]')) {
        const id = el.getAttribute('data-policy') ?? '';
        const status = el.querySelector('[data-source-status]')?.text ?? '';
        if (ended.has(id)) named.push(id);
        if (ended.has(id) !== label.test(status)) bad.push(`${p.path}: ${id} ${JSON.stringify(status)}`);
      }
    // The payer pages' lists and the coverage entries both name old policies (UnitedHealthcare's OTH024 is listed as
    // one of its policies; Premera 7.01.149 is the policy of Blue Cross Blue Shield's amniotic entries).
    expect(named).toContain('uhc-oth024');
    expect(named).toContain('premera-mp-7-01-149');
    // The letter reader builds its list in the browser from data in the page: the labels must be in that data.
    const reader = pages.find((p) => p.path === '/appeal/read-letter/')!;
    const setup = JSON.parse(reader.doc.querySelector('script[data-reader]')!.text) as {
      data: { policies: { id: string; status?: string }[] };
    };
    for (const policy of setup.data.policies)
      if (ended.has(policy.id) !== label.test(policy.status ?? '')) bad.push(`letter reader: ${policy.id}`);
    expect(setup.data.policies.map((p) => p.id)).toContain('uhc-oth024');
    expect(bad).toEqual([]);
  });

  it("show when each kind of plan's appeal deadlines were checked and are next due, in the page language", () => {
    const plans = parse(readFileSync(join(ROOT, 'content/appeal-deadlines.yaml'), 'utf8')) as { checked: string }[];
    for (const [path, words] of [
      ['/appeal/deadlines/', /^We checked these steps and time limits on .+; next review by .+\.$/],
      ['/es/appeal/deadlines/', /^Revisamos estos pasos y plazos el .+; próxima revisión: .+\.$/],
    ] as const) {
      const lines = pages.find((p) => p.path === path)!.doc.querySelectorAll('[data-plan-checked]');
      expect(
        lines.map((l) => l.getAttribute('data-plan-checked')),
        path,
      ).toEqual(plans.map((p) => p.checked));
      for (const l of lines) expect(l.text.trim(), path).toMatch(words);
    }
  });

  it('say which use an answer is for, even when one entry answers for more than the common use', () => {
    // Anthem's PRP policy covers wounds and joints alike; its badge must not say "for joint, tendon or muscle pain".
    const anthem = content.find((p) => p.path === '/coverage/prp/anthem/')!;
    expect(anthem.doc.querySelector('[data-coverage-entry="anthem/prp/"] .status-line .use')?.text.trim()).toBe(
      ', for wounds and joint, tendon or muscle pain',
    );
  });

  it('about coverage show a status badge with a word, not colour alone', () => {
    const coverage = content.filter((p) => p.path.startsWith('/coverage/'));
    expect(coverage.length).toBeGreaterThan(0);
    for (const p of coverage) {
      const badge = p.doc.querySelector('.badge[data-status]');
      expect(badge?.text.trim().length, p.path).toBeGreaterThan(3);
    }
  });

  it('carry MedicalWebPage JSON-LD with lastReviewed, a BreadcrumbList, and FAQPage when they show an FAQ', () => {
    const bad: string[] = [];
    for (const p of content) {
      const ld = p.doc
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.text) as Record<string, unknown>);
      const types = ld.map((x) => x['@type']);
      for (const type of ['MedicalWebPage', 'BreadcrumbList'])
        if (!types.includes(type)) bad.push(`${p.path}: no ${type} in ${JSON.stringify(types)}`);
      const page = ld.find((x) => x['@type'] === 'MedicalWebPage');
      const reviewed = p.doc.querySelector('time[data-last-reviewed]')?.getAttribute('datetime');
      if (page?.['lastReviewed'] !== reviewed)
        bad.push(`${p.path}: lastReviewed ${page?.['lastReviewed']}, not ${reviewed}`);
      const faq = p.doc.querySelector('#questions') !== null;
      if (types.includes('FAQPage') !== faq) bad.push(`${p.path}: FAQPage ${types.includes('FAQPage')}, an FAQ ${faq}`);
    }
    expect(bad).toEqual([]);
  });

  it('have Open Graph tags', () => {
    const missing = content.flatMap((p) =>
      ['og:title', 'og:description', 'og:url', 'og:type']
        .filter((prop) => !p.doc.querySelector(`meta[property="${prop}"]`)?.getAttribute('content'))
        .map((prop) => `${p.path} ${prop}`),
    );
    expect(missing).toEqual([]);
  });

  it('are indexed by search (once each), with kind filters; besides them only the tools are', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const body = p.doc.querySelectorAll('[data-pagefind-body]').length;
      const tool = p.doc.querySelector('[data-tool]');
      const indexed = p.doc.querySelector('[data-page-kind]') || tool;
      // A flow outcome reached by a second path repeats the first one: noindex, and not searched.
      const expected = indexed && !isNoindex(p) ? 1 : 0;
      if (body !== expected) bad.push(`${p.path}: ${body} search bodies, not ${expected}`);
      if (tool && !/^(\/es)?\/(appeal|estimate|check)\//.test(p.path))
        bad.push(`${p.path}: data-tool on a page not a tool`);
    }
    for (const p of content.filter((c) => !isNoindex(c)))
      if (!p.doc.querySelector('[data-pagefind-filter^="kind:"]')) bad.push(`${p.path}: no kind filter`);
    expect(bad).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every indexable page and nothing else', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\//, ''));
    const listed = new Set(
      files.flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)),
    );
    const expected = new Set(pages.filter((p) => !isNoindex(p) && p.path.endsWith('/')).map((p) => `${SITE}${p.path}`));
    expect([...listed].sort()).toEqual([...expected].sort());
  });
  it('robots.txt allows crawling and points at the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
  it('the 404 page is not indexable', () => {
    expect(pages.find((p) => p.path === '/404.html')?.html).toContain('noindex');
  });
});
