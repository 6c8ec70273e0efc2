/**
 * The MDX allow-list (issue #15). An MDX body is compiled to JavaScript and run at build time, so content
 * is code: a `<script>`, an `onerror=`, a `<meta http-equiv="refresh">` or an `export const x =
 * process.env…` would be published as written. A body may hold only Markdown, the site's content
 * components with plain values, and a few harmless HTML elements; links go only to https:// addresses,
 * site paths or #anchors. The body is parsed by the parser the build compiles it with (satteri, as
 * @astrojs/mdx uses it), so what is checked is what is compiled.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { isSitePath, linkHref, slug } from '../../schemas/common.ts';

/**
 * What a content component's attribute must hold: `id` an id (a source, glossary term or flow: lowercase
 * letters, digits and hyphens), `text` words, `mermaid` Mermaid text (held to `mermaidProblems`), or one of
 * a few numbers.
 */
export type AttributeKind = 'id' | 'text' | 'mermaid' | readonly (number | string)[];

/** One way to use a component: the attributes it then needs, and whether it needs words between its tags. */
export interface ComponentNeed {
  attributes: readonly string[];
  children?: boolean;
}

export interface ComponentSpec {
  /** Every attribute content may give it; nothing else in the component's props is for content. */
  attributes: Readonly<Record<string, AttributeKind>>;
  /** The ways it can be used; a use must satisfy one (none listed: everything is optional). */
  needs?: readonly ComponentNeed[];
}

/**
 * The components MDX bodies are rendered with (src/components/content/MdxBody.astro, for every MDX page
 * family), with what each needs. A missing or wrong attribute would otherwise fail deep inside the build
 * ("Unknown glossary term undefined") or render wrong, without naming the file or line.
 */
export const CONTENT_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Cite: { attributes: { id: 'id' }, needs: [{ attributes: ['id'] }] },
  // Its words are the link's text: an empty link says nothing to a screen reader.
  Term: { attributes: { id: 'id' }, needs: [{ attributes: ['id'], children: true }] },
  Diagram: {
    attributes: { flow: 'id', code: 'mermaid', title: 'text', description: 'text', headingLevel: [2, 3] },
    // A drawn diagram needs a name, a description and its text outline (Diagram.astro); a flow has its own.
    needs: [{ attributes: ['flow'] }, { attributes: ['code', 'title', 'description'], children: true }],
  },
  TableFilter: { attributes: { label: 'text' }, needs: [{ attributes: ['label'], children: true }] },
  // part="section": print only the section the button sits in (PrintButton.astro).
  PrintButton: { attributes: { label: 'text', part: ['section'] } },
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
  position?: { start: { line: number; offset?: number }; end?: { offset?: number } };
};

const short = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * The value of a `{…}` attribute if it is a plain literal (`{3}`, `{"x"}`, `` {`flowchart …`} ``), else
 * undefined: anything else is JavaScript that would run at build time. The value is the one the compiled
 * page gets (escapes applied), so what is checked is what renders; an escape JavaScript would read in
 * another way than JSON (`"\x3c"`, `` `\u{3c}` ``) is not plain.
 */
export function literalValue(expression: string): string | number | boolean | undefined {
  const e = expression.trim();
  if (/^-?\d+(\.\d+)?$/.test(e)) return Number(e);
  if (e === 'true' || e === 'false') return e === 'true';
  if (/^"(?:[^"\\\n]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/.test(e)) return JSON.parse(e) as string;
  if (/^'[^'\\\n]*'$/.test(e)) return e.slice(1, -1);
  // A template literal without `${…}` is a plain (multi-line) string; only `\\`, `` \` `` and `\$` escapes.
  if (/^`(?:[^`\\$]|\\[`\\$]|\$(?!\{))*`$/.test(e)) return e.slice(1, -1).replace(/\\([`\\$])/g, '$1');
  return undefined;
}

/**
 * Mermaid text may hold words and shapes, nothing that links, loads or restyles: `securityLevel: 'strict'`
 * still draws `click A href "http://…"` as a link to another site, and a `%%{init: …}%%` directive changes
 * the settings and the CSS the site serves. The drawn SVG is checked again (src/lib/diagram/svg.ts).
 */
const MERMAID_RULES: readonly [RegExp, string][] = [
  [/%%\s*\{.*$/m, 'has a Mermaid %%{…}%% directive, which content may not use (the site sets how diagrams are drawn)'],
  [
    // A statement starts a line or follows a ";".
    /(?:^|;)[ \t]*((?:click|link|links|callback|call|href)\b.*)$/im,
    'has a Mermaid click or link line, which content may not use (a diagram links nowhere: put links in its outline)',
  ],
  [
    /<(?!\/?(?:br|b|i|em|strong|sub|sup)\s*\/?>)[a-z!?/][^>\n]*>?/i,
    'has HTML in a Mermaid diagram, which content may not use (only <br>, <b>, <i>, <em>, <strong>, <sub>, <sup>)',
  ],
];

/** What in Mermaid text breaks `MERMAID_RULES` (the first of each kind), and its line in the text (0 first). */
export function mermaidProblems(code: string): { line: number; message: string; value: string }[] {
  return MERMAID_RULES.flatMap(([rule, message]) => {
    const m = rule.exec(code);
    return m ? [{ line: code.slice(0, m.index).split('\n').length - 1, message, value: (m[1] ?? m[0]).trim() }] : [];
  });
}

/**
 * https:// addresses, site paths (`isSitePath`, the same test as every site-path field), #anchors and plain
 * mailto: addresses (an FDA office's address is content); never javascript:, data:, http: or //host.
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

  /** The file line an attribute is written on (a long `code={`…`}` starts lines below its element). */
  const attributeLine = (n: Node, attribute: string) => {
    const source = body.slice(n.position?.start.offset ?? 0, n.position?.end?.offset ?? 0);
    const i = source.search(new RegExp(`\\s${attribute}\\s*=`));
    return at(n) + (i < 0 ? 0 : source.slice(0, i + 1).split('\n').length - 1);
  };

  /** Reports a component attribute whose value is not of its kind; true when it fits. */
  const fits = (n: Node, name: string, attribute: string, kind: AttributeKind, value: string | number | boolean) => {
    const what = `a value for <${name} ${attribute}>`;
    if (Array.isArray(kind)) {
      if ((typeof value === 'number' || typeof value === 'string') && kind.includes(value)) return true;
      add(n, `has ${what} other than ${kind.join(' or ')}`, String(value));
      return false;
    }
    if (typeof value !== 'string') {
      add(n, `has ${what} that is not text in quotes`, String(value));
      return false;
    }
    if (kind === 'id' && !slug.safeParse(value).success) {
      add(n, `has ${what} that is not an id (lowercase letters, digits and single hyphens)`, value);
      return false;
    }
    if (value.trim() === '') {
      add(n, `has an empty ${what.slice(2)}`, value);
      return false;
    }
    if (kind === 'mermaid') {
      const first = attributeLine(n, attribute);
      for (const p of mermaidProblems(value))
        problems.push({ line: first + p.line, message: p.message, value: short(p.value) });
    }
    return true;
  };

  const element = (n: Node) => {
    const name = n.name ?? '';
    const component = CONTENT_COMPONENTS[name];
    const allowed = component ? Object.keys(component.attributes) : HTML_ELEMENTS[name];
    if (!allowed) {
      add(
        n,
        'has an element content may not use (Markdown, the content components and a few HTML elements only)',
        name ? `<${name}>` : '<>',
      );
      return;
    }
    const use: ComponentUse = { name, attributes: {}, line: at(n) };
    // Attributes written, even with a wrong value or in a spread: that is reported, not also as missing.
    const given = new Set<string>();
    let spread = false;
    for (const a of n.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) {
        add(n, `has a {…} spread on <${name}>, which content may not use`, String(a.value ?? ''));
        spread = true;
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
      given.add(a.name);
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
      if (component && !fits(n, name, a.name, component.attributes[a.name]!, value)) continue;
      use.attributes[a.name] = value;
    }
    if (!component) return;
    const needs = component.needs ?? [];
    const words = (n.children ?? []).length > 0;
    if (
      !spread &&
      needs.length &&
      !needs.some((w) => w.attributes.every((a) => given.has(a)) && (!w.children || words))
    )
      add(
        n,
        `has a <${name}> without ${needs
          .map((w) => [w.attributes.join(', '), ...(w.children ? ['words between its tags'] : [])].join(' and '))
          .join(', or ')}`,
        `<${name}>`,
      );
    components.push(use);
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
        if (!isSitePath(n.url ?? '')) add(n, 'has an image that is not a site path ("/…")', n.url ?? '');
        break;
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(root);
  return { problems, components };
}
