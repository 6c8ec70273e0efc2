/**
 * Astro writes only the root `404.astro` as `404.html`; the Spanish one (src/pages/es/404.astro) comes out
 * as `es/404/index.html`. Hosts that serve a folder's own not-found page (Cloudflare Pages, Netlify with a
 * rule) look for `es/404.html`, so the build moves it there.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGE_PREFIX, LANGUAGES } from '../schemas/language.ts';

export default function notFoundPages(): AstroIntegration {
  return {
    name: 'regen:not-found',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const lang of LANGUAGES) {
          const prefix = LANGUAGE_PREFIX[lang];
          const folder = join(out, prefix, '404');
          if (!prefix || !existsSync(join(folder, 'index.html'))) continue;
          renameSync(join(folder, 'index.html'), join(out, prefix, '404.html'));
          rmdirSync(folder);
        }
      },
    },
  };
}
