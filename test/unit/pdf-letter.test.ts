/**
 * A denial letter opened as a PDF (src/lib/appeal/pdf-letter.ts, pdf-lines.ts): pdf.js's text pieces
 * become the lines the letter reader reads, files are refused before the library loads when they cannot
 * be letters, and each failure gets its plain message. Then the sample PDFs themselves: the committed files are what
 * scripts/letter-pdfs.ts writes, and pdf.js (run here in Node, as the browser runs it in its worker) reads
 * the text PDF into a letter the reader understands as well as the pasted text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import {
  PDF_LIMITS,
  errorProblem,
  fileProblem,
  problemMessage,
  readMessage,
  type PdfProblem,
} from '../../src/lib/appeal/pdf-letter.ts';
import { pageLines, pdfText, type PdfTextItem } from '../../src/lib/appeal/pdf-lines.ts';
import { readLetter } from '../../src/lib/appeal/reader.ts';
import { readerData } from '../../src/lib/appeal/reader-data.ts';
import { loadContentOnce } from '../support/content.ts';
import { en } from '../../src/i18n/en.ts';

const PDF = en.letterReader.pdf;
import { LETTER_PDF_DIR, letterPdfs } from '../../scripts/letter-pdfs.ts';

/** A piece of text at (x, y), 11 points high, as pdf.js gives it. */
const piece = (str: string, x: number, y: number, hasEOL = false, width = str.length * 5): PdfTextItem => ({
  str,
  transform: [11, 0, 0, 11, x, y],
  width,
  height: 11,
  hasEOL,
});

describe('pageLines: text pieces to lines', () => {
  it('ends a line where pdf.js marks one, and where the next piece sits lower', () => {
    expect(pageLines([piece('Medicare Summary Notice', 54, 740, true), piece('THIS IS NOT A BILL', 54, 726)])).toEqual([
      'Medicare Summary Notice',
      'THIS IS NOT A BILL',
    ]);
    expect(pageLines([piece('Date of This Notice:', 54, 700), piece('May 4, 2026', 54, 686)])).toEqual([
      'Date of This Notice:',
      'May 4, 2026',
    ]);
  });
  it('keeps pieces of one line on one line, with a space where they stand apart and none where they touch', () => {
    const lines = pageLines([
      piece('Platelet rich plasma injection (0232T)', 60, 600, false, 181),
      piece('Service Approved? No', 300, 600.4, false, 110),
      piece('CO-', 54, 580, false, 20),
      piece('50', 74, 580),
    ]);
    expect(lines).toEqual(['Platelet rich plasma injection (0232T) Service Approved? No', 'CO-50']);
  });
  it('adds no second space where pdf.js already gave one', () => {
    expect(
      pageLines([piece('Remark:', 54, 600, false, 40), piece(' ', 94, 600, false, 3), piece('N115', 110, 600)]),
    ).toEqual(['Remark: N115']);
  });
  it('turns a gap of about two lines into an empty line, and a line gap into none', () => {
    expect(pageLines([piece('THIS IS NOT A BILL', 54, 726, true), piece('Did Medicare approve?', 54, 698)])).toEqual([
      'THIS IS NOT A BILL',
      '',
      'Did Medicare approve?',
    ]);
  });
  it('reads an empty piece that only ends a line as the end of the line', () => {
    expect(pageLines([piece('Notice', 54, 700), piece('', 0, 0, true), piece('Date', 300, 700)])).toEqual([
      'Notice',
      'Date',
    ]);
  });
  it('gives nothing for a page without text, and drops trailing spaces', () => {
    expect(pageLines([])).toEqual([]);
    expect(pageLines([piece('', 0, 0, true)])).toEqual([]);
    expect(pageLines([piece('Note A   ', 54, 700)])).toEqual(['Note A']);
  });
});

describe('pdfText: the whole file', () => {
  it('puts an empty line between pages and leaves out pages without text', () => {
    expect(pdfText([[piece('Page one', 54, 740)], [], [piece('Page three', 54, 740)]])).toBe('Page one\n\nPage three');
  });
  it('is empty when no page has text (a scan), so the reader is told instead of given nothing', () => {
    expect(pdfText([[], [piece('   ', 54, 700)]])).toBe('');
  });
});

describe('files refused before the PDF library loads', () => {
  const pdf = { type: 'application/pdf', name: 'eob.pdf' };
  it('takes a PDF up to 10 MB, and refuses a bigger one', () => {
    expect(PDF_LIMITS).toEqual({ bytes: 10 * 1024 * 1024, pages: 50 });
    expect(fileProblem({ ...pdf, size: PDF_LIMITS.bytes })).toBeUndefined();
    expect(fileProblem({ ...pdf, size: PDF_LIMITS.bytes + 1 })).toBe('too-big');
  });
  it('refuses a photo of a letter, by its type or, when the phone gives none, by its name', () => {
    expect(fileProblem({ type: 'image/jpeg', name: 'letter.jpg', size: 100 })).toBe('picture');
    expect(fileProblem({ type: '', name: 'IMG_0001.HEIC', size: 100 })).toBe('picture');
    expect(fileProblem({ type: '', name: 'letter.pdf', size: 100 })).toBeUndefined();
  });
});

describe('what the reader is told', () => {
  const file = { name: 'letter.pdf', size: 12.5 * 1024 * 1024, pages: 73 };
  it("maps pdf.js's errors by name: a password, a damaged file, anything else", () => {
    expect(errorProblem({ name: 'PasswordException', message: 'No password given' })).toBe('locked');
    expect(errorProblem({ name: 'InvalidPDFException' })).toBe('damaged');
    expect(errorProblem({ name: 'FormatError' })).toBe('damaged');
    expect(errorProblem(new TypeError('Failed to fetch dynamically imported module'))).toBe('unreadable');
    expect(errorProblem(null)).toBe('unreadable');
  });
  it('says in plain words what went wrong and what to do, and that the text box is as it was', () => {
    const all: PdfProblem[] = ['too-big', 'picture', 'too-many-pages', 'no-text', 'locked', 'damaged', 'unreadable'];
    for (const p of all)
      expect(problemMessage(p, file, PDF), p).toMatch(/(paste|type) the .*Nothing in the text box has changed\.$/i);
    expect(problemMessage('no-text', file, PDF)).toMatch(
      /^This PDF has no text we can read: it may be a scan\. Type the key parts instead\./,
    );
    expect(problemMessage('too-big', file, PDF)).toMatch(
      /“letter\.pdf” is 12\.5 MB\. The reader opens PDFs up to 10 MB/,
    );
    expect(problemMessage('too-many-pages', file, PDF)).toMatch(
      /has 73 pages\. The reader opens PDFs of up to 50 pages/,
    );
    expect(problemMessage('locked', file, PDF)).toMatch(/locked with a password/);
    expect(problemMessage('damaged', file, PDF)).toMatch(/may be damaged/);
  });
  it('after a read, counts the pages and asks the reader to check the text', () => {
    expect(readMessage('eob.pdf', 1, PDF)).toMatch(/^Read 1 page of “eob\.pdf” on this device\. .*check it/);
    expect(readMessage('eob.pdf', 2, PDF)).toMatch(/^Read 2 pages of/);
  });
});

describe('the sample PDFs (test/fixtures/letters/*.pdf)', () => {
  const files = letterPdfs();
  const open = async (name: string) => {
    const task = getDocument({ data: new Uint8Array(files[name]!), verbosity: 0, useSystemFonts: false });
    try {
      const doc = await task.promise;
      const pages: TextItem[][] = [];
      for (let n = 1; n <= doc.numPages; n++)
        pages.push((await (await doc.getPage(n)).getTextContent()).items.filter((i): i is TextItem => 'str' in i));
      return { pages: doc.numPages, text: pdfText(pages) };
    } finally {
      await task.destroy();
    }
  };

  it('are what scripts/letter-pdfs.ts writes (run it after changing the writer or the sample letter)', () => {
    for (const [name, bytes] of Object.entries(files))
      expect(readFileSync(`${LETTER_PDF_DIR}/${name}`).equals(bytes), name).toBe(true);
  });

  it('the text PDF reads as the pasted letter does: the same lines, the same findings', async () => {
    const { text: pasted } = parse(readFileSync(`${LETTER_PDF_DIR}/medicare-msn-nmn-prp-lcd.yaml`, 'utf8')) as {
      text: string;
    };
    const { pages, text } = await open('medicare-msn-nmn-prp-lcd.pdf');
    expect(pages).toBe(2);
    // Spaces that only lined up columns are one space now; every line of the letter is there, in order.
    const squeeze = (s: string) => s.replace(/[ \t]+/g, ' ').trim();
    expect(text.split('\n').map(squeeze).filter(Boolean)).toEqual(pasted.split('\n').map(squeeze).filter(Boolean));
    const data = readerData(loadContentOnce('content').catalog);
    const summary = (t: string) => {
      const r = readLetter(t, data, '2026-11-30', { ...en.letterReader.why, lang: 'en' });
      return {
        plan: r.plan.plan,
        date: r.noticeDate.date,
        reason: r.reason.reason,
        codes: r.billingCodes.map((c) => c.code),
        adjustments: r.adjustments.map((a) => a.code),
        policies: r.policies.map((p) => p.number),
      };
    };
    expect(summary(text)).toEqual(summary(pasted));
    expect(summary(text)).toMatchObject({ plan: 'medicare', date: '2026-05-04', codes: ['0232T'] });
  });

  it('a drawing without text gives no text; a cut-off file and a locked one fail as damaged and locked', async () => {
    expect(await open('scan-no-text.pdf')).toEqual({ pages: 1, text: '' });
    const problem = (name: string) =>
      open(name).then(
        () => 'opened',
        (e: unknown) => errorProblem(e),
      );
    expect(await problem('damaged.pdf')).toBe('damaged');
    expect(await problem('locked.pdf')).toBe('locked');
  });
});
