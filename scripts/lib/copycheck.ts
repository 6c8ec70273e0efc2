/**
 * The copied-text check: no run of RUN_WORDS words on the site may also occur in a seed document. The
 * seeds live outside the repository, so the check compares fingerprints (a truncated SHA-256 of each
 * run) with a committed list made from them (`npm run fingerprints`): a fresh clone can run the check,
 * and the repository holds no seed text. Words are compared lowercased with punctuation removed.
 *
 * Collisions: a fingerprint is 64 bits. With about 13,000 seed runs and some 100,000 runs of our text,
 * the chance that any run of ours matches a seed run by accident is about 13e3 × 1e5 / 2^64 ≈ 1e-10.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../../src/lib/content/check.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { flowProse, medicareProse, medicareRatesProse, pageProse } from './prose.ts';

export const RUN_WORDS = 12;
/** Hex digits kept of each SHA-256: 16 = 64 bits. */
const HEX_DIGITS = 16;

export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter(Boolean);

/** Every run of `n` consecutive words in `text`, joined by single spaces. */
export function runs(text: string, n = RUN_WORDS): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}

/** The fingerprint of one normalised run. */
export const fingerprint = (run: string): string =>
  createHash('sha256').update(run, 'utf8').digest('hex').slice(0, HEX_DIGITS);

/** Fingerprints of every run in the documents: sorted, no duplicates. */
export const fingerprintsOf = (documents: readonly string[], n = RUN_WORDS): string[] =>
  [...new Set(documents.flatMap((d) => runs(d, n).map(fingerprint)))].sort();

const HEADER = [
  `# Fingerprints of the seed documents (shared/seeds/*.txt) for the copied-text check: the first`,
  `# ${HEX_DIGITS} hex digits of SHA-256 of every run of ${RUN_WORDS} words (normalised by scripts/lib/copycheck.ts),`,
  `# sorted, one a line. No seed text. Generated: regenerate with \`npm run fingerprints\`, never edit.`,
];

/** The fingerprint file's text. */
export const fingerprintFile = (documents: readonly string[]): string =>
  `${[...HEADER, ...fingerprintsOf(documents)].join('\n')}\n`;

/** Reads a fingerprint file back into a set (comment lines skipped). */
export const parseFingerprints = (text: string): Set<string> =>
  new Set(text.split('\n').filter((l) => l !== '' && !l.startsWith('#')));

/** The committed fingerprint file. */
export const FINGERPRINTS_FILE = fileURLToPath(new URL('../seed-fingerprints.txt', import.meta.url));

/** The folder holding the seed documents, beside the checkout as on every developer machine and in CI. */
export const seedDir = (root: string, env: Record<string, string | undefined> = process.env): string =>
  env['SEEDS_DIR'] ?? join(root, '..', 'shared', 'seeds');

/** The seed documents' text (every `.txt` in the folder). */
export const readSeeds = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));

/** The runs of `text` whose fingerprint is in `seedFingerprints` (a longer overlap shows as several runs). */
export const copiedRuns = (text: string, seedFingerprints: ReadonlySet<string>, n = RUN_WORDS): string[] =>
  runs(text, n).filter((r) => seedFingerprints.has(fingerprint(r)));

/** A piece of our text and where it is, as a content-check Problem names it. */
export interface Located {
  file: string;
  field: string;
  text: string;
}

/**
 * Every text a reader reads that content authors wrote: pages, coverage entries, glossary, costs, flows and the
 * Medicare data's words.
 */
export function ourTexts(catalog: Catalog): Located[] {
  const indexIn = new Map<string, number>();
  return [
    ...[...catalog.therapies, ...catalog.payers, ...catalog.guides].map((p) => ({
      file: p.file,
      field: '(page text)',
      text: pageProse(p),
    })),
    ...catalog.coverage.map((c) => {
      // Entries keep their order within a file, so the count so far is the entry's index.
      const i = indexIn.get(c.file) ?? 0;
      indexIn.set(c.file, i + 1);
      return { file: c.file, field: `entries[${i}]`, text: [c.answer, c.note, ...c.criteria].join(' ') };
    }),
    ...catalog.glossary.map((g, i) => ({ file: 'glossary.yaml', field: `[${i}].definition`, text: g.definition })),
    ...catalog.costs.map((c, i) => ({ file: 'costs.yaml', field: `[${i}].note`, text: c.note ?? '' })),
    ...catalog.flows.map((f) => ({ file: f.file, field: 'nodes', text: flowProse(f) })),
    { file: 'medicare-contractors.yaml', field: '(notes and rules)', text: medicareProse(catalog.medicare) },
    {
      file: 'medicare-rates.yaml',
      field: '(uses, notes and whom to ask)',
      text: medicareRatesProse(catalog.medicareRates),
    },
    ...catalog.changes.map((c, i) => ({ file: 'changes.yaml', field: `[${i}].why`, text: c.why })),
  ];
}

/** One Problem per copied run, in the content check's shape. */
export const copyProblems = (texts: readonly Located[], seedFingerprints: ReadonlySet<string>): Problem[] =>
  texts.flatMap((t) =>
    copiedRuns(t.text, seedFingerprints).map((run) => ({
      file: t.file,
      field: t.field,
      value: run,
      message: `repeats ${RUN_WORDS} words of a seed document word for word: say it in our own words`,
    })),
  );
