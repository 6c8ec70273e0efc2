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
