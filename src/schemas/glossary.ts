/** content/glossary.yaml: plain-language definitions of the terms patients meet on bills and letters. */
import { z } from 'astro/zod';
import { slug } from './common.ts';

export const glossaryTermSchema = z.object({
  /** Anchor id on /glossary/ (`/glossary/#hcpcs`). */
  id: slug,
  /** The term as written on documents: "HCPCS", "Prior authorization". */
  term: z.string().min(2),
  /** One or two plain sentences, our own words, reading grade 8 or lower. */
  definition: z.string().min(20),
  /** Other spellings and expansions a reader may meet or type ("Healthcare Common Procedure Coding System"). */
  aliases: z.array(z.string().min(2)).default([]),
  /** Optional source ids when the definition states a rule (a deadline, a legal test). */
  sources: z.array(slug).default([]),
});

export const glossaryFileSchema = z.array(glossaryTermSchema);

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
