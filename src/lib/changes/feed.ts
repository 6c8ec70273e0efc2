/**
 * The Atom feed of the change record (RFC 4287), so a clinic can subscribe and see each change once.
 * Everything in it comes from the record: no build-time clock, so two builds give the same bytes. Entry
 * ids are the change's address on the "What changed" page, which stays the same from build to build. One feed
 * per language: the English at /changes.xml, each other language's beside its page (/es/changes.xml).
 */
import { statusView } from '../coverage/status.ts';
import { fillWords } from '../format/text.ts';
import { ui } from '../../i18n/index.ts';
import { LOCALE, type Lang } from '../../schemas/language.ts';
import type { ChangeView } from './view.ts';

export interface FeedInput {
  /** The feed's own absolute URL (its `self` link and its id). */
  selfUrl: string;
  /** Absolute URL of the "What changed" page (the `alternate` link and the base of entry ids). */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** The feed's author: the project's name. */
  author: string;
  /** The feed's `updated` day (YYYY-MM-DD), used when there are no changes yet. */
  fallbackUpdated: string;
  /** Turns a site path (without the base) into an absolute URL. */
  absolute: (sitePath: string) => string;
  /** Newest first, in `lang`'s words. */
  changes: readonly ChangeView[];
  /** The feed's language (its `xml:lang` and the words of its summaries); English by default. */
  lang?: Lang;
}

// XML 1.0 forbids most control characters even when escaped; they have no place in the text anyway.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML element content and double-quoted attributes. */
export const escapeXml = (s: string): string =>
  s
    .replace(FORBIDDEN, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** A day as an RFC 3339 date-time: the start of that day in UTC. */
export const rfc3339 = (day: string): string => `${day}T00:00:00Z`;

/** The entry's summary in `lang`: kind and date, the statuses in words, then why. */
export function feedSummary(v: ChangeView, lang: Lang = 'en'): string {
  const w = ui(lang).changes;
  const label = (s: NonNullable<ChangeView['to']>) => `“${statusView(s, lang).label}”`;
  const statuses = v.to ? { to: label(v.to), from: v.from ? label(v.from) : '' } : undefined;
  const status = !statuses
    ? ''
    : fillWords(
        !v.from
          ? w.statusNow
          : v.from === v.to
            ? w.statusSame
            : v.kind === 'correction'
              ? w.statusCorrected
              : w.statusChanged,
        statuses,
      );
  return fillWords(w.summary, { kind: v.kindLabel, date: v.dateText, status, why: v.why });
}

export function atomFeed(f: FeedInput): string {
  const updated = f.changes.reduce((d, c) => (c.recorded > d ? c.recorded : d), '') || f.fallbackUpdated;
  const entries = f.changes.map(
    (c) => `  <entry>
    <id>${escapeXml(`${f.pageUrl}#${c.anchor}`)}</id>
    <title type="text">${escapeXml(c.title)}</title>
    <updated>${rfc3339(c.recorded)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(f.absolute(c.path))}"/>
    <category term="${c.kind}" label="${escapeXml(c.kindLabel)}"/>
    <summary type="text">${escapeXml(feedSummary(c, f.lang))}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALE[f.lang ?? 'en']}">
  <id>${escapeXml(f.selfUrl)}</id>
  <title type="text">${escapeXml(f.title)}</title>
  <subtitle type="text">${escapeXml(f.subtitle)}</subtitle>
  <updated>${rfc3339(updated)}</updated>
  <author>
    <name>${escapeXml(f.author)}</name>
  </author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(f.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(f.pageUrl)}"/>
${entries.join('')}</feed>
`;
}
