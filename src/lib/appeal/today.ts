/** The reader's local calendar date as YYYY-MM-DD (for dating a letter or counting days left). */
export function localToday(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
