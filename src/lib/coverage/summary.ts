/**
 * The short summaries that open therapy and payer pages: one line per kind of plan (for a therapy) or per
 * treatment (for a payer), each with the statuses for the therapy's common use, counted from the coverage
 * entries. A status is never typed here; it always comes from an entry.
 */
import { coverageStatus, type Coverage, type CoverageStatus } from '../../schemas/coverage.ts';
import type { Payer } from '../../schemas/payer.ts';
import type { PlanGroup } from '../../schemas/plan-group.ts';
import type { Therapy } from '../../schemas/therapy.ts';
import type { Lang } from '../../schemas/language.ts';
import { ui } from '../../i18n/index.ts';
import { entryUse } from './uses.ts';

export interface Tally {
  status: CoverageStatus;
  count: number;
}

/** How many entries have each status, most favourable first. */
export function tally(entries: readonly Pick<Coverage, 'status'>[]): Tally[] {
  return coverageStatus.options.flatMap((status) => {
    const count = entries.filter((e) => e.status === status).length;
    return count > 0 ? [{ status, count }] : [];
  });
}

export interface PlanLine {
  group: PlanGroup;
  /** The entries for the therapy's common use from this group's payers, in payer order. */
  entries: Coverage[];
  tally: Tally[];
}

type Named = Pick<Payer, 'kind'> & { slug: string };

/** The plan group an entry counts under: its own `planGroup`, else the group of its payer's kind. */
export function groupOf(
  e: Pick<Coverage, 'payer' | 'planGroup'>,
  payers: readonly Named[],
  groups: readonly PlanGroup[],
) {
  if (e.planGroup) return e.planGroup;
  const kind = payers.find((p) => p.slug === e.payer)?.kind;
  return groups.find((g) => kind !== undefined && g.kinds.includes(kind))?.id;
}

const COVERED: readonly CoverageStatus[] = ['covered', 'covered-with-criteria'];

/**
 * The one thing to ask for before paying, for a plan group and the statuses of the answers in view: the
 * group's `whenCovered` ask when there are answers and every one covers, else its usual ask.
 */
export function askFor(group: PlanGroup, statuses: readonly CoverageStatus[]): Pick<PlanGroup, 'askFor' | 'askHref'> {
  const covered = statuses.length > 0 && statuses.every((s) => COVERED.includes(s));
  return covered && group.whenCovered ? group.whenCovered : group;
}

/**
 * The kinds of plan in `lang`: the dictionary's words (src/i18n/ `planGroups`) over the content's English, the
 * ids, kinds and links unchanged. Throws, naming the group, where a language lacks a group's words.
 */
export function planGroupsIn(groups: readonly PlanGroup[], lang: Lang): PlanGroup[] {
  if (lang === 'en') return [...groups];
  const words = ui(lang).planGroups;
  return groups.map((g) => {
    const w = words[g.id];
    if (!w) throw new Error(`No ${lang} words for the plan group "${g.id}" (src/i18n/${lang}.ts planGroups)`);
    if (Boolean(g.whenCovered) !== (w.whenCovered !== undefined))
      throw new Error(
        `The ${lang} words for the plan group "${g.id}" must have a whenCovered ask exactly when the English does`,
      );
    const { whenCovered, ...rest } = g;
    return {
      ...rest,
      label: w.label,
      askFor: w.askFor,
      ...(whenCovered && w.whenCovered ? { whenCovered: { ...whenCovered, askFor: w.whenCovered } } : {}),
    };
  });
}

/** One line per plan group (in the groups' order) for a therapy's common use. */
export function planSummary(
  therapy: Pick<Therapy, 'commonUse' | 'otherUses'> & { slug: string },
  coverage: readonly Coverage[],
  payers: readonly Named[],
  groups: readonly PlanGroup[],
): PlanLine[] {
  const order = (slug: string) => payers.findIndex((p) => p.slug === slug);
  const mine = coverage
    .filter((e) => e.therapy === therapy.slug && entryUse(therapy, e).common)
    .sort((a, b) => order(a.payer) - order(b.payer));
  return groups.map((group) => {
    const entries = mine.filter((e) => groupOf(e, payers, groups) === group.id);
    return { group, entries, tally: tally(entries) };
  });
}

export interface TreatmentLine {
  therapy: string;
  entries: Coverage[];
  tally: Tally[];
}

/** One line per therapy (in `therapies` order) that a payer has entries for, for the therapy's common use. */
export function treatmentSummary(
  payer: string,
  coverage: readonly Coverage[],
  therapies: readonly (Pick<Therapy, 'commonUse' | 'otherUses'> & { slug: string })[],
): TreatmentLine[] {
  return therapies.flatMap((t) => {
    const all = coverage.filter((e) => e.payer === payer && e.therapy === t.slug);
    const common = all.filter((e) => entryUse(t, e).common);
    // A payer with entries only for another use (eye grafts, say) still gets its line, for that use.
    const entries = common.length > 0 ? common : all;
    return entries.length > 0 ? [{ therapy: t.slug, entries, tally: tally(entries) }] : [];
  });
}
