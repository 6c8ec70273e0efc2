/**
 * Builds the Pagefind search index inside `astro build`, through Pagefind's Node API, so there is no
 * separate step to forget. Only elements marked `data-pagefind-body` (the main content of content
 * pages) are indexed. Every response's `errors` is checked and the service is always closed.
 * Pagefind also writes its ready-made search interfaces (about 430 KB); the search page uses only the
 * client (`pagefind.js`, its worker and the index), so those bundles are removed and never shipped.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

/** Pagefind's UI bundles (default, modular, web-component) and its highlighter: no page loads them. */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind-highlight\.js$/;

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'regen:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en', includeCharacters: '.' });
          if (errors.length || !index) fail('createIndex', errors);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) fail('addDirectory', added.errors);
          if (added.page_count === 0) fail('addDirectory', ['no page has data-pagefind-body; nothing was indexed']);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) fail('writeFiles', written.errors);
          const pagefindDir = join(outDir, 'pagefind');
          for (const name of readdirSync(pagefindDir))
            if (UNUSED_PAGEFIND_FILE.test(name)) rmSync(join(pagefindDir, name));
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
