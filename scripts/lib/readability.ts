/**
 * Reading grade of page prose with text-readability (a maintained port of Python's textstat): the
 * Flesch-Kincaid grade. CONTRIBUTING.md asks for a median of grade 8 or lower on therapy pages and guides,
 * and no page or flow above 10.
 */
import readability from 'text-readability';
import { MDX_KINDS, type Catalog } from '../../src/lib/content/check.ts';
import { inLanguage } from '../../src/lib/paths.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { flowProse, medicareRatesProse, pageProse } from './prose.ts';
import { es } from '../../src/i18n/es.ts';
import { dictionaryStrings } from '../../src/i18n/index.ts';

export const GRADE_TARGET_MEDIAN = 8;
export const GRADE_MAX = 10;

export function readingGrade(text: string): number {
  return readability.fleschKincaidGrade(text);
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
 * sentence. Higher is easier: 60–70 is "normal" (about grades 7–8), 50–60 "fairly difficult" (about
 * grades 9–10). The limits mirror the English ones: median grade 8 → ease at least 60; no page above
 * grade 10 → no page below 50.
 */
export const EASE_TARGET_MEDIAN = 60;
export const EASE_MIN = 50;

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

export function spanishReadingEase(text: string): number {
  const words = text.match(/[\p{L}\d]+/gu) ?? [];
  if (words.length === 0) return Number.NaN;
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + (/\p{L}/u.test(w) ? spanishSyllables(w) : 1), 0);
  return 206.84 - 60 * (syllables / words.length) - 1.02 * (words.length / sentences);
}

export interface Eased {
  /** The Spanish page, as its site path. */
  page: string;
  file: string;
  ease: number;
}

/** The reading ease of every Spanish page's prose. */
export const easeAll = (catalog: Catalog): Eased[] => [
  { page: '/es/about/', file: 'src/i18n/es.ts', ease: spanishReadingEase(dictionaryStrings(es.about).join('\n')) },
  ...(catalog.es.glossary
    ? [
        {
          page: '/es/glossary/',
          file: 'content/es/glossary.yaml',
          ease: spanishReadingEase(catalog.es.glossary.terms.map((t) => t.definition).join('\n')),
        },
      ]
    : []),
  // Original Medicare's local rules by state: the prose of content/es/medicare-contractors.yaml, on the list of
  // states and every state page.
  ...(catalog.es.medicare
    ? [
        {
          page: '/es/payers/medicare/by-state/',
          file: 'content/es/medicare-contractors.yaml',
          ease: spanishReadingEase(
            [
              ...catalog.es.medicare.contractors.flatMap((c) => [
                c.note ?? '',
                ...c.decisions.flatMap((d) => [d.says, d.note ?? '']),
              ]),
              ...catalog.es.medicare.national.map((n) => n.says),
              ...catalog.es.medicare.unplaced.map((u) => u.note),
            ].join('\n'),
          ),
        },
      ]
    : []),
  ...MDX_KINDS.flatMap((kind) =>
    catalog.es.pages[kind].map((t) => ({
      page: inLanguage(`/${kind}/${t.slug}/`, 'es'),
      file: t.file,
      ease: spanishReadingEase(pageProse(t)),
    })),
  ),
];

/** The limits as content-check Problems: a page below EASE_MIN, a median below EASE_TARGET_MEDIAN. */
export function easeProblems(eased: readonly Eased[]): Problem[] {
  const problems: Problem[] = eased
    .filter((e) => e.ease < EASE_MIN)
    .map((e) => ({
      file: e.file,
      field: '(page text)',
      value: round(e.ease),
      message: `reads harder than Fernández-Huerta ${EASE_MIN}`,
    }));
  const med = median(eased.map((e) => e.ease));
  if (eased.length && !(med >= EASE_TARGET_MEDIAN))
    problems.push({
      file: 'content/es/',
      field: '(page text)',
      value: round(med),
      message: `has a median Fernández-Huerta reading ease below ${EASE_TARGET_MEDIAN}`,
    });
  return problems;
}
