/**
 * The version of the English words a translation covers: the first 12 hex digits of the SHA-256 of
 * those words, as JSON. Only words count (not comments, order of keys or facts the translation does not
 * carry), so an English edit marks a translation stale exactly when there is something to translate.
 */
import { createHash } from 'node:crypto';

export const wordsVersion = (words: unknown): string =>
  createHash('sha256').update(JSON.stringify(words)).digest('hex').slice(0, 12);
