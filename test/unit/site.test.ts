import { describe, expect, it } from 'vitest';
import { basePath, reportLabel, reportUrl, siteUrl, DEFAULT_REPORT_URL, DEFAULT_SITE_URL } from '../../src/lib/site.ts';
import { createPaths, sitePaths, withBase } from '../../src/lib/paths.ts';

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
  it('takes REPORT_URL as an https: page or a mailto: address, or the placeholder when unset', () => {
    expect(reportUrl({})).toBe(DEFAULT_REPORT_URL);
    expect(reportUrl({ REPORT_URL: 'https://guide.example.org/corrections' })).toBe(
      'https://guide.example.org/corrections',
    );
    expect(reportUrl({ REPORT_URL: ' mailto:fixes@guide.example.org?subject=Mistake ' })).toBe(
      'mailto:fixes@guide.example.org?subject=Mistake',
    );
  });
  it('rejects any other REPORT_URL with a message that says what to set', () => {
    for (const [value, why] of [
      ['fixes@guide.example.org', /not a full address/],
      ['http://guide.example.org/corrections', /http: is not allowed/],
      ['javascript:alert(1)', /javascript: is not allowed/],
      ['mailto:', /one email address/],
      ['mailto:fixes', /one email address/],
      ['mailto:a@x.org,b@x.org', /one email address/],
      ['https://user:secret@guide.example.org/', /user name or password/],
    ] as const) {
      expect(() => reportUrl({ REPORT_URL: value }), value).toThrow(
        /REPORT_URL must be an https: address or a mailto:/,
      );
      expect(() => reportUrl({ REPORT_URL: value }), value).toThrow(why);
    }
  });
  it('labels the report link with the address a reader would copy', () => {
    expect(reportLabel(DEFAULT_REPORT_URL)).toBe('corrections@regen-coverage-guide.example');
    expect(reportLabel('mailto:fixes@guide.example.org?subject=Mistake')).toBe('fixes@guide.example.org');
    expect(reportLabel('https://guide.example.org/corrections')).toBe('guide.example.org/corrections');
    expect(reportLabel('https://guide.example.org/')).toBe('guide.example.org');
  });
  it('prefixes site paths only', () => {
    expect(withBase('/therapies/', '/')).toBe('/therapies/');
    expect(withBase('/therapies/', '/regen/')).toBe('/regen/therapies/');
    expect(withBase('https://cms.gov/', '/regen/')).toBe('https://cms.gov/');
    expect(withBase('#sources', '/regen/')).toBe('#sources');
  });
});

describe('one paths module for every internal address', () => {
  it('builds site paths without the base', () => {
    expect(sitePaths.therapy('prp')).toBe('/therapies/prp/');
    expect(sitePaths.coverage('prp', 'medicare', 'for-joints')).toBe('/coverage/prp/medicare/#for-joints');
    expect(sitePaths.flow('claim-denied', ['reason', 'coding'])).toBe('/check/claim-denied/reason/coding/');
    expect(sitePaths.search('prp medicare')).toBe('/search/?q=prp%20medicare');
    expect(sitePaths.sources('cms-ncd-270-3')).toBe('/sources/#source-cms-ncd-270-3');
  });
  it('puts the base path in front of every link it builds', () => {
    const paths = createPaths('/regen/');
    expect(paths.home()).toBe('/regen/');
    expect(paths.therapy('prp')).toBe('/regen/therapies/prp/');
    expect(paths.flow('claim-denied')).toBe('/regen/check/claim-denied/');
    expect(paths.estimate('therapy=prp')).toBe('/regen/estimate/?therapy=prp');
    expect(paths.href('/guides/paying-for-treatment/')).toBe('/regen/guides/paying-for-treatment/');
    for (const name of Object.keys(sitePaths) as (keyof typeof sitePaths)[]) {
      const built = (paths[name] as (a: string) => string)('x');
      expect(built.startsWith('/regen/'), name).toBe(true);
    }
  });
});
