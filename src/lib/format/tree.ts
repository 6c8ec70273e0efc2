/**
 * A tiny element tree, so one view function can render in both places: on the server as an escaped HTML
 * string (`toHtml`), and in the browser as DOM nodes built with createElement and text nodes (`toDom`),
 * never parsed from a string. Client scripts must not use innerHTML and the like: the site is meant to run
 * under Trusted Types (`require-trusted-types-for 'script'`), and text a reader typed must never become
 * markup. Event-handler attributes are refused, so a view cannot smuggle in a script either way.
 */
import { escapeHtml as esc } from './html.ts';

export type Attrs = Readonly<Record<string, string | number | false | undefined>>;
export type Child = El | string | false | null | undefined | readonly Child[];
export interface El {
  readonly tag: string;
  readonly attrs: Attrs;
  readonly children: readonly Child[];
}

const NAME = /^[a-z][a-z0-9-]*$/;
const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr']);

/** An element. Attributes set to `false` or `undefined` are left out; children may be nested arrays. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): El {
  if (!NAME.test(tag)) throw new Error(`Not an element name: ${JSON.stringify(tag)}`);
  for (const name of Object.keys(attrs))
    if (!NAME.test(name) || name.startsWith('on')) throw new Error(`Attribute not allowed: ${JSON.stringify(name)}`);
  return { tag, attrs, children };
}

/**
 * A dictionary template with its `{name}` marks replaced by nodes, for words that hold elements:
 * `fillTree('You may pay {amount}.', { amount: h('strong', {}, '$500') })`. A mark with no value stays as typed.
 */
export function fillTree(template: string, values: Readonly<Record<string, Child>>): Child[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 0 ? part : part in values ? values[part] : `{${part}}`))
    .filter((part) => part !== '');
}

const attrList = (attrs: Attrs): [string, string][] =>
  Object.entries(attrs).flatMap(([k, v]) => (v === false || v === undefined ? [] : [[k, String(v)]]));

/** The tree as HTML, every text and attribute value escaped. */
export function toHtml(node: Child): string {
  if (node === false || node === null || node === undefined) return '';
  if (typeof node === 'string') return esc(node);
  if (Array.isArray(node)) return node.map(toHtml).join('');
  const el = node as El;
  const open = `<${el.tag}${attrList(el.attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('')}>`;
  return VOID.has(el.tag) ? open : `${open}${el.children.map(toHtml).join('')}</${el.tag}>`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The tree as DOM nodes in a fragment, ready to `replaceChildren` into the page. An `svg` and everything
 * in it are made in the SVG namespace, as the HTML parser would (a `rect` made by createElement draws nothing).
 */
export function toDom(node: Child, doc: Document = document): DocumentFragment {
  const frag = doc.createDocumentFragment();
  const add = (parent: Node, n: Child): void => {
    if (n === false || n === null || n === undefined) return;
    if (typeof n === 'string') parent.appendChild(doc.createTextNode(n));
    else if (Array.isArray(n)) for (const c of n) add(parent, c);
    else {
      const el = n as El;
      const svg = el.tag === 'svg' || (parent as Element).namespaceURI === SVG_NS;
      const dom = svg ? doc.createElementNS(SVG_NS, el.tag) : doc.createElement(el.tag);
      for (const [k, v] of attrList(el.attrs)) dom.setAttribute(k, v);
      for (const c of el.children) add(dom, c);
      parent.appendChild(dom);
    }
  };
  add(frag, node);
  return frag;
}
