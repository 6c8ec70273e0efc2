import { describe, expect, it } from 'vitest';
import { longLines } from '../../scripts/line-width.ts';

describe('the line-width check', () => {
  const long = 'x'.repeat(130);
  it('flags code, comments and template strings with substitutions past the width', () => {
    const text = [`const a = '${long}' + b;`, `// ${long}`, ` * ${long}`, `  \`${long} \${name}\`,`].join('\n');
    expect(longLines('f.ts', text, 120)).toEqual([
      'f.ts:1 (147 characters)',
      'f.ts:2 (133 characters)',
      'f.ts:3 (133 characters)',
      'f.ts:4 (143 characters)',
    ]);
  });
  it('leaves a plain string alone, and measures a line without its web addresses', () => {
    const text = [`  description="${long}"`, `    '${long}',`, `// see https://example.org/${long}`].join('\n');
    expect(longLines('f.astro', text, 120)).toEqual([]);
  });
});
