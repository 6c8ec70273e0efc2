/**
 * <claim-file-letter>: upgrades ClaimFileLetter.astro. The letter follows the form until the reader edits
 * it; from then on the form leaves their words alone, and a button rebuilds it only when asked. It is written
 * in the language the reader picks (a Spanish page offers English, for the insurer, and Spanish), with the
 * same letter in the page's language under one in another. The note under the letter, in the page's language,
 * says what the rule for the chosen plan gives and what we could not confirm. Every word comes from the page
 * as data (claim-file-setup.ts). Nothing is stored and nothing is sent anywhere: print, or save a
 * file made on this device.
 */
import { buildFileRequest } from '../../../lib/appeal/file-request.ts';
import { inputFromFields } from '../../../lib/appeal/draft.ts';
import { localToday } from '../../../lib/appeal/today.ts';
import type { ClaimFileSetup } from './claim-file-setup.ts';
import { saveFile } from '../save-file.ts';
import { letterLanguage } from '../letter-builder/letter-language.ts';

class ClaimFileLetter extends HTMLElement {
  connectedCallback() {
    const setup = JSON.parse(this.querySelector('[data-letter-setup]')?.textContent ?? 'null') as ClaimFileSetup | null;
    const form = this.querySelector('form');
    const plan = this.querySelector<HTMLSelectElement>('#c-plan');
    const text = this.querySelector<HTMLTextAreaElement>('#claim-file-text');
    const print = this.querySelector<HTMLElement>('.letter-print');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const stale = this.querySelector<HTMLElement>('[data-stale]');
    const note = this.querySelector<HTMLElement>('[data-note]');
    if (!setup || !form || !plan || !text || !print || !status || !stale || !note) return;
    const language = letterLanguage(this, setup);
    const today = localToday(new Date());
    /** True once the reader has edited the letter: the form no longer rewrites it. */
    let edited = false;

    // A link from a page that knows the reader's plan (?plan=medicare) picks it; anything else is ignored.
    const asked = new URLSearchParams(location.search).get('plan');
    if (asked && language.letter(setup.pageLang, asked)) plan.value = asked;

    const render = () => {
      const fd = new FormData(form);
      const input = inputFromFields(
        (n) => String(fd.get(n) ?? ''),
        () => [],
        today,
      );
      const letter = language.letter(language.chosen(), input.planType);
      if (!letter) return;
      note.textContent = setup.notes[input.planType] ?? '';
      if (!edited) text.value = buildFileRequest(input, letter.wording, letter.words);
      language.show(input.planType, (words, wording) => buildFileRequest(input, wording, words));
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
      status.textContent = setup.messages.rebuilt;
    });
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-action="save"]')?.addEventListener('click', () => {
      saveFile('claim-file-request.txt', text.value, 'text/plain;charset=utf-8');
      status.textContent = setup.messages.saved;
    });
    render();
  }
}
customElements.define('claim-file-letter', ClaimFileLetter);
