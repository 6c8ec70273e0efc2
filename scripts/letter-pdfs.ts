// Writes the letter reader's sample PDFs into test/fixtures/letters/ (scripts/lib/pdf.ts writes them):
//   medicare-msn-nmn-prp-lcd.pdf  the sample letter of the same name, over two pages, as text
//   scan-no-text.pdf              a page with a drawing and no text, as a scan would be
//   damaged.pdf                   the text PDF cut off partway, as an interrupted download is
//   locked.pdf                    a PDF that asks for a password
// A unit test (test/unit/pdf-letter.test.ts) fails while the committed files differ from these.
// Usage: node scripts/letter-pdfs.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { writePdf } from './lib/pdf.ts';

export const LETTER_PDF_DIR = 'test/fixtures/letters';

export function letterPdfs(dir = LETTER_PDF_DIR): Record<string, Buffer> {
  const sample = parse(readFileSync(`${dir}/medicare-msn-nmn-prp-lcd.yaml`, 'utf8')) as { text: string };
  const lines = sample.text.trimEnd().split('\n');
  // The page break falls inside a paragraph ("Note A: …"), as it does in real letters.
  const text = writePdf([{ lines: lines.slice(0, 15) }, { lines: lines.slice(15) }]);
  return {
    'medicare-msn-nmn-prp-lcd.pdf': text,
    'scan-no-text.pdf': writePdf([{ box: true }]),
    'damaged.pdf': text.subarray(0, Math.floor(text.length * 0.6)),
    'locked.pdf': writePdf([{ lines: ['Medicare Summary Notice'] }], { locked: true }),
  };
}

if (import.meta.main) {
  for (const [name, bytes] of Object.entries(letterPdfs())) {
    writeFileSync(`${LETTER_PDF_DIR}/${name}`, bytes);
    console.log(`letter-pdfs: ${LETTER_PDF_DIR}/${name} (${bytes.length} bytes)`);
  }
}
