// Size report of the built site (run after `npm run build`): page count, what a therapy page ships
// (HTML, CSS and JavaScript loaded on arrival, raw and gzip) and the Pagefind index size.
// Usage: npm run report [-- /therapies/prp/]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight } from './lib/weight.ts';

const dist = 'dist';
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const files = walk(dist);
const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith(join(dist, 'pagefind')));
const read = (sitePath: string) =>
  readFileSync(join(dist, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath));
const path = process.argv[2] ?? '/therapies/prp/';
const w = pageWeight(path, read);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const index = files.filter((f) => f.startsWith(join(dist, 'pagefind'))).reduce((n, f) => n + statSync(f).size, 0);
console.log(`pages: ${pages.length} HTML files`);
for (const [name, x] of Object.entries(w))
  console.log(
    `${path} ${name}: ${kb(x.raw)} raw, ${kb(x.gzip)} gzip (${x.files.length} file${x.files.length === 1 ? '' : 's'})`,
  );
console.log(`${path} total gzip: ${kb(w.html.gzip + w.css.gzip + w.js.gzip)}`);
console.log(
  `pagefind index: ${kb(index)} on disk in ${files.filter((f) => f.startsWith(join(dist, 'pagefind'))).length} files`,
);
