/**
 * Bad-content fixtures are small overlays: each folder under test/fixtures/content/bad/ holds only the
 * files that differ from test/fixtures/content/good/. `overlay()` builds the full content folder in a
 * temporary directory.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GOOD = join(ROOT, 'test/fixtures/content/good');
export const BAD = join(ROOT, 'test/fixtures/content/bad');

export const badCases = (): string[] => readdirSync(BAD).sort();

const made: string[] = [];

export function overlay(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `regen-${name}-`));
  made.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  cpSync(join(BAD, name), dir, { recursive: true });
  return dir;
}

/** Removes every folder `overlay()` made (call from afterAll). */
export function removeOverlays(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

const filesUnder = (dir: string, at = ''): string[] =>
  readdirSync(join(dir, at), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, join(at, e.name)) : [join(at, e.name)],
  );

/** An English page whose file name is a slug (a fixture about the name itself keeps it; translations keep theirs). */
const PAGE = /^(therapies|payers|guides)\/[a-z0-9-]+\.mdx$/;

/**
 * One content folder holding many bad fixtures at once, for a test that runs a whole check once (the
 * check:content CLI, a build). A fixture's English page becomes a page of its own named after the fixture
 * (`payers/cigna.mdx` of `mdx-iframe` → `payers/mdx-iframe.mdx`), so fixtures that change the same page sit
 * side by side; any other file keeps its name, and two fixtures may not both change it. Returns the folder
 * and, per fixture, the files it renamed.
 */
export function overlayMany(names: readonly string[]): { dir: string; renamed: Map<string, Map<string, string>> } {
  const dir = mkdtempSync(join(tmpdir(), 'regen-together-'));
  made.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  const owner = new Map<string, string>();
  const renamed = new Map<string, Map<string, string>>();
  for (const name of names) {
    const moves = new Map<string, string>();
    for (const file of filesUnder(join(BAD, name))) {
      const page = PAGE.exec(file);
      const to = page ? `${page[1]}/${name}.mdx` : file;
      if (owner.has(to)) throw new Error(`fixtures ${owner.get(to)} and ${name} both change ${to}`);
      owner.set(to, name);
      if (to !== file) moves.set(file, to);
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      cpSync(join(BAD, name, file), join(dir, to));
    }
    renamed.set(name, moves);
  }
  return { dir, renamed };
}
