/**
 * The Mermaid flowchart and the text outline of a flow, both generated from the same graph: a diagram
 * is never written by hand, so it can never disagree with the question pages.
 */
import type { Flow, FlowNode } from '../../schemas/flow.ts';
import { follow, isQuestion } from './graph.ts';

/** Mermaid node id for a flow node (`prp-use` → `n_prp_use`). */
export const mermaidNodeId = (id: string): string => `n_${id.replace(/-/g, '_')}`;
/** Mermaid edge id for an answer. Slugs never hold "__", so the double underscore cannot collide. */
export const mermaidEdgeId = (question: string, value: string): string =>
  `e_${question.replace(/-/g, '_')}__${value.replace(/-/g, '_')}`;

/** Text safe inside a Mermaid quoted label: quotes and the entity sign become Mermaid entities. */
export function mermaidLabel(text: string, max = 70): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;
  return clipped
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/[\r\n]+/g, ' ');
}

/** Accessibility lines take one line of plain text. */
const accText = (text: string) =>
  text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[{}]/g, '')
    .trim();

/** The nodes reachable from `from`, in breadth-first order (the order the outline reads in). */
export function reachable(flow: Flow, from = flow.start): string[] {
  const order: string[] = [];
  const queue = [from];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const id = queue.shift()!;
    order.push(id);
    const node = flow.nodes[id];
    if (!isQuestion(node)) continue;
    for (const o of node.options) {
      if (!seen.has(o.next)) {
        seen.add(o.next);
        queue.push(o.next);
      }
    }
  }
  return order;
}

export const nodeLabel = (node: FlowNode): string => (node.type === 'question' ? node.text : node.title);

export interface MermaidOptions {
  /** Start the diagram at this node instead of the flow's start (a therapy page shows its own branch). */
  from?: string | undefined;
  /** accTitle: what the diagram is. */
  title: string;
  /** accDescr: one or two sentences on what it shows. */
  description: string;
}

/**
 * The flowchart: questions as boxes, outcomes as double-sided boxes, answers as labelled arrows (dashed for
 * exits), every edge with a stable id so a page can highlight the reader's path.
 */
export function flowToMermaid(flow: Flow, opts: MermaidOptions): string {
  const ids = reachable(flow, opts.from);
  const lines = ['flowchart LR', `accTitle: ${accText(opts.title)}`, `accDescr: ${accText(opts.description)}`];
  for (const id of ids) {
    const node = flow.nodes[id]!;
    const label = mermaidLabel(nodeLabel(node));
    // Plain shapes: Mermaid draws rounded ones as long freehand paths, several times the bytes.
    lines.push(node.type === 'question' ? `${mermaidNodeId(id)}["${label}"]` : `${mermaidNodeId(id)}[["${label}"]]`);
  }
  for (const id of ids) {
    const node = flow.nodes[id];
    if (!isQuestion(node)) continue;
    for (const o of node.options) {
      const arrow = o.exit ? '-.->' : '-->';
      lines.push(
        `${mermaidNodeId(id)} ${mermaidEdgeId(id, o.value)}@${arrow}` +
          `|"${mermaidLabel(o.label, 40)}"| ${mermaidNodeId(o.next)}`,
      );
    }
  }
  lines.push('classDef outcome stroke-width:2px');
  const outcomes = ids.filter((id) => flow.nodes[id]?.type === 'outcome').map(mermaidNodeId);
  if (outcomes.length > 0) lines.push(`class ${outcomes.join(',')} outcome`);
  return `${lines.join('\n')}\n`;
}

/** One line of the text outline: a question with where each answer goes, or an outcome. */
export interface OutlineItem {
  id: string;
  kind: 'question' | 'outcome';
  text: string;
  answers: { label: string; next: string; nextText: string; exit: boolean }[];
}

/** The whole tree as text, each node once, in reading order: for screen readers, print and search. */
export function flowOutline(flow: Flow, from = flow.start): OutlineItem[] {
  return reachable(flow, from).map((id) => {
    const node = flow.nodes[id]!;
    return {
      id,
      kind: node.type,
      text: nodeLabel(node),
      answers: isQuestion(node)
        ? node.options.map((o) => ({
            label: o.label,
            next: o.next,
            nextText: nodeLabel(flow.nodes[o.next]!),
            exit: o.exit,
          }))
        : [],
    };
  });
}

/** The short text version of a flow diagram: its first question, each answer with the page it leads to. */
export interface FirstQuestion {
  id: string;
  text: string;
  answers: { label: string; exit: boolean; segments: string[] }[];
}

/**
 * The question reached by answering `at` (address segments: question, answer, …; none for the flow's
 * first question), with each answer's address segments, so a page can let the reader answer it in place.
 * Throws, naming the flow, when `at` does not lead to a question.
 */
export function firstQuestion(flow: Flow, flowId: string, at: readonly string[] = []): FirstQuestion {
  let id = flow.start;
  for (let i = 0; i < at.length; i += 2) {
    const next = at[i] === id ? follow(flow, id, at[i + 1] ?? '') : undefined;
    if (!next) throw new Error(`Flow "${flowId}": the answers ${at.join('/')} do not lead to a question`);
    id = next;
  }
  const node = flow.nodes[id];
  if (!isQuestion(node))
    throw new Error(`Flow "${flowId}": the answers ${at.join('/')} lead to an outcome, not a question`);
  return {
    id,
    text: node.text,
    answers: node.options.map((o) => ({ label: o.label, exit: o.exit, segments: [...at, id, o.value] })),
  };
}
