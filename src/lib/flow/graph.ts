/**
 * The rules every decision flow must follow, and the walk that turns a flow into pages.
 *
 * Rules (any break fails the build with the flow file and node named): `start` and every `next` name a
 * node; every node can be reached from the start; every question has at least two answers plus an exit
 * that leads straight to an outcome; answer values are unique within a question; there are no cycles;
 * and every path into an outcome carries what that outcome needs (a coverage outcome needs a therapy,
 * an appeal outcome a plan and a reason).
 */
import type { Flow, FlowNode, FlowOption, FlowQuestion, FlowSets } from '../../schemas/flow.ts';
import type { Problem } from '../content/problem.ts';

/** Ids that cannot be node ids because page addresses use them. */
export const RESERVED_NODE_IDS = ['map'];
/** A flow with more paths than this is too big to publish one page per path. */
export const MAX_PATHS = 2000;

/** One answer given on the way to a page. */
export interface Answer {
  /** The question's id. */
  question: string;
  option: FlowOption;
}

/** One page of a flow: where the reader is and how they got there. */
export interface FlowStep {
  /** Address segments after /check/<flow>/: question id, answer value, question id, answer value… */
  segments: string[];
  /** The node shown on this page. */
  node: string;
  /** The answers given so far, in order. */
  answers: Answer[];
  /** What the answers set, later answers winning. */
  sets: FlowSets;
}

export const isQuestion = (n: FlowNode | undefined): n is FlowQuestion => n?.type === 'question';

/** Merges what an answer sets into what earlier answers set: the later answer wins for each key. */
export function mergeSets(a: FlowSets, b: FlowSets | undefined): FlowSets {
  return b ? { ...a, ...b } : a;
}

/** What each kind of outcome needs from the path, and why. */
function missingForOutcome(node: FlowNode, sets: FlowSets): string[] {
  if (node.type !== 'outcome' || !node.result) return [];
  if (node.result.kind === 'coverage') return sets.therapy ? [] : ['therapy'];
  return (['plan', 'reason'] as const).filter((k) => !sets[k]);
}

/** Checks one flow's graph. `file` names the flow file in messages. Returns every problem found. */
export function checkFlowGraph(flow: Flow, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, value: unknown, message: string) => problems.push({ file, field, value, message });
  const nodes = flow.nodes;

  for (const id of RESERVED_NODE_IDS)
    if (id in nodes) add(`nodes.${id}`, id, 'is a reserved id (the diagram page uses it); rename the node');
  if (!nodes[flow.start]) add('start', flow.start, 'names an unknown node');
  else if (!isQuestion(nodes[flow.start])) add('start', flow.start, 'must name a question, not an outcome');

  for (const [id, node] of Object.entries(nodes)) {
    if (!isQuestion(node)) continue;
    const answers = node.options.filter((o) => !o.exit);
    const exits = node.options.filter((o) => o.exit);
    if (answers.length < 2) add(`nodes.${id}.options`, answers.length, 'needs at least two answers besides the exit');
    if (exits.length === 0)
      add(`nodes.${id}.options`, undefined, 'needs an exit: an answer such as "Something else" with exit: true');
    const values = new Set<string>();
    node.options.forEach((o, i) => {
      const at = `nodes.${id}.options[${i}]`;
      if (values.has(o.value)) add(`${at}.value`, o.value, 'is used twice in this question');
      values.add(o.value);
      const next = nodes[o.next];
      if (!next) add(`${at}.next`, o.next, 'names an unknown node');
      else if (o.exit && next.type !== 'outcome')
        add(`${at}.next`, o.next, 'is an exit, so it must lead straight to an outcome');
      if (o.next === id) add(`${at}.next`, o.next, 'leads back to its own question (a cycle)');
    });
  }
  if (problems.length > 0) return problems;

  // Cycles: depth-first search with colours; report the edge that closes each cycle.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    const node = nodes[id];
    if (isQuestion(node)) {
      node.options.forEach((o, i) => {
        const s = state.get(o.next);
        if (s === 'open') add(`nodes.${id}.options[${i}].next`, o.next, 'leads back to an earlier question (a cycle)');
        else if (!s) visit(o.next);
      });
    }
    state.set(id, 'done');
  };
  visit(flow.start);
  for (const id of Object.keys(nodes)) if (!state.has(id)) add(`nodes.${id}`, id, 'cannot be reached from the start');
  if (problems.length > 0) return problems;

  // Every path: what reaches each outcome must carry what the outcome needs.
  let paths = 0;
  const reported = new Set<string>();
  const walkFrom = (id: string, sets: FlowSets, trail: string[]) => {
    const node = nodes[id]!;
    if (!isQuestion(node)) {
      paths += 1;
      for (const key of missingForOutcome(node, sets)) {
        const k = `${id}/${key}`;
        if (reported.has(k)) continue;
        reported.add(k);
        add(
          `nodes.${id}.result`,
          trail.join(' → '),
          `needs "${key}" set by an answer on every path that reaches it, but this path sets none`,
        );
      }
      return;
    }
    for (const o of node.options) {
      if (paths > MAX_PATHS) return;
      walkFrom(o.next, mergeSets(sets, o.sets), [...trail, `${id}=${o.value}`]);
    }
  };
  walkFrom(flow.start, {}, []);
  if (paths > MAX_PATHS) add('nodes', paths, `make more than ${MAX_PATHS} paths; split the flow`);
  return problems;
}

/** Every page of a (valid) flow: the start page, then one page per answer path. */
export function flowSteps(flow: Flow): FlowStep[] {
  const steps: FlowStep[] = [];
  const walk = (id: string, step: Omit<FlowStep, 'node'>) => {
    steps.push({ ...step, node: id });
    const node = flow.nodes[id];
    if (!isQuestion(node)) return;
    for (const option of node.options) {
      walk(option.next, {
        segments: [...step.segments, id, option.value],
        answers: [...step.answers, { question: id, option }],
        sets: mergeSets(step.sets, option.sets),
      });
    }
  };
  walk(flow.start, { segments: [], answers: [], sets: {} });
  return steps;
}

/** The node reached by following `from` and then answer `value`, for tests and links. */
export function follow(flow: Flow, question: string, value: string): string | undefined {
  const node = flow.nodes[question];
  return isQuestion(node) ? node.options.find((o) => o.value === value)?.next : undefined;
}

/** The answer at the flow's first question that picks `therapy`, if any (therapy pages show that branch). */
export function therapyBranch(flow: Flow, therapy: string): FlowOption | undefined {
  const start = flow.nodes[flow.start];
  return isQuestion(start) ? start.options.find((o) => o.sets?.therapy === therapy && !o.exit) : undefined;
}
