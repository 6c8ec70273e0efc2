/**
 * Every built page is valid HTML, by the Nu HTML Checker (vnu-jar, the W3C validator) run over dist/.
 * Rule set: vnu's own, errors only (warnings are advice), with no message filtered out. Needs Java,
 * which .ci/run installs when it is missing.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { DIST } from '../support/dist.ts';

const require = createRequire(import.meta.url);

describe('valid HTML', () => {
  it('has no Nu HTML Checker errors on any page', { timeout: 300_000 }, () => {
    // vnu-jar exports the jar's path (as a String object).
    const path = String(require('vnu-jar'));
    const run = spawnSync(
      'java',
      ['-Xss8m', '-jar', path, '--skip-non-html', '--errors-only', '--format', 'json', DIST],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    if (run.error)
      throw new Error(
        `Could not run java for the HTML check (${run.error.message}): install a Java runtime (Debian: default-jre-headless)`,
      );
    const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as {
      messages: { type: string; url: string; message: string; lastLine?: number }[];
    };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url.replace(/^file:.*?\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors.slice(0, 20)).toEqual([]);
  });
});
