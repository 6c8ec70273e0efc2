import { describe, expect, it } from 'vitest';
import { pageWeight, staticImports } from '../../scripts/lib/weight.ts';

describe('page weight', () => {
  it('finds static imports but not dynamic ones', () => {
    expect(staticImports('import{a as b}from"./c.js";import "./d.js";const x=import("./lazy.js");')).toEqual([
      './c.js',
      './d.js',
    ]);
  });
  it('counts the HTML, linked CSS and JavaScript loaded on arrival, following static imports once', () => {
    const files: Record<string, string> = {
      '/p/index.html': '<link rel="stylesheet" href="/a.css"><script type="module" src="/m.js"></script>',
      '/a.css': 'body{}',
      '/m.js': 'import{x}from"./shared.js";import("./lazy.js")',
      '/shared.js': 'export const x=1',
    };
    const w = pageWeight('/p/', (p) => Buffer.from(files[p.endsWith('/') ? `${p}index.html` : p] ?? ''));
    expect(w.css.files).toEqual(['/a.css']);
    expect(w.js.files).toEqual(['/m.js', '/shared.js']);
    expect(w.js.raw).toBe(files['/m.js']!.length + files['/shared.js']!.length);
    expect(w.html.gzip).toBeGreaterThan(0);
  });
});
