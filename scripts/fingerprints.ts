// Regenerates scripts/seed-fingerprints.txt from the seed documents, for the copied-text check in a
// clone that has no seeds beside it. Run after a seed document is added or changed.
// Usage: npm run fingerprints   (seeds from $SEEDS_DIR, else ../shared/seeds beside the checkout)
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FINGERPRINTS_FILE, fingerprintFile, readSeeds, seedDir } from './lib/copycheck.ts';

const dir = seedDir(fileURLToPath(new URL('..', import.meta.url)));
if (!existsSync(dir)) {
  console.error(`fingerprints: no seed documents at ${dir}: set SEEDS_DIR to their folder`);
  process.exit(1);
}
const seeds = readSeeds(dir);
if (seeds.length === 0) {
  console.error(`fingerprints: ${dir} holds no .txt seed documents`);
  process.exit(1);
}
const text = fingerprintFile(seeds);
writeFileSync(FINGERPRINTS_FILE, text);
console.log(
  `fingerprints: ${text.split('\n').filter((l) => /^[0-9a-f]/.test(l)).length} runs ` +
    `from ${seeds.length} documents → ${FINGERPRINTS_FILE}`,
);
