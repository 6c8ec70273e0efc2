/**
 * The words a reader reads on a page, as plain sentences: the frontmatter prose (answer, FAQ, FDA status,
 * covered uses, questions for the clinic) and the MDX body with markup removed. Used by the readability
 * report and the copied-text check. Bibliographic text (source titles) is not prose and is left out.
 */
import type { Catalog, Page } from '../../src/lib/content/check.ts';
import type { Therapy } from '../../src/schemas/therapy.ts';
import type { Payer } from '../../src/schemas/payer.ts';
import type { Guide } from '../../src/schemas/guide.ts';

/** Ends a fragment with a full stop if it has no end punctuation, so headings and list items count as sentences. */
const sentence = (s: string) => {
  const t = s.trim();
  return t === '' ? '' : /[.!?:]$/.test(t) ? t : `${t}.`;
};

/** MDX/Markdown body → plain text sentences. */
export function mdxToText(body: string): string {
  const lines = body
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|\*|_(?=\S)|(?<=\S)_/g, '')
    .split('\n');
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || /^\|?\s*:?-{3,}/.test(line)) continue; // blank or table divider
    if (line.startsWith('|')) {
      out.push(
        ...line
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean)
          .map(sentence),
      );
      continue;
    }
    out.push(sentence(line.replace(/^#{1,6}\s+/, '').replace(/^(?:[-*+]|\d+[.)])\s+/, '')));
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

type AnyPage = Page<Therapy> | Page<Payer> | Page<Guide>;

/** Everything a reader reads on a content page (or its translation: words only), as one string. */
export function pageProse(p: AnyPage | Pick<AnyPage, 'answer' | 'faq' | 'nextSteps' | 'body'>): string {
  const parts: string[] = [p.answer, ...p.faq.flatMap((f) => [f.q, f.a]), ...p.nextSteps.map((s) => s.text)];
  if ('fdaStatus' in p) {
    parts.push(p.fdaStatus.detail, ...p.coveredExceptions.flatMap((c) => [c.text, ...c.conditions]), ...p.askTheClinic);
  }
  return [...parts.map(sentence), mdxToText(joinWrappedLines(p.body))].join(' ').replace(/\s+/g, ' ').trim();
}

/** Joins soft-wrapped paragraph lines so a sentence split across lines stays one sentence. */
export function joinWrappedLines(body: string): string {
  return body.replace(/([^\n])\n(?!\n|\s*(?:[-*+|#]|\d+[.)])\s|\s*<)/g, '$1 ');
}

type Flow = Catalog['flows'][number];

/**
 * Every sentence a flow shows: questions, hints, outcome titles, answers and body text. With
 * `labels: false` the answer labels are left out: a label such as "Amniotic membrane graft" is a name,
 * not a sentence, and the grade formula scores names as hard reading (they are still checked for copying).
 */
export const flowProse = (f: Flow, labels = true): string =>
  Object.values(f.nodes)
    .flatMap((n) =>
      n.type === 'question'
        ? [n.text, n.hint ?? '', ...n.options.map((o) => `${labels ? `${o.label}. ` : ''}${o.hint ?? ''}`)]
        : [`${n.title}.`, n.answer ?? '', ...n.body],
    )
    .join(' ');

/** The words readers see from content/medicare-contractors.yaml. */
export const medicareProse = (m: Catalog['medicare']): string =>
  m
    ? [
        ...m.contractors.flatMap((c) => [c.note ?? '', ...c.decisions.flatMap((d) => [d.says, d.note ?? ''])]),
        ...m.national.map((n) => n.says),
        ...m.unplaced.map((u) => u.note),
      ].join(' ')
    : '';

/**
 * The words readers see from content/medicare-rates.yaml (the estimator's Medicare table and result): each
 * covered use, what its amount pays for and its note, and for each missing rate what it is and whom to ask.
 */
export const medicareRatesProse = (m: Catalog['medicareRates']): string =>
  m
    ? [
        ...m.services.flatMap((s) => [`Covered for ${s.use}`, s.label, s.note ?? '']),
        ...m.noRate.flatMap((n) => [`We found no public rate for ${n.what}`, n.ask]),
      ]
        .map(sentence)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
    : '';
