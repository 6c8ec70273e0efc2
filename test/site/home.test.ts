/**
 * The home page's common questions (issue #11): each badge says which use it answers for, so two badges
 * never sit side by side unlabelled or read as one run of words, and the common use comes first (a green
 * badge for PRP in diabetic wounds must not open "Does Medicare cover PRP?").
 */
import { describe, expect, it } from 'vitest';
import { readBuiltPage, textOf } from '../support/dist.ts';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { entryUse } from '../../src/lib/coverage/uses.ts';

const { catalog } = siteCatalog();
const home = readBuiltPage('/')!;

describe('the common questions on the home page', () => {
  const questions = home.querySelectorAll('.question-list > li');

  it('label every badge with its use, and never show the same status twice for one question', () => {
    expect(questions.length).toBeGreaterThanOrEqual(4);
    for (const q of questions) {
      const lines = q.querySelectorAll('.status-line');
      expect(lines.length, textOf(q)).toBeGreaterThan(0);
      const statuses = lines.map((l) => l.querySelector('.badge')!.getAttribute('data-status'));
      expect(new Set(statuses).size, textOf(q)).toBe(statuses.length);
      // A screen reader hears "Covered if criteria are met, for chronic wounds": a comma, then the use.
      for (const l of lines) expect(textOf(l.querySelector('.use')), textOf(q)).toMatch(/^, for \S/);
    }
  });

  it('put the common use first', () => {
    let several = 0;
    for (const q of questions) {
      const [, therapySlug, payerSlug] = /^\/coverage\/([^/]+)\/([^/]+)\/$/.exec(
        q.querySelector('a')!.getAttribute('href')!,
      )!;
      const therapy = catalog.therapies.find((t) => t.slug === therapySlug)!;
      const entries = catalog.coverage.filter((e) => e.therapy === therapySlug && e.payer === payerSlug);
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
