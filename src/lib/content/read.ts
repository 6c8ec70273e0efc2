/**
 * Reads the content folder into plain objects, remembering which file each came from, so that checks
 * can name the file in their messages. No validation happens here.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

/** A parsed file: its path (relative to the project root, for messages), data, and MDX body if any. */
export interface RawFile {
  file: string;
  /** Absolute path, for tools that open the file (Astro renders MDX from it). */
  path: string;
  data: unknown;
  body?: string;
  /** For MDX pages: the slug, from the file name. */
  slug?: string;
}

/** Everything in a content folder, unvalidated. */
export interface RawContent {
  therapies: RawFile[];
  payers: RawFile[];
  guides: RawFile[];
  coverage: RawFile[];
  sources: RawFile | undefined;
  glossary: RawFile | undefined;
  costs: RawFile | undefined;
  /** content/appeal-deadlines.yaml: appeal steps and time limits by kind of plan. */
  appeals: RawFile | undefined;
  /** content/plan-groups.yaml: the kinds of plan therapy pages summarise, and what to ask for. */
  planGroups: RawFile | undefined;
  /** content/denial-codes.yaml: the claim codes and plan signs the letter reader explains. */
  denialCodes: RawFile | undefined;
  /** content/medicare-contractors.yaml: Original Medicare's contractors and local rules, state by state. */
  medicare: RawFile | undefined;
  /** content/changes.yaml: the record of coverage changes (optional). */
  changes: RawFile | undefined;
  /** content/flows/*.yaml: decision flows, one per file; the file name is the flow id. */
  flows: RawFile[];
  /** Files that could not be parsed at all, with the parser's message. */
  unreadable: { file: string; message: string }[];
}

/** Splits `---\nfrontmatter\n---\nbody`. Returns undefined when the file has no frontmatter block. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { frontmatter: m[1] ?? '', body: m[2] ?? '' } : undefined;
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads `contentDir`. `root` is only used to make the file names in messages short. */
export function readContent(contentDir: string, root = process.cwd()): RawContent {
  const unreadable: RawContent['unreadable'] = [];
  const rel = (p: string) => relative(root, p) || p;

  const readYaml = (path: string): RawFile | undefined => {
    if (!existsSync(path)) return undefined;
    try {
      return { file: rel(path), path: resolve(path), data: parse(readFileSync(path, 'utf8')) };
    } catch (e) {
      unreadable.push({ file: rel(path), message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };

  const readMdxDir = (dir: string): RawFile[] =>
    listFiles(dir, '.mdx').flatMap((path) => {
      const split = splitFrontmatter(readFileSync(path, 'utf8'));
      const slug = path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);
      if (!split) {
        unreadable.push({ file: rel(path), message: 'has no frontmatter block (--- ... ---) at the top' });
        return [];
      }
      try {
        return [{ file: rel(path), path: resolve(path), data: parse(split.frontmatter) ?? {}, body: split.body, slug }];
      } catch (e) {
        unreadable.push({
          file: rel(path),
          message: `has frontmatter that is not valid YAML: ${(e as Error).message.split('\n')[0]}`,
        });
        return [];
      }
    });

  return {
    therapies: readMdxDir(join(contentDir, 'therapies')),
    payers: readMdxDir(join(contentDir, 'payers')),
    guides: readMdxDir(join(contentDir, 'guides')),
    coverage: listFiles(join(contentDir, 'coverage'), '.yaml').flatMap((p) => readYaml(p) ?? []),
    sources: readYaml(join(contentDir, 'sources.yaml')),
    glossary: readYaml(join(contentDir, 'glossary.yaml')),
    costs: readYaml(join(contentDir, 'costs.yaml')),
    appeals: readYaml(join(contentDir, 'appeal-deadlines.yaml')),
    planGroups: readYaml(join(contentDir, 'plan-groups.yaml')),
    denialCodes: readYaml(join(contentDir, 'denial-codes.yaml')),
    medicare: readYaml(join(contentDir, 'medicare-contractors.yaml')),
    changes: readYaml(join(contentDir, 'changes.yaml')),
    flows: listFiles(join(contentDir, 'flows'), '.yaml').flatMap((p) => {
      const f = readYaml(p);
      return f ? [{ ...f, slug: p.slice(p.lastIndexOf('/') + 1, -'.yaml'.length) }] : [];
    }),
    unreadable,
  };
}
