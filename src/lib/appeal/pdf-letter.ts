/**
 * A denial letter opened as a PDF, the parts the page needs before any PDF library loads: the limits, which
 * files are refused at once, and what the reader is told when a file cannot be read. The browser part is
 * src/components/tools/letter-reader/pdf-text.ts; how a PDF's text pieces become lines is pdf-lines.ts,
 * which only the lazily loaded PDF code needs. Both stay pure, so they are tested without a browser.
 */

/** Letters are a few pages; a bigger file is something else (a whole claim file, a scanned book). */
export const PDF_LIMITS = { bytes: 10 * 1024 * 1024, pages: 50 } as const;

/** Why a file gave no text. */
export type PdfProblem = 'too-big' | 'picture' | 'too-many-pages' | 'no-text' | 'locked' | 'damaged' | 'unreadable';

/**
 * A file refused before the PDF library loads: over the size limit, or a picture (a phone's file picker
 * may offer photos whatever the page asks for). The reader cannot read text in a photo.
 */
export function fileProblem(file: { size: number; type: string; name: string }): PdfProblem | undefined {
  if (file.type.startsWith('image/') || /\.(jpe?g|png|heic|heif|gif|webp|tiff?)$/i.test(file.name)) return 'picture';
  if (file.size > PDF_LIMITS.bytes) return 'too-big';
  return undefined;
}

/** The problem a pdf.js error stands for, by the exception's name (its classes load with the library). */
export function errorProblem(e: unknown): PdfProblem {
  const name = (e as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return 'locked';
  if (name === 'InvalidPDFException' || name === 'FormatError') return 'damaged';
  return 'unreadable';
}

/** 10 MB, 12.5 MB: one decimal, none when whole. */
const MB = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

/** What the reader is told, in plain words, with what to do instead. The text box is never touched. */
export function problemMessage(problem: PdfProblem, file: { name: string; size: number; pages?: number }): string {
  const kept = ' Nothing in the text box has changed.';
  switch (problem) {
    case 'too-big':
      return (
        `“${file.name}” is ${MB(file.size)}. The reader opens PDFs up to ${MB(PDF_LIMITS.bytes)}, ` +
        `the size of a long letter. Paste the text instead, or type the key parts.${kept}`
      );
    case 'picture':
      return (
        `“${file.name}” is a picture, not a PDF. The reader cannot read text in a photo: ` +
        `type the key parts instead.${kept}`
      );
    case 'too-many-pages':
      return (
        `“${file.name}” has ${file.pages ?? 'too many'} pages. ` +
        `The reader opens PDFs of up to ${PDF_LIMITS.pages} pages. ` +
        `Paste the text of the letter's own pages instead.${kept}`
      );
    case 'no-text':
      return `This PDF has no text we can read: it may be a scan. Type the key parts instead.${kept}`;
    case 'locked':
      return (
        `“${file.name}” is locked with a password. Open it in your PDF app, copy the text and paste it here, ` +
        `or type the key parts.${kept}`
      );
    case 'damaged':
      return (
        `“${file.name}” could not be opened: it may be damaged, cut short, or not a PDF. ` +
        `Try saving it again, or paste the text.${kept}`
      );
    case 'unreadable':
      return `“${file.name}” could not be read on this device. Paste the text instead.${kept}`;
  }
}

/** After a file was read: what happened, and that the reader should check the text against the letter. */
export const readMessage = (name: string, pages: number): string =>
  `Read ${pages} ${pages === 1 ? 'page' : 'pages'} of “${name}” on this device. The text is in the box above: ` +
  'check it against your letter and correct anything read wrong.';
