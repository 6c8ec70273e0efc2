import type { Catalog } from './check.ts';

/** What the catalog holds, in words, for the content check's one-line summary. */
export const catalogCounts = (c: Catalog): string =>
  [
    [c.therapies.length, 'therapies'],
    [c.payers.length, 'payers'],
    [c.guides.length, 'guides'],
    [c.coverage.length, 'coverage entries'],
    [c.sources.length, 'sources'],
    [c.glossary.length, 'glossary terms'],
    [c.costs.length, 'cost rows'],
    [c.changes.length, 'recorded changes'],
  ]
    .map(([n, what]) => `${n} ${what}`)
    .join(', ');
