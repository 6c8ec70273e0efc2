/**
 * Layout problems a reader would see, measured in the page (geometry, not pixels), for the browser
 * sweeps in test/e2e/: the page scrolls sideways; an element is wider than its box (its text clipped, or
 * spilling over its neighbours); a deliberate sideways scroll area has no visible cue or cannot be reached
 * with the keyboard; a bordered inline box (a link styled as a button) breaks across lines; a radio button or
 * checkbox sits apart from its label's first line.
 */
import type { Page } from 'playwright-core';

/** Every problem on the page as it is now, one line each ("what: measured"); empty when there is none. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const classes =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${classes}`;
    };
    /** Shown, and not text kept for screen readers only (clipped to nothing on purpose with CSS `clip`). */
    const shown = (el: Element): boolean => {
      if (!el.checkVisibility()) return false;
      for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).clip !== 'auto') return false;
      return true;
    };
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in ${window.innerWidth}px`);

    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      // Form controls scroll their own text; drawings are measured by test/e2e/diagrams.test.ts.
      if (!(el instanceof HTMLElement) || el.matches('input, select, textarea') || el.closest('svg')) continue;
      if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1 || !shown(el)) continue;
      const s = getComputedStyle(el);
      if (s.overflowX !== 'auto' && s.overflowX !== 'scroll') {
        out.push(`${name(el)} is wider than its box: ${el.scrollWidth}px in ${el.clientWidth}px`);
        continue;
      }
      // A deliberate scroll area: reachable by keyboard, with a visible cue near it.
      const cue = el.parentElement?.closest('section, figure, article, main')?.querySelector('[data-scroll-cue]');
      if (!cue || !shown(cue) || el.tabIndex < 0)
        out.push(`${name(el)} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px) without a visible cue`);
    }

    // A bordered inline box (a link styled as a button) broken across lines looks like two broken boxes.
    for (const el of document.body.querySelectorAll<HTMLElement>('a, span, strong, em, b, code, abbr')) {
      if (el.closest('svg') || el.getClientRects().length < 2 || !shown(el)) continue;
      const s = getComputedStyle(el);
      if (s.display === 'inline' && parseFloat(s.borderTopWidth) > 0 && s.borderTopStyle !== 'none')
        out.push(`${name(el)} has a border broken across ${el.getClientRects().length} lines`);
    }

    for (const box of document.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
      if (!shown(box)) continue;
      const label = box.closest('label') ?? (box.id ? document.querySelector(`label[for="${box.id}"]`) : null);
      const text = [...(label?.childNodes ?? [])].find((n) => n !== box && (n.textContent ?? '').trim());
      if (!text) {
        out.push(`${name(box)} ${box.name}=${box.value} has no label text`);
        continue;
      }
      // The box sits on the line of its label's first words, to their left.
      const range = document.createRange();
      range.selectNodeContents(text);
      const first = [...range.getClientRects()].find((r) => r.width > 1 && r.height > 1);
      const b = box.getBoundingClientRect();
      if (!first || first.top >= b.bottom || b.top >= first.bottom || first.left < b.right - 1) {
        const at = `box at ${Math.round(b.top)}, label at ${Math.round(first?.top ?? -1)}`;
        out.push(`${box.name}=${box.value} sits apart from its label: ${at}`);
      }
    }
    return out;
  });
}
