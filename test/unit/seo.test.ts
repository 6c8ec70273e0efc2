import { describe, expect, it } from 'vitest';
import { jsonLd } from '../../src/lib/seo/jsonld.ts';
import { jsonForScript } from '../../src/lib/format/html.ts';
import { searchFilters } from '../../src/lib/search/filters.ts';

describe('JSON-LD', () => {
  const base = {
    title: 'PRP',
    description: 'Usually not.',
    url: 'https://x.example/therapies/prp/',
    crumbs: [
      { name: 'Home', url: 'https://x.example/' },
      { name: 'PRP', url: 'https://x.example/therapies/prp/' },
    ],
  };
  it('emits MedicalWebPage with lastReviewed, BreadcrumbList and FAQPage when there is an FAQ', () => {
    const out = jsonLd({ ...base, lastReviewed: '2026-11-22', faq: [{ q: 'Is it covered?', a: 'Usually not.' }] });
    expect(out.map((o) => o['@type'])).toEqual(['MedicalWebPage', 'BreadcrumbList', 'FAQPage']);
    expect(out[0]!['lastReviewed']).toBe('2026-11-22');
  });
  it('omits what a page does not have', () => {
    expect(jsonLd({ ...base, crumbs: [] }).length).toBe(0);
  });
  it('cannot be closed early by text in the data', () => {
    expect(jsonForScript({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('search filters', () => {
  it('builds one Pagefind filter per value and strips separators from values', () => {
    expect(searchFilters('coverage', { therapy: ['PRP'], payer: ['Medicare: Original'] })).toEqual([
      'kind:Coverage answer',
      'therapy:PRP',
      'payer:Medicare Original',
    ]);
  });
});
