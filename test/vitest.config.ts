// Vitest projects, in the order `npm test` runs them:
//   unit    pure logic (src/lib, schemas) and content checks with bad fixtures; no build needed
//   site    checks over the built dist/ (run after `astro build`)
//   builds  two more builds, compared with dist/ and served under a sub-folder (after `astro build`)
//   e2e     real Chromium through playwright-core against dist/
// and, only when asked for (`npm run a11y:all`, not in npm test):
//   sweep   axe on every URL in the sitemap
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
          testTimeout: 60_000,
          // Pure functions, no mocks and no globals changed: files can share a worker instead of each
          // starting one (about 0.3 s a file).
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          root,
          include: ['test/site/**/*.test.ts'],
          // Its own project (below): `npm test` runs it as a step of its own, beside this one.
          exclude: ['test/site/second-builds.test.ts'],
          testTimeout: 60_000,
          // They only read dist/ (builds of their own go to temporary folders), so files share a worker
          // and with it the parsed pages (test/support/dist.ts keeps them).
          isolate: false,
        },
      },
      {
        test: {
          // Two more builds of the site (determinism, a sub-folder deploy): after `astro build`, like `site`.
          name: 'builds',
          root,
          include: ['test/site/second-builds.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time (`--maxWorkers=2` in package.json), each with its own browser: one file
          // alone left a core idle a quarter of the time (page loads, waits for a script).
        },
      },
      {
        test: {
          name: 'sweep',
          root,
          include: ['test/sweep/**/*.test.ts'],
          testTimeout: 3_600_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
