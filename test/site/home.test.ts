/**
 * The home page's common questions (issue #11), in both languages (issue #17): each badge says which use it
 * answers for, so two badges never sit side by side unlabelled or read as one run of words, and the common use
 * comes first (a green badge for PRP in diabetic wounds must not open "Does Medicare cover PRP?"). On /es/ the
 * questions, statuses and uses are the Spanish ones, each linking to the Spanish coverage page.
 */
import { describe, expect, it } from 'vitest';
import { readBuiltPage, textOf } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { entryUse } from '../../src/lib/coverage/uses.ts';
import { localizedCoverage, localizedTherapy } from '../../src/lib/i18n/localize.ts';
import { statusView } from '../../src/lib/coverage/status.ts';
import { ui } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/schemas/language.ts';

const { catalog } = siteCatalog();

describe.each([
  ['en', '/'],
  ['es', '/es/'],
] as [Lang, string][])('the common questions on the home page (%s)', (lang, path) => {
  const home = readBuiltPage(path)!;
  const questions = home.querySelectorAll('.question-list > li');
  const forUse = ui(lang).coverage.forUse.replace('{use}', '');
  const coverage = localizedCoverage(catalog.coverage, lang, catalog.es.coverage);
  const therapyIn = (slug: string) => {
    const english = catalog.therapies.find((t) => t.slug === slug)!;
    const t = lang === 'en' ? undefined : catalog.es.pages.therapies.find((x) => x.slug === slug);
    return t ? localizedTherapy(english, t) : english;
  };

  it('label every badge with its use, and never show the same status twice for one question', () => {
    expect(questions.length).toBeGreaterThanOrEqual(4);
    for (const q of questions) {
      const lines = q.querySelectorAll('.status-line');
      expect(lines.length, textOf(q)).toBeGreaterThan(0);
      const statuses = lines.map((l) => l.querySelector('.badge')!.getAttribute('data-status'));
      expect(new Set(statuses).size, textOf(q)).toBe(statuses.length);
      // A screen reader hears "Covered if criteria are met, for chronic wounds": a comma, then the use.
      for (const l of lines) expect(textOf(l.querySelector('.use')), textOf(q)).toMatch(new RegExp(`^, ${forUse}\\S`));
      for (const l of lines) {
        const badge = l.querySelector('.badge')!;
        expect(textOf(badge)).toContain(statusView(badge.getAttribute('data-status') as never, lang).label);
      }
    }
  });

  it("put the common use first, in the page's words, and link the coverage page in the page's language", () => {
    let several = 0;
    for (const q of questions) {
      const [, prefix, therapySlug, payerSlug] = /^(\/es)?\/coverage\/([^/]+)\/([^/]+)\/$/.exec(
        q.querySelector('a')!.getAttribute('href')!,
      )!;
      expect(prefix ?? '', textOf(q)).toBe(lang === 'en' ? '' : '/es');
      const therapy = therapyIn(therapySlug!);
      const entries = coverage.filter((e) => e.therapy === therapySlug && e.payer === payerSlug);
      const common = entries.find((e) => entryUse(therapy, e).common);
      if (entries.length < 2 || !common) continue;
      several += 1;
      const first = q.querySelector('.status-line')!;
      expect(first.querySelector('.badge')!.getAttribute('data-status'), textOf(q)).toBe(common.status);
      expect(textOf(first.querySelector('.use'))).toContain(entryUse(therapy, common).label);
    }
    expect(several, 'a question with several uses (PRP under Medicare)').toBeGreaterThan(0);
  });
});

describe('the Spanish home page', () => {
  it('is where every Spanish breadcrumb and the site name lead, with no page marked as in English', () => {
    const page = readBuiltPage('/es/therapies/prp/')!;
    const home = page.querySelector('.breadcrumbs a')!;
    expect(home.getAttribute('href')).toBe('/es/');
    expect(textOf(home)).toBe(ui('es').crumbs.home);
    expect(page.querySelector('.site-name')!.getAttribute('href')).toBe('/es/');
    const start = readBuiltPage('/es/')!;
    expect(start.querySelector('.search-form')!.getAttribute('action')).toBe('/es/search/');
    expect(textOf(start.querySelector('main')!)).not.toContain(ui('es').site.otherLanguage);
  });
});
