/**
 * Original Medicare's local rules as readers see them, from content/medicare-contractors.yaml: who serves
 * a state, each rule's standing in words, the badge a row shows, the state page's answer sentence and the
 * treatments with no local rule. Pages only render what these functions return.
 */
import type { Coverage, CoverageStatus } from '../../schemas/coverage.ts';
import type { Therapy } from '../../schemas/therapy.ts';
import {
  TERRITORY_CODES,
  type Contractor,
  type Decision,
  type LcdStatus,
  type MedicareContractors,
  type StateEntry,
  type UnplacedRule,
} from '../../schemas/medicare-contractor.ts';
import { formatDate } from '../format/date.ts';
import { entryUse, type EntryUse } from '../coverage/uses.ts';
import { MEDICARE_PAYER } from './check.ts';

/**
 * Where a local rule stands, in words: a short label, and a phrase that starts with it. `inForce` is true only
 * for a rule a reader can rely on today.
 */
export interface LcdStatusView {
  label: string;
  meaning: string;
  inForce: boolean;
}

export const LCD_STATUS: Record<LcdStatus, LcdStatusView> = {
  active: { label: 'In force', meaning: 'In force as far as our sources show', inForce: true },
  retired: { label: 'Retired', meaning: 'Retired: it no longer applies', inForce: false },
  withdrawn: { label: 'Withdrawn', meaning: 'Withdrawn: it does not apply', inForce: false },
  unknown: {
    label: 'Status not confirmed',
    meaning: 'Status not confirmed: we could not check that it is still in force',
    inForce: false,
  },
  unconfirmed: {
    label: 'Not confirmed',
    meaning: 'Not confirmed: we could not tell which local rule applies',
    inForce: false,
  },
  'none-found': { label: 'No local rule found', meaning: 'No local rule found', inForce: false },
};

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
export function ruleDates(r: Pick<Decision | UnplacedRule, 'effective' | 'revised' | 'status'>): string {
  const parts: string[] = [];
  if (r.effective)
    parts.push(`${r.status === 'withdrawn' ? 'Was to take effect' : 'First took effect'} ${formatDate(r.effective)}`);
  if (r.revised) parts.push(`${parts.length ? 'revised' : 'Revised'} ${formatDate(r.revised)}`);
  return parts.length ? `${parts.join('; ')}.` : 'We did not find its dates.';
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
  /** "Arlington, Fairfax and Alexandria" or "the rest of Virginia"; undefined for the whole state. */
  where?: string;
  /** The areas in full, for a part of the state. */
  areas?: string;
  /** Sources naming the areas. */
  sources: readonly string[];
}

/** The contractors serving `state` for doctors' (Part B) claims: named areas first, then the rest. */
export function servedBy(m: MedicareContractors, state: StateEntry): Served[] {
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
  return areas.length ? [...areas, { ...main, where: `the rest of ${state.name}` }] : [main];
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
export function stateAnswer(state: StateEntry, served: readonly Served[], describe: (d: Decision) => string): string {
  const who = (s: Served) => `${s.contractor.name} (jurisdiction ${s.contractor.jurisdiction})`;
  if (served.length > 1) {
    const parts = served.map((s) => `${who(s)} in ${s.where}`);
    const count = served.length === 2 ? 'two' : served.length;
    return (
      `In ${state.name}, ${count} contractors set Original Medicare's local rules for doctors' offices: ` +
      `${parts.slice(0, -1).join('; ')}, and ${parts.at(-1)}. The rules of each are below.`
    );
  }
  const [only] = served;
  if (!only) throw new Error(`No contractor for ${state.code}`);
  const inForce = only.contractor.decisions.filter((d) => d.status === 'active' && d.coverage);
  const list = (ok: readonly CoverageStatus[]) => inForce.filter((d) => ok.includes(d.coverage!)).map(describe);
  const no = list(BAD);
  const yes = list(GOOD);
  const sentences = [`In ${state.name}, ${who(only)} sets Original Medicare's local rules.`];
  if (no.length) sentences.push(`Its rules do not cover ${no.join('; ')}.`);
  if (yes.length) sentences.push(`${no.length ? 'They' : 'Its rules'} cover ${yes.join('; ')}, if criteria are met.`);
  if (!no.length && !yes.length)
    sentences.push('We could not confirm its rules for the treatments on this site; below is how to check.');
  return sentences.join(' ');
}

/** States (with DC) and territories, each sorted by name, for the index page. */
export function statesByName(m: MedicareContractors): { states: StateEntry[]; territories: StateEntry[] } {
  const sorted = [...m.states].sort((a, b) => a.name.localeCompare(b.name));
  const territory = (s: StateEntry) => (TERRITORY_CODES as readonly string[]).includes(s.code);
  return { states: sorted.filter((s) => !territory(s)), territories: sorted.filter(territory) };
}

/** Where a contractor serves, by name: whole states, then areas ("Virginia: Arlington, Fairfax and Alexandria"). */
export function contractorPlaces(m: MedicareContractors, id: string): string[] {
  const sorted = [...m.states].sort((a, b) => a.name.localeCompare(b.name));
  return [
    ...sorted.filter((s) => s.contractor === id).map((s) => (s.partBAreas.length ? `most of ${s.name}` : s.name)),
    ...sorted.flatMap((s) => s.partBAreas.filter((a) => a.contractor === id).map((a) => `${s.name}: ${a.short}`)),
  ];
}
