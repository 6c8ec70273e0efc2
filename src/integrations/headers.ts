/** Writes dist/_headers (security headers for hosts that read one) from the same policy as the meta tag. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security/csp.ts';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'regen:headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
