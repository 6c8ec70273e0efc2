/**
 * Money you can trust (issue #13) over the built site: no page calls one clinic's advertised prices or an
 * article's claim a survey; every price says what kind of evidence it is, a floor reads "from $X"; the cost
 * outcomes of the insurance flow link the Good Faith Estimate guide and the Original Medicare ones the ABN
 * guide; the estimator page carries the Good Faith Estimate link and Medicare's public amounts with sources.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { builtPages, textOf, type BuiltPage } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { evidenceSentence, evidenceWords, priceWords } from '../../src/lib/costs/evidence.ts';
import { COST_WORDS } from '../../src/i18n/cost-words.ts';
import { fillWords } from '../../src/lib/format/text.ts';
import { pageLanguage } from '../../src/lib/paths.ts';
import { localizedCosts } from '../../src/lib/i18n/localize.ts';
import { flowPages } from '../../src/lib/flow/pages.ts';
import { parse, type HTMLElement } from 'node-html-parser';
import { ROOT } from '../support/fixtures.ts';
import { sentencesOf, surveyClaims } from '../support/survey-claims.ts';

const pages = builtPages();
const page = (path: string): BuiltPage => {
  const p = pages.find((x) => x.path === path);
  if (!p) throw new Error(`${path} was not built`);
  return p;
};
const { catalog } = siteCatalog(join(ROOT, 'content'));
const rows = catalog.costs;
const weak = rows.filter((r) => r.evidence === 'clinic-ad' || r.evidence === 'article');
const surveyRows = rows.filter((r) => r.evidence === 'survey');
const links = (el: BuiltPage['doc'] | null | undefined, sitePath: string) =>
  (el?.querySelectorAll('a[href]') ?? []).filter((a) => (a.getAttribute('href') ?? '').endsWith(sitePath));
const split = new WeakMap<BuiltPage, string[]>();
/**
 * The sentences of a page's <main>, or none when its text lacks `words` (with no space in them): a sentence is a piece
 * of that text with its spaces evened out, so it can hold them only if the text does. Only those pages are split (the
 * costly part: the HTML of <main> is parsed again), each once for the two tests that read sentences.
 */
const sentencesWith = (p: BuiltPage, words: RegExp): string[] => {
  if (!words.test(p.doc.querySelector('main')?.text ?? '')) return [];
  let sentences = split.get(p);
  if (!sentences) split.set(p, (sentences = sentencesOf(p.doc.querySelector('main'))));
  return sentences;
};
const GFE = '/guides/good-faith-estimate/';
const ABN = '/guides/advance-beneficiary-notice/';

describe('no page calls advertised prices a survey', () => {
  it('has clinic ads and articles to check, and the old "price surveys and reports" wording is gone', () => {
    expect(weak.length).toBeGreaterThan(5);
    for (const p of pages) expect(p.html, p.path).not.toMatch(/price surveys and reports/i);
  });

  it('never says "survey" beside a clinic ad or an article: not in its row, not in a sentence with its price', () => {
    // The rows by id (the first of an id, as rows.find gives it), not a search of the rows for each one shown.
    const byId = new Map<string, (typeof rows)[number]>();
    for (const r of rows) if (!byId.has(r.id)) byId.set(r.id, r);
    const bad: string[] = [];
    let shown = 0;
    let spanish = 0;
    for (const p of pages) {
      for (const el of p.doc.querySelectorAll('[data-cost-row]')) {
        const r = byId.get(el.getAttribute('data-cost-row')!);
        if (!r || !weak.includes(r)) continue;
        shown++;
        if (/survey|encuesta|estudio/i.test(textOf(el))) bad.push(`${p.path} ${r.id}: “${textOf(el)}”`);
      }
      // A sentence that says "survey" (or "encuesta", "estudio") must not carry the price of a clinic ad or an
      // article, in any way of writing a range (unless a survey found the very same range). surveyClaims finds none
      // in a sentence without those words.
      if (p.path.startsWith('/es/')) spanish++;
      for (const sentence of sentencesWith(p, /survey|encuesta|estudio/i)) {
        const claims = surveyClaims(sentence, weak, surveyRows);
        if (claims.length > 0) bad.push(`${p.path}: “${sentence}” (${claims.join(', ')})`);
      }
    }
    expect(bad).toEqual([]);
    expect(shown).toBeGreaterThan(weak.length); // therapy pages and the /estimate/ table
    expect(spanish).toBeGreaterThan(10); // the Spanish pages are read too
  });

  it('the check can fail: it catches a weak price called a survey or a study, however the range is written', () => {
    const ad = { id: 'ad', low: 500, high: 2500, floor: false };
    const floor = { id: 'floor', low: 2000, floor: true };
    const survey = { id: 'survey', low: 350, high: 1700, floor: false };
    const bad = [
      'A survey found prices of $500–$2,500 per shot.',
      'A survey found prices of $500 to $2,500 per shot.',
      'In a survey, clinics charged between $500 and $2,500.',
      'Una encuesta halló precios de $500 a $2.500 por inyección.',
      'Según un estudio, cuesta entre 500 y 2.500 dólares.',
      'A survey says shots start from $2,000.',
      'Un estudio dice que cuesta desde $2.000.',
    ];
    for (const sentence of bad)
      expect(surveyClaims(sentence, [ad, floor], [survey]).length, sentence).toBeGreaterThan(0);
    const fine = [
      'A survey of 91 offices found $350 to $1,700 per shot.', // the survey's own range
      "One clinic's advertised prices are $500–$2,500.", // no survey word
      'A survey found $2,000 was common.', // not said as a floor
      'A survey found prices of $5,000 to $25,000.', // another price
    ];
    for (const sentence of fine) expect(surveyClaims(sentence, [ad, floor], [survey]), sentence).toEqual([]);
    // On a page: a bad sentence in a paragraph is found; two choices of a list are never read as one sentence.
    const doc = parse(
      '<main><p>We found a survey.</p><p>It says shots cost between $500 and $2,500.</p><p>A survey found ' +
        'prices of $500 to $2,500.</p><select><option>Per shot: $350–$1,700, a survey</option>' +
        "<option>Per treatment: $500–$2,500, one clinic's ad</option></select></main>",
    );
    expect(sentencesOf(doc.querySelector('main')).flatMap((x) => surveyClaims(x, [ad, floor], [survey]))).toEqual([
      'ad',
    ]);
    // The same range as a survey's is allowed only because a survey found it.
    expect(surveyClaims('A survey found $350 to $1,700.', [{ ...survey, id: 'ad-same' }], [survey])).toEqual([]);
    expect(surveyClaims('A survey found $350 to $1,700.', [{ ...survey, id: 'ad-same' }], [])).toEqual(['ad-same']);
  });
});

describe('every price says what it is', () => {
  it('on each therapy page and in the /estimate/ table, in the same words as src/lib/costs', () => {
    const table = page('/estimate/').doc;
    // Each row's item in the prices section of each page that shows it (the first, as querySelector finds it): one
    // pass over the pages, not one for each row.
    const PRICES = 'section[aria-labelledby="prices"] [data-cost-row]';
    const items = new Map<string, { p: BuiltPage; li: HTMLElement }[]>();
    for (const p of pages) {
      const first = new Map<string, HTMLElement>();
      for (const li of p.doc.querySelectorAll(PRICES))
        if (!first.has(li.getAttribute('data-cost-row')!)) first.set(li.getAttribute('data-cost-row')!, li);
      for (const [id, li] of first) items.set(id, [...(items.get(id) ?? []), { p, li }]);
    }
    const localized = new Map<string, ReturnType<typeof localizedCosts>>();
    for (const r of rows) {
      const words = evidenceWords(r);
      const sentence = `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
      const tr = table.querySelector(`[data-price-table] tr[data-cost-row="${r.id}"]`);
      expect(textOf(tr), r.id).toContain(sentence);
      expect(textOf(tr), r.id).toContain(priceWords(r));
      const shownOn = items.get(r.id) ?? [];
      expect(shownOn.length, `${r.id} is on a therapy page`).toBeGreaterThan(0);
      for (const { p, li } of shownOn) {
        // A page in another language says the same in its words (src/i18n/cost-words/), with the row's own words
        // (a survey's sample) in that language too (content/es/costs.yaml).
        const lang = pageLanguage(p.path).lang;
        const w = COST_WORDS[lang];
        if (!localized.has(lang)) localized.set(lang, localizedCosts(rows, lang, catalog.es.costs));
        const local = localized.get(lang)!.find((x) => x.id === r.id)!;
        expect(textOf(li), `${p.path} ${r.id}`).toContain(evidenceSentence(local, w));
        // A floor reads "from $X" ("desde $X"), never as a range, and draws no bar.
        if (r.floor) {
          expect(textOf(li)).toContain(`: ${fillWords(w.from, { price: `$${r.low.toLocaleString('en-US')}` })}`);
          expect(li?.querySelector('.range-track')).toBeNull();
        }
      }
      expect(
        shownOn.some(({ p }) => p.path.startsWith('/es/')),
        `${r.id} is on a Spanish therapy page too`,
      ).toBe(true);
    }
  });

  it('keeps "stem cell" prices that name no cells off the page of any one therapy as its own price', () => {
    for (const r of rows.filter((x) => x.therapy === 'unspecified-stem-cells')) {
      const li = page('/therapies/bone-marrow-concentrate/').doc.querySelector(`[data-cost-row="${r.id}"]`);
      // Shown, but under the heading that says the cells are not named.
      let el = li?.parentNode;
      while (el && el.tagName !== 'UL') el = el.parentNode;
      let h = el?.previousElementSibling;
      while (h && h.tagName !== 'H3') h = h.previousElementSibling;
      expect(textOf(h), r.id).toMatch(/cells not named/);
    }
  });

  it('the therapy pages start the cost line from the most trusted price: PRP from the Miami survey', () => {
    const line = textOf(page('/therapies/prp/').doc.querySelector('[data-price-line]'));
    expect(line).toContain('$350–$1,700 per injection (a survey).');
    expect(textOf(page('/therapies/hyaluronic-acid/').doc.querySelector('[data-price-line]'))).toContain(
      "$500–$1,000 per treatment (one clinic's ad).",
    );
    expect(
      page('/therapies/prp/')
        .doc.querySelector('section.estimate-preset [data-cost-row]')
        ?.getAttribute('data-cost-row'),
    ).toBe('prp-per-injection-miami-2019');
  });
});

describe('PRP and gel shots are costed as a series on their pages', () => {
  for (const therapy of ['prp', 'hyaluronic-acid']) {
    it(`/therapies/${therapy}/: a series of 3 shots, with one shot and the whole series`, () => {
      const shots = catalog.therapies.find((t) => t.slug === therapy)!.series!.shots;
      expect(shots).toBe(3);
      const preset = page(`/therapies/${therapy}/`).doc.querySelector('section.estimate-preset');
      expect(textOf(preset)).toContain(`For a series of ${shots} shots in one area`);
      const line = preset?.querySelector('tr[data-line="treatment"]');
      expect(textOf(line)).toContain(`Treatment: 1 area × a series of ${shots} shots at`);
      // The total is the series: the row's range × the shots, in cents.
      const r = rows.find((x) => x.id === line?.getAttribute('data-cost-row'))!;
      expect(preset?.querySelector('[data-you-pay]')?.getAttribute('data-you-pay')).toBe(
        `${r.low * 100 * shots}-${r.high! * 100 * shots}`,
      );
      const each = textOf(preset?.querySelector(`[data-series="${shots}"]`));
      expect(each).toMatch(
        new RegExp(`^One shot costs .+\\. A series of ${shots} shots costs .+ in each area treated\\.$`),
      );
      expect(each).toContain(priceWords(r));
      // The words on where the number comes from, and the link keeps the series (no sessions=1).
      expect(textOf(preset)).toContain(`We count a series of ${shots} shots.`);
      const href = preset?.querySelector('a[href*="/estimate/?"]')?.getAttribute('href') ?? '';
      expect(href).toContain(`therapy=${therapy}`);
      expect(href).not.toContain('sessions=');
    });
  }

  it('a treatment not given as a series is still one session (bone marrow concentrate)', () => {
    const preset = page('/therapies/bone-marrow-concentrate/').doc.querySelector('section.estimate-preset');
    expect(textOf(preset)).toContain('For one area and one session');
    expect(preset?.querySelector('[data-series]')).toBeNull();
  });
});

describe('links from where money is discussed', () => {
  const outcomes = (flowId: string) => {
    const flow = catalog.flows.find((f) => f.id === flowId)!;
    return flowPages(flow.id, flow).filter((p) => p.kind === 'outcome');
  };
  const steps = (path: string) => page(path).doc.querySelector('section.next-steps');

  it('every outcome of the insurance flow that offers an estimate also links the Good Faith Estimate guide', () => {
    const costly = outcomes('will-insurance-pay').filter(
      (o) => links(steps(o.path), '/estimate/').length > 0 || /estimate\//.test(steps(o.path)?.innerHTML ?? ''),
    );
    expect(costly.length).toBeGreaterThan(20);
    for (const o of costly) expect(links(steps(o.path), GFE).length, `${o.path} links ${GFE}`).toBeGreaterThan(0);
  });

  it('every Original Medicare outcome links the ABN guide', () => {
    const medicare = outcomes('will-insurance-pay').filter((o) => o.path.endsWith('/original-medicare/'));
    expect(medicare.length).toBeGreaterThan(5);
    for (const o of medicare) expect(links(steps(o.path), ABN).length, `${o.path} links ${ABN}`).toBeGreaterThan(0);
  });

  it('covered Original Medicare outcomes link what the reader would owe, not a cash estimate', () => {
    const covered = {
      'prp/prp-use/wound': 'prp-wound-g0465',
      'hyaluronic-acid/gel-use/knee': 'knee-shot-20610',
      'amniotic-membrane-grafts/graft-use/wound': 'skin-substitute-per-cm2',
    };
    for (const [use, service] of Object.entries(covered)) {
      const path = `/check/will-insurance-pay/treatment/${use}/plan/original-medicare/`;
      const hrefs = links(steps(path), '').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs, path).toContainEqual(expect.stringMatching(`/estimate/\\?mcare=${service}#medicare-rates$`));
      expect(
        hrefs.filter((h) => h.includes('/estimate/?therapy=')),
        path,
      ).toEqual([]);
    }
  });

  it('every therapy page with a covered Medicare amount links it, even without a cash price (grafts)', () => {
    for (const s of catalog.medicareRates!.services) {
      const preset = page(`/therapies/${s.therapy}/`).doc.querySelector('section.estimate-preset [data-medicare-link]');
      expect(preset?.querySelector('a')?.getAttribute('href'), s.therapy).toMatch(
        /\/estimate\/\?(.+&)?mcare=[a-z0-9-]+#medicare-rates$/,
      );
    }
    const grafts = page('/therapies/amniotic-membrane-grafts/').doc.querySelector('section.estimate-preset');
    expect(grafts?.querySelector('[data-cost-row]')).toBeNull(); // no cash price to show
    expect(links(grafts, '/estimate/?mcare=skin-substitute-per-cm2#medicare-rates')).toHaveLength(1);
  });

  it('the estimator result links the Good Faith Estimate guide, and the Medicare table the ABN guide', () => {
    const doc = page('/estimate/').doc;
    expect(links(doc.querySelector('[data-result] [data-gfe]'), GFE)).toHaveLength(1);
    expect(links(doc.querySelector('section[aria-labelledby="medicare-rates"]'), ABN)).toHaveLength(1);
  });
});

describe('undated sources', () => {
  it('say on /sources/ that the document has no date and when we first read it, not "Reviewed 2026"', () => {
    const undated = catalog.sources.filter((s) => s.dateLabel === 'undated');
    expect(undated.map((s) => s.id)).toEqual(
      expect.arrayContaining(['californiapain-regenerative-coverage', 'stem-cell-loopholes-article']),
    );
    const doc = page('/sources/').doc;
    for (const s of undated) {
      const text = textOf(doc.querySelector(`#source-${s.id}`));
      expect(text, s.id).toContain('No date on the document; first read');
      expect(text, s.id).not.toMatch(/Reviewed \d{4}/);
    }
  });
});

describe('the ABN in the same words everywhere', () => {
  const ABN_WORDS = /\bABN\b|Advance Beneficiary Notice|Aviso Anticipado al Beneficiario/;

  it('a clinic "must" give one "if it wants to bill you", as the ABN guide says; never "should" give one', () => {
    let mentions = 0;
    const should: string[] = [];
    // (A sentence ABN_WORDS finds holds one of these words.)
    for (const p of pages)
      for (const sentence of sentencesWith(p, /ABN|Advance|Aviso/).filter((x) => ABN_WORDS.test(x))) {
        mentions++;
        if (/\bshould (give|ask|tell)\b|\bdebería darle\b/i.test(sentence)) should.push(`${p.path}: “${sentence}”`);
      }
    expect(should).toEqual([]);
    expect(mentions).toBeGreaterThan(50);
    for (const path of ['/therapies/prp/', '/therapies/hyaluronic-acid/', '/guides/paying-for-treatment/'])
      expect(textOf(page(path).doc.querySelector('main')), path).toMatch(
        new RegExp(
          'must give you an Advance Beneficiary Notice( \\(ABN\\))? ' +
            '(first|before a service it expects Medicare to deny,) if it wants to bill you',
        ),
      );
    expect(textOf(page('/es/guides/paying-for-treatment/').doc.querySelector('main'))).toContain(
      'debe darle un Aviso Anticipado al Beneficiario (ABN) antes de ciertos servicios, si quiere cobrarle a usted.',
    );
  });
});

describe("Original Medicare's amounts on /estimate/", () => {
  it('lists each covered service with its amount, year and a source, and says where no rate was found', () => {
    const m = catalog.medicareRates!;
    const section = page('/estimate/').doc.querySelector('section[aria-labelledby="medicare-rates"]');
    expect(textOf(section)).toContain('($283 in 2026)');
    expect(textOf(section)).toContain('20% of the Medicare-approved amount');
    for (const s of m.services) {
      const tr = section?.querySelector(`tr[data-medicare-service="${s.id}"]`);
      expect(textOf(tr), s.id).toContain(`${s.year}, doctor’s office. From ${s.release}.`);
      expect(tr?.querySelectorAll('a[href^="#source-"]').length, s.id).toBeGreaterThan(0);
    }
    expect(textOf(section?.querySelector('tr[data-medicare-service="knee-shot-20610"]'))).toContain('$68.81');
    // G0465 is the 2026 amount, read in CMS's own file, so it goes with the 2026 deductible.
    const prp = textOf(section?.querySelector('tr[data-medicare-service="prp-wound-g0465"]'));
    expect(prp).toContain('$1,063.48');
    expect(prp).toContain('2026, doctor’s office. From CMS relative value file RVU26C, July 2026 release.');
    expect(prp).toContain('Read in the source itself.');
    // The corrected 2026 rate (FR Doc 2025-21458), as on the graft pages; never the rule's first $127.28.
    const graft = textOf(section?.querySelector('tr[data-medicare-service="skin-substitute-per-cm2"]'));
    expect(graft).toContain('$127.14 per square centimeter');
    expect(graft).not.toContain('about $127');
    expect(textOf(section)).toContain('No public rate found for the gel itself');
  });

  it('gives one skin substitute rate everywhere: the corrected $127.14, never the first $127.28 on its own', () => {
    const m = catalog.medicareRates!;
    const rate = m.services.find((s) => s.id === 'skin-substitute-per-cm2')!;
    expect(rate.amountCents).toBe(12_714);
    const citing = pages.filter((p) => p.html.includes('$127.14'));
    expect(citing.length).toBeGreaterThan(10); // the graft pages, the Medicare outcomes and by-state pages
    // $127.28 may appear only where the text explains the correction, beside $127.14.
    for (const p of pages.filter((x) => x.html.includes('$127.28'))) expect(p.html, p.path).toContain('$127.14');
  });
});

describe("the therapy page's estimate", () => {
  it('names a kind of clinic only when a price comes from that kind, never above "no separate price"', () => {
    const presets = pages.filter((p) => p.path.startsWith('/therapies/') && p.doc.querySelector('.estimate-preset'));
    expect(presets.length).toBeGreaterThanOrEqual(5);
    for (const p of presets) {
      const text = textOf(p.doc.querySelector('.estimate-preset'));
      if (/We have no separate price for/.test(text)) expect(text, p.path).toContain('at any kind of clinic');
      if (/at any kind of clinic/.test(text)) expect(text, p.path).not.toMatch(/at an? (lower-cost|established)/);
    }
  });
});
