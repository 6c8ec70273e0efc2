// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/headers.ts';
import diagramStyles from './src/integrations/diagram-styles.ts';
import notFoundPages from './src/integrations/not-found.ts';
import { basePath, reportUrl, siteUrl } from './src/lib/site.ts';
import { contentDir } from './src/lib/content/paths.ts';
import { siteCatalog } from './src/lib/content/load.ts';
import { unindexedFlowPaths } from './src/lib/flow/pages.ts';
import { pageLanguage } from './src/lib/paths.ts';
import { baseLinks } from './src/lib/content/base-links.ts';

// Flow steps and repeated flow outcomes are noindex, so they stay out of the sitemap too, in every language
// (a translated flow's pages are the English flow's, under the language's prefix). Bad content
// is reported by the content-check integration; here an unreadable folder just means no flow pages.
const unindexed = (() => {
  try {
    return unindexedFlowPaths(siteCatalog().catalog.flows.map((f) => ({ id: f.id, flow: f })));
  } catch {
    return new Set();
  }
})();
const base = basePath().replace(/\/$/, '');
/** @param {string} s */
const safe = (s) => s.replace(/[^a-z0-9]+/gi, '-');
const variant = [contentDir() === 'content' ? '' : `fixture-${safe(contentDir())}`, base ? `base${safe(base)}` : '']
  .filter(Boolean)
  .join('-');
// A bad REPORT_URL stops the build here, before any page is rendered, with the setting's own message.
reportUrl();

// SITE_URL and BASE_PATH come from the environment so one build works on any static host.
export default defineConfig({
  site: siteUrl(),
  base: basePath(),
  // Pages are built as folders (`/therapies/prp/`) and every link, canonical URL and sitemap entry ends
  // with a slash. 'ignore' (not 'always') only lets `astro preview` serve a hand-typed `/therapies/prp`
  // too, where 'always' answers 404; the built files are byte-identical either way.
  trailingSlash: 'ignore',
  // Builds from a test fixture (CONTENT_DIR) or under a sub-folder (BASE_PATH) keep their own content cache,
  // so they never mix with the main build's, which tests run beside them.
  ...(variant ? { cacheDir: `./node_modules/.astro-${variant}` } : {}),
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Markdown links in content are site paths; this puts BASE_PATH in front of them, as `withBase` does in pages.
  markdown: { processor: satteri({ mdastPlugins: [baseLinks(basePath())] }) },
  // The site is fully static and makes no outside requests; no telemetry-style dev toolbar either.
  devToolbar: { enabled: false },
  prefetch: false,
  // Never inline a script into the HTML, however small: the Content-Security-Policy allows only files.
  vite: {
    build: {
      assetsInlineLimit: 0,
      // One stylesheet for every page (about 7 KB gzip, cached after the first page) instead of up to four
      // render-blocking ones: the estimator's first paint on a slow phone came 0.35 s after a therapy page's
      // (Lighthouse, simulated mobile), and its score sat on the 100 line. So every rule applies site-wide:
      // a tool's styles start with the tool's own class (CONTRIBUTING.md).
      cssCodeSplit: false,
      // pdf.js (the letter reader’s PDF opening, about 490 KB minified) is the one chunk near Vite's 500 KB notice;
      // it loads only when a reader picks a file, so the notice would only be noise in every build.
      chunkSizeWarningLimit: 600,
      rolldownOptions: {
        // Astro marks every MDX module with "use astro:head-inject", which the bundler warns it may drop
        // (36 boxed warnings a build). Astro handles that directive itself; hide only that one warning
        // so real warnings stay visible.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    contentCheck(),
    diagramStyles(),
    mdx(),
    sitemap({
      // Pages that exist in both languages list each other as alternates (`/glossary/` ↔ `/es/glossary/`),
      // as their hreflang links do.
      i18n: { defaultLocale: 'en', locales: { en: 'en-US', es: 'es-US' } },
      // Only indexable pages: never the 404, the search page (no content of its own) or a noindex flow page.
      filter: (page) => {
        const path = new URL(page).pathname;
        return !/\/(404|search)\/?$/.test(path) && !unindexed.has(pageLanguage(path.slice(base.length)).path);
      },
    }),
    pagefind(),
    securityHeaders(),
    notFoundPages(),
  ],
});
