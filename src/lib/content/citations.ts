/**
 * Which pages cite each source: pages (frontmatter sources, policies, codes, exceptions, FDA status and
 * <Cite> in the body), coverage pages (entry sources and policy), and price and glossary rows (shown on
 * their therapy page and the glossary).
 */
import type { Coverage } from '../../schemas/coverage.ts';
import type { CostRow } from '../../schemas/cost.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Guide } from '../../schemas/guide.ts';
import type { Payer } from '../../schemas/payer.ts';
import type { Therapy } from '../../schemas/therapy.ts';
import type { Page } from './check.ts';
import { sitePaths } from '../paths.ts';
import { coverageQuestion } from '../coverage/page.ts';
import { therapiesShowing } from '../costs/evidence.ts';

/** The fields of a therapy, payer or guide page that name sources. */
type CitingPage = Pick<Page<Therapy | Payer | Guide>, 'slug' | 'title' | 'sources'> &
  Partial<Pick<Page<Therapy>, 'fdaStatus' | 'codes' | 'coveredExceptions'> & Pick<Page<Payer>, 'policies'>>;

export interface Citing {
  path: string;
  title: string;
}

export function citingPages(input: {
  therapies: readonly CitingPage[];
  payers: readonly CitingPage[];
  guides: readonly CitingPage[];
  coverage: readonly Coverage[];
  costs: readonly CostRow[];
  glossary: readonly GlossaryTerm[];
  /** Sources the cost estimator shows beyond the price rows (Original Medicare's rates). */
  estimatorSources?: readonly string[];
  therapyTitle: (slug: string) => string;
  payerTitle: (slug: string) => string;
}): Map<string, Citing[]> {
  const out = new Map<string, Citing[]>();
  const add = (ids: readonly string[], page: Citing) => {
    for (const id of new Set(ids)) {
      const list = out.get(id) ?? [];
      if (!list.some((c) => c.path === page.path)) list.push(page);
      out.set(id, list);
    }
  };
  const pageIds = (p: CitingPage) => [
    ...p.sources,
    ...(p.policies ?? []),
    ...(p.fdaStatus?.sources ?? []),
    ...(p.codes ?? []).flatMap((c) => c.sources),
    ...(p.coveredExceptions ?? []).flatMap((c) => c.sources),
  ];
  for (const [folder, list] of [
    ['therapies', input.therapies],
    ['payers', input.payers],
    ['guides', input.guides],
  ] as const) {
    for (const p of list) add(pageIds(p), { path: `/${folder}/${p.slug}/`, title: p.title });
  }
  for (const c of input.costs) {
    for (const t of therapiesShowing(c.therapy))
      add(c.sources, { path: `/therapies/${t}/`, title: input.therapyTitle(t) });
    add(c.sources, { path: '/estimate/', title: 'Cost estimator' });
  }
  add(input.estimatorSources ?? [], { path: '/estimate/', title: 'Cost estimator' });
  for (const e of input.coverage) {
    add([...(e.policy ? [e.policy] : []), ...e.sources], {
      path: sitePaths.coverage(e.therapy, e.payer),
      title: coverageQuestion(input.payerTitle(e.payer), input.therapyTitle(e.therapy)),
    });
  }
  for (const g of input.glossary) add(g.sources, { path: '/glossary/', title: 'Glossary' });
  return out;
}
