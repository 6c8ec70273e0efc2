/**
 * A minimal PDF writer for the letter reader's test files (test/fixtures/letters/*.pdf): one standard font
 * (Helvetica, not embedded, so the files stay a few KB), text lines or a drawn box per page, and an optional
 * Encrypt dictionary whose password checks fail, which is all a reader needs to refuse a locked file.
 * Written by hand because the machines that build this site have no internet and no PDF tool; the output
 * is byte-for-byte the same on every run (no dates, no random ids), so a test can compare the committed
 * files with it.
 */

/** A page: lines of text from the top, or `box` for a page with a drawing and no text (like a scan). */
export type PdfPage = { lines: string[] } | { box: true };

/** Characters outside ASCII that the sample letters use, in the font's WinAnsi encoding. */
const WIN_ANSI: Record<string, number> = {
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

/** A PDF string literal: `(`, `)` and `\` escaped; anything the font cannot show stops the script. */
function pdfString(line: string): string {
  let out = '';
  for (const ch of line) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    if (code > 0xff || (code < 0x20 && ch !== '\t')) throw new Error(`pdf: cannot write ${JSON.stringify(ch)}`);
    const c = String.fromCharCode(code);
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : c;
  }
  return `(${out})`;
}

const content = (page: PdfPage): string =>
  'box' in page
    ? // A grey filled rectangle with a dark outline: ink on the page, but no text operators at all.
      '0.85 g 0.2 G 72 300 468 400 re B\n'
    : `BT /F1 11 Tf 14 TL 54 740 Td\n${page.lines.map((l) => (l ? `${pdfString(l)} Tj T*` : 'T*')).join('\n')}\nET\n`;

/** The bytes of a PDF with `pages`; `locked` adds a password the file does not give. */
export function writePdf(pages: PdfPage[], options: { locked?: boolean } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in once the pages have numbers
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids = pages.map((p) => {
    const text = content(p);
    const stream = add(`<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}endstream`);
    return add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> ` +
        `/Contents ${stream} 0 R >>`,
    );
  });
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  // Standard security handler, revision 2: O and U are 32 bytes derived from the passwords. These are made
  // up, so no password (not even the empty one a reader would try first) opens the file.
  const encrypt = options.locked
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'4f'.repeat(32)}> /U <${'55'.repeat(32)}> /P -3904 >>`)
    : undefined;

  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const id = '0123456789abcdef0123456789abcdef';
  pdf +=
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R` +
    (encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${id}> <${id}>]` : '') +
    ` >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
