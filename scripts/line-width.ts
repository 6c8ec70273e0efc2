/**
 * No line of code runs past the formatter's width (issue #12). Prettier wraps code but leaves long
 * strings and comments alone; this check catches those. It reads every tracked TypeScript, Astro, CSS
 * and JavaScript file under src/, test/, scripts/ and the config files, and fails listing each line
 * longer than Prettier's printWidth. Two kinds of long line are left alone, because wrapping them would
 * only make them harder to read and to search for: a web address (a line is measured without its URLs),
 * and a line that is nothing but one plain string (a sentence readers see, as an attribute such as
 * `description="…"` or a list item), with no code or substitution in it. Content (MDX, YAML) is prose and
 * is not checked here.
 *
 *   node scripts/line-width.ts        (part of `npm run format:check`)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIDTH = (JSON.parse(readFileSync(join(ROOT, '.prettierrc.json'), 'utf8')) as { printWidth: number }).printWidth;
const CODE = /\.(ts|mts|astro|css|mjs|js)$/;

/** A line holding one plain string and nothing else: `"…",`, `'…'`, `` `…` `` (no `${}`), `name="…"`. */
const PLAIN_STRING = /^\s*(?:[\w-]+=)?(?:"[^"]*"|'[^']*'|`[^`$]*`)\s*[,;)\]}]*\s*(?:\/?>)?$/;

/** Lines longer than `width` once URLs are taken out, except plain strings, as "file:line (length)". */
export function longLines(file: string, text: string, width = WIDTH): string[] {
  return text.split('\n').flatMap((line, i) => {
    const measured = line.replace(/https?:\/\/\S+/g, '').length;
    return measured > width && !PLAIN_STRING.test(line) ? [`${file}:${i + 1} (${line.length} characters)`] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = execFileSync('git', ['ls-files', 'src', 'test', 'scripts', '*.mjs', '*.ts'], { cwd: ROOT })
    .toString()
    .split('\n')
    .filter((f) => CODE.test(f) && !f.startsWith('test/fixtures/'));
  const long = files.flatMap((f) => longLines(f, readFileSync(join(ROOT, f), 'utf8')));
  if (long.length > 0) {
    console.error(`${long.length} lines are longer than ${WIDTH} characters: wrap the string or comment.`);
    for (const l of long) console.error(`  ${l}`);
    process.exit(1);
  }
  console.log(`line-width: ok (${files.length} files, none over ${WIDTH} characters)`);
}
