/**
 * Puts the base path (BASE_PATH, e.g. `/regen/`) in front of every root-relative link in Markdown and MDX
 * bodies, the same way `withBase` does for links in pages. Content writes site paths (`/guides/x/`), so a
 * sub-folder deploy would otherwise send readers to `/guides/x/` on the host's root: a 404 (issue #15).
 * A satteri mdast plugin, because satteri is the parser Astro compiles MDX with.
 */
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import type { Definition, Image, Link } from 'mdast';
import { withBase } from '../paths.ts';

/** A site path: one leading "/" (never `//host` or `/\host`, which browsers read as another host). */
const isRootRelative = (url: string) => /^\/(?![/\\])/.test(url);

export function baseLinks(base: string) {
  const fix = (node: Readonly<Link | Definition | Image>, ctx: MdastVisitorContext) => {
    if (isRootRelative(node.url)) ctx.setProperty(node, 'url', withBase(node.url, base));
  };
  return defineMdastPlugin({ name: 'regen:base-links', link: fix, definition: fix, image: fix });
}
