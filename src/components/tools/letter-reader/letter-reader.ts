/**
 * <letter-reader>: upgrades LetterReader.astro. As the reader pastes or types (or opens a PDF, whose text
 * pdf-text.ts puts in the text box), the text is read on this device (src/lib/appeal/reader.ts) and the
 * result is built as DOM nodes (src/lib/appeal/reader-view.ts), in the page's language, with every word from
 * the page as data (reader-setup.ts). What was found fills the three menus below the text unless the reader
 * has set them; what the reader sets wins. Nothing is stored and nothing is sent: the letter builder link
 * carries what was found after `#`, which the browser never sends to a server.
 */
import { readLetter } from '../../../lib/appeal/reader.ts';
import { readingView, type ReaderContext } from '../../../lib/appeal/reader-view.ts';
import { helpView } from '../../../lib/appeal/reader-help.ts';
import { unpackHelp, type PackedHelp } from '../../../lib/appeal/state-help.ts';
import { pdfPicker } from './pdf-text.ts';
import { parseNoticeDate } from '../../../lib/appeal/deadlines.ts';
import { localToday } from '../../../lib/appeal/today.ts';
import { pathsIn } from '../../../lib/i18n/localize.ts';
import { inLanguage, withBase } from '../../../lib/paths.ts';
import { fillWords } from '../../../lib/format/text.ts';
import { toDom } from '../../../lib/format/tree.ts';
import type { NoticeReason } from '../../../schemas/denial.ts';
import type { NoticePlan } from '../../../schemas/plan-type.ts';
import type { ReaderSetup } from './reader-setup.ts';

class LetterReader extends HTMLElement {
  connectedCallback() {
    const setup = JSON.parse(this.querySelector('[data-reader]')?.textContent ?? 'null') as ReaderSetup | null;
    const form = this.querySelector('form');
    const text = this.querySelector<HTMLTextAreaElement>('#r-text');
    const plan = this.querySelector<HTMLSelectElement>('#r-plan');
    const reason = this.querySelector<HTMLSelectElement>('#r-reason');
    const date = this.querySelector<HTMLInputElement>('#r-date');
    const error = this.querySelector<HTMLElement>('#r-date-error');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const state = this.querySelector<HTMLSelectElement>('#r-state');
    const helpJson = this.querySelector('[data-reader-help]')?.textContent;
    const help = helpJson ? unpackHelp(JSON.parse(helpJson) as PackedHelp) : undefined;
    const results = this.querySelector<HTMLElement>('[data-results]');
    if (!setup || !form || !text || !plan || !reason || !date || !error || !status || !results) return;
    const today = localToday(new Date());
    // Links go to the page in the page's language where it exists; one that does not is marked.
    const paths = pathsIn(setup.lang, new Set(setup.translated.map((p) => `/${p}`)), setup.base);
    const inPageLanguage = withBase(inLanguage('/', setup.lang), setup.base);
    const ctx: ReaderContext = {
      ...setup,
      today,
      paths,
      otherLanguage: (href) => (setup.otherLanguage && !href.startsWith(inPageLanguage) ? setup.otherLanguage : ''),
    };
    /** The menus the reader set themselves: the text no longer changes them. */
    const set = new Set<string>();

    form.querySelector('fieldset[data-needs-js]')?.removeAttribute('disabled');
    this.querySelector('[data-js-off]')?.remove();
    pdfPicker(this, text, setup.pdf, setup.messages.reading);
    form.addEventListener('submit', (e) => e.preventDefault()); // nothing is ever submitted
    date.max = today;

    const update = () => {
      if (!text.value.trim()) {
        results.hidden = true;
        results.replaceChildren();
        status.textContent = '';
        return;
      }
      const r = readLetter(text.value, setup.data, today, setup.why);
      if (!set.has('plan')) plan.value = r.plan.plan ?? '';
      if (!set.has('reason')) reason.value = r.reason.reason ?? '';
      if (!set.has('date')) date.value = r.noticeDate.date ?? '';
      const parsed = date.value ? parseNoticeDate(date.value, today, setup.deadlineWords) : undefined;
      error.textContent = parsed && !parsed.ok ? parsed.error : '';
      if (parsed && !parsed.ok) date.setAttribute('aria-invalid', 'true');
      else date.removeAttribute('aria-invalid');
      const view = readingView(
        r,
        {
          ...(plan.value ? { plan: plan.value as NoticePlan } : {}),
          ...(reason.value ? { reason: reason.value as NoticeReason } : {}),
          ...(parsed?.ok ? { date: parsed.date } : {}),
        },
        ctx,
      );
      results.replaceChildren(toDom(view));
      // Who can help, for the state picked (if any) and the plan: its own section after the result.
      if (help)
        results.append(
          toDom(
            helpView(
              help,
              state?.value || undefined,
              (plan.value || undefined) as NoticePlan | undefined,
              paths,
              setup.help,
            ),
          ),
        );
      results.hidden = false;
      const missing = results.querySelectorAll('[data-missing]').length;
      const found = results.querySelectorAll('[data-found]').length;
      status.textContent = fillWords(setup.messages.status, { found, missing });
    };
    text.addEventListener('input', update);
    state?.addEventListener('change', update);
    for (const [name, el] of [
      ['plan', plan],
      ['reason', reason],
      ['date', date],
    ] as const) {
      el.addEventListener('change', () => {
        // An emptied menu follows the letter again.
        if (el.value) set.add(name);
        else set.delete(name);
        update();
      });
    }
    update();
  }
}
customElements.define('letter-reader', LetterReader);
