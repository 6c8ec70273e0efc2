import { describe, expect, it } from 'vitest';
import { ALPHABET, OTHER, azIndex, initial } from '../../src/lib/format/az.ts';

describe('A–Z index', () => {
  it('files a text under its first letter, without accents, or under # when it starts with no letter', () => {
    expect(initial('prior authorization')).toBe('P');
    expect(initial('  Émergence')).toBe('E');
    expect(initial('510(k) clearance')).toBe(OTHER);
    expect(initial('')).toBe(OTHER);
  });

  it('groups items in the order given, lists all 26 letters, and gives an id only to letters with items', () => {
    const az = azIndex(['Appeal', 'ABN', 'CPT code', 'Claim file', 'Exosomes'], (t) => t);
    expect(az.groups).toEqual([
      { letter: 'A', id: 'letter-a', items: ['Appeal', 'ABN'] },
      { letter: 'C', id: 'letter-c', items: ['CPT code', 'Claim file'] },
      { letter: 'E', id: 'letter-e', items: ['Exosomes'] },
    ]);
    expect(az.letters.map((l) => l.letter)).toEqual([...ALPHABET]);
    expect(az.letters.filter((l) => l.id).map((l) => l.id)).toEqual(['letter-a', 'letter-c', 'letter-e']);
    expect(az.letters.find((l) => l.letter === 'B')).toEqual({ letter: 'B' });
  });

  it('puts terms that start with a digit first, under #, so none is left out', () => {
    const az = azIndex([{ term: '510(k)' }, { term: 'Bone graft' }], (t) => t.term);
    expect(az.letters[0]).toEqual({ letter: OTHER, id: 'letter-other' });
    expect(az.letters).toHaveLength(27);
    expect(az.groups.map((g) => g.items.length)).toEqual([1, 1]);
  });
});
