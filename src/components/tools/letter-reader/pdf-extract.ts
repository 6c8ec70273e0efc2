/**
 * The text of a PDF, by pdf.js, in the browser. Loaded by pdf-text.ts with a dynamic import only when the
 * reader picks a file; the library and its worker are bundled into this site's own files (the worker as a
 * file of its own, `?url`), so nothing is asked of another host. Only the text is wanted: no fonts are
 * loaded or drawn, and pdf.js is given no address for character maps, standard fonts or image decoders, so
 * it fetches nothing at all (a font it cannot place costs a glyph's shape, not its text).
 */
import { GlobalWorkerOptions, PDFWorker, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { PDF_LIMITS } from '../../../lib/appeal/pdf-letter.ts';
import { pdfText } from '../../../lib/appeal/pdf-lines.ts';
import { allowScriptUrl } from '../../../scripts/trusted-script-url.ts';

/** One worker for every file opened on the page: a second file (the right one after a wrong one) opens sooner. */
let worker: PDFWorker | undefined;
function startWorker(): PDFWorker {
  if (worker && !worker.destroyed) return worker;
  // pdf.js starts its worker with `new Worker(url)`; the page's Trusted Types policy must admit that file.
  allowScriptUrl(workerUrl);
  GlobalWorkerOptions.workerSrc = workerUrl;
  worker = new PDFWorker({ verbosity: 0 });
  return worker;
}

/**
 * The page count and the text of every page (lines as src/lib/appeal/pdf-lines.ts joins them); the text
 * is empty when the file has more pages than the reader opens, or none with text. pdf.js's own errors
 * (a password, a damaged file) are thrown as they come.
 */
export async function readPdf(data: ArrayBuffer): Promise<{ pages: number; text: string }> {
  const task = getDocument({
    data: new Uint8Array(data),
    worker: startWorker(),
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > PDF_LIMITS.pages) return { pages: doc.numPages, text: '' };
    const pages: TextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.filter((i): i is TextItem => 'str' in i));
    }
    return { pages: doc.numPages, text: pdfText(pages) };
  } finally {
    // Frees the file's memory in the worker; the worker stays for the next file.
    await task.destroy();
  }
}
