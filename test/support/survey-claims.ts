/**
 * Finds a sentence that calls an advertised price (one clinic's ad) or an article's claim a survey or a study, in
 * English or Spanish: for the site test that no page does (test/site/money.test.ts). A price is found in any of
 * the forms a page may write it: "$500–$2,500", "$500 to $2,500", "between $500 and $2,500", "$500 a $2.500",
 * "500 a 2.500 dólares", and a floor as "from $2,000" or "desde $2.000".
 */
import { parse, type HTMLElement } from 'node-html-parser';
import type { CostRow } from '../../src/schemas/cost.ts';

/** Words that present a price as the finding of a survey or a study. */
const SURVEY_WORDS = /\b(surveys?|encuestas?|estudios?)\b/i;

/** "1,700", "1.700" or "1700" as a whole number; cents ("68.81") are not a thousands group. */
const NUMBER = /\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+/g;
/** A sentence about money: a dollar sign, or the word. */
const MONEY = /\$|\b(?:dólares|dollars)\b/i;
const FLOOR_WORD = /(?:from|starting at|as low as|desde|a partir de)\s*(?:US)?\$?\s*$/i;

/**
 * The amounts a sentence about money names, in order, each with whether "from"/"desde" comes just before it. Every
 * number counts, with or without its "$": "entre 500 y 2.500 dólares" gives the sign only once.
 */
export function dollarAmounts(sentence: string): { dollars: number; floor: boolean }[] {
  if (!MONEY.test(sentence)) return [];
  return [...sentence.matchAll(NUMBER)].map((m) => ({
    dollars: Number(m[0].replace(/[.,]/g, '')),
    floor: FLOOR_WORD.test(sentence.slice(0, m.index)),
  }));
}

type Priced = Pick<CostRow, 'id' | 'low' | 'high' | 'floor'>;

/** Whether the sentence names the row's price: its low then its high amount, or for a floor "from" its start. */
export function namesPrice(sentence: string, r: Priced): boolean {
  const amounts = dollarAmounts(sentence);
  if (r.floor || r.high === undefined) return amounts.some((a) => a.floor && a.dollars === r.low);
  const low = amounts.findIndex((a) => a.dollars === r.low);
  return low >= 0 && amounts.slice(low + 1).some((a) => a.dollars === r.high);
}

/**
 * The weak rows (clinic ads, articles) a sentence calls a survey or a study: the sentence has a survey word and
 * names the row's price, and no survey row has that same price (a survey may have found the very same range).
 */
export function surveyClaims(sentence: string, weak: readonly Priced[], surveys: readonly Priced[]): string[] {
  if (!SURVEY_WORDS.test(sentence)) return [];
  return weak
    .filter((r) => namesPrice(sentence, r) && !surveys.some((s) => s.low === r.low && s.high === r.high))
    .map((r) => r.id);
}

/** The end of a block a sentence cannot run past: a paragraph, a list item, a table cell, a choice in a list. */
const BLOCK_END = /<\/(?:p|li|td|th|option|optgroup|h[1-6]|caption|dt|dd|div|section|tr|figcaption|summary|label)>/gi;
const BREAK = '\u2029';

/**
 * The sentences of an element's text: split at the end of each block (so two choices in a list never read as one
 * sentence) and at sentence ends (a full stop inside "$1.700" is not the end of one).
 */
export const sentencesOf = (el: HTMLElement | null | undefined): string[] =>
  el
    ? parse(el.innerHTML.replace(BLOCK_END, `$&${BREAK}`))
        .text.split(BREAK)
        .flatMap((block) =>
          block
            .replace(/\s+/g, ' ')
            .trim()
            .split(/(?<=[.!?])\s+/),
        )
        .filter(Boolean)
    : [];
