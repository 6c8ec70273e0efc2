/**
 * <deadline-finder>: upgrades DeadlineFinder.astro. For the plan and notice date the reader picks, it copies
 * that plan's server-rendered list of levels (the same markup the page shows for every plan) into "Your
 * deadlines" and adds the first deadline as a date, built with DOM methods. Dates are worked out by
 * src/lib/appeal/deadlines.ts on the reader's own calendar day; nothing leaves the browser.
 */
import { appealSchedule, parseNoticeDate } from '../../../lib/appeal/deadlines.ts';
import { deadlineDateView } from '../../../lib/appeal/deadline-view.ts';
import { buildCalendar, deadlineEvents, type CalendarPlan } from '../../../lib/appeal/ics.ts';
import { localToday } from '../../../lib/appeal/today.ts';
import { toDom } from '../../../lib/format/tree.ts';
import { saveFile } from '../save-file.ts';
import { DEADLINE_WORDS } from '../../../i18n/deadline-words.ts';
import { LANGUAGES } from '../../../schemas/language.ts';

class DeadlineFinder extends HTMLElement {
  connectedCallback() {
    const plans = JSON.parse(this.querySelector('[data-rules]')?.textContent ?? '[]') as CalendarPlan[];
    // The page's language picks the words of dates, errors and the calendar file (src/i18n/deadline-words.ts).
    const lang = LANGUAGES.find((l) => l === this.dataset['lang']) ?? 'en';
    const words = DEADLINE_WORDS[lang];
    const form = this.querySelector('form');
    const plan = this.querySelector<HTMLSelectElement>('#d-plan');
    const date = this.querySelector<HTMLInputElement>('#d-date');
    const error = this.querySelector<HTMLElement>('#d-date-error');
    const results = this.querySelector<HTMLElement>('[data-results]');
    const name = this.querySelector<HTMLElement>('[data-plan-name]');
    const slot = this.querySelector<HTMLElement>('[data-levels]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!form || !plan || !date || !error || !results || !name || !slot || !status || plans.length === 0) return;
    form.hidden = false;
    form.addEventListener('submit', (e) => e.preventDefault());
    const today = localToday(new Date());
    date.max = today;

    const fail = (message: string) => {
      error.textContent = message;
      if (message) date.setAttribute('aria-invalid', 'true');
      else date.removeAttribute('aria-invalid');
      results.hidden = true;
    };
    /** The plan and notice date the results show, for the calendar file; undefined while none are shown. */
    let shown: { plan: CalendarPlan; notice: string } | undefined;
    const update = () => {
      shown = undefined;
      status.textContent = '';
      const chosen = plans.find((p) => p.planType === plan.value);
      const levels = this.querySelector(`[data-plan-levels="${CSS.escape(plan.value)}"]`);
      if (!chosen || !levels) return;
      if (!date.value) return fail('');
      const parsed = parseNoticeDate(date.value, today, words);
      if (!parsed.ok) return fail(parsed.error);
      fail('');
      const [first] = appealSchedule(chosen, parsed.date, today).levels;
      const copy = levels.cloneNode(true) as HTMLElement;
      copy.removeAttribute('data-plan-levels'); // the page's own list stays the one to copy from
      if (first?.deadline)
        copy.querySelector('li h4')?.after(toDom(deadlineDateView(first.deadline, first.daysLeft, words)));
      name.textContent = plan.selectedOptions[0]?.textContent ?? '';
      slot.replaceChildren(copy);
      results.hidden = false;
      shown = { plan: chosen, notice: parsed.date };
    };
    this.querySelector('[data-action="calendar"]')?.addEventListener('click', () => {
      if (!shown) return;
      // The page's own address (without query or fragment) goes in the file, so the event links back here.
      const page = `${location.origin}${location.pathname}`;
      const events = deadlineEvents(shown.plan, shown.notice, today, location.hostname || 'localhost', page, words);
      if (events.length === 0) {
        status.textContent = this.dataset['noDate'] ?? '';
        return;
      }
      saveFile('appeal-deadlines.ics', buildCalendar(events, new Date()), 'text/calendar;charset=utf-8');
      status.textContent = this.dataset['saved'] ?? '';
    });
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    update();
  }
}
customElements.define('deadline-finder', DeadlineFinder);
