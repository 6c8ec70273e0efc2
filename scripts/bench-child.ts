// One `astro build`, run by scripts/bench.ts as a child process so that its memory can be measured on its
// own: the kernel's peak-RSS figure for this process (process.resourceUsage().maxRSS) is exact, not
// sampled, and covers Astro, Vite and the content layer. Pagefind's indexer is a separate native process
// that the Pagefind integration spawns; bench.ts samples that one from /proc.
// Usage (normally only from bench.ts): node scripts/bench-child.ts <outDir>   (CONTENT_DIR in the env)
import { build } from 'astro';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node scripts/bench-child.ts <outDir>');

const started = performance.now();
// The same as `astro build --outDir <outDir>`: the project's astro.config.mjs with every integration.
await build({ root: process.cwd(), outDir });
const buildMs = performance.now() - started;

// One marked line the parent parses; maxRSS is in KiB.
console.log(`BENCH-CHILD ${JSON.stringify({ buildMs, maxRssKiB: process.resourceUsage().maxRSS })}`);
// Exit explicitly: a build leaves no work behind, and a lingering handle would only inflate the wall time.
process.exit(0);
