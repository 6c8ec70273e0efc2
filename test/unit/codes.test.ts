import { describe, expect, it } from 'vitest';
import { textMatches } from '../../src/lib/search/codes.ts';

describe('textMatches', () => {
  it('matches plain text case-insensitively, and everything for an empty query', () => {
    expect(textMatches('Hyaluronic acid (gel) products', 'GEL')).toBe(true);
    expect(textMatches('anything', '  ')).toBe(true);
    expect(textMatches('PRP', 'amniotic')).toBe(false);
  });
  it('finds a code inside a written range', () => {
    expect(textMatches('J7318, J7320 to J7328, J7331', 'j7325')).toBe(true);
    expect(textMatches('0263T–0265T', '0264T')).toBe(true);
    expect(textMatches('0263T-0265T', '0266T')).toBe(false);
    expect(textMatches('J7320 to J7328', 'Q7325')).toBe(false);
    expect(textMatches('20610 to 20611', '20611')).toBe(true);
  });
});
