/**
 * `npm run translations`: every translation in content/<lang>/, with the English file it translates and
 * whether it is up to date (the version it records against the version of the English words now).
 * `npm run translations -- --stamp content/es/glossary.yaml`: once a translation has been brought up to
 * date with its English, records the English version it now translates (and today as `reviewed`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { siteCatalog } from '../src/lib/content/load.ts';
import { coverageWords, flowWords, pageWords, therapyWords } from '../src/lib/i18n/check.ts';
import { MDX_KINDS } from '../src/lib/content/check.ts';
import { wordsVersion } from '../src/lib/i18n/version.ts';
import { CONTENT_FILES } from '../src/lib/content/read.ts';
import { WHOLE_FILE_TRANSLATIONS } from '../src/lib/content/translations.ts';

const { catalog } = siteCatalog();
const { es } = catalog;
const translations: { file: string; translates: { file: string; version: string }; current: string }[] = [];
// Each whole-file translation, with the English words it covers now (src/lib/content/translations.ts).
for (const t of WHOLE_FILE_TRANSLATIONS) {
  const translation = es[t.key];
  const english = catalog[t.english];
  if (translation && english)
    translations.push({
      file: `content/es/${CONTENT_FILES[t.english]}`,
      translates: translation.translates,
      current: wordsVersion(t.words(english, translation)),
    });
}
for (const kind of MDX_KINDS)
  for (const t of es.pages[kind]) {
    const english = catalog[kind].find((p) => p.slug === t.slug);
    if (!english) continue;
    // A therapy translation also covers the therapy's own fields (src/lib/i18n/check.ts therapyFields).
    const own = kind === 'therapies' ? therapyWords(catalog.therapies.find((p) => p.slug === t.slug)!) : [];
    translations.push({
      file: t.file,
      translates: t.translates,
      current: wordsVersion([...pageWords(english), ...own]),
    });
  }
for (const t of es.coverage)
  translations.push({
    file: t.file,
    translates: t.translates,
    current: wordsVersion(coverageWords(catalog.coverage.filter((c) => c.payer === t.payer))),
  });

for (const t of es.flows) {
  const english = catalog.flows.find((f) => f.id === t.id);
  if (english) translations.push({ file: t.file, translates: t.translates, current: wordsVersion(flowWords(english)) });
}

const stamp = process.argv.indexOf('--stamp');
if (stamp !== -1) {
  const file = process.argv[stamp + 1];
  const t = translations.find((x) => x.file === file);
  if (!t) {
    const known = translations.map((x) => x.file).join(', ');
    console.error(`translations: ${file ?? '(no file)'} is not a translation; one of: ${known}`);
    process.exit(1);
  }
  const today = new Date().toISOString().slice(0, 10);
  const text = readFileSync(t.file, 'utf8')
    .replace(/^(  version: ).*$/m, `$1${t.current}`)
    .replace(/^reviewed: .*$/m, `reviewed: ${today}`);
  writeFileSync(t.file, text);
  console.log(`translations: ${t.file} now translates version ${t.current} of ${t.translates.file}, reviewed ${today}`);
} else {
  for (const t of translations) {
    const state =
      t.translates.version === t.current
        ? 'up to date'
        : `STALE (records ${t.translates.version}, English is ${t.current})`;
    console.log(`${t.file} → ${t.translates.file}: ${state}`);
  }
}
