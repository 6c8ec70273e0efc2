/**
 * Who can help after a denial, for one state and one kind of plan, from content/state-help.yaml: the
 * offices that matter, most useful first. Medicare → the state's SHIP, then 1-800-MEDICARE. A fully insured
 * job-based or Marketplace plan → the state insurance department, then the Consumer Assistance Program.
 * A self-funded plan → the Department of Labor (EBSA): state departments say they cannot help there. A
 * job-based plan of unknown kind → both routes (the page says to ask HR which applies). Medicaid → the fair
 * hearing. Workers' comp → the state agency. TRICARE and VA → no state office.
 *
 * Pure and free of zod (types only), so the letter reader's browser code can import it.
 */
import type {
  HelpKind,
  HelpKindInfo,
  HelpPlan,
  HelpRow,
  NationalOffice,
  StateHelp,
  StateHelpState,
} from '../../schemas/state-help.ts';

/** The offices that matter for each kind of plan, in the order to try them. */
export const HELP_ORDER: Readonly<Record<HelpPlan, readonly HelpKind[]>> = {
  medicare: ['ship', 'medicare'],
  'medicare-advantage': ['ship', 'medicare'],
  'employer-insured': ['insurance', 'cap'],
  'employer-self-funded': ['ebsa', 'cap'],
  employer: ['insurance', 'ebsa', 'cap'],
  marketplace: ['insurance', 'cap'],
  medicaid: ['medicaid'],
  'workers-comp': ['workers-comp'],
  tricare: [],
  va: [],
};

/** Every kind, in the order a page lists them when the kind of plan is not known. */
export const ALL_KINDS: readonly HelpKind[] = [
  'ship',
  'cap',
  'insurance',
  'medicaid',
  'workers-comp',
  'ebsa',
  'medicare',
];

/** The plans a state page has a "who to call first" line for, in reading order, with their labels. */
export const HELP_PLANS: readonly { plan: HelpPlan; label: string }[] = [
  { plan: 'medicare', label: 'Original Medicare' },
  { plan: 'medicare-advantage', label: 'Medicare Advantage' },
  { plan: 'employer', label: 'A job-based plan (not sure which kind)' },
  { plan: 'employer-insured', label: 'A job-based plan that is fully insured' },
  { plan: 'employer-self-funded', label: 'A job-based plan that is self-funded' },
  { plan: 'marketplace', label: 'A Marketplace or other individual plan' },
  { plan: 'medicaid', label: 'Medicaid' },
  { plan: 'workers-comp', label: "Workers' compensation" },
  { plan: 'tricare', label: 'TRICARE' },
  { plan: 'va', label: 'VA health care' },
];

export const isHelpPlan = (p: string): p is HelpPlan => HELP_PLANS.some((x) => x.plan === p);

/** One office to contact: its kind (what it helps with) and the row (an office, or where to look). */
export interface HelpStep {
  kind: HelpKind;
  info: HelpKindInfo;
  office: HelpRow | NationalOffice;
  national: boolean;
}

/** Whether a row names a phone or web address we sourced (an office), rather than where to look. */
export const isOffice = (o: HelpRow | NationalOffice): boolean => !('lookWhere' in o && o.lookWhere !== undefined);

export function stateEntry(h: StateHelp, code: string): StateHelpState {
  const s = h.states.find((x) => x.code === code.toUpperCase());
  if (!s) throw new Error(`No state-help row for "${code}"`);
  return s;
}

function step(h: StateHelp, state: StateHelpState, kind: HelpKind): HelpStep {
  const info = h.kinds.find((k) => k.kind === kind);
  const national = h.national.find((n) => n.kind === kind);
  const office = national ?? state.offices.find((o) => o.kind === kind);
  // The content check proves every kind and office exists; a miss is a bug, not bad content.
  if (!info || !office) throw new Error(`No ${kind} office for ${state.code}`);
  return { kind, info, office, national: national !== undefined };
}

/** The offices for `code` that matter for `plan`, in order; every kind when the plan is not known. */
export function helpFor(h: StateHelp, code: string, plan?: HelpPlan): HelpStep[] {
  const state = stateEntry(h, code);
  return (plan ? HELP_ORDER[plan] : ALL_KINDS).map((k) => step(h, state, k));
}

/** The note for a kind of plan (what to know before calling), if the data has one. */
export function planNote(h: StateHelp, plan: HelpPlan): StateHelp['plans'][number] | undefined {
  return h.plans.find((p) => p.plan === plan);
}

/** A phone number as a `tel:` address: `1-800-633-4227` and `800-633-4227` → `tel:+18006334227`. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `tel:+${digits.length === 10 ? `1${digits}` : digits}`;
}

/** States (with DC) and territories, each sorted by name, for the state lists. */
export function helpStatesByName(
  h: StateHelp,
  territories: readonly string[],
): { states: StateHelpState[]; territories: StateHelpState[] } {
  const sorted = [...h.states].sort((a, b) => a.name.localeCompare(b.name));
  const isTerritory = (s: StateHelpState) => territories.includes(s.code);
  return { states: sorted.filter((s) => !isTerritory(s)), territories: sorted.filter(isTerritory) };
}

/** How many of the state rows are sourced offices, and how many say where to look, per kind. */
export function helpCoverage(h: StateHelp): Record<string, { office: number; lookWhere: number }> {
  const out: Record<string, { office: number; lookWhere: number }> = {};
  for (const s of h.states)
    for (const o of s.offices) {
      const c = (out[o.kind] ??= { office: 0, lookWhere: 0 });
      if (isOffice(o)) c.office++;
      else c.lookWhere++;
    }
  return out;
}

/** Every source id the help for one state cites: its rows, the kinds, the national offices and the plan notes. */
export function stateHelpSources(h: StateHelp, state?: StateHelpState): string[] {
  return [
    ...new Set([
      ...(state ? state.offices.flatMap((o) => o.sources) : []),
      ...h.kinds.flatMap((k) => k.sources),
      ...h.national.flatMap((n) => n.sources),
      ...h.plans.flatMap((p) => p.sources),
    ]),
  ];
}

/**
 * The help data as the letter reader's page ships it: each where-to-look text once (most states share
 * them), rows pointing at it by number. About half the size of the plain data.
 */
export type PackedHelp = Omit<StateHelp, 'states'> & {
  texts: string[];
  states: (Omit<StateHelpState, 'offices'> & { offices: (Omit<HelpRow, 'lookWhere'> & { lookWhere?: number })[] })[];
};

export function packHelp(h: StateHelp): PackedHelp {
  const texts: string[] = [];
  const index = (t: string) => (texts.includes(t) ? texts.indexOf(t) : texts.push(t) - 1);
  const states = h.states.map((s) => ({
    ...s,
    offices: s.offices.map(({ lookWhere, ...o }) =>
      lookWhere === undefined ? o : { ...o, lookWhere: index(lookWhere) },
    ),
  }));
  return { ...h, texts, states };
}

export function unpackHelp({ texts, ...p }: PackedHelp): StateHelp {
  return {
    ...p,
    states: p.states.map((s) => ({
      ...s,
      offices: s.offices.map(({ lookWhere, ...o }) =>
        lookWhere === undefined ? o : { ...o, lookWhere: texts[lookWhere] ?? '' },
      ),
    })),
  };
}
