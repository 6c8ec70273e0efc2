/**
 * Original Medicare's local rules as readers see them, from content/medicare-contractors.yaml (in Spanish, its
 * words from content/es/medicare-contractors.yaml laid over it): who serves a state, each rule's standing in
 * words, the badge a row shows, the state page's answer sentence and the treatments with no local rule. Pages
 * only render what these functions return; the words are in the dictionaries (`medicareStates` in src/i18n/).
 */
import type { Coverage, CoverageStatus } from '../../schemas/coverage.ts';
import type { Therapy } from '../../schemas/therapy.ts';
import type { Lang } from '../../schemas/language.ts';
import {
  TERRITORY_CODES,
  lcdStatus,
  type Contractor,
  type Decision,
  type LcdStatus,
  type MedicareContractors,
  type StateEntry,
  type UnplacedRule,
} from '../../schemas/medicare-contractor.ts';
import { ui } from '../../i18n/index.ts';
import { formatDate } from '../format/date.ts';
import { entryUse, type EntryUse } from '../coverage/uses.ts';
import { MEDICARE_PAYER } from './check.ts';

export { indexSources } from './check.ts';

/**
 * Where a local rule stands, in words: a short label, and a phrase that starts with it. `inForce` is true only
 * for a rule a reader can rely on today.
 */
export interface LcdStatusView {
  label: string;
  meaning: string;
  inForce: boolean;
}

/** A rule's standing as readers of `lang` see it. */
export const lcdStatusView = (status: LcdStatus, lang: Lang = 'en'): LcdStatusView => ({
  ...ui(lang).medicareStates.lcdStatus[status],
  inForce: status === 'active',
});

/** Every standing in English, by status. */
export const LCD_STATUS = Object.fromEntries(lcdStatus.options.map((s) => [s, lcdStatusView(s)])) as Record<
  LcdStatus,
  LcdStatusView
>;

/** A state's or territory's name as a sentence needs it: "the District of Columbia", "Texas". */
export const placeName = (s: Pick<StateEntry, 'name' | 'inSentence'>): string => s.inSentence ?? s.name;

/**
 * The coverage badge a row shows. What a rule says counts only while it is in force; without a rule in
 * force each claim is judged on its own (case by case); where we could not confirm the rule, unknown.
 */
export function shownStatus(d: Pick<Decision, 'status' | 'coverage'>): CoverageStatus {
  if (d.status === 'active' && d.coverage) return d.coverage;
  if (d.status === 'unknown' || d.status === 'unconfirmed') return 'unknown';
  return 'case-by-case';
}

/** "First took effect October 1, 2015; revised September 26, 2019." A withdrawn rule's date was only planned. */
export function ruleDates(
  r: Pick<Decision | UnplacedRule, 'effective' | 'revised' | 'status'>,
  lang: Lang = 'en',
): string {
  const words = ui(lang).medicareStates.dates;
  const parts: string[] = [];
  if (r.effective) {
    const date = formatDate(r.effective, lang);
    parts.push(r.status === 'withdrawn' ? words.planned(date) : words.effective(date));
  }
  if (r.revised) parts.push(words.revised(formatDate(r.revised, lang), parts.length === 0));
  return parts.length ? `${parts.join('; ')}.` : words.none;
}

/**
 * The use a row is about, worded as Medicare's own coverage entry for that therapy and indication words it,
 * so a state page and the coverage page it links to say the same thing.
 */
export function decisionUse(
  therapy: Pick<Therapy, 'commonUse' | 'otherUses'>,
  d: Pick<Decision, 'therapy' | 'indication'>,
  coverage: readonly Coverage[],
): EntryUse {
  const entry = coverage.find(
    (e) => e.payer === MEDICARE_PAYER && e.therapy === d.therapy && e.indication === d.indication,
  );
  return entryUse(therapy, {
    ...(d.indication ? { indication: d.indication } : {}),
    ...(entry?.indicationLabel ? { indicationLabel: entry.indicationLabel } : {}),
  });
}

/** A contractor serving a state, or part of it (`where` is set when the state has more than one). */
export interface Served {
  contractor: Contractor;
  /**
   * "Arlington, Fairfax and Alexandria" or "the rest of Virginia" (in the data's language); undefined for the whole
   * state.
   */
  where?: string;
  /** The areas in full, for a part of the state. */
  areas?: string;
  /** Sources naming the areas. */
  sources: readonly string[];
}

/** The contractors serving `state` for doctors' (Part B) claims: named areas first, then the rest. */
export function servedBy(m: MedicareContractors, state: StateEntry, lang: Lang = 'en'): Served[] {
  const contractor = (id: string) => {
    const c = m.contractors.find((x) => x.id === id);
    // The content check proves every contractor a state names exists: a miss is a bug.
    if (!c) throw new Error(`No contractor "${id}"`);
    return c;
  };
  const areas = state.partBAreas.map((a) => ({
    contractor: contractor(a.contractor),
    where: a.short,
    areas: a.areas,
    sources: a.sources,
  }));
  const main = { contractor: contractor(state.contractor), sources: [] };
  return areas.length ? [...areas, { ...main, where: ui(lang).medicareStates.restOf(placeName(state)) }] : [main];
}

/** One row of a state page: a contractor's decision on one therapy and use. */
export interface Row {
  served: Served;
  decision: Decision;
}

/** The state's rows grouped by therapy, in the site's therapy order. */
export function rulesByTherapy(
  served: readonly Served[],
  therapyOrder: readonly string[],
): { therapy: string; rows: Row[] }[] {
  const rows = served.flatMap((s) => s.contractor.decisions.map((decision) => ({ served: s, decision })));
  return therapyOrder
    .map((therapy) => ({ therapy, rows: rows.filter((r) => r.decision.therapy === therapy) }))
    .filter((g) => g.rows.length > 0);
}

/** Therapies on the site with no local rule row from these contractors and no national rule. */
export function withoutLocalRule(
  m: MedicareContractors,
  served: readonly Served[],
  therapyOrder: readonly string[],
): string[] {
  const covered = new Set([
    ...served.flatMap((s) => s.contractor.decisions.map((d) => d.therapy)),
    ...m.national.map((n) => n.therapy),
  ]);
  return therapyOrder.filter((t) => !covered.has(t));
}

const GOOD: readonly CoverageStatus[] = ['covered', 'covered-with-criteria'];
const BAD: readonly CoverageStatus[] = ['not-medically-necessary', 'not-covered-investigational', 'excluded'];

/**
 * The state page's answer: who sets the local rules, then what the rules in force say. `describe` names a
 * row's therapy and use ("PRP injections for joint, tendon or muscle pain").
 */
export function stateAnswer(
  state: StateEntry,
  served: readonly Served[],
  describe: (d: Decision) => string,
  lang: Lang = 'en',
): string {
  const words = ui(lang).medicareStates.answer;
  const place = placeName(state);
  const who = (s: Served) => words.who(s.contractor.name, s.contractor.jurisdiction);
  if (served.length > 1)
    return words.several(
      place,
      served.length,
      served.map((s) => words.whoIn(who(s), s.where ?? '')),
    );
  const [only] = served;
  if (!only) throw new Error(`No contractor for ${state.code}`);
  const inForce = only.contractor.decisions.filter((d) => d.status === 'active' && d.coverage);
  const list = (ok: readonly CoverageStatus[]) => inForce.filter((d) => ok.includes(d.coverage!)).map(describe);
  const no = list(BAD);
  const yes = list(GOOD);
  const sentences = [words.one(place, who(only))];
  if (no.length) sentences.push(words.notCovered(no));
  if (yes.length) sentences.push(words.covered(yes, no.length > 0));
  if (!no.length && !yes.length) sentences.push(words.unconfirmed);
  return sentences.join(' ');
}

/** States (with DC) and territories, each sorted by name as `lang` sorts, for the index page. */
export function statesByName(
  m: MedicareContractors,
  lang: Lang = 'en',
): { states: StateEntry[]; territories: StateEntry[] } {
  const sorted = [...m.states].sort((a, b) => a.name.localeCompare(b.name, lang));
  const territory = (s: StateEntry) => (TERRITORY_CODES as readonly string[]).includes(s.code);
  return { states: sorted.filter((s) => !territory(s)), territories: sorted.filter(territory) };
}

/** Where a contractor serves, by name: whole states, then areas ("Virginia: Arlington, Fairfax and Alexandria"). */
export function contractorPlaces(m: MedicareContractors, id: string, lang: Lang = 'en'): string[] {
  const words = ui(lang).medicareStates;
  const sorted = [...m.states].sort((a, b) => a.name.localeCompare(b.name, lang));
  return [
    ...sorted
      .filter((s) => s.contractor === id)
      .map((s) => (s.partBAreas.length ? words.mostOf(placeName(s)) : s.name)),
    ...sorted.flatMap((s) =>
      s.partBAreas.filter((a) => a.contractor === id).map((a) => words.areasOf(s.name, a.short)),
    ),
  ];
}

/** Every source a state page lists: its contractors' and their rows', the national rules' and the general ones. */
export const stateSources = (m: MedicareContractors, served: readonly Served[]): string[] => [
  ...served.flatMap((s) => [
    ...s.sources,
    ...s.contractor.sources,
    ...s.contractor.decisions.flatMap((d) => d.sources),
  ]),
  ...m.national.flatMap((n) => n.sources),
  ...m.sources,
];
