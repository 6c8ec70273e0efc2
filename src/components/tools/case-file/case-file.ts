/**
 * <case-file>: upgrades CaseFile.astro. The case is written to this browser's storage only while "Keep my
 * case on this device" is ticked, and the page says so when the browser refuses. Files are made and read on
 * the device; a file is checked whole (src/lib/appeal/case-file.ts) before the reader is asked whether it may
 * replace what the page holds, and any problem leaves the page and the device as they were. Replacing and
 * deleting ask first, in the page. Nothing is ever sent anywhere.
 */
import {
  CASE_KEY,
  CASE_LISTS,
  DENIAL_FIELDS,
  MAX_FILE_BYTES,
  caseFileText,
  emptyCase,
  emptyRow,
  isEmptyCase,
  lockedCaseFileText,
  readCaseFile,
  tooLargeToSave,
  unlockCaseFile,
  withDraft,
  type Case,
  type CallRow,
  type CriterionRow,
  type ListName,
  type LockedFile,
  type Opened,
} from '../../../lib/appeal/case-file.ts';
import { caseDeadlinesView, rowFieldId, rowName, rowView } from '../../../lib/appeal/case-view.ts';
import { readItem, removeItem, writeItem } from '../../../lib/appeal/device-store.ts';
import { DRAFT_KEY, parseDraft } from '../../../lib/appeal/draft.ts';
import { buildLetter } from '../../../lib/appeal/letter.ts';
import type { Enclosure } from '../../../schemas/denial.ts';
import { localToday } from '../../../lib/appeal/today.ts';
import { formatDate } from '../../../lib/format/date.ts';
import { fillWords } from '../../../lib/format/text.ts';
import { h, toDom } from '../../../lib/format/tree.ts';
import { deviceStorage } from '../device-storage.ts';
import { saveFile } from '../save-file.ts';
import { MIN_PASSPHRASE, type CaseSetup } from './case-setup.ts';

const LISTS = Object.keys(CASE_LISTS) as ListName[];

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

class CaseFileTool extends HTMLElement {
  connectedCallback() {
    const setup = JSON.parse(this.querySelector('[data-case-setup]')?.textContent ?? 'null') as CaseSetup | null;
    if (!setup) return;
    const m = setup.messages;
    const dw = setup.deadlineWords;
    const $ = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    const form = $<HTMLFormElement>('form');
    const keep = $<HTMLInputElement>('#case-keep');
    const status = $('[data-status]');
    const letter = $<HTMLTextAreaElement>('#case-letter');
    const letterStatus = $('[data-letter-status]');
    const deadlines = $('[data-deadlines]');
    const files = $('[data-files]');
    const fileStatus = $('[data-file-status]');
    const errors = $('[data-errors]');
    const errorList = $('[data-error-list]');
    const pass = $<HTMLInputElement>('#case-pass');
    const passAgain = $<HTMLInputElement>('#case-pass-again');
    const open = $<HTMLInputElement>('#case-open');
    const unlock = $('[data-unlock]');
    const openPass = $<HTMLInputElement>('#case-open-pass');
    const confirm = $('[data-confirm]');
    const confirmText = $('[data-confirm-text]');
    const confirmYes = $<HTMLButtonElement>('[data-confirm-yes]');
    const docs = [...this.querySelectorAll<HTMLInputElement>('input[name="documents"]')];
    const field = (key: string) => $<Control>(`#case-${key}`);
    const store = deviceStorage();
    const today = localToday(new Date());

    const rowsOf = (list: ListName) =>
      [...this.querySelectorAll(`[data-row="${list}"]`)].map((row) =>
        Object.fromEntries(
          CASE_LISTS[list].fields.map((f) => [f.key, row.querySelector<Control>(`[name="${f.key}"]`)?.value ?? '']),
        ),
      );
    /** The case as the page shows it now. */
    const read = (): Case => {
      const c = emptyCase();
      for (const f of DENIAL_FIELDS) c.denial[f.key] = field(f.key).value;
      c.letter = letter.value;
      c.calls = rowsOf('calls') as CallRow[];
      c.criteria = rowsOf('criteria') as CriterionRow[];
      c.documents = docs.filter((d) => d.checked).map((d) => d.value as Enclosure);
      return c;
    };
    const renderRows = (list: ListName, rows: readonly Record<string, string>[]) =>
      $(`[data-rows="${list}"]`).replaceChildren(toDom(rows.map((r, i) => rowView(list, i, r, setup.view))));
    const showDeadlines = () => {
      const denial = read().denial;
      const plan = setup.plans.find((p) => p.planType === denial.planType);
      deadlines.replaceChildren(toDom(caseDeadlinesView(plan, denial, today, setup.view, dw)));
    };
    /** Puts a checked case on the page. */
    const fill = (c: Case) => {
      for (const f of DENIAL_FIELDS) field(f.key).value = c.denial[f.key];
      letter.value = c.letter;
      renderRows('calls', c.calls);
      renderRows('criteria', c.criteria);
      for (const d of docs) d.checked = (c.documents as string[]).includes(d.value);
      showDeadlines();
    };
    /** Saves when the reader asked for it. On failure: untick, remove any older copy, and say so. */
    const save = (): boolean => {
      if (!keep.checked) return false;
      if (writeItem(store, CASE_KEY, caseFileText(read(), today))) return true;
      keep.checked = false;
      removeItem(store, CASE_KEY);
      status.textContent = m.notKept;
      return false;
    };

    // Asking before replacing or deleting: a step in the page, placed under the button that asked.
    let onYes: (() => void) | undefined;
    let asker: HTMLElement | undefined;
    const ask = (button: HTMLElement, question: string, yes: string, action: () => void) => {
      confirmText.textContent = question;
      confirmYes.textContent = yes;
      onYes = action;
      asker = button;
      button.closest('p, div')?.after(confirm);
      confirm.hidden = false;
      confirmText.focus();
    };
    const closeAsk = () => {
      confirm.hidden = true;
      onYes = undefined;
    };
    confirmYes.addEventListener('click', () => {
      const action = onYes;
      closeAsk();
      action?.();
    });
    $('[data-confirm-no]').addEventListener('click', () => {
      closeAsk();
      asker?.focus();
    });

    const showErrors = (text: string, fieldId: string) => {
      errorList.replaceChildren(toDom(h('li', {}, h('a', { href: `#${fieldId}` }, text))));
      errors.hidden = false;
      fileStatus.textContent = '';
      errors.focus();
    };
    const clearErrors = () => {
      errors.hidden = true;
      errorList.replaceChildren();
    };
    errorList.addEventListener('click', (e) => {
      const a = (e.target as Element).closest('a');
      if (!a) return;
      e.preventDefault();
      this.querySelector<HTMLElement>(a.getAttribute('href') ?? '')?.focus();
    });

    // Bring back a case the reader chose to keep. One that cannot be read is left alone, and the reader told.
    const kept = readItem(store, CASE_KEY);
    if (kept !== null) {
      const r = readCaseFile(kept);
      if (r.kind === 'case') {
        fill(r.case);
        keep.checked = true;
        status.textContent = m.kept;
      } else if (r.kind === 'problem') {
        status.textContent = r.problem === 'newer' ? m.keptNewer : m.keptUnreadable;
      }
    }
    showDeadlines();
    form.querySelector('fieldset[data-needs-js]')?.removeAttribute('disabled');
    form.addEventListener('submit', (e) => e.preventDefault()); // nothing is ever submitted

    const edited = (e: Event) => {
      const target = e.target as Element;
      if (target === keep || files.contains(target)) return;
      showDeadlines();
      save();
    };
    // Both: not every browser sends `input` for a ticked box or a picked date.
    form.addEventListener('input', edited);
    form.addEventListener('change', edited);
    keep.addEventListener('change', () => {
      if (keep.checked) {
        if (save()) status.textContent = m.keptTyping;
      } else {
        removeItem(store, CASE_KEY);
        status.textContent = m.noLongerKept;
      }
    });

    for (const list of LISTS) {
      const add = $<HTMLButtonElement>(`[data-add="${list}"]`);
      add.addEventListener('click', () => {
        const rows = [...rowsOf(list), emptyRow(list)];
        renderRows(list, rows);
        save();
        $(`#${rowFieldId(list, rows.length - 1, CASE_LISTS[list].fields[0].key)}`).focus();
      });
      $(`[data-rows="${list}"]`).addEventListener('click', (e) => {
        const remove = (e.target as Element).closest<HTMLElement>('[data-remove]');
        if (!remove) return;
        const i = Number(remove.dataset['remove']);
        const rows = rowsOf(list);
        rows.splice(i, 1);
        renderRows(list, rows);
        save();
        add.focus();
        status.textContent = fillWords(m.removed, { row: rowName(list, i, setup.view) });
      });
    }

    const draftButton = $<HTMLButtonElement>('[data-action="draft"]');
    draftButton.addEventListener('click', () => {
      const draft = parseDraft(readItem(store, DRAFT_KEY), today);
      if (!draft) {
        letterStatus.textContent = m.noDraft;
        return;
      }
      // A draft the reader never edited is built in the language they chose for it, where this page writes it.
      const inLang = setup.letters[draft.letterLang ?? 'en'] ?? setup.letters.en;
      const rights = inLang?.wording[draft.input.planType];
      const text = draft.edited || (inLang && rights ? buildLetter(draft.input, rights, inLang.words) : '');
      const bringIn = () => {
        const r = withDraft(read(), draft, text);
        fill(r.case);
        save();
        letter.focus();
        letterStatus.textContent =
          m.draftIn +
          (r.filled.length
            ? fillWords(m.alsoFilled, { fields: r.filled.map((k) => setup.labels[k] ?? k).join(', ') })
            : '');
      };
      if (letter.value.trim() && letter.value !== text) ask(draftButton, m.replaceLetter, m.replaceLetterYes, bringIn);
      else bringIn();
    });

    $('[data-action="export"]').addEventListener('click', async (e) => {
      clearErrors();
      const c = read();
      const secret = pass.value;
      if (tooLargeToSave(c)) return showErrors(m.tooLarge, 'case-letter');
      if (secret || passAgain.value) {
        if (secret.length < MIN_PASSPHRASE)
          return showErrors(fillWords(m.passShort, { n: MIN_PASSPHRASE }), 'case-pass');
        if (secret !== passAgain.value) return showErrors(m.passDiffer, 'case-pass-again');
      }
      const button = e.currentTarget as HTMLButtonElement;
      button.disabled = true;
      const name = secret ? `appeal-case-${today}-locked.json` : `appeal-case-${today}.json`;
      fileStatus.textContent = secret ? m.locking : '';
      // WebCrypto is there only on https pages (and localhost); without it, say so rather than fail unseen.
      const text = secret ? await lockedCaseFileText(c, today, secret).catch(() => undefined) : caseFileText(c, today);
      button.disabled = false;
      if (text === undefined) return showErrors(m.cannotLock, 'case-pass');
      saveFile(name, text, 'application/json');
      pass.value = passAgain.value = '';
      fileStatus.textContent = fillWords(secret ? m.savedLocked : m.savedOpen, { name });
    });

    let pending: LockedFile | undefined;
    /** After a file is read and checked: show the problem, or ask before replacing a case on the page. */
    const opened = (r: Opened, fieldId: string) => {
      if (r.kind === 'problem') return showErrors(setup.problems[r.problem], fieldId);
      const apply = () => {
        fill(r.case);
        save();
        pending = undefined;
        unlock.hidden = true;
        openPass.value = open.value = '';
        fileStatus.textContent =
          fillWords(m.opened, { date: formatDate(r.saved, dw.lang) }) + (keep.checked ? m.openedKept : '');
      };
      if (isEmptyCase(read())) return apply();
      ask(open, m.replaceCase + (keep.checked ? m.replaceCaseKept : ''), m.replaceYes, apply);
    };
    open.addEventListener('change', async () => {
      clearErrors();
      closeAsk();
      unlock.hidden = true;
      pending = undefined;
      const file = open.files?.[0];
      if (!file) return;
      const r =
        file.size > MAX_FILE_BYTES
          ? { kind: 'problem' as const, problem: 'too-large' as const }
          : readCaseFile(await file.text());
      if (r.kind !== 'locked') return opened(r, 'case-open');
      pending = r.file;
      unlock.hidden = false;
      openPass.value = '';
      openPass.focus();
      fileStatus.textContent = m.lockedFile;
    });
    const unlockButton = $<HTMLButtonElement>('[data-action="unlock"]');
    unlockButton.addEventListener('click', async () => {
      if (!pending) return;
      clearErrors();
      if (!openPass.value) return showErrors(m.enterPass, 'case-open-pass');
      // Without WebCrypto (pages not served over https) every passphrase would look wrong: say what is wrong.
      if (!window.isSecureContext) return showErrors(m.needHttps, 'case-open-pass');
      unlockButton.disabled = true;
      fileStatus.textContent = m.opening;
      const r = await unlockCaseFile(pending, openPass.value);
      unlockButton.disabled = false;
      fileStatus.textContent = '';
      opened(r, 'case-open-pass');
    });
    openPass.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') unlockButton.click();
    });

    const deleteButton = $<HTMLButtonElement>('[data-action="delete"]');
    deleteButton.addEventListener('click', () =>
      ask(deleteButton, m.deleteAsk, m.deleteYes, () => {
        const gone = [removeItem(store, CASE_KEY) && m.goneCase, removeItem(store, DRAFT_KEY) && m.goneDraft].filter(
          Boolean,
        );
        keep.checked = false;
        clearErrors();
        fill(emptyCase());
        pending = undefined;
        unlock.hidden = true;
        pass.value = passAgain.value = openPass.value = open.value = '';
        const left = readItem(store, CASE_KEY) !== null || readItem(store, DRAFT_KEY) !== null;
        const what = gone.length ? fillWords(m.deleted, { what: gone.join(m.goneAnd) }) : m.nothingKept;
        fileStatus.textContent = left ? m.notAllDeleted : `${what}${m.pageEmpty}`;
        status.textContent = '';
        deleteButton.focus();
      }),
    );
  }
}
customElements.define('case-file', CaseFileTool);
