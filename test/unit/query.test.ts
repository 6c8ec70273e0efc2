import { describe, expect, it } from 'vitest';
import { relaxQuery } from '../../src/lib/search/query.ts';

describe('relaxQuery', () => {
  it('drops question words so a full question can still match', () => {
    expect(relaxQuery('what do I write down when I call my insurance')).toBe('write down call insurance');
    expect(relaxQuery('Does Medicare cover PRP?')).toBe('Medicare cover PRP?');
  });
  it('returns undefined when nothing would change or nothing would be left', () => {
    expect(relaxQuery('prp medicare')).toBeUndefined();
    expect(relaxQuery('what is it')).toBeUndefined();
    expect(relaxQuery('   ')).toBeUndefined();
  });
});

import { leaveOneOut, searchWithFallbacks } from '../../src/lib/search/query.ts';
describe('searchWithFallbacks', () => {
  it('reports a rewrite that changed only accents as the words typed', async () => {
    const accented = async (q: string) => (q === 'inyección' ? [{ id: 'es', score: 1 }] : []);
    const r = await searchWithFallbacks(accented, 'inyeccion', () => ({ query: 'inyección', changed: false }));
    expect(r).toEqual({ hits: [{ id: 'es', score: 1 }], used: 'inyeccion', partial: false });
  });
  const index: Record<string, { id: string; score: number }[]> = {
    'appeal deadline': [{ id: 'deadlines', score: 5 }],
    deadline: [{ id: 'guide', score: 2 }],
    'write down call insurance': [{ id: 'calls', score: 3 }],
  };
  const search = async (q: string) => index[q] ?? [];
  it('keeps a query that matches as typed', async () => {
    expect(await searchWithFallbacks(search, 'appeal deadline')).toEqual({
      hits: [{ id: 'deadlines', score: 5 }],
      used: 'appeal deadline',
      partial: false,
    });
  });
  it('drops question words, then single words, merging by best score', async () => {
    expect((await searchWithFallbacks(search, 'what do I write down when I call my insurance')).used).toBe(
      'write down call insurance',
    );
    const r = await searchWithFallbacks(search, 'appeal deadline calculator');
    expect(r.hits.map((h) => h.id)).toEqual(['deadlines']);
    expect(r.used).toBe('appeal deadline calculator');
    expect(r.partial).toBe(true);
  });
  it('returns nothing, honestly, when nothing matches', async () => {
    expect(await searchWithFallbacks(search, 'zebra')).toEqual({ hits: [], used: 'zebra', partial: false });
    expect(leaveOneOut('one')).toEqual([]);
  });
});
