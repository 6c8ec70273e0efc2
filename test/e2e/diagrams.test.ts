/**
 * Diagrams as a reader sees them (issue #11), in Chromium at a phone size (390×844) and a desktop size
 * (1280×800), measured by geometry, not pixels: on every page type that draws one, no diagram shows as
 * more than half empty space at first view; a box that scrolls says so in words and takes the keyboard;
 * a diagram that fits is drawn at a readable scale. On a phone, outcome and therapy pages draw no
 * diagram: they show the reader's path, or the first question, as text, with a link to the map page.
 *
 * "More than half empty space" is measured on the visible box: the part of the diagram's scroll box
 * (inside its border) that is on screen when the reader reaches it, that is with the box's top at the top
 * of the window and the box scrolled to its start. What is drawn there is the bounding box of the
 * diagram's readable parts (question and outcome boxes, answer labels) cut to the visible box; it must
 * cover at least half of the visible box's area. Area, not one dimension: a box whose only question
 * sits in a band across its middle (the therapy diagram on a phone before issue #11) is 90% covered in
 * width but 75% empty. Boxes and labels, not lines: a line crossing an empty box would stretch the
 * bounding box over all of it (the map's first view on a phone showed lines and nothing to read).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../support/fixtures.ts';
import { browserTestsEnabled } from '../support/browser.ts';
import { useSite } from '../support/page.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { MIN_READABLE_SCALE } from '../../src/lib/diagram/svg.ts';
import { pageLanguage } from '../../src/lib/paths.ts';
import { ui } from '../../src/i18n/index.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const { catalog } = loadContent(`${ROOT}/content`, ROOT);
/** Every flow's map, and each translated flow's Spanish map (its labels run longer: issue #17). */
const MAPS = [
  ...catalog.flows.map((f) => `/check/${f.id}/map/`),
  ...catalog.es.flows.map((t) => `/es/check/${t.id}/map/`),
];
const THERAPY = '/therapies/prp/';
const GUIDE = '/guides/appeal-a-denial/';
const SPANISH_GUIDE = '/es/guides/appeal-a-denial/';
const COVERAGE_OUTCOME = '/check/will-insurance-pay/treatment/prp/prp-use/joints/plan/employer-insured/';
const APPEAL_OUTCOME = '/check/claim-denied/reason/coding/plan/medicare/urgency/standard/';
const SPANISH_OUTCOME = '/es/check/claim-denied/reason/coding/plan/medicare/urgency/standard/';
interface Seen {
  /** Share of the visible box's area inside the bounding box of its boxes and labels, 0–1. */
  drawn: number;
  /** Boxes and labels at least partly in the visible box. */
  readable: number;
  visible: string;
  scrolls: boolean;
  /** Drawn width ÷ natural width. */
  scale: number;
  cue: { height: number; text: string };
  tabIndex: number;
}

/** What the reader sees of the n-th visible diagram on the page, at first view (see the header). */
async function firstView(page: Page, n: number): Promise<Seen> {
  return page.evaluate((n) => {
    const fig = [...document.querySelectorAll<HTMLElement>('figure[data-diagram]')].filter(
      (f) => f.getClientRects().length > 0,
    )[n]!;
    const box = fig.querySelector<HTMLElement>('.diagram-scroll')!;
    const svg = box.querySelector('svg')!;
    box.scrollLeft = 0;
    window.scrollTo(0, box.getBoundingClientRect().top + window.scrollY);
    const r = box.getBoundingClientRect();
    const left = Math.max(0, r.left + box.clientLeft);
    const top = Math.max(0, r.top + box.clientTop);
    const right = Math.min(window.innerWidth, r.left + box.clientLeft + box.clientWidth);
    const bottom = Math.min(window.innerHeight, r.top + box.clientTop + box.clientHeight);
    const drawn = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    let readable = 0;
    for (const el of svg.querySelectorAll('g.node, g.edgeLabel')) {
      const b = el.getBoundingClientRect();
      const cut = {
        left: Math.max(b.left, left),
        top: Math.max(b.top, top),
        right: Math.min(b.right, right),
        bottom: Math.min(b.bottom, bottom),
      };
      if (cut.right <= cut.left || cut.bottom <= cut.top) continue;
      readable += 1;
      drawn.left = Math.min(drawn.left, cut.left);
      drawn.top = Math.min(drawn.top, cut.top);
      drawn.right = Math.max(drawn.right, cut.right);
      drawn.bottom = Math.max(drawn.bottom, cut.bottom);
    }
    const cue = fig.querySelector<HTMLElement>('.diagram-cue');
    return {
      drawn: readable
        ? ((drawn.right - drawn.left) * (drawn.bottom - drawn.top)) / ((right - left) * (bottom - top))
        : 0,
      readable,
      visible:
        `${Math.round(right - left)}×${Math.round(bottom - top)} ` + `of a ${box.clientWidth}×${box.clientHeight} box`,
      scrolls: box.scrollWidth > box.clientWidth + 1,
      scale: svg.getBoundingClientRect().width / Number(svg.getAttribute('width')),
      cue: { height: cue?.getBoundingClientRect().height ?? 0, text: cue?.innerText.trim() ?? '' },
      tabIndex: box.tabIndex,
    };
  }, n);
}

const visibleDiagrams = (page: Page) =>
  page.$$eval('figure[data-diagram]', (fs) => fs.filter((f) => f.getClientRects().length > 0).length);

describe.skipIf(!browserTestsEnabled())('diagrams that read, on a phone and on a desktop', () => {
  const site = useSite();
  const contexts: Record<string, BrowserContext> = {};
  beforeAll(async () => {
    contexts['phone'] = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    contexts['desktop'] = await site.browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
  });
  afterAll(async () => Promise.all(Object.values(contexts).map((c) => c.close())));

  for (const [device, pages] of [
    // On a phone a whole flow is never drawn (see the map page test below); a code diagram is.
    ['phone', [GUIDE]],
    ['desktop', [...MAPS, THERAPY, GUIDE, SPANISH_GUIDE]],
  ] as const) {
    it(`${device}: each diagram fills half its box at first, at a readable scale, and says if it scrolls`, async () => {
      const page = await contexts[device]!.newPage();
      const problems: string[] = [];
      let measured = 0;
      for (const path of pages) {
        await page.goto(`${site.url}${path}`);
        const count = await visibleDiagrams(page);
        if (count === 0) problems.push(`${path}: no diagram shown`);
        for (let n = 0; n < count; n++) {
          const seen = await firstView(page, n);
          const at = `${path} diagram ${n + 1} (${seen.visible})`;
          measured += 1;
          if (seen.readable === 0) problems.push(`${at}: no box or label in view, only lines or nothing`);
          else if (seen.drawn < 0.5)
            problems.push(`${at}: the drawing covers only ${Math.round(seen.drawn * 100)}% of the visible box`);
          if (seen.scrolls) {
            const cue = ui(pageLanguage(path).lang).diagram.cue;
            if (seen.cue.height < 10 || seen.cue.text !== cue)
              problems.push(`${at}: scrolls sideways but shows no "${cue}" cue`);
            if (seen.tabIndex !== 0) problems.push(`${at}: scrolls but cannot be reached with the keyboard`);
            // A phone scrolls it at the smallest readable scale, a wide screen at its natural size.
            const want = device === 'phone' ? MIN_READABLE_SCALE : 1;
            if (Math.abs(seen.scale - want) > 0.01)
              problems.push(`${at}: scrolls at scale ${seen.scale.toFixed(2)}, not ${want}`);
          } else {
            if (seen.cue.height > 0) problems.push(`${at}: fits, yet says to scroll sideways`);
            if (seen.scale < MIN_READABLE_SCALE - 0.01)
              problems.push(`${at}: shrunk to scale ${seen.scale.toFixed(2)}, below ${MIN_READABLE_SCALE}`);
          }
        }
      }
      await page.close();
      expect(problems).toEqual([]);
      expect(measured).toBeGreaterThanOrEqual(pages.length);
    });
  }

  it('desktop: a scroll box takes keyboard focus and then scrolls with the arrow keys', async () => {
    const page = await contexts['desktop']!.newPage();
    await page.goto(`${site.url}${GUIDE}`);
    const scrolling = await page
      .locator('.diagram-scroll')
      .evaluateAll((els) => els.findIndex((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1));
    expect(scrolling, 'a diagram on the guide that scrolls sideways').toBeGreaterThanOrEqual(0);
    const box = page.locator('.diagram-scroll').nth(scrolling);
    await box.focus();
    expect(await box.evaluate((b) => b === document.activeElement)).toBe(true);
    // Keyboard scrolling needs the tab to have the window's focus (it may not, after other tabs of this
    // context), and it is animated: bring the tab to the front, then press as a reader would until it moves.
    await page.bringToFront();
    for (let tries = 0; tries < 10 && (await box.evaluate((b) => b.scrollLeft)) === 0; tries++) {
      await box.press('ArrowRight');
      await page.waitForTimeout(100);
    }
    expect(await box.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });

  it('phone: a map page gives every question as text, with contents, and says how to see the diagram', async () => {
    const page = await contexts['phone']!.newPage();
    for (const path of MAPS) {
      await page.goto(`${site.url}${path}`);
      const order = await page.$$eval('.diagram-outline, figure[data-diagram]', (els) =>
        els.map((e) => (e.matches('figure') ? 'diagram' : 'text')),
      );
      expect(order, path).toEqual(['text', 'diagram']);
      expect(await visibleDiagrams(page), path).toBe(0);
      expect(await page.locator('.diagram-narrow-note').innerText(), path).toBe(
        ui(pageLanguage(path).lang).diagram.narrow,
      );
      // Every question in the contents, and each entry leads to its question in the text.
      const questions = await page.locator('.diagram-outline li[id] > strong').count();
      const links = page.locator('[data-contents] a');
      expect(await links.count(), path).toBe(questions + 2);
      const first = await links.first().getAttribute('href');
      expect(await page.locator(`${first} > strong`).count(), path).toBe(1);
    }
    await page.close();
  });

  it('desktop: a map page draws the diagram and hides the phone note', async () => {
    const page = await contexts['desktop']!.newPage();
    await page.goto(`${site.url}${MAPS[0]}`);
    expect(await visibleDiagrams(page)).toBe(1);
    expect(await page.locator('.diagram-narrow-note').isVisible()).toBe(false);
    await page.close();
  });

  it('phone: outcome pages draw no diagram and show the path that led there as numbered steps', async () => {
    const page = await contexts['phone']!.newPage();
    for (const path of [COVERAGE_OUTCOME, APPEAL_OUTCOME, SPANISH_OUTCOME]) {
      const lang = pageLanguage(path).lang;
      await page.goto(`${site.url}${path}`);
      expect(await page.locator('svg[aria-roledescription]').count(), path).toBe(0);
      const steps = page.locator('section[aria-labelledby="your-answers"]');
      expect(await steps.locator('h2').innerText()).toBe(ui(lang).flow.howYouGotHere);
      expect(await steps.locator('ol > li[data-answer] a').count(), path).toBeGreaterThanOrEqual(3);
      expect(await steps.locator('a', { hasText: ui(lang).diagram.seeMap }).getAttribute('href')).toMatch(
        lang === 'es' ? /^\/es\/check\/[a-z-]+\/map\/$/ : /^\/check\/[a-z-]+\/map\/$/,
      );
    }
    await page.close();
  });

  it('phone: a therapy page gives the first question as text and links to the map, without the diagram', async () => {
    const page = await contexts['phone']!.newPage();
    await page.goto(`${site.url}${THERAPY}`);
    expect(await visibleDiagrams(page)).toBe(0);
    const text = page.locator('.diagram-first');
    expect(await text.innerText()).toContain('What is the PRP for?');
    const answers = await text.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(answers.length).toBeGreaterThanOrEqual(3);
    for (const href of answers)
      expect(href).toMatch(/^\/check\/will-insurance-pay\/treatment\/prp\/prp-use\/[a-z-]+\/$/);
    expect(await text.locator('a', { hasText: 'See every question as a diagram' }).getAttribute('href')).toBe(
      '/check/will-insurance-pay/map/',
    );
    await page.close();
  });
});
