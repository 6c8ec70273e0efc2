/**
 * Site paths and content links (issue #15): one test, `isSitePath`, decides what a site path is for every
 * schema field (nextSteps.href, askHref) and for links and images in MDX bodies (`isAllowedLink`). A path
 * must stay on this site as a browser reads it, and as a host that decodes or tidies it before redirecting
 * reads it: such a host answers `/%2F%2Fevil.example/` with `Location: //evil.example/`.
 */
import { describe, expect, it } from 'vitest';
import { isSitePath, linkHref, sitePath } from '../../src/schemas/common.ts';
import { isAllowedLink, literalValue, mermaidProblems } from '../../src/lib/content/mdx.ts';

const SITE_PATHS = [
  '/',
  '/guides/appeal-a-denial/',
  '/guides/appeal-a-denial/#deadlines',
  '/estimate/?therapy=prp',
  // Only the path is decoded by hosts: an encoded slash in the query or a dot in a file name is harmless.
  '/search/?q=a%2Fb',
  '/favicon.svg',
  '/glossary/#lcd..x',
];

const NOT_SITE_PATHS: [string, string][] = [
  ['//evil.example/', 'another host, without a scheme'],
  ['/\\evil.example/', 'browsers read \\ as /'],
  ['\\\\evil.example/', 'browsers read \\ as /'],
  ['/%2F%2Fevil.example/', 'an encoded slash'],
  ['/%2f/evil.example/', 'an encoded slash, lower case'],
  ['/%5Cevil.example/', 'an encoded backslash'],
  ['/%5cevil.example/', 'an encoded backslash, lower case'],
  ['/..//evil.example/', 'a .. segment'],
  ['/guides/../payers/', 'a .. segment inside'],
  ['/./guides/', 'a . segment'],
  ['/%2e%2e//evil.example/', 'a .. segment, encoded'],
  ['/%2E./guides/', 'a .. segment, half encoded'],
  ['/guides/%0a', 'an encoded control character'],
  ['/guides/\t/', 'a tab, which browsers drop'],
  ['/guides/\n/', 'a newline, which browsers drop'],
  ['/guides/\u00a0/', 'a no-break space'],
  ['/guides/\u0000/', 'a control character'],
  ['guides/', 'no leading slash'],
  ['https://evil.example/', 'a full address'],
  ['javascript:alert(1)', 'a script'],
  ['', 'nothing'],
];

describe('isSitePath and the sitePath schema', () => {
  it.each(SITE_PATHS)('accepts %j', (p) => {
    expect(isSitePath(p)).toBe(true);
    expect(sitePath.safeParse(p).success).toBe(true);
  });
  it.each(NOT_SITE_PATHS)('refuses %j (%s)', (p) => {
    expect(isSitePath(p)).toBe(false);
    expect(sitePath.safeParse(p).success).toBe(false);
  });
});

describe('linkHref (nextSteps.href): a site path or an https:// address', () => {
  it('accepts both', () => {
    for (const v of [...SITE_PATHS, 'https://www.cms.gov/medicare/appeals'])
      expect(linkHref.safeParse(v).success).toBe(true);
  });
  it('refuses every path isSitePath refuses, and http:', () => {
    for (const [v] of NOT_SITE_PATHS.filter(([v]) => !v.startsWith('https:')))
      expect(linkHref.safeParse(v).success, JSON.stringify(v)).toBe(false);
    expect(linkHref.safeParse('http://www.cms.gov/').success).toBe(false);
  });
});

describe('isAllowedLink (links in MDX bodies)', () => {
  it('accepts site paths, https:// addresses, #anchors and plain mailto: addresses', () => {
    for (const v of [...SITE_PATHS, 'https://www.cms.gov/', '#deadlines', 'mailto:office@fda.hhs.gov'])
      expect(isAllowedLink(v), v).toBe(true);
  });
  it('refuses what isSitePath refuses, and other schemes in any case', () => {
    for (const [v] of NOT_SITE_PATHS.filter(([v]) => !v.startsWith('https:'))) expect(isAllowedLink(v), v).toBe(false);
    for (const v of ['JavaScript:alert(1)', 'vbscript:x', 'data:text/html,x', 'http://x.example/', 'mailto:a@b?cc=c@d'])
      expect(isAllowedLink(v), v).toBe(false);
  });
});

describe('attribute values in MDX are read as the compiled page reads them', () => {
  it('applies the escapes of a plain literal', () => {
    expect(literalValue('"a\\"b\\u0041"')).toBe('a"bA');
    expect(literalValue('`a\\`b\\\\c\\$d`')).toBe('a`b\\c$d');
    expect(literalValue("'x'")).toBe('x');
    expect(literalValue('3')).toBe(3);
  });
  it('is not plain for an escape JSON does not have, or a template with ${…}', () => {
    // Each would be read by JavaScript as something else than it looks (`\x3c` is "<").
    for (const e of ['"\\x3ca"', '`\\x3ca`', '`\\u{3c}`', '`${process.env.HOME}`', '"a" + "b"'])
      expect(literalValue(e), e).toBeUndefined();
  });
});

describe('mermaidProblems: Mermaid text holds words and shapes, nothing that links, loads or restyles', () => {
  it('passes a plain flowchart, with the HTML Mermaid labels may use', () => {
    expect(mermaidProblems('flowchart TD\nA["Your plan<br>denies"] -->|"<b>no</b>"| B\nB <--> C\n')).toEqual([]);
  });
  it('names each kind, at its line', () => {
    const code = [
      'flowchart TD',
      'A --> B',
      '  click A href "https://evil.example/" _blank',
      'B --> C; CALL C callback',
      '%%{init: {"theme": "dark"}}%%',
      'C["<a href=https://evil.example/>x</a>"]',
    ].join('\n');
    expect(mermaidProblems(code).map((p) => [p.line, p.value])).toEqual([
      [4, '%%{init: {"theme": "dark"}}%%'],
      [2, 'click A href "https://evil.example/" _blank'],
      [5, '<a href=https://evil.example/>'],
    ]);
    expect(mermaidProblems('A --> B; link B "https://x.example/"').map((p) => p.value)).toEqual([
      'link B "https://x.example/"',
    ]);
  });
});
