/**
 * Bad-content fixtures are small overlays: each folder under test/fixtures/content/bad/ holds only the
 * files that differ from test/fixtures/content/good/. `overlay()` builds the full content folder in a
 * temporary directory.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
