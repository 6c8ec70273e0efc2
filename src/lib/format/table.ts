/**
 * Gives every body cell of a rendered Markdown table the name of its column (`data-label`), so on a phone
 * the table can show each row as a card ("Code set: HCPCS") instead of scrolling sideways.
 */

const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `thead`/`tbody` HTML with a `data-label` on each `<td>`; header cells and other markup are unchanged. */
export function labelCells(tableHtml: string): string {
  const head = /<thead[^>]*>([\s\S]*?)<\/thead>/i.exec(tableHtml)?.[1] ?? '';
  const labels = [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/gi)].map((m) => text(m[1] ?? ''));
  if (labels.length === 0) return tableHtml;
  return tableHtml.replace(/<tbody[^>]*>[\s\S]*?<\/tbody>/gi, (body) =>
    body.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi, (row) => {
      let col = 0;
      return row.replace(/<(td|th)\b([^>]*)>/gi, (tag, name: string, rest: string) => {
        const label = labels[col++];
        if (name.toLowerCase() !== 'td' || !label || /\bdata-label=/.test(rest)) return tag;
        return `<td${rest} data-label="${attr(label)}">`;
      });
    }),
  );
}
