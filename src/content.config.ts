/**
 * Content collections exist only so Astro can render MDX bodies. They are filled from the checked
 * catalog (src/lib/content/load.ts), the one reader of content/: the frontmatter is parsed and validated
 * there once, and pages take their data from src/data.ts, never from these entries.
 */
import { defineCollection } from 'astro:content';
import type { LoaderContext } from 'astro/loaders';
import { relative } from 'node:path';
import { siteCatalog } from './lib/content/load.ts';

import type { MdxKind } from './lib/content/check.ts';
import type { Lang } from './schemas/language.ts';

/** One entry per MDX page, with no data of its own: rendering needs only the file. */
const mdxPages = (kind: MdxKind, lang: Lang) => ({
  name: `catalog-${kind}-${lang}`,
  load: async ({ store, generateDigest }: LoaderContext) => {
    store.clear();
    const { catalog } = siteCatalog();
    for (const page of lang === 'en' ? catalog[kind] : catalog.es.pages[kind]) {
      // Astro renders deferred MDX entries by importing the file, named relative to the project root
      // (a fixture folder outside the project gives a ../ path, which Vite still resolves).
      const filePath = relative(process.cwd(), page.path).split('\\').join('/');
      store.set({
        id: page.slug,
        data: {},
        body: page.body,
        filePath,
        digest: generateDigest(page.body),
        deferredRender: true,
      });
    }
  },
});

// Spanish bodies (content/es/<kind>/) are their own collections, `<kind>-es`: src/data.ts renderBody.
export const collections = {
  therapies: defineCollection({ loader: mdxPages('therapies', 'en') }),
  payers: defineCollection({ loader: mdxPages('payers', 'en') }),
  guides: defineCollection({ loader: mdxPages('guides', 'en') }),
  'therapies-es': defineCollection({ loader: mdxPages('therapies', 'es') }),
  'payers-es': defineCollection({ loader: mdxPages('payers', 'es') }),
  'guides-es': defineCollection({ loader: mdxPages('guides', 'es') }),
};
