/**
 * The letter tools' language, in the browser: which language the reader chose for the letter (the form's
 * `letterLang`, or the only one the page offers), and, for a letter in another language than the page's, the
 * same letter in the page's language shown under it (LetterOutput.astro's `[data-explain]`). Shared by
 * letter-builder.ts and ../claim-file-letter/claim-file-letter.ts.
 */
import { asLang, setupLetter, type LetterSetup } from '../../../lib/appeal/letter-setup.ts';
import { LOCALE, type Lang } from '../../../schemas/language.ts';

export function letterLanguage<Words, Wording>(root: HTMLElement, setup: LetterSetup<Words, Wording, unknown>) {
  const offered = Object.keys(setup.letters) as Lang[];
  /** The words and the plan's wording of the letter in `lang`, if the page offers that language and the plan. */
  const letter = (lang: Lang, planType: string) => setupLetter(setup.letters, lang, planType);
  /** The language chosen in the form, or the first the page offers. */
  const chosen = (): Lang => {
    const picked = asLang(root.querySelector<HTMLInputElement>('input[name="letterLang"]:checked')?.value);
    return picked && offered.includes(picked) ? picked : offered[0]!;
  };
  return {
    chosen,
    letter,
    /** Ticks `lang` in the form, when the page offers it (a kept draft brings back its letter's language). */
    choose(lang: Lang | undefined) {
      for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="letterLang"]'))
        if (radio.value === lang) radio.checked = true;
    },
    /**
     * Marks the letter's boxes with its language (none when it is the page's) and shows the same letter in the
     * page's language under a letter in another one, built by `build` from the form; hides it otherwise.
     */
    show(planType: string, build: (words: Words, wording: Wording) => string) {
      const lang = chosen();
      const page = setup.pageLang;
      for (const el of root.querySelectorAll<HTMLElement>('.letter-text, .letter-print'))
        if (lang === page) el.removeAttribute('lang');
        else el.lang = LOCALE[lang];
      const explain = root.querySelector<HTMLElement>('[data-explain]');
      const text = root.querySelector<HTMLElement>('[data-explain-text]');
      if (!explain || !text) return;
      const inPage = lang === page ? undefined : letter(page, planType);
      explain.hidden = !inPage;
      if (inPage) text.textContent = build(inPage.words, inPage.wording);
    },
  };
}
