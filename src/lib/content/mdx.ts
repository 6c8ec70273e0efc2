/**
 * The MDX allow-list (issue #15). An MDX body is compiled to JavaScript and run at build time, so content
 * is code: a `<script>`, an `onerror=`, a `<meta http-equiv="refresh">` or an `export const x =
 * process.env…` would be published as written. A body may hold only Markdown, the site's content
 * components with plain values, and a few harmless HTML elements; links go only to https:// addresses,
 * site paths or #anchors. The body is parsed by the parser the build compiles it with (satteri, as
 * @astrojs/mdx uses it), so what is checked is what is compiled.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { linkHref, sitePath } from '../../schemas/common.ts';

/**
 * The components MDX bodies are rendered with (src/components/content/MdxBody.astro, for every MDX page family)
 * and the attributes content may give each. Nothing else in those components' props is for content.
 */
export const CONTENT_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Cite: ['id'],
  Term: ['id'],
  Diagram: ['flow', 'code', 'title', 'description', 'headingLevel'],
  TableFilter: ['label'],
  PrintButton: ['label', 'part'],
};

const CELL = ['colSpan', 'rowSpan', 'colspan', 'rowspan', 'headers'];
/** Plain HTML that Markdown cannot write and that cannot run, load or style anything. */
export const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['scope', ...CELL],
  td: CELL,
  abbr: ['title'],
  br: [],
  sup: [],
  sub: [],
};

/** A content component as used in a body, with its plain attribute values: what the cross-reference check reads. */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string | number | boolean>;
  line: number;
}

/** Something the allow-list refuses, at a line of the file (not of the body). */
export interface MdxProblem {
  line: number;
  message: string;
  value: string;
}

export interface MdxScan {
  problems: MdxProblem[];
  components: ComponentUse[];
}

type Node = MdastNode & {
  children?: Node[];
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
};

const short = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * The value of a `{…}` attribute if it is a plain literal (`{3}`, `{"x"}`, `` {`flowchart …`} ``), else
 * undefined: anything else is JavaScript that would run at build time.
 */
export function literalValue(expression: string): string | number | boolean | undefined {
  const e = expression.trim();
  if (/^-?\d+(\.\d+)?$/.test(e)) return Number(e);
  if (e === 'true' || e === 'false') return e === 'true';
  if (/^"(?:[^"\\\n]|\\.)*"$/.test(e)) return JSON.parse(e) as string;
  if (/^'[^'\\\n]*'$/.test(e)) return e.slice(1, -1);
  // A template literal without `${…}` is a plain (multi-line) string.
  if (/^`(?:[^`\\$]|\\.|\$(?!\{))*`$/.test(e)) return e.slice(1, -1);
  return undefined;
}

/**
 * https:// addresses, site paths (a single leading "/"), #anchors and plain mailto: addresses (an FDA
 * office's address is content); never javascript:, data:, http: or //host.
 */
export const isAllowedLink = (url: string): boolean =>
  /^#[^\s]*$/.test(url) || /^mailto:[^\s@:/?#]+@[a-z0-9.-]+$/i.test(url) || linkHref.safeParse(url).success;

/**
 * Checks an MDX body against the allow-list. `firstLine` is the file line the body starts on, so every
 * problem names a line an author can open.
 */
export function scanMdx(body: string, firstLine = 1): MdxScan {
  const problems: MdxProblem[] = [];
  const components: ComponentUse[] = [];
  const at = (n: Node) => (n.position?.start.line ?? 1) + firstLine - 1;
  const add = (n: Node, message: string, value: string) => problems.push({ line: at(n), message, value: short(value) });

  let root: Node;
  try {
    root = mdxToMdast(body, { features: { gfm: true } }) as Node;
  } catch (e) {
    // satteri reports "line:column: message"; keep the line, relative to the file.
    const m = /^(\d+):\d+: ([\s\S]*)$/.exec((e as Error).message);
    const line = m ? Number(m[1]) + firstLine - 1 : firstLine;
    problems.push({
      line,
      message: 'cannot be read as MDX',
      // Positions inside the message count from the body, and the rule id means nothing to an author.
      value: short(
        (m?.[2] ?? (e as Error).message)
          .split('\n')[0]!
          .replace(/ \(\d+:\d+\)/g, '')
          .replace(/ \([a-z-]+:[a-z-]+\)$/, ''),
        160,
      ),
    });
    return { problems, components };
  }

  const element = (n: Node) => {
    const name = n.name ?? '';
    const component = CONTENT_COMPONENTS[name];
    const allowed = component ?? HTML_ELEMENTS[name];
    if (!allowed) {
      add(
        n,
        'has an element content may not use (Markdown, the content components and a few HTML elements only)',
        name ? `<${name}>` : '<>',
      );
      return;
    }
    const use: ComponentUse = { name, attributes: {}, line: at(n) };
    for (const a of n.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) {
        add(n, `has a {…} spread on <${name}>, which content may not use`, String(a.value ?? ''));
        continue;
      }
      if (/^on/i.test(a.name)) {
        add(n, `has an event-handler attribute on <${name}>, which content may not use`, a.name);
        continue;
      }
      if (!allowed.includes(a.name)) {
        add(n, `has an attribute <${name}> does not take in content`, a.name);
        continue;
      }
      let value: string | number | boolean | undefined = true;
      if (typeof a.value === 'string') value = a.value;
      else if (a.value && typeof a.value === 'object') {
        const expression = String((a.value as { value?: unknown }).value ?? '');
        value = literalValue(expression);
        if (value === undefined) {
          add(n, `has a computed value for <${name} ${a.name}>: only plain text or numbers are allowed`, expression);
          continue;
        }
      }
      use.attributes[a.name] = value;
    }
    if (component) components.push(use);
  };

  const link = (n: Node, what: string) => {
    const url = n.url ?? '';
    if (!isAllowedLink(url))
      add(n, `has a ${what} that is not an https:// address, a site path ("/…"), an #anchor or a mailto: address`, url);
  };

  const walk = (n: Node) => {
    switch (n.type) {
      case 'mdxjsEsm':
        add(n, 'has an import or export, which content may not use', String(n.value ?? ''));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(n, 'has a {…} expression, which content may not use (write \\{ for a brace)', `{${String(n.value ?? '')}}`);
        return;
      case 'html':
        add(n, 'has raw HTML, which content may not use', String(n.value ?? ''));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(n);
        break;
      case 'link':
      case 'definition':
        link(n, 'link');
        break;
      case 'image':
        // An image from another host would be a request to it: the site makes none.
        if (!sitePath.safeParse(n.url ?? '').success)
          add(n, 'has an image that is not a site path ("/…")', n.url ?? '');
        break;
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(root);
  return { problems, components };
}
