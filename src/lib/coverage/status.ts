/**
 * How each coverage status is shown to readers: a word, an icon and a tone. Status is never shown by
 * colour alone; the word is always there and the icon is decorative.
 */
import type { CoverageStatus } from '../../schemas/coverage.ts';

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

export const STATUS: Record<CoverageStatus, StatusView> = {
  covered: {
    label: 'Covered',
    phrase: 'covered',
    meaning: 'Covered when the plan’s usual rules are met',
    icon: '✓',
    tone: 'good',
  },
  'covered-with-criteria': {
    label: 'Covered if criteria are met',
    phrase: 'covered if criteria are met',
    meaning: 'Covered only when specific criteria are met',
    icon: '✓',
    tone: 'good',
  },
  'case-by-case': {
    label: 'Case by case',
    phrase: 'decided case by case',
    meaning: 'Decided for each request; no fixed rule',
    icon: '?',
    tone: 'mixed',
  },
  'not-medically-necessary': {
    label: 'Not covered: not medically necessary',
    phrase: 'not covered (called not medically necessary)',
    meaning: 'Not covered because the payer’s policy calls it not medically necessary',
    icon: '✕',
    tone: 'bad',
  },
  'not-covered-investigational': {
    label: 'Not covered: investigational',
    phrase: 'not covered (called investigational)',
    meaning: 'Not covered because the payer calls it experimental, investigational or unproven',
    icon: '✕',
    tone: 'bad',
  },
  excluded: {
    label: 'Excluded',
    phrase: 'excluded by the plan',
    meaning: 'Not covered: the plan or program excludes it',
    icon: '✕',
    tone: 'bad',
  },
  unknown: {
    label: 'Unknown',
    phrase: 'unknown: ask in writing',
    meaning: 'We could not find a policy we can source; ask the payer in writing',
    icon: '–',
    tone: 'unknown',
  },
};

export const statusView = (s: CoverageStatus): StatusView => STATUS[s];
