/**
 * Plain Spanish, measured (issue #17): the Fernández-Huerta reading ease of the prose in <main> of every built
 * Spanish page (readerProse, scripts/lib/readability.ts). No page below EASE_MIN (the pages listed in
 * EASE_EXCEPTIONS, below EXCEPTION_EASE_MIN), a median of at least
 * EASE_TARGET_MEDIAN; the limits and why are beside them. `npm run readability` prints the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { builtHtml } from '../support/dist.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import {
  EASE_EXCEPTIONS,
  EASE_MIN,
  EASE_TARGET_MEDIAN,
  EXCEPTION_EASE_MIN,
  easeProblems,
  pageEase,
  readerProse,
  spanishReadingEase,
} from '../../scripts/lib/readability.ts';

const round = (n: number) => Math.round(n * 10) / 10;
const spanish = builtHtml().filter((p) => p.path.startsWith('/es/'));
// Each page read once (about two seconds for the 820 pages).
const measured = spanish.map((p) => {
  const { lang, blocks } = readerProse(p.html);
  return { page: p.path, lang, ease: spanishReadingEase(blocks.join(' ')) };
});

describe('Spanish reading ease (Fernández-Huerta)', () => {
  it('measures every Spanish page, each in Spanish', () => {
    // Every English page has its twin (test/site/languages.test.ts): about 820 pages today.
    expect(measured.length).toBeGreaterThan(800);
    expect(measured.filter((m) => m.lang !== 'es').map((m) => m.page)).toEqual([]);
  });

  it(`reads at a median ease of ${EASE_TARGET_MEDIAN} or more, no page below ${EASE_MIN} but the listed ones`, () => {
    expect(easeProblems(measured).map(formatProblem)).toEqual([]);
  });

  it('can fail: a page of long, hard sentences is named with its ease, and pulls the median down', () => {
    const hard =
      '<html lang="es-US"><body><main><h1>Determinación adversa</h1><p>La determinación adversa de beneficios ' +
      'emitida por la administradora del plan puede ser impugnada mediante la presentación de una solicitud de ' +
      'revisión interna dentro del plazo reglamentario aplicable a su modalidad de cobertura.</p></main></body></html>';
    const ease = pageEase(hard);
    expect(ease).toBeLessThan(EASE_MIN);
    const home = measured.find((m) => m.page === '/es/')!;
    const problems = easeProblems([{ page: '/es/hard/', ease }, home]).map(formatProblem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(`/es/hard/: (page text) reads harder than Fernández-Huerta ${EASE_MIN}: ${round(ease)}`);
    expect(problems[1]).toBe(
      `2 Spanish pages: (page text) have a median Fernández-Huerta reading ease below ${EASE_TARGET_MEDIAN}: ` +
        `${round((ease + home.ease) / 2)}`,
    );
  });

  it(`holds a listed page to ${EXCEPTION_EASE_MIN}, and says when it no longer needs the list`, () => {
    const [listed] = Object.keys(EASE_EXCEPTIONS);
    // Two easy pages beside it keep the median out of the way.
    const easy = [90, 90].map((ease) => ({ page: '/es/', ease }));
    expect(easeProblems([{ page: listed!, ease: EXCEPTION_EASE_MIN - 1 }, ...easy]).map(formatProblem)).toEqual([
      `${listed}: (page text) reads harder than Fernández-Huerta ${EXCEPTION_EASE_MIN}: ${EXCEPTION_EASE_MIN - 1}`,
    ]);
    expect(easeProblems([{ page: listed!, ease: EASE_MIN + 1 }, ...easy]).map(formatProblem)).toEqual([
      `${listed}: (page text) reads at Fernández-Huerta ${EASE_MIN} or more: ` +
        `take it off EASE_EXCEPTIONS: ${EASE_MIN + 1}`,
    ]);
  });

  it('can fail: a page with no prose is named', () => {
    const empty = '<html lang="es-US"><body><main><p>L39058</p><svg><text>Texto</text></svg></main></body></html>';
    expect(easeProblems([{ page: '/es/empty/', ease: pageEase(empty) }]).map(formatProblem)).toEqual([
      '/es/empty/: (page text) has no prose to measure',
    ]);
  });
});
