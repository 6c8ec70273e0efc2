/**
 * The change record as readers get it: ids, order, the note on a coverage entry, the words of each kind of
 * change, and the Atom feed (well-formed and valid by a real XML parser, deterministic, escaped). Also the
 * date rules' building blocks: partial dates, "today" for the check, review due dates.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { checkDates, checkToday, isAfter } from '../../src/lib/content/dates.ts';
import { changeAnchor, changeId, changesOf, newestFirst } from '../../src/lib/changes/record.ts';
import { changeNoteLead, changeViews, type ChangeLookups } from '../../src/lib/changes/view.ts';
import { atomFeed, escapeXml, feedSummary, rfc3339, type FeedInput } from '../../src/lib/changes/feed.ts';
import { lockProblems, statusSnapshot } from '../../src/lib/changes/lock.ts';
import { firstReviewDue, pageReview, wholePageReview } from '../../src/lib/format/review.ts';
import type { Change } from '../../src/schemas/change.ts';
import type { CoverageLock } from '../../src/schemas/coverage-lock.ts';
import { atomProblems, childText, parseAtom } from '../support/atom.ts';
import { GOOD } from '../support/fixtures.ts';

const { catalog } = loadContent(GOOD, GOOD, '2026-11-22');
const lookups: ChangeLookups = {
  therapy: (s) => catalog.therapies.find((t) => t.slug === s)!,
  payer: (s) => catalog.payers.find((p) => p.slug === s)!,
  coverage: catalog.coverage,
};
const views = changeViews(catalog.changes, lookups);
const byId = new Map(views.map((v) => [v.id, v]));

const change = (over: Partial<Change>): Change =>
  ({
    date: '2026-01-01',
    recorded: '2026-11-22',
    kind: 'policy',
    payer: 'medicare',
    therapy: 'prp',
    to: 'covered',
    why: 'Something changed for a reason.',
    sources: ['cms-ncd-270-3'],
    ...over,
  }) as Change;

describe('dates', () => {
  it('compares partial dates by what they say: a month is not after a day inside it', () => {
    expect(isAfter('2026-11', '2026-11-30')).toBe(false);
    expect(isAfter('2026-12', '2026-11-30')).toBe(true);
    expect(isAfter('2026', '2026-01-01')).toBe(false);
    expect(isAfter('2027', '2026-12-31')).toBe(true);
    expect(isAfter('2026-11-30', '2026-11-30')).toBe(false);
    expect(isAfter('2026-12-01', '2026-11-30')).toBe(true);
  });

  it("takes today as the latest calendar date on Earth (UTC+14), so no one's today is in the future", () => {
    expect(checkToday(new Date('2026-11-30T09:59:59Z'))).toBe('2026-11-30');
    expect(checkToday(new Date('2026-11-30T10:00:00Z'))).toBe('2026-12-01');
  });

  it('reports a review date the day after it is due, with the interval', () => {
    const field = { file: 'f.yaml', field: 'checked', value: '2026-01-31', review: { months: 1 } };
    expect(checkDates([field], '2026-02-28').overdue).toEqual([]);
    expect(checkDates([field], '2026-03-01').overdue).toEqual([
      {
        file: 'f.yaml',
        field: 'checked',
        value: '2026-01-31',
        message: 'was due for review by 2026-02-28 (every 1 month)',
      },
    ]);
  });

  it('lets an effective date lie ahead but nothing else', () => {
    const ahead = { file: 'f', field: 'date', value: '2027-01' };
    expect(checkDates([{ ...ahead, past: false }], '2026-11-30').problems).toEqual([]);
    expect(checkDates([ahead], '2026-11-30').problems.map((p) => p.message)).toEqual([
      'is in the future (today is 2026-11-30)',
    ]);
  });

  it("dates a page by the first of its facts' reviews", () => {
    expect(
      firstReviewDue([
        { checked: '2026-11-30' },
        { checked: '2026-11-22' },
        { checked: '2026-11-30', reviewMonths: 3 },
      ]),
    ).toBe('2027-02-28');
  });

  it('dates a page built from many items by its oldest check and its first review due', () => {
    expect(
      pageReview([{ checked: '2026-11-30' }, { checked: '2026-11-22' }, { checked: '2026-11-30', reviewMonths: 3 }]),
    ).toEqual({ lastReviewed: '2026-11-22', nextReview: '2027-02-28' });
    expect(wholePageReview('2026-02-28')).toEqual({
      lastReviewed: '2026-02-28',
      nextReview: '2027-02-28',
    });
  });

  it('never dates the next review before the last one, however stale one item is', () => {
    // A source checked a year ago on a 6-month cycle beside one checked yesterday: the newest check would say
    // "last reviewed November 29, 2026; next review by May 1, 2026".
    const review = pageReview([{ checked: '2025-11-01', reviewMonths: 6 }, { checked: '2026-11-29' }]);
    expect(review).toEqual({ lastReviewed: '2025-11-01', nextReview: '2026-05-01' });
    expect(review.nextReview > review.lastReviewed).toBe(true);
  });

  it('refuses to date a page with nothing checked on it', () => {
    expect(() => pageReview([])).toThrow(/at least one checked item/);
  });
});

describe('the change record', () => {
  it('gives each change an id made of what it is about, stable across builds', () => {
    expect(catalog.changes.map(changeId)).toEqual([
      '2021-04-13-medicare-prp-diabetic-wounds',
      '2026-11-cigna-prp',
      '2026-11-22-medicare-prp-joints',
      '2025-12-fda-amniotic-injections',
    ]);
    expect(changeAnchor(catalog.changes[1]!)).toBe('change-2026-11-cigna-prp');
  });

  it('sorts newest first; a month-only date before the days of that month; then by the day recorded', () => {
    const a = change({ date: '2025-12', therapy: 'a' });
    const b = change({ date: '2025-12-24', therapy: 'b' });
    const c = change({ date: '2026-01-01', therapy: 'c', recorded: '2026-01-02' });
    const d = change({ date: '2026-01-01', therapy: 'd', recorded: '2026-01-03' });
    expect(newestFirst([a, b, c, d]).map((x) => x.therapy)).toEqual(['d', 'c', 'b', 'a']);
  });

  it("finds an entry's changes by payer, therapy and indication, and never an FDA decision", () => {
    expect(
      changesOf(catalog.changes, { payer: 'medicare', therapy: 'prp', indication: 'joints' }).map(changeId),
    ).toEqual(['2026-11-22-medicare-prp-joints']);
    expect(changesOf(catalog.changes, { payer: 'cigna', therapy: 'prp' }).map(changeId)).toEqual(['2026-11-cigna-prp']);
    expect(changesOf(catalog.changes, { payer: 'medicare', therapy: 'prp' })).toEqual([]);
    expect(changesOf(catalog.changes, { payer: 'medicare', therapy: 'amniotic-injections' })).toEqual([]);
  });
});

describe('the status snapshot', () => {
  type Entry = Parameters<typeof statusSnapshot>[0][number];
  const entry = (over: Partial<Entry> = {}): Entry => ({
    payer: 'anthem',
    therapy: 'prp',
    status: 'unknown',
    file: 'coverage/anthem.yaml',
    ...over,
  });
  const problems = (was: Record<string, string>, coverage: Entry[], changes: Change[] = []) =>
    lockProblems({
      lock: { about: 'x'.repeat(10), statuses: was as CoverageLock['statuses'] },
      coverage,
      changes,
      files: { lock: 'lock.json', changes: 'changes.yaml' },
    }).map((p) => p.message);

  it('names each entry payer/therapy[/indication] and lists them in name order', () => {
    const lock = statusSnapshot([entry({ therapy: 'prp', indication: 'wounds' }), entry({ payer: 'aetna' })]);
    expect(Object.keys(lock.statuses)).toEqual(['aetna/prp', 'anthem/prp/wounds']);
  });

  it('fails an entry whose status moved with no change, naming the entry, and passes once it is recorded', () => {
    const moved = [entry({ status: 'covered' })];
    expect(problems({ 'anthem/prp': 'unknown' }, moved)).toEqual([
      'of anthem/prp was "unknown" in lock.json, and no change in changes.yaml records the move: ' +
        'add a change from "unknown" to "covered" (kind policy or correction), then run npm run coverage:lock',
    ]);
    // A rule change whose old rule we did not read records the move too; the snapshot must still be rewritten.
    const record = change({ payer: 'anthem', therapy: 'prp', to: 'covered' });
    expect(problems({ 'anthem/prp': 'unknown' }, moved, [record])).toEqual([
      'of anthem/prp is recorded in changes.yaml but lock.json still has "unknown": run npm run coverage:lock',
    ]);
    expect(problems({ 'anthem/prp': 'covered' }, moved, [record])).toEqual([]);
    // A change from another status does not record this move.
    expect(problems({ 'anthem/prp': 'unknown' }, moved, [{ ...record, from: 'excluded' } as Change])).toHaveLength(1);
  });
});

describe('what readers see of a change', () => {
  it('names the payer, the treatment and the use, and links the coverage section', () => {
    const v = byId.get('2021-04-13-medicare-prp-diabetic-wounds')!;
    expect(v.subject).toBe('Medicare: PRP for chronic diabetic wounds');
    expect(v.path).toBe('/coverage/prp/medicare/#for-diabetic-wounds');
    expect(v.title).toBe(
      'Medicare: PRP for chronic diabetic wounds: now “Covered if criteria are met” (was “Not covered: investigational”)',
    );
    expect(changeNoteLead(v)).toBe('Changed on April 13, 2021: was “Not covered: investigational”.');
  });

  it('says a correction was ours, and a month-only date "in" the month', () => {
    const v = byId.get('2026-11-cigna-prp')!;
    expect(v.kindLabel).toBe('Correction');
    expect(v.title).toMatch(/: corrected to “Not covered: investigational” \(we had “Unknown”\)$/);
    expect(changeNoteLead(v)).toBe('Corrected in November 2026: we had “Unknown”.');
  });

  it('says a correction kept the status, on the page, in the note and in the feed', () => {
    const [kept] = changeViews(
      [
        change({
          kind: 'correction',
          payer: 'cigna',
          from: 'not-covered-investigational',
          to: 'not-covered-investigational',
        }),
      ],
      lookups,
    );
    expect(kept!.kindLabel).toBe('Correction');
    expect(kept!.title).toMatch(/: corrected; status still “Not covered: investigational”$/);
    expect(changeNoteLead(kept!)).toBe('Corrected on January 1, 2026; the status stayed the same.');
    expect(feedSummary(kept!)).toMatch(
      /^Correction, January 1, 2026\. Status unchanged: “Not covered: investigational”\. /,
    );
  });

  it('says when a rule changed and the status did not, or when we did not read the old rule', () => {
    const same = byId.get('2026-11-22-medicare-prp-joints')!;
    expect(same.title).toMatch(/: rule changed; still “Not covered: investigational”$/);
    expect(changeNoteLead(same)).toBe('Rule changed on November 22, 2026; the status stayed the same.');
    const [unread] = changeViews([change({ payer: 'cigna', to: 'not-covered-investigational' })], lookups);
    expect(unread!.from).toBeUndefined();
    expect(unread!.title).toBe(
      'Cigna: PRP for joint, tendon or back pain: new rule; now “Not covered: investigational”',
    );
    expect(changeNoteLead(unread!)).toBe('Rule changed on January 1, 2026.');
    expect(feedSummary(unread!)).toMatch(
      /^Rule change, January 1, 2026\. Status now: “Not covered: investigational”\. /,
    );
  });

  it('links an FDA decision to the treatment page, with no status', () => {
    const v = byId.get('2025-12-fda-amniotic-injections')!;
    expect(v).toMatchObject({
      kindLabel: 'FDA decision',
      subject: 'FDA: Amniotic injections',
      path: '/therapies/amniotic-injections/',
      dateText: 'December 2025',
    });
    expect(v.to).toBeUndefined();
    expect(v.title).toBe('FDA decision on amniotic injections');
    expect(feedSummary(v)).toBe(`FDA decision, December 2025. ${v.why}`);
  });
});

describe('a change in Spanish', () => {
  // The fixture's pages are English; a change's words, dates and statuses come in the view's language, and its
  // reason in the language the change says (src/lib/i18n/localize.ts `localizedChanges`).
  const spanish = catalog.changes.map((c) => ({
    ...c,
    why: `Motivo en español de ${changeId(c)}.`,
    wordsLang: 'es' as const,
  }));
  const es = new Map(changeViews(spanish, lookups, 'es').map((v) => [v.id, v]));

  it('words the kind, the date, the subject and the feed title in Spanish, and keeps ids, paths and sources', () => {
    const v = es.get('2026-11-cigna-prp')!;
    expect(v).toMatchObject({
      kindLabel: 'Corrección',
      dateText: 'noviembre de 2026',
      why: 'Motivo en español de 2026-11-cigna-prp.',
      whyLang: 'es',
      path: byId.get('2026-11-cigna-prp')!.path,
      anchor: 'change-2026-11-cigna-prp',
    });
    expect(v.subject).toMatch(/^Cigna: PRP para /);
    expect(v.title).toMatch(/: corregido a “No cubierto: experimental” \(antes decíamos “No se sabe”\)$/);
    expect(changeNoteLead(v, 'es')).toBe('Lo corregimos en noviembre de 2026: antes decíamos “No se sabe”.');
    const fda = es.get('2025-12-fda-amniotic-injections')!;
    expect(fda).toMatchObject({ kindLabel: 'Decisión de la FDA', subject: 'FDA: Amniotic injections' });
    expect(fda.title).toBe('Decisión de la FDA sobre amniotic injections');
  });

  it('says in Spanish, in the feed, what the status was and is', () => {
    const v = es.get('2021-04-13-medicare-prp-diabetic-wounds')!;
    expect(feedSummary(v, 'es')).toBe(
      'Cambio de regla, 13 de abril de 2021. Antes: “No cubierto: experimental”; ahora: “Cubierto con condiciones”. ' +
        'Motivo en español de 2021-04-13-medicare-prp-diabetic-wounds.',
    );
    expect(feedSummary(es.get('2026-11-22-medicare-prp-joints')!, 'es')).toMatch(
      /^Cambio de regla, 22 de noviembre de 2026\. Sin cambio: “No cubierto: experimental”\. /,
    );
  });

  it('keeps a reason that is not translated yet in English, and says so', () => {
    const [v] = changeViews([catalog.changes[0]!], lookups, 'es');
    expect(v).toMatchObject({ why: catalog.changes[0]!.why, whyLang: 'en', kindLabel: 'Cambio de regla' });
  });

  it('makes a valid Atom feed in Spanish, marked as Spanish', () => {
    const xml = atomFeed({
      selfUrl: 'https://example.org/es/changes.xml',
      pageUrl: 'https://example.org/es/changes/',
      title: 'Qué cambió',
      subtitle: 'Cada cambio',
      author: 'Guía de cobertura Regen',
      fallbackUpdated: '2020-01-01',
      absolute: (p) => `https://example.org/es${p}`,
      changes: [...es.values()],
      lang: 'es',
    });
    expect(atomProblems(xml)).toEqual([]);
    expect(parseAtom(xml).feed.getAttribute('xml:lang')).toBe('es-US');
    const summaries = parseAtom(xml).entries.map((e) => childText(e, 'summary'));
    expect(summaries.every((t) => /^(Cambio de regla|Corrección|Decisión de la FDA), /.test(t))).toBe(true);
  });
});

describe('the Atom feed', () => {
  const input: FeedInput = {
    selfUrl: 'https://example.org/base/changes.xml',
    pageUrl: 'https://example.org/base/changes/',
    title: 'What changed',
    subtitle: 'Every change',
    author: 'Regen Coverage Guide',
    fallbackUpdated: '2020-01-01',
    absolute: (p) => `https://example.org/base${p}`,
    changes: views,
  };
  const xml = atomFeed(input);

  it('is well-formed XML and valid Atom by a real parser, in English unless told otherwise', () => {
    expect(atomProblems(xml)).toEqual([]);
    expect(parseAtom(xml).feed.getAttribute('xml:lang')).toBe('en-US');
  });

  it('has one entry per change, with stable ids, links to the pages and dates from the record', () => {
    const { feed, entries } = parseAtom(xml);
    expect(childText(feed, 'updated')).toBe('2026-11-22T00:00:00Z');
    expect(childText(feed, 'id')).toBe(input.selfUrl);
    expect(entries.map((e) => childText(e, 'id'))).toEqual(
      views.map((v) => `https://example.org/base/changes/#change-${v.id}`),
    );
    expect(entries.map((e) => e.getElementsByTagName('link')[0]!.getAttribute('href'))).toEqual(
      views.map((v) => `https://example.org/base${v.path}`),
    );
    expect(entries.every((e) => childText(e, 'updated') === '2026-11-22T00:00:00Z')).toBe(true);
  });

  it('escapes text so markup in the record stays text', () => {
    const entry = parseAtom(xml).entries.find((e) => childText(e, 'id').endsWith('joints'))!;
    expect(childText(entry, 'summary')).toContain('<this> & "that" stay escaped');
    expect(escapeXml(`a<b>&"c"'d\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d');
  });

  it('is the same text every time (no clock), and dated by the record when it has no change', () => {
    expect(atomFeed(input)).toBe(xml);
    const empty = atomFeed({ ...input, changes: [] });
    expect(atomProblems(empty)).toEqual([]);
    expect(childText(parseAtom(empty).feed, 'updated')).toBe(rfc3339('2020-01-01'));
  });

  it('fails the validator when an Atom rule is broken', () => {
    expect(atomProblems(xml.replace('<id>https://example.org/base/changes.xml</id>', ''))).toContain(
      'feed has 0 <id> elements, not exactly one',
    );
    expect(
      atomProblems(xml.replace(/<updated>2026-11-22T00:00:00Z<\/updated>/, '<updated>2026-11-22</updated>')),
    ).toContain('feed updated date "2026-11-22" is not an RFC 3339 date-time');
    expect(atomProblems(xml.replace('<summary', '<summary>&</summary><x'))[0]).toMatch(
      /XML (error|fatalError): Opening and ending tag mismatch/,
    );
  });
});
