/**
 * Reading grade of page prose with text-readability (a maintained port of Python's textstat): the
 * Flesch-Kincaid grade. CONTRIBUTING.md asks for a median of grade 8 or lower on therapy pages and guides,
 * and no page or flow above 10.
 */
import readability from 'text-readability';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import type { Catalog } from '../../src/lib/content/check.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { flowProse, medicareRatesProse, pageProse } from './prose.ts';

export const GRADE_TARGET_MEDIAN = 8;
export const GRADE_MAX = 10;

export function readingGrade(text: string): number {
  return readability.fleschKincaidGrade(text);
}

/** Flesch's reading ease of English text, the scale Fernández-Huerta keeps: how the Spanish limits are set. */
export function englishReadingEase(text: string): number {
  return readability.fleschReadingEase(text);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Graded {
  /** `data`: the words of a data file readers see (content/medicare-rates.yaml), held to the page limit only. */
  kind: 'therapy' | 'guide' | 'payer' | 'flow' | 'data';
  file: string;
  grade: number;
}

/**
 * The grade of every page and flow, and of the Medicare rates' words. (Flow answer labels are names, not
 * sentences: not graded.)
 */
export const gradeAll = (catalog: Catalog): Graded[] => [
  ...catalog.therapies.map((p) => ({ kind: 'therapy' as const, file: p.file, grade: readingGrade(pageProse(p)) })),
  ...catalog.guides.map((p) => ({ kind: 'guide' as const, file: p.file, grade: readingGrade(pageProse(p)) })),
  ...catalog.payers.map((p) => ({ kind: 'payer' as const, file: p.file, grade: readingGrade(pageProse(p)) })),
  ...catalog.flows.map((f) => ({ kind: 'flow' as const, file: f.file, grade: readingGrade(flowProse(f, false)) })),
  ...(catalog.medicareRates
    ? [
        {
          kind: 'data' as const,
          file: 'medicare-rates.yaml',
          grade: readingGrade(medicareRatesProse(catalog.medicareRates)),
        },
      ]
    : []),
];

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The CONTRIBUTING.md targets as content-check Problems: a therapy page, guide, flow or data file's words above
 * GRADE_MAX, and a median above GRADE_TARGET_MEDIAN for therapy pages and guides. Payer pages are reported, not
 * gated: they name policies and programs.
 */
export function readabilityProblems(graded: readonly Graded[]): Problem[] {
  const gated = graded.filter((g) => g.kind !== 'payer');
  const problems: Problem[] = gated
    .filter((g) => g.grade > GRADE_MAX)
    .map((g) => ({
      file: g.file,
      field: g.kind === 'flow' ? 'nodes' : g.kind === 'data' ? '(words)' : '(page text)',
      value: round(g.grade),
      message: `reads above grade ${GRADE_MAX}`,
    }));
  const med = median(gated.filter((g) => g.kind !== 'flow' && g.kind !== 'data').map((g) => g.grade));
  if (!(med <= GRADE_TARGET_MEDIAN))
    problems.push({
      file: 'therapies/ and guides/',
      field: '(page text)',
      value: round(med),
      message: `have a median reading grade above ${GRADE_TARGET_MEDIAN}`,
    });
  return problems;
}

/**
 * Spanish: the Fernández-Huerta reading ease, with the correction published by Gwillim Law (2011): the
 * formula as printed multiplies by sentences per 100 words, which makes shorter sentences score worse;
 * adapted from Flesch, it means words per sentence. 206.84 − 60 × syllables per word − 1.02 × words per
 * sentence. Higher is easier, on Flesch's scale: 60–70 "plain", 50–60 "fairly difficult".
 *
 * The limits carry the English ones over (CONTRIBUTING.md: a median of grade 8 or lower, no page above 10),
 * measured on the built pages read the same way (readerProse; `npm run readability` prints the main numbers):
 * - On the 821 English pages, the Flesch-Kincaid grade and Flesch's reading ease of the same text line up
 *   (r² 0.88): grade 8 is ease 58, grade 10 ease 46. The English pages: median grade 6.4, 805 at grade 8 or
 *   lower, the hardest 10.1.
 * - Fernández-Huerta scores our Spanish pages higher than Flesch scores their English twins: by 11.6 at the
 *   median, half the pages between 9.4 and 13.9. Its syllable weight (60) is lighter than Flesch's (84.6),
 *   and Spanish words are longer (1.95 syllables a word on our pages, English 1.50).
 * - So grade 8 is a Spanish ease of about 70 (58 + 11.6; matching the two lists of pages rank for rank,
 *   74), and grade 10 about 57 (46 + 11.6; rank for rank, 56).
 * The median must be 70 or more (80.2 on December 1, 2026), and no page below 57, the English per-page limit
 * carried over.
 * Three pages of names are held to 50 instead, each named in EASE_EXCEPTIONS with its reason: the search page
 * (its filter boxes list every treatment and insurer) and the coverage lists
 * /es/coverage/by-insurer/ (52.3) and /es/coverage/by-treatment/ (55.8), rows of fixed names and status labels
 * ("Inyecciones amnióticas: No cubierto: experimental, para dolor de articulaciones, tendones o espalda") whose
 * English twins are the hardest English pages too (grade 10.1, 8.3). A plainer status label ("No se sabe" for
 * "Desconocido") raised them from 44.7 and 47.5; the other plain rewordings we tried did not reach 57. Every
 * other Spanish page reads at 66 or more.
 */
export const EASE_TARGET_MEDIAN = 70;
export const EASE_MIN = 57;
/** The floor of a page named in EASE_EXCEPTIONS. */
export const EXCEPTION_EASE_MIN = 50;
/** Pages read at less than EASE_MIN (but at least EXCEPTION_EASE_MIN), and why. */
export const EASE_EXCEPTIONS: Record<string, string> = {
  '/es/coverage/by-insurer/': 'rows of treatment names and status labels, no sentences (English twin: grade 10.1)',
  '/es/coverage/by-treatment/': 'rows of insurer names and status labels, no sentences (English twin: grade 8.3)',
  // 67.6 until its filter boxes showed the Spanish names (December 1, 2026): 50.5.
  '/es/search/': 'its filter boxes, every treatment and insurer by its Spanish name (English twin: grade 8.3)',
};

const STRONG = new Set([...'aeoáéóíú']); // an accented i or u breaks a diphthong: "día" has two syllables
const WEAK = new Set([...'iuü']);
const VOWEL = new Set([...STRONG, ...WEAK]);

/** Syllables of a Spanish word: vowel groups, with diphthongs and triphthongs counted once. */
export function spanishSyllables(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '')
    .replace(/([qg])u(?=[eéií])/g, '$1') // the u of que, qui, gue, gui is silent
    .replace(/y$/, 'i'); // a final y is a vowel: hoy, muy
  let count = 0;
  let prev = '';
  for (const c of w) {
    if (!VOWEL.has(c)) {
      prev = '';
      continue;
    }
    // Two strong vowels are two syllables (hiatus); a weak unaccented vowel joins its neighbour.
    if (!(prev && (WEAK.has(prev) || WEAK.has(c)))) count += 1;
    prev = c;
  }
  return Math.max(1, count);
}

// Remembered per word: the site's 820 Spanish pages hold about a million words but only a few thousand distinct.
const known = new Map<string, number>();
const syllablesOf = (w: string): number => {
  let n = known.get(w);
  if (n === undefined) known.set(w, (n = /\p{L}/u.test(w) ? spanishSyllables(w) : 1));
  return n;
};

export function spanishReadingEase(text: string): number {
  const words = text.match(/[\p{L}\d]+/gu) ?? [];
  if (words.length === 0) return Number.NaN;
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + syllablesOf(w), 0);
  return 206.84 - 60 * (syllables / words.length) - 1.02 * (words.length / sentences);
}

/**
 * The inline elements the site's CSS sets on a line of their own (`display: block` or `flex` in
 * src/styles/site.css): a table cell's several answers, a flow answer's label and its hint, the question
 * in "How you got here", a plan line's name, statuses and "ask for". A reader reads each as a line, as a
 * block; run together they would make one long sentence nobody reads ("…no sananNo cubierto…").
 */
export const LINE_CLASSES = [
  'cell-entry',
  'flow-option',
  'flow-option-hint',
  'flow-path-question',
  'plan-name',
  'plan-status',
  'plan-ask',
] as const;

/** Elements that start and end a block of text: each block is read as one sentence at least. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR BUTTON CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LABEL LEGEND LI MAIN NAV OL P SECTION SUMMARY TABLE TBODY TD ' +
    'TFOOT TH THEAD TR UL'
  ).split(' '),
);

/**
 * Elements whose words are not prose: scripts and styles; code (a billing code in `<code>`, a letter's
 * template in `<pre>`); drawings (a diagram's SVG: the same flow is on the page as a text outline, which
 * is measured); and form controls' values (an `<option>` list of states or plan names, a `<textarea>`'s
 * letter). A control's `<label>` and `<legend>` are prose and are measured.
 */
const NOT_PROSE = new Set('SCRIPT STYLE TEMPLATE SVG MATH CODE PRE KBD SAMP SELECT OPTION TEXTAREA INPUT'.split(' '));

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The prose a reader reads in a built page's `<main>`, as blocks: headings, paragraphs, list items, table
 * cells, dt/dd, summaries, labels, legends, buttons (and any text between blocks), each ended with a full
 * stop when it has no end punctuation of its own, so each counts as a sentence, as pageProse() treats the
 * MDX source. What is not measured, and why:
 * - what is not prose (NOT_PROSE above), and a block that is only a code, a number or an address
 *   ("L39058", "$1,500", "TRICARE", "1-800-MEDICARE", "www.medicare.gov"): names and figures, not sentences;
 * - citation links (`a.cite`, "[L39058]"): references to the source list, as `<Cite>` is left out of
 *   pageProse();
 * - words in another language than the page's (`lang="en-US"` on a Spanish page: source titles,
 *   publishers, policy names): a Spanish formula cannot score English words, nor an English one Spanish;
 * - elements with the `hidden` attribute: not shown and not read out (the keywords a tool page gives the
 *   search index, a result or error a script shows later);
 * - decorative symbols marked `aria-hidden` (the ✓ ✕ – of a status badge);
 * - visually hidden text that repeats words shown on the page (a link's date, already in its sentence).
 *   Visually hidden text that adds words ("Cambiar su respuesta: Tratamiento", "Todavía no hay
 *   respuesta" for an empty table cell) is read out to screen-reader users, so it is measured.
 * The page's language is its `<html lang>`.
 */
export function readerProse(html: string): { lang: string; blocks: string[] } {
  const lang = (/<html\b[^>]*\slang="([a-z]+)/i.exec(html)?.[1] ?? '').toLowerCase();
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>', start);
  if (start < 0 || end < 0) return { lang, blocks: [] };
  // Only <main> is parsed: the header, navigation and footer around it are the same on every page.
  const main = parse(html.slice(start, end + '</main>'.length), { blockTextElements: { script: true, style: true } });
  const blocks: string[] = [];
  const quiet: string[] = []; // visually hidden texts, kept out until we know whether they repeat shown words
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      text += node.text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const elLang = el.getAttribute('lang');
    if (
      NOT_PROSE.has(el.tagName) ||
      el.hasAttribute('hidden') ||
      (elLang !== undefined && !elLang.toLowerCase().startsWith(lang)) ||
      (el.tagName === 'A' && el.classList.contains('cite')) ||
      (el.getAttribute('aria-hidden') === 'true' && !HAS_WORD.test(el.text))
    ) {
      text += ' '; // what was left out still parts the words either side of it
      return;
    }
    if (el.classList.contains('visually-hidden')) {
      text += `\u0001${quiet.push(el.text) - 1}\u0002`;
      return;
    }
    const block = BLOCKS.has(el.tagName) || LINE_CLASSES.some((c) => el.classList.contains(c));
    if (block) endBlock();
    for (const child of el.childNodes) walk(child);
    if (block) endBlock();
  };
  const endBlock = () => {
    if (/\S/.test(text)) blocks.push(text);
    text = '';
  };
  walk(main);
  endBlock();
  const QUIET = /\u0001(\d+)\u0002/g;
  let shown: string | undefined;
  const repeats = (t: string) => {
    const core = squash(t).replace(/^[(,:;\s]+|[),.:;\s]+$/g, '');
    return core !== '' && (shown ??= squash(blocks.join(' ').replace(QUIET, ' '))).includes(core);
  };
  return {
    lang,
    blocks: blocks
      .map((b) => tidy(b.replace(QUIET, (_, i: string) => (repeats(quiet[Number(i)]!) ? ' ' : quiet[Number(i)]!))))
      .filter(isProse)
      .map((b) => (/[.!?][)"'’”»\]]*$/.test(b) ? b : `${b}.`)),
  };
}

/**
 * White space collapsed, and punctuation left alone by words taken out removed: "<span lang=en>CMS</span>.
 * <a lang=en>Title</a> (en inglés), L39058." keeps "(en inglés), L39058.", not a full stop that would count
 * as a sentence of no words.
 */
const LONE = /(^|[\s(])[.,;:]+(?=[\s)]|$)/g;
const tidy = (b: string): string => {
  let t = squash(b).replace(/\(\s*\)/g, '');
  while (t.search(LONE) >= 0) t = squash(t.replace(LONE, '$1'));
  return t;
};

/** A block with a word in it: some word with a small letter and no digit. Not a code, number or address alone. */
const isProse = (b: string): boolean =>
  !(/^\S+$/.test(b) && /[/@]|\w\.\w/.test(b)) &&
  (b.match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => /\p{Ll}/u.test(w) && !/\p{N}/u.test(w));

export interface Eased {
  /** The page, as its site path (`/es/coverage/`). */
  page: string;
  ease: number;
}

/** The reading ease of one built page's prose (NaN when it has none). */
export const pageEase = (html: string): number => spanishReadingEase(readerProse(html).blocks.join(' '));

/**
 * The limits as Problems, one line each: a page below EASE_MIN (or, if named in EASE_EXCEPTIONS, below
 * EXCEPTION_EASE_MIN), with its ease; a named page that now reads at EASE_MIN or more (off the list with it);
 * a page with no prose to measure; and a median below EASE_TARGET_MEDIAN.
 */
export function easeProblems(eased: readonly Eased[]): Problem[] {
  const floor = (page: string) => (page in EASE_EXCEPTIONS ? EXCEPTION_EASE_MIN : EASE_MIN);
  const problems: Problem[] = eased
    .filter((e) => !(e.ease >= floor(e.page)))
    .map((e) => ({
      file: e.page,
      field: '(page text)',
      value: Number.isNaN(e.ease) ? undefined : round(e.ease),
      message: Number.isNaN(e.ease) ? 'has no prose to measure' : `reads harder than Fernández-Huerta ${floor(e.page)}`,
    }));
  for (const e of eased)
    if (e.page in EASE_EXCEPTIONS && e.ease >= EASE_MIN)
      problems.push({
        file: e.page,
        field: '(page text)',
        value: round(e.ease),
        message: `reads at Fernández-Huerta ${EASE_MIN} or more: take it off EASE_EXCEPTIONS`,
      });
  const measured = eased.map((e) => e.ease).filter((e) => !Number.isNaN(e));
  const med = median(measured);
  if (measured.length && !(med >= EASE_TARGET_MEDIAN))
    problems.push({
      file: `${measured.length} Spanish pages`,
      field: '(page text)',
      value: round(med),
      message: `have a median Fernández-Huerta reading ease below ${EASE_TARGET_MEDIAN}`,
    });
  return problems;
}
