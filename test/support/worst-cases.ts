/**
 * Sampling for "within the first screens" checks over a page family with hundreds of members (coverage
 * pages, flow outcomes). They share one template, so how far down an element sits depends only on how
 * much content comes before it. That is read from the built HTML here, without a browser: the pages with
 * the most content before the element are the ones a browser must measure. If they pass, every shorter
 * page of the family passes too; a template change moves the element on every page, the worst included.
 *
 * "Content before" is the visible text before the element's start tag, plus a line's worth for every
 * block that starts there (a heading, paragraph or list item starts a new line even when short).
 */
import { parse } from 'node-html-parser';
import { builtHtml } from './dist.ts';

/** Roughly one line of body text at phone width, in characters. */
const LINE = 40;
const BLOCK = /<(?:p|li|h[1-6]|dt|dd|tr|blockquote|figure|summary|pre)\b/gi;
const INVISIBLE = /<(script|style|template|svg)\b[\s\S]*?<\/\1>|<[^>]*\bclass="[^"]*visually-hidden[^"]*"[^>]*>[^<]*/gi;

/** The amount of content before the first match of `selector` on a built page, in characters; undefined if absent. */
export function contentBefore(path: string, selector: string): number | undefined {
  // The pages test/support/dist.ts has already read, not a second read of the file.
  const html = builtHtml().find((p) => p.path === path)?.html;
  if (html === undefined) return undefined;
  const doc = parse(html);
  const el = doc.querySelector(selector);
  const body = doc.querySelector('body');
  if (!el || !body) return undefined;
  // An element's range is its offsets in the source it was parsed from.
  const before = html.slice(body.range[0], el.range[0]).replace(INVISIBLE, '');
  const blocks = before.match(BLOCK)?.length ?? 0;
  const text = parse(before).textContent.replace(/\s+/g, ' ').trim();
  return text.length + blocks * LINE;
}

/**
 * The `n` paths of `paths` with the most content before `selector`, most first. A path where the element
 * is missing comes first of all: the browser check then names it.
 */
export function worstCases(paths: readonly string[], selector: string, n: number): string[] {
  return paths
    .map((path) => ({ path, before: contentBefore(path, selector) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => b.before - a.before || a.path.localeCompare(b.path))
    .slice(0, n)
    .map((p) => p.path);
}
