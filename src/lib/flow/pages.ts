/**
 * The static pages of a flow: one per answer path, each with its address, whether it is indexed, and
 * its canonical address. Question pages (steps) are never indexed. Outcome pages whose content is the
 * same (same outcome, same facts from the path) share the first such page's address as canonical, and
 * only that page is indexed, so search and the sitemap list each answer once.
 */
import { flowSteps, type FlowStep } from './graph.ts';
import { sitePaths } from '../paths.ts';
import type { Flow, FlowOutcome, FlowSets } from '../../schemas/flow.ts';

export interface FlowPage extends FlowStep {
  /** Site path without the base: /check/<flow>/<question>/<value>/…/ */
  path: string;
  kind: 'question' | 'outcome';
  /** Indexed by search engines and Pagefind, and listed in the sitemap. */
  indexable: boolean;
  /** The path search engines should treat as this page's address. */
  canonical: string;
}

/**
 * Pages whose content is the same (same outcome node, same facts from the path) share one canonical
 * address; only that one is indexed and listed in the sitemap. This is the key that says "the same".
 */
export function outcomeKey(nodeId: string, node: FlowOutcome, sets: FlowSets): string {
  if (node.result?.kind === 'coverage')
    return `${nodeId}|${sets.therapy}|${[...(sets.indications ?? [])].sort().join(',')}`;
  if (node.result?.kind === 'appeal') return `${nodeId}|${sets.plan}|${sets.reason}`;
  return nodeId;
}

export function flowPages(flowId: string, flow: Flow): FlowPage[] {
  const firstByKey = new Map<string, string>();
  return flowSteps(flow).map((step) => {
    const node = flow.nodes[step.node]!;
    const path = sitePaths.flow(flowId, step.segments);
    if (node.type === 'question') return { ...step, path, kind: 'question', indexable: false, canonical: path };
    const key = outcomeKey(step.node, node, step.sets);
    const first = firstByKey.get(key);
    if (!first) firstByKey.set(key, path);
    return { ...step, path, kind: 'outcome', indexable: !first, canonical: first ?? path };
  });
}

/** Every flow page that must stay out of the sitemap, for the sitemap filter. */
export const unindexedFlowPaths = (flows: readonly { id: string; flow: Flow }[]): Set<string> =>
  new Set(
    flows.flatMap(({ id, flow }) =>
      flowPages(id, flow)
        .filter((p) => !p.indexable)
        .map((p) => p.path),
    ),
  );
