/**
 * Issue #15: the site runs under Trusted Types (`require-trusted-types-for 'script'`), so no script we ship
 * may write HTML from a string or go to a javascript: address. Client code builds DOM with DOM methods or
 * <template> elements; this check fails loudly if any script the site serves (our chunks, pdf.js's worker,
 * Pagefind's client and worker) reaches for an HTML sink again, whatever the object is called
 * (`doc.write(…)` as much as `document.write(…)`).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/dist.ts';

const SINK_NAMES = [
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'createContextualFragment',
  'srcdoc',
  'setHTMLUnsafe',
  'parseFromString',
];
const SINKS = [
  new RegExp(`\\b(?:${SINK_NAMES.join('|')})\\b`, 'g'),
  // document.write under any name: minifiers rename `document`.
  /\.write(?:ln)?\(/g,
  // A javascript: address, written out or put together ("java" + "script" + ":").
  /javascript:|["'`]java["'`]\s*\+/gi,
];

/**
 * What matches above but is proven harmless, each only in the files named, only in exactly this shape,
 * and for the reason given. Anything else that matches fails the test.
 */
const PDF_JS = /^_astro\/(?:pdf-extract\.[\w-]+\.js|pdf\.worker\.min\.[\w-]+\.mjs)$/;
interface Harmless {
  files: RegExp;
  text: RegExp;
  /** What of a match to keep scanning (default: nothing). */
  keep?: (match: string, ...groups: string[]) => string;
  why: string;
}
const HARMLESS: Harmless[] = [
  {
    files: PDF_JS,
    text: /IE_PROTO[^]{0,1200}?document\.F=Object[^)]*\)\)/g,
    why:
      "core-js's Object.create for IE 8, bundled with pdf.js: an iframe at a javascript: address and " +
      'document.write. It runs only where Object.create is missing, which no browser the site supports ' +
      'lacks; Trusted Types would refuse both anyway.',
  },
  {
    files: PDF_JS,
    // The writer's own `.write(` calls, in the few hundred characters after it is made (up to the next writer).
    text: /\b([\w$]+)=[\w$.]+\.getWriter\(\)(?:(?![\w$]+=[\w$.]+\.getWriter\(\))[^]){0,400}/g,
    keep: (match, writer) =>
      match.replace(new RegExp(`(?<![\\w$.])${writer.replace(/\$/g, '\\$')}\\.write\\(`, 'g'), ' '),
    why: "a WritableStream's writer (pdf.js compressing bytes): writes bytes into a stream, not HTML",
  },
  {
    files: /^_astro\/pdf\.worker\.min\.[\w-]+\.mjs$/,
    text: /\.write\((?:[\w$]+,[\w$]+)?\)|\bparseFromString\(/g,
    why:
      "pdf.js's worker: font tables writing themselves into a DataView (`table.write(offset, view)`, " +
      "`glyf.write()`), and pdf.js's own SimpleXMLParser.parseFromString; it runs in a Worker, which has no DOM",
  },
];

/** The sinks in one file's text, after the harmless shapes for that file are taken out. */
function sinksIn(file: string, text: string): string[] {
  let rest = text;
  for (const h of HARMLESS.filter((h) => h.files.test(file)))
    rest = rest.replace(h.text, (match, ...groups: string[]) => h.keep?.(match, ...groups) ?? ' ');
  return SINKS.flatMap((re) => [...rest.matchAll(re)].map((m) => `${file}: ${m[0]}`));
}

describe('scripts the site serves', () => {
  const scripts = [
    ...readdirSync(join(DIST, '_astro'))
      .filter((f) => /\.m?js$/.test(f))
      .map((f) => `_astro/${f}`),
    ...readdirSync(join(DIST, 'pagefind'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `pagefind/${f}`),
  ];

  it('are there to check: the tools, pdf.js and its worker, and Pagefind', () => {
    expect(scripts.filter((f) => f.startsWith('_astro/')).length).toBeGreaterThanOrEqual(5);
    expect(scripts.filter((f) => PDF_JS.test(f))).toHaveLength(2);
    expect(scripts).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js']));
  });

  it('never write HTML from a string or go to a javascript: address', () => {
    expect(scripts.flatMap((f) => sinksIn(f, readFileSync(join(DIST, f), 'utf8')))).toEqual([]);
  });

  it('each harmless shape is still there: when a library changes, its exception goes', () => {
    for (const h of HARMLESS) {
      const files = scripts.filter((f) => h.files.test(f));
      expect(
        files.some((f) => new RegExp(h.text.source).test(readFileSync(join(DIST, f), 'utf8'))),
        h.why,
      ).toBe(true);
    }
  });

  it('the check itself catches a sink, minified or renamed, and lets through only the shapes named', () => {
    const found = (text: string, file = '_astro/tool.js') => sinksIn(file, text).map((s) => s.split(': ')[1]);
    expect(found('e.innerHTML=t')).toEqual(['innerHTML']);
    expect(found('el.insertAdjacentHTML("beforeend",x)')).toEqual(['insertAdjacentHTML']);
    expect(found('n.contentWindow.document.open();d.write(x);d.writeln(y)')).toEqual(['.write(', '.writeln(']);
    expect(found('e.src="JavaScript:void 0"')).toEqual(['JavaScript:']);
    expect(found('t=`java`+d+`:`')).toEqual(['`java`+']);
    expect(found('n.textContent=t;n.replaceChildren(f)')).toEqual([]);
    // Harmless only in pdf.js's files, and only in their shape.
    const writer = 'm=p.writable.getWriter();await m.ready,m.write(d);for(let t of e)m.write(t)';
    expect(found(writer, '_astro/pdf-extract.abc.js')).toEqual([]);
    expect(found(writer)).toEqual(['.write(', '.write(']);
    expect(found('m=p.writable.getWriter();doc.write(d);am.write(e)', '_astro/pdf-extract.abc.js')).toEqual([
      '.write(',
      '.write(',
    ]);
    expect(found('s+=e.write(s,t)', '_astro/pdf.worker.min.abc.mjs')).toEqual([]);
    expect(found('e.write(html)', '_astro/pdf.worker.min.abc.mjs')).toEqual(['.write(']);
  });
});
