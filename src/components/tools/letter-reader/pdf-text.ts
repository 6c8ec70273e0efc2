/**
 * "Open a PDF" for <letter-reader>: the reader picks a denial letter saved as a PDF and its text lands in the
 * text box, where the reader can check and edit it, and the letter is read as if pasted. The file is read on
 * this device: pdf.js and its worker are this site's own files (no other host), loaded by pdf-extract.ts
 * only once a file is picked, so the page's own script stays small. A file that gives no text leaves the
 * text box as it was and says why, in plain words (src/lib/appeal/pdf-letter.ts).
 */
import { PDF_LIMITS, errorProblem, fileProblem, problemMessage, readMessage } from '../../../lib/appeal/pdf-letter.ts';
import type { PdfProblem, PdfWords } from '../../../lib/appeal/pdf-letter.ts';
import { fillWords } from '../../../lib/format/text.ts';

/**
 * Shows the picker (hidden without JavaScript) and fills `text` from the PDF the reader picks. `words` are the
 * page's: what it says about the file, and while reading it (`reading`, with `{name}`).
 */
export function pdfPicker(root: HTMLElement, text: HTMLTextAreaElement, words: PdfWords, reading: string): void {
  const box = root.querySelector<HTMLElement>('[data-pdf]');
  const input = root.querySelector<HTMLInputElement>('#r-pdf');
  const status = root.querySelector<HTMLElement>('#r-pdf-status');
  const error = root.querySelector<HTMLElement>('#r-pdf-error');
  if (!box || !input || !status || !error) return;
  box.hidden = false;
  /** Counts picks, so a slow file read cannot overwrite the result of one picked after it. */
  let picks = 0;

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const pick = ++picks;
    const fail = (problem: PdfProblem, pages?: number) => {
      if (pick !== picks) return;
      status.textContent = '';
      error.textContent = problemMessage(
        problem,
        { name: file.name, size: file.size, ...(pages ? { pages } : {}) },
        words,
      );
      input.setAttribute('aria-invalid', 'true');
    };
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    const early = fileProblem(file);
    if (early) return fail(early);
    status.textContent = fillWords(reading, { name: file.name });
    try {
      const { readPdf } = await import('./pdf-extract.ts');
      const read = await readPdf(await file.arrayBuffer());
      if (pick !== picks) return;
      if (read.pages > PDF_LIMITS.pages) return fail('too-many-pages', read.pages);
      if (!read.text) return fail('no-text');
      text.value = read.text;
      // The letter reader reads the text box on `input`, as when the reader pastes.
      text.dispatchEvent(new Event('input', { bubbles: true }));
      status.textContent = readMessage(file.name, read.pages, words);
    } catch (e) {
      fail(errorProblem(e));
    }
  });
}
