/**
 * A denial letter opened as a PDF, the parts the page needs before any PDF library loads: the limits, which
 * files are refused at once, and what the reader is told when a file cannot be read. The browser part is
 * src/components/tools/letter-reader/pdf-text.ts; how a PDF's text pieces become lines is pdf-lines.ts,
 * which only the lazily loaded PDF code needs. Both stay pure, so they are tested without a browser. The words
 * are the page's, handed in.
 */
import { fillWords } from '../format/text.ts';
import type { Dictionary } from '../../i18n/en.ts';

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

/** What the reader is told about a PDF, in the page's language (`ui(lang).letterReader.pdf`). */
export type PdfWords = Dictionary['letterReader']['pdf'];

/** What the reader is told, in plain words, with what to do instead. The text box is never touched. */
export function problemMessage(
  problem: PdfProblem,
  file: { name: string; size: number; pages?: number },
  w: PdfWords,
): string {
  const words: Record<PdfProblem, string> = {
    'too-big': w.tooBig,
    picture: w.picture,
    'too-many-pages': w.tooManyPages,
    'no-text': w.noText,
    locked: w.locked,
    damaged: w.damaged,
    unreadable: w.unreadable,
  };
  const limit = problem === 'too-big' ? MB(PDF_LIMITS.bytes) : PDF_LIMITS.pages;
  const pages = file.pages ?? w.tooMany;
  return fillWords(words[problem], { name: file.name, size: MB(file.size), limit, pages }) + w.kept;
}

/** After a file was read: what happened, and that the reader should check the text against the letter. */
export const readMessage = (name: string, pages: number, w: PdfWords): string =>
  fillWords(w.read, { name, pages: `${pages} ${pages === 1 ? w.page[0] : w.page[1]}` });
