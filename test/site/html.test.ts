/**
 * Every built page is valid HTML, by the Nu HTML Checker (vnu-jar, the W3C validator) run over dist/.
 * Rule set: vnu's own, errors only (warnings are advice), with no message filtered out. The check reads
 * the checker's exit status and the list of files it read (so a checker that stops early or reads
 * nothing cannot pass), and first proves on a known-bad page that it reports errors. Needs Java, which
 * .ci/run installs when it is missing.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtHtml } from '../support/dist.ts';

const require = createRequire(import.meta.url);

interface VnuRun {
  status: number | null;
  /** The files vnu read (it names each with --verbose). */
  files: string[];
  errors: string[];
}

/** Runs vnu on files or folders; async, so the test waits without blocking its worker. */
function vnu(targets: string[]): Promise<VnuRun> {
  // vnu-jar exports the jar's path (as a String object).
  const jar = String(require('vnu-jar'));
  const args = [
    '-Xss8m',
    // The quick JIT only: a run of a minute or less spends more CPU compiling with C2 than C2 saves
    // (measured: less than half the CPU time on 200 pages).
    '-XX:TieredStopAtLevel=1',
    '-jar',
    jar,
    '--skip-non-html',
    '--errors-only',
    // Language detection only produces warnings, which --errors-only drops anyway.
    '--no-langdetect',
    '--format',
    'json',
    '--verbose',
    ...targets,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('java', args);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e) =>
      reject(
        new Error(
          `Could not run java for the HTML check (${e.message}): install a Java runtime (Debian: default-jre-headless)`,
        ),
      ),
    );
    child.on('close', (status) => {
      let report: { messages: { type: string; url: string; message: string; lastLine?: number }[] };
      try {
        report = JSON.parse(err);
      } catch {
        return reject(new Error(`vnu exited ${status} without a JSON report: ${err.slice(-800)}`));
      }
      resolve({
        status,
        files: out.split('\n').filter(Boolean),
        errors: report.messages
          .filter((m) => m.type === 'error' || m.type === 'non-document-error')
          .map((m) => `${m.url.replace(/^file:.*?\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`),
      });
    });
  });
}

describe('valid HTML', () => {
  it('the checker reports a broken page and exits non-zero', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regen-vnu-'));
    try {
      writeFileSync(
        join(dir, 'bad.html'),
        '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>x</div></p></body></html>',
      );
      const run = await vnu([dir]);
      expect(run.status).toBe(1);
      expect(run.files).toEqual([join(dir, 'bad.html')]);
      expect(run.errors.join('\n')).toMatch(/No “p” element in scope/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no Nu HTML Checker errors on any page, and reads every page', { timeout: 900_000 }, async () => {
    const pages = builtHtml().map((p) => p.file);
    expect(pages.length).toBeGreaterThan(100);
    // One checker for every page: a second one, on half the pages, started a second JVM and warmed up its compiler
    // again (2 s more CPU), and found no free core anyway, the other test files running on the other one.
    const run = await vnu(pages);
    expect(run.errors.slice(0, 20)).toEqual([]);
    expect(run.status).toBe(0);
    expect([...run.files].sort()).toEqual([...pages].sort());
  });
});
