import { describe, expect, it } from 'vitest';
import { basePath, siteUrl, withBase, DEFAULT_SITE_URL } from '../../src/lib/site.ts';

describe('site settings from the environment', () => {
  it('uses SITE_URL origin, or the placeholder when unset', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: 'https://guide.example.org/some/path' })).toBe('https://guide.example.org');
  });
  it('rejects a SITE_URL that is not an http(s) URL, with a clear message', () => {
    expect(() => siteUrl({ SITE_URL: 'guide.example.org' })).toThrow(/SITE_URL must be a full URL/);
    expect(() => siteUrl({ SITE_URL: 'ftp://x.org' })).toThrow(/http or https/);
  });
  it('normalises BASE_PATH', () => {
    expect(basePath({})).toBe('/');
    expect(basePath({ BASE_PATH: 'regen' })).toBe('/regen/');
    expect(basePath({ BASE_PATH: '/regen/' })).toBe('/regen/');
    expect(() => basePath({ BASE_PATH: '/a b/' })).toThrow(/BASE_PATH/);
  });
  it('prefixes site paths only', () => {
    expect(withBase('/therapies/', '/')).toBe('/therapies/');
    expect(withBase('/therapies/', '/regen/')).toBe('/regen/therapies/');
    expect(withBase('https://cms.gov/', '/regen/')).toBe('https://cms.gov/');
    expect(withBase('#sources', '/regen/')).toBe('#sources');
  });
});
