/**
 * Content collections, loaded from the top-level content/ folder (not src/content): facts live in one
 * place that writers can find. Schemas come from src/schemas; cross-references are checked before the
 * build starts by the content-check integration (src/integrations/content-check.ts).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parse } from 'yaml';
import { appealPlan } from './schemas/appeal.ts';
import { coverageEntrySchema, coverageFileSchema } from './schemas/coverage.ts';
import { costRowSchema } from './schemas/cost.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { guideSchema } from './schemas/guide.ts';
import { payerSchema } from './schemas/payer.ts';
import { sourceSchema } from './schemas/source.ts';
import { slug } from './schemas/common.ts';
import { therapySchema } from './schemas/therapy.ts';
import { flowSchema } from './schemas/flow.ts';
import { contentDir } from './lib/content/paths.ts';
import { coverageId } from './lib/coverage/query.ts';

const dir = contentDir();
// Loaders resolve relative paths from the project root; CONTENT_DIR may also be absolute (tests).
const at = (path: string) => (isAbsolute(dir) ? join(dir, path) : `./${join(dir, path)}`);
const mdx = (folder: string) => glob({ pattern: '*.mdx', base: at(folder) });

/** One entry per coverage row across content/coverage/*.yaml, with the file's payer attached. */
const coverageLoader = {
  name: 'coverage-files',
  load: async ({ store, parseData }: import('astro/loaders').LoaderContext) => {
    store.clear();
    const folder = join(dir, 'coverage');
    for (const name of readdirSync(folder)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      const parsed = coverageFileSchema.parse(parse(readFileSync(join(folder, name), 'utf8')));
      for (const entry of parsed.entries) {
        const data = { ...entry, payer: parsed.payer };
        const id = coverageId(data);
        const filePath = relative(process.cwd(), join(folder, name));
        // Astro wants paths inside the project; fixture folders elsewhere simply go without one.
        store.set({ id, data: await parseData({ id, data }), ...(filePath.startsWith('..') ? {} : { filePath }) });
      }
    }
  },
};

export const collections = {
  therapies: defineCollection({ loader: mdx('therapies'), schema: therapySchema }),
  payers: defineCollection({ loader: mdx('payers'), schema: payerSchema }),
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema }),
  coverage: defineCollection({ loader: coverageLoader, schema: coverageEntrySchema.extend({ payer: slug }) }),
  sources: defineCollection({ loader: file(at('sources.yaml')), schema: sourceSchema }),
  glossary: defineCollection({ loader: file(at('glossary.yaml')), schema: glossaryTermSchema }),
  costs: defineCollection({ loader: file(at('costs.yaml')), schema: costRowSchema }),
  // One decision flow per file; the file name is the flow id (and its address, /check/<id>/).
  flows: defineCollection({ loader: glob({ pattern: '*.yaml', base: at('flows') }), schema: flowSchema }),
  // Keyed by plan type; a content folder without the file (a test fixture) simply has no appeal rules.
  appeals: defineCollection({
    loader: file(at('appeal-deadlines.yaml'), {
      parser: (text) => (parse(text) as { planType: string }[]).map((p) => ({ id: p.planType, ...p })),
    }),
    schema: appealPlan,
  }),
};
