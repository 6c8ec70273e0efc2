/**
 * content/search-words.yaml: phrases readers type that the pages say another way, per language. The
 * search page rewrites them before searching (src/lib/search/spelling.ts), beside its spelling
 * correction, and says so. Only for what spelling correction cannot reach: a word split in two that the
 * pages never join, a nickname, a brand name the pages do not mention, the other language's name.
 */
import { z } from 'astro/zod';

export const searchWordSchema = z.object({
  /** What readers type, each a word or a phrase: "prolo", "gel shots". Matched without case or accents. */
  typed: z.array(z.string().min(2)).min(1),
  /** The words the pages use, which the search runs with instead: "prolotherapy", "hyaluronic acid". */
  means: z.string().min(2),
});

export const searchWordsFileSchema = z.object({
  en: z.array(searchWordSchema).default([]),
  es: z.array(searchWordSchema).default([]),
});

export type SearchWords = z.infer<typeof searchWordsFileSchema>;
