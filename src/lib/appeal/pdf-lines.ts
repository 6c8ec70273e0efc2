/**
 * How the text pieces pdf.js gives become the lines the letter reader reads (src/lib/appeal/reader.ts
 * reads a letter line by line). Used only by the PDF code loaded when a file is picked
 * (src/components/tools/letter-reader/pdf-extract.ts), so the page's own script does not carry it.
 */

/** The part of pdf.js's text item the lines are made from (its `TextItem`). */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: where the piece starts on the page, in points from the bottom left. */
  transform: number[];
  width: number;
  height: number;
  /** pdf.js's own sign that a line ends after this piece. */
  hasEOL: boolean;
}

/**
 * One page's text pieces as lines. A PDF stores pieces of text at positions, not lines: a new line starts
 * where pdf.js marks one or where the next piece sits lower (or higher) on the page; a gap of more than
 * about two lines becomes an empty line; pieces on one line apart from each other get a space between
 * them. Lines keep no trailing spaces.
 */
export function pageLines(items: readonly PdfTextItem[]): string[] {
  const lines: string[] = [];
  let line = '';
  let prev: PdfTextItem | undefined;
  let eol = false;
  for (const item of items) {
    // pdf.js also gives empty pieces that only end a line; they carry no position worth comparing.
    if (!item.str) {
      eol ||= item.hasEOL && prev !== undefined;
      continue;
    }
    const [x = 0, y = 0] = item.transform.slice(4);
    if (prev) {
      const [px = 0, py = 0] = prev.transform.slice(4);
      const size = Math.max(item.height, prev.height, 1);
      if (eol || Math.abs(y - py) > size / 2) {
        lines.push(line.trimEnd());
        if (Math.abs(y - py) > size * 1.9) lines.push('');
        line = '';
      } else if (x - (px + prev.width) > size * 0.15 && !/\s$/.test(line) && !/^\s/.test(item.str)) line += ' ';
    }
    line += item.str;
    prev = item;
    eol = item.hasEOL;
  }
  if (prev) lines.push(line.trimEnd());
  return lines;
}

/** Every page's lines, pages apart by an empty line; empty when the file has no text at all (a scan). */
export function pdfText(pages: readonly (readonly PdfTextItem[])[]): string {
  const text = pages
    .map((items) => pageLines(items).join('\n').trim())
    .filter(Boolean)
    .join('\n\n');
  return text.trim() ? text : '';
}
