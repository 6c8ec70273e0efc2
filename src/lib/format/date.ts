/**
 * Dates as US readers expect them. Content stores `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; we show
 * "November 22, 2026", "November 2026" or "2026", and in Spanish (es-US) "22 de noviembre de 2026",
 * "noviembre de 2026" or "2026". Worked out from the text, not a Date, so the output never depends on the
 * time zone of the build machine or the reader's browser.
 */
import type { Lang } from '../../schemas/language.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MESES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

export function formatDate(value: string, lang: Lang = 'en'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new Error(`Not a date: ${JSON.stringify(value)}`);
  const [, y, mo, d] = m;
  const month = mo ? (lang === 'es' ? MESES : MONTHS)[Number(mo) - 1] : undefined;
  if (mo && !month) throw new Error(`Not a month: ${JSON.stringify(value)}`);
  if (lang === 'es') return d ? `${Number(d)} de ${month} de ${y}` : month ? `${month} de ${y}` : (y ?? value);
  if (d) return `${month} ${Number(d)}, ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? value;
}

/** The newest of several `YYYY-MM-DD` dates (string comparison is date order for this format). */
export const latest = (dates: readonly string[]): string => dates.reduce((a, b) => (b > a ? b : a));
