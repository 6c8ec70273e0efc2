/**
 * <appeal-letter>: upgrades the server-rendered letter form in LetterBuilder.astro. The letter follows the
 * form until the reader edits it; from then on form changes leave their words alone, and a button rebuilds
 * the letter from the form only when asked (it says it replaces their edits). The letter is written in the
 * language the reader picks (a Spanish page offers English, for the insurer, and Spanish), with the same
 * letter in the page's language under one in another. Every word comes from the page as data
 * (src/lib/appeal/letter-setup.ts). A draft is written to this browser's storage only while "Keep my draft"
 * is ticked; if the browser refuses (storage full or off), the reader is told and nothing claims a save that
 * did not happen. Nothing is ever sent anywhere.
 */
import { buildLetter, type LetterInput, type LetterRights } from '../../../lib/appeal/letter.ts';
import { DRAFT_KEY, inputFromFields, parseDraft, presetFromHash, storeDraft } from '../../../lib/appeal/draft.ts';
import { localToday } from '../../../lib/appeal/today.ts';
import type { LetterSetup } from '../../../lib/appeal/letter-setup.ts';
import type { Dictionary } from '../../../i18n/en.ts';
import type { AppealLetterWords } from '../../../i18n/letter-words.ts';
import { readItem, removeItem } from '../../../lib/appeal/device-store.ts';
import { deviceStorage } from '../device-storage.ts';
import { saveFile } from '../save-file.ts';
import { letterLanguage } from './letter-language.ts';

type Setup = LetterSetup<AppealLetterWords, LetterRights, Dictionary['letterBuilder']['script']>;

class AppealLetter extends HTMLElement {
  connectedCallback() {
    const setup = JSON.parse(this.querySelector('[data-letter-setup]')?.textContent ?? 'null') as Setup | null;
    const form = this.querySelector('form');
    const text = this.querySelector<HTMLTextAreaElement>('#letter-text');
    const print = this.querySelector<HTMLElement>('.letter-print');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const keep = this.querySelector<HTMLInputElement>('#f-keep');
    const stale = this.querySelector<HTMLElement>('[data-stale]');
    if (!setup || !form || !text || !print || !status || !keep || !stale) return;
    const m = setup.messages;
    const language = letterLanguage(this, setup);
    const today = localToday(new Date());
    const store = deviceStorage();
    /** The reader's own letter text; '' while the letter still follows the form. */
    let edited = '';

    const read = () => {
      const fd = new FormData(form);
      return inputFromFields(
        (n) => String(fd.get(n) ?? ''),
        (n) => fd.getAll(n).map(String),
        today,
      );
    };
    const forget = () => removeItem(store, DRAFT_KEY);
    /** Saves when the reader asked for it. On failure: untick, remove any older copy, and say so. */
    const save = (): boolean => {
      if (!keep.checked) return false;
      if (storeDraft(store, { input: read(), edited, letterLang: language.chosen() })) return true;
      keep.checked = false;
      forget();
      status.textContent = m.notKept;
      return false;
    };
    const show = () => {
      print.textContent = text.value;
      stale.hidden = edited === '';
    };
    const render = () => {
      const input = read();
      const letter = language.letter(language.chosen(), input.planType);
      if (!edited && letter) text.value = buildLetter(input, letter.wording, letter.words);
      language.show(input.planType, (words, wording) => buildLetter(input, wording, words));
      show();
    };
    const fill = (input: LetterInput) => {
      for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[name]')) {
        if (el.name === 'keepDraft' || el.name === 'letterLang') continue;
        if (el instanceof HTMLInputElement && el.type === 'checkbox')
          el.checked = (input.enclosures as readonly string[]).includes(el.value);
        else if (el.name in input) el.value = String(input[el.name as keyof typeof input] ?? '');
      }
    };

    // Restore a draft only if the reader chose to keep one.
    const draft = parseDraft(readItem(store, DRAFT_KEY), today);
    if (draft) {
      fill(draft.input);
      language.choose(draft.letterLang);
      edited = draft.edited;
      if (edited) text.value = edited;
      keep.checked = true;
    }

    form.querySelector('fieldset[data-needs-js]')?.removeAttribute('disabled');
    // Filled in by the letter reader (/appeal/read-letter/): its findings come after `#`, never to a server.
    // Only once the form is enabled: FormData skips disabled fields.
    const preset = presetFromHash(location.hash);
    if (Object.keys(preset).length > 0) {
      fill({ ...read(), ...preset });
      status.textContent = m.filledIn;
    }
    this.querySelector('[data-js-off]')?.remove();
    text.readOnly = false;
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[disabled]')) b.disabled = false;
    form.addEventListener('submit', (e) => e.preventDefault()); // nothing is ever submitted

    form.addEventListener('input', (e) => {
      if ((e.target as HTMLElement).id === 'f-keep') return;
      render(); // leaves the reader's edited letter alone
      save();
    });
    keep.addEventListener('change', () => {
      if (keep.checked) {
        if (save()) status.textContent = m.kept;
      } else {
        forget();
        status.textContent = m.notKeeping;
      }
    });
    text.addEventListener('input', () => {
      edited = text.value;
      show();
      save();
    });
    this.querySelector('[data-action="rebuild"]')?.addEventListener('click', () => {
      edited = '';
      render();
      text.focus();
      status.textContent = m.rebuilt;
      // A save that fails says so after the news of the rebuild, never hidden by it.
      if (keep.checked && !save()) status.textContent = `${m.rebuilt} ${m.notKept}`;
    });
    this.querySelector('[data-action="delete"]')?.addEventListener('click', () => {
      forget();
      keep.checked = false;
      form.reset();
      edited = '';
      render();
      status.textContent = m.deleted;
    });
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-action="save"]')?.addEventListener('click', () => {
      saveFile('appeal-letter.txt', text.value, 'text/plain;charset=utf-8');
      status.textContent = m.saved;
    });
    render();
  }
}
customElements.define('appeal-letter', AppealLetter);
