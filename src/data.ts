/**
 * All page data, read once from the content collections and sorted. Pages ask this module; the rules
 * (grouping, matrix, status wording) live in src/lib and are tested there.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Coverage } from './schemas/coverage.ts';
import type { Source } from './schemas/source.ts';
import { planType, type AppealPlan } from './schemas/appeal.ts';
import { byOrderThenTitle } from './lib/format/sort.ts';

export type TherapyEntry = CollectionEntry<'therapies'>;
export type PayerEntry = CollectionEntry<'payers'>;
export type GuideEntry = CollectionEntry<'guides'>;
/** A decision flow with its id (the file name). */
export type FlowEntry = CollectionEntry<'flows'>['data'] & { id: string };

let cache: Promise<SiteData> | undefined;

/** Appeal plans in the schema's order (individual plans, employer plans, Medicare, Medicaid, TRICARE). */
const sortByPlanType = (plans: AppealPlan[]) =>
  [...plans].sort((a, b) => planType.options.indexOf(a.planType) - planType.options.indexOf(b.planType));

export interface SiteData {
  therapies: TherapyEntry[];
  payers: PayerEntry[];
  guides: GuideEntry[];
  coverage: Coverage[];
  sources: Map<string, Source>;
  glossary: CollectionEntry<'glossary'>['data'][];
  costs: CollectionEntry<'costs'>['data'][];
  /** Appeal steps by kind of plan, in the file's order. */
  appealPlans: AppealPlan[];
  /** Decision flows, in their `order`. */
  flows: FlowEntry[];
  therapyOrder: string[];
  payerOrder: string[];
  therapy: (slug: string) => TherapyEntry;
  payer: (slug: string) => PayerEntry;
  guide: (slug: string) => GuideEntry;
  source: (id: string) => Source;
  flow: (id: string) => FlowEntry;
}

async function load(): Promise<SiteData> {
  const [therapies, payers, guides, coverage, sources, glossary, costs, appeals, flowEntries] = await Promise.all([
    getCollection('therapies'),
    getCollection('payers'),
    getCollection('guides'),
    getCollection('coverage'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('costs'),
    getCollection('appeals'),
    getCollection('flows'),
  ]);
  const sort = <T extends { data: { order: number; title: string } }>(list: T[]) =>
    [...list].sort((a, b) => byOrderThenTitle(a.data, b.data));
  const t = sort(therapies);
  const p = sort(payers);
  const g = sort(guides);
  const sourceMap = new Map(sources.map((s) => [s.data.id, s.data]));
  // The content check has already proved every reference resolves; a miss here is a bug, not bad content.
  const get =
    <T>(list: { id: string }[], kind: string) =>
    (id: string) => {
      const hit = list.find((x) => x.id === id);
      if (!hit) throw new Error(`No ${kind} "${id}"`);
      return hit as T;
    };
  const flows = flowEntries
    .map((f) => ({ ...f.data, id: f.id }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return {
    flows,
    flow: get<FlowEntry>(flows, 'flow'),
    therapies: t,
    payers: p,
    guides: g,
    coverage: coverage.map((c) => c.data),
    sources: sourceMap,
    glossary: glossary.map((x) => x.data).sort((a, b) => a.term.localeCompare(b.term)),
    costs: costs.map((x) => x.data),
    appealPlans: sortByPlanType(appeals.map((x) => x.data)),
    therapyOrder: t.map((x) => x.id),
    payerOrder: p.map((x) => x.id),
    therapy: get<TherapyEntry>(t, 'therapy'),
    payer: get<PayerEntry>(p, 'payer'),
    guide: get<GuideEntry>(g, 'guide'),
    source: (id) => {
      const s = sourceMap.get(id);
      if (!s) throw new Error(`No source "${id}"`);
      return s;
    },
  };
}

/** The site's data, loaded once per build. */
export const siteData = (): Promise<SiteData> => (cache ??= load());
