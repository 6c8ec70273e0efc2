/**
 * How each coverage status is shown to readers: a word, an icon and a tone. Status is never shown by
 * colour alone; the word is always there and the icon is decorative. The words are in the dictionaries
 * (`status` in src/i18n/), the icon and tone here, the same in every language.
 */
import { coverageStatus, type CoverageStatus } from '../../schemas/coverage.ts';
import type { Lang } from '../../schemas/language.ts';
import { ui } from '../../i18n/index.ts';

export interface StatusView {
  /** Short label for badges and table cells. */
  label: string;
  /** A longer phrase for sentences and screen readers. */
  meaning: string;
  /** A lowercase phrase that completes "for <use>, …" in a generated sentence. */
  phrase: string;
  /** A text symbol that does not depend on colour. */
  icon: string;
  /** Tone for styling: good, mixed, bad or unknown. */
  tone: 'good' | 'mixed' | 'bad' | 'unknown';
}

const LOOK: Record<CoverageStatus, Pick<StatusView, 'icon' | 'tone'>> = {
  covered: { icon: '✓', tone: 'good' },
  'covered-with-criteria': { icon: '✓', tone: 'good' },
  'case-by-case': { icon: '?', tone: 'mixed' },
  'not-medically-necessary': { icon: '✕', tone: 'bad' },
  'not-covered-investigational': { icon: '✕', tone: 'bad' },
  excluded: { icon: '✕', tone: 'bad' },
  unknown: { icon: '–', tone: 'unknown' },
};

/** A status as readers of `lang` see it. */
export const statusView = (s: CoverageStatus, lang: Lang = 'en'): StatusView => ({ ...ui(lang).status[s], ...LOOK[s] });

/** Every status in English, by status. */
export const STATUS = Object.fromEntries(coverageStatus.options.map((s) => [s, statusView(s)])) as Record<
  CoverageStatus,
  StatusView
>;
