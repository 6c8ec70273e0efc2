/**
 * Reads the content folder into plain objects, remembering which file each came from, so that checks
 * can name the file in their messages. No validation happens here.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { LOCK_FILE } from '../changes/lock.ts';
import { WHOLE_FILE_TRANSLATIONS, type WholeFileKey } from './translations.ts';

/** A parsed file: its path (relative to the project root, for messages), data, and MDX body if any. */
export interface RawFile {
  file: string;
  /** Absolute path, for tools that open the file (Astro renders MDX from it). */
  path: string;
  data: unknown;
  body?: string;
  /** For MDX pages: the line of the file the body starts on, so body problems name file lines. */
  bodyLine?: number;
  /** For MDX pages: the slug, from the file name. */
  slug?: string;
}

/**
 * The data files of a content folder, one each, by the key RawContent and the catalog know them by: a file
 * that is absent is `undefined` (the check says which ones must exist).
 */
export const CONTENT_FILES = {
  sources: 'sources.yaml',
  glossary: 'glossary.yaml',
  costs: 'costs.yaml',
  medicareRates: 'medicare-rates.yaml',
  /** Appeal steps and time limits by kind of plan. */
  appeals: 'appeal-deadlines.yaml',
  /** The kinds of plan therapy pages summarise, and what to ask for. */
  planGroups: 'plan-groups.yaml',
  /** The claim codes and plan signs the letter reader explains. */
  denialCodes: 'denial-codes.yaml',
  /** Original Medicare's contractors and local rules, state by state. */
  medicare: 'medicare-contractors.yaml',
  /** Who can help after a denial, state by state. */
  stateHelp: 'state-help.yaml',
  /** The record of coverage changes (optional). */
  changes: 'changes.yaml',
  /**
   * Every coverage entry's status as last recorded, written by `npm run coverage:lock` (JSON, which the YAML
   * parser reads). Optional here so fixtures need none; the content test requires it in the real content.
   */
  coverageLock: LOCK_FILE,
  /** Phrases readers type that the pages say another way (optional). */
  searchWords: 'search-words.yaml',
} as const;

/** Files by key: each one read, or undefined when it is absent or unreadable. */
type Files<K extends string> = { [P in K]: RawFile | undefined };

/** Everything in a content folder, unvalidated. */
export type RawContent = Files<keyof typeof CONTENT_FILES> & {
  therapies: RawFile[];
  payers: RawFile[];
  guides: RawFile[];
  coverage: RawFile[];
  /**
   * content/es/: the Spanish translations (the whole-file translations of src/lib/content/translations.ts, and
   * the therapy, payer and guide pages, coverage entries and decision flows) and the fixed glossary of insurance
   * words.
   */
  es: Files<WholeFileKey> & {
    terms: RawFile | undefined;
    therapies: RawFile[];
    payers: RawFile[];
    guides: RawFile[];
    /** content/es/coverage/<payer>.yaml: the words of each payer file's coverage entries. */
    coverage: RawFile[];
    /** content/es/flows/<id>.yaml: the words of each decision flow; the file name is the flow id. */
    flows: RawFile[];
  };
  /** content/flows/*.yaml: decision flows, one per file; the file name is the flow id. */
  flows: RawFile[];
  /** Files that could not be parsed at all, with the parser's message. */
  unreadable: { file: string; message: string }[];
};

/** The largest content file read: the longest page today is about 40 KB, so 1 MB is a mistake, not a page. */
export const MAX_FILE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a content file as UTF-8, or says why not: a file saved as Latin-1 or Windows-1252 would
 * otherwise become U+FFFD characters on published pages.
 */
export function decodeContent(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // Find the first line that does not decode, so the author knows where to look.
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
      try {
        utf8.decode(slice);
      } catch {
        return { error: `is not UTF-8 text: line ${line} has bytes that are not UTF-8 (save the file as UTF-8)` };
      }
      if (end === -1) return { error: 'is not UTF-8 text (save the file as UTF-8)' };
      start = end + 1;
    }
  }
}

/** Splits `---\nfrontmatter\n---\nbody`. Returns undefined when the file has no frontmatter block. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { frontmatter: m[1] ?? '', body: m[2] ?? '' } : undefined;
}

/** The files in `dir` ending in `ext`; `other` hears of every other file (not hidden ones such as .DS_Store). */
function listFiles(dir: string, ext: string, other: (path: string) => void): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).sort();
  for (const f of names) if (!f.endsWith(ext) && !f.startsWith('.')) other(join(dir, f));
  return names.filter((f) => f.endsWith(ext)).map((f) => join(dir, f));
}

/** Reads `contentDir`. `root` is only used to make the file names in messages short. */
export function readContent(contentDir: string, root = process.cwd()): RawContent {
  const unreadable: RawContent['unreadable'] = [];
  const rel = (p: string) => relative(root, p) || p;
  /** Files of a folder of pages, flows or coverage: one saved as .md, .MDX or .yml would vanish without a word. */
  const list = (dir: string, ext: string) =>
    listFiles(dir, ext, (path) =>
      unreadable.push({ file: rel(path), message: `is not read: the files in this folder must end in ${ext}` }),
    );

  /** The file's text, or undefined (with the reason in `unreadable`) when it is too big or not UTF-8. */
  const readText = (path: string): string | undefined => {
    // Refuse a huge file before reading it into memory.
    const size = statSync(path).size;
    const decoded =
      size > MAX_FILE_BYTES
        ? { error: `is ${size} bytes; a content file may be at most ${MAX_FILE_BYTES} bytes (1 MB)` }
        : decodeContent(readFileSync(path));
    if ('text' in decoded) return decoded.text;
    unreadable.push({ file: rel(path), message: decoded.error });
    return undefined;
  };

  const readYaml = (path: string): RawFile | undefined => {
    if (!existsSync(path)) return undefined;
    const text = readText(path);
    if (text === undefined) return undefined;
    try {
      return { file: rel(path), path: resolve(path), data: parse(text) };
    } catch (e) {
      unreadable.push({ file: rel(path), message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };

  /** Each file of `files` (key and file name in the content folder), by its key; an absent file is undefined. */
  const readEach = <K extends string>(files: (readonly [K, string])[]) =>
    Object.fromEntries(files.map(([key, name]) => [key, readYaml(join(contentDir, name))])) as Files<K>;

  const readMdxDir = (dir: string): RawFile[] =>
    list(dir, '.mdx').flatMap((path) => {
      const text = readText(path);
      if (text === undefined) return [];
      const split = splitFrontmatter(text);
      const slug = path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);
      if (!split) {
        unreadable.push({ file: rel(path), message: 'has no frontmatter block (--- ... ---) at the top' });
        return [];
      }
      try {
        // The body starts after the opening ---, the frontmatter lines and the closing ---.
        const bodyLine = split.frontmatter.split('\n').length + 3;
        const data = parse(split.frontmatter) ?? {};
        return [{ file: rel(path), path: resolve(path), data, body: split.body, bodyLine, slug }];
      } catch (e) {
        unreadable.push({
          file: rel(path),
          message: `has frontmatter that is not valid YAML: ${(e as Error).message.split('\n')[0]}`,
        });
        return [];
      }
    });

  /** A folder of flows (or their translations), each with its id, the file name, as `slug`. */
  const readFlows = (dir: string): RawFile[] =>
    list(dir, '.yaml').flatMap((p) => {
      const f = readYaml(p);
      return f ? [{ ...f, slug: p.slice(p.lastIndexOf('/') + 1, -'.yaml'.length) }] : [];
    });

  return {
    therapies: readMdxDir(join(contentDir, 'therapies')),
    payers: readMdxDir(join(contentDir, 'payers')),
    guides: readMdxDir(join(contentDir, 'guides')),
    coverage: list(join(contentDir, 'coverage'), '.yaml').flatMap((p) => readYaml(p) ?? []),
    ...readEach(Object.entries(CONTENT_FILES) as [keyof typeof CONTENT_FILES, string][]),
    es: {
      terms: readYaml(join(contentDir, 'es/terms.yaml')),
      ...readEach(WHOLE_FILE_TRANSLATIONS.map((t) => [t.key, `es/${CONTENT_FILES[t.english]}`] as const)),
      therapies: readMdxDir(join(contentDir, 'es/therapies')),
      payers: readMdxDir(join(contentDir, 'es/payers')),
      guides: readMdxDir(join(contentDir, 'es/guides')),
      coverage: list(join(contentDir, 'es/coverage'), '.yaml').flatMap((p) => readYaml(p) ?? []),
      flows: readFlows(join(contentDir, 'es/flows')),
    },
    flows: readFlows(join(contentDir, 'flows')),
    unreadable,
  };
}
