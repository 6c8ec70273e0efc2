/**
 * Fails `astro build`, `astro dev` and `astro check` before anything renders when content is wrong:
 * a schema error, an unknown therapy/payer/guide/source/glossary id, or a duplicate. One message lists
 * every problem as "file: field message: value", including a date in the future. Pages, coverage entries
 * and sources past their review date are warnings, one line each.
 */
import type { AstroIntegration } from 'astro';
import { siteCatalog } from '../lib/content/load.ts';
import { catalogCounts } from '../lib/content/counts.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'regen:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { warnings, catalog } = siteCatalog();
        for (const w of warnings) logger.warn(w);
        logger.info(`content ok: ${catalogCounts(catalog)}`);
      },
    },
  };
}
