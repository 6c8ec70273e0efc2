/**
 * <claim-file-letter>: upgrades ClaimFileLetter.astro. The letter follows the form until the reader edits
 * it; from then on the form leaves their words alone, and a button rebuilds it only when asked. The note
 * under the letter says what the rule for the chosen plan gives and what we could not confirm. Nothing is
 * stored and nothing is sent anywhere: print, or save a file made on this device.
 */
import { buildFileRequest } from '../../../lib/appeal/file-request.ts';
import { inputFromFields } from '../../../lib/appeal/draft.ts';
import { localToday } from '../../../lib/appeal/today.ts';
import type { FileRequestWording } from '../../../schemas/letter.ts';
import { saveFile } from '../save-file.ts';

class ClaimFileLetter extends HTMLElement {
  connectedCallback() {
    const wording = JSON.parse(this.querySelector('[data-wording]')?.textContent ?? '{}') as Record<
      string,
      FileRequestWording
    >;
    const form = this.querySelector('form');
    const plan = this.querySelector<HTMLSelectElement>('#c-plan');
    const text = this.querySelector<HTMLTextAreaElement>('#claim-file-text');
    const print = this.querySelector<HTMLElement>('.letter-print');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const stale = this.querySelector<HTMLElement>('[data-stale]');
    const note = this.querySelector<HTMLElement>('[data-note]');
    if (!form || !plan || !text || !print || !status || !stale || !note) return;
    const today = localToday(new Date());
    /** True once the reader has edited the letter: the form no longer rewrites it. */
    let edited = false;

    // A link from a page that knows the reader's plan (?plan=medicare) picks it; anything else is ignored.
    const asked = new URLSearchParams(location.search).get('plan');
    if (asked && asked in wording) plan.value = asked;

    const render = () => {
      const fd = new FormData(form);
      const input = inputFromFields(
        (n) => String(fd.get(n) ?? ''),
        () => [],
        today,
      );
      const rights = wording[input.planType];
      if (!rights) return;
      note.textContent = rights.note;
      if (!edited) text.value = buildFileRequest(input, rights);
      print.textContent = text.value;
      stale.hidden = !edited;
    };

    form.querySelector('fieldset[data-needs-js]')?.removeAttribute('disabled');
    this.querySelector('[data-js-off]')?.remove();
    text.readOnly = false;
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[disabled]')) b.disabled = false;
    form.addEventListener('submit', (e) => e.preventDefault()); // nothing is ever submitted
    form.addEventListener('input', render);
    form.addEventListener('change', render);
    text.addEventListener('input', () => {
      edited = true;
      render();
    });
    this.querySelector('[data-action="rebuild"]')?.addEventListener('click', () => {
      edited = false;
      render();
      text.focus();
      status.textContent = 'The letter was rebuilt from the form.';
    });
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-action="save"]')?.addEventListener('click', () => {
      saveFile('claim-file-request.txt', text.value, 'text/plain;charset=utf-8');
      status.textContent = 'Saved as claim-file-request.txt.';
    });
    render();
  }
}
customElements.define('claim-file-letter', ClaimFileLetter);
