/**
 * <search-page>: upgrades the search form in SearchPage.astro to search as the reader types, keeping the
 * query and filters in the address so a search can be shared. Results are built with DOM methods from
 * src/lib/search/results.ts; Pagefind's excerpts are read as text, never parsed as HTML.
 */
import { loadPagefind, loadVocabulary, searchPagefind } from '../../../scripts/pagefind-client.ts';
import { resultView, statusView, type StatusWords } from '../../../lib/search/results.ts';
import { toDom } from '../../../lib/format/tree.ts';

class SearchPage extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('#search-status');
    const list = this.querySelector<HTMLElement>('#search-results');
    if (!form || !input || !status || !list) return;
    const base = this.dataset['base'] ?? '/';
    // The status line's words, in the page's language (src/i18n/, placed by SearchPage.astro).
    const words = JSON.parse(this.dataset['words'] ?? '{}') as StatusWords & { empty: string; searching: string };
    const lang = this.dataset['lang'] ?? 'en';
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
    // `exact=1`: the reader chose "as typed" over a spelling correction, for the words in the address.
    let exact = params.get('exact') === '1' ? input.value.trim() : undefined;
    const panel = form.querySelector('details');
    if (panel && form.querySelector('input[type="checkbox"]:checked')) panel.open = true;
    let seq = 0;
    const run = async () => {
      const mine = ++seq;
      const q = input.value.trim();
      const filters: Record<string, string[]> = {};
      for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
        (filters[box.name] ??= []).push(box.value);
      // Keep the address bar in step so a search can be shared or bookmarked.
      const next = new URLSearchParams();
      if (q) next.set('q', q);
      for (const [k, vs] of Object.entries(filters)) for (const v of vs) next.append(k, v);
      if (exact !== q) exact = undefined;
      const asTyped = new URLSearchParams(next);
      asTyped.set('exact', '1');
      if (exact) next.set('exact', '1');
      history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
      if (!q && Object.keys(filters).length === 0) {
        list.replaceChildren();
        status.textContent = words.empty;
        return;
      }
      status.textContent = words.searching;
      const [pf, vocabulary] = await Promise.all([loadPagefind(base), exact ? undefined : loadVocabulary(base, lang)]);
      const found = await searchPagefind(
        pf,
        q || null,
        Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }])),
        vocabulary,
      );
      if (mine !== seq) return;
      const total = found.results.length;
      const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      if (mine !== seq) return;
      const outcome = {
        typed: q,
        total,
        shown: Math.min(total, 20),
        used: found.used ?? q,
        partial: found.partial ?? false,
        typedHref: `${location.pathname}?${asTyped}`,
      };
      status.replaceChildren(
        toDom(statusView(found.corrected ? { ...outcome, corrected: found.corrected } : outcome, words)),
      );
      list.replaceChildren(toDom(results.map(resultView)));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    form.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void run();
    });
    void run();
  }
}
customElements.define('search-page', SearchPage);
