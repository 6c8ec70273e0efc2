/** The site data a flow outcome needs (src/lib/flow/outcome-view.ts), taken from the checked real content. */
import type { Catalog } from '../../src/lib/content/check.ts';
import type { OutcomeData } from '../../src/lib/flow/outcome-view.ts';
import { displayName } from '../../src/lib/format/text.ts';

export const outcomeDataFrom = (catalog: Catalog): OutcomeData => ({
  coverage: catalog.coverage,
  appealPlans: catalog.appeals,
  therapyName: (s) => displayName(catalog.therapies.find((t) => t.slug === s)!),
  payerName: (s) => displayName(catalog.payers.find((p) => p.slug === s)!),
  medicareServices: catalog.medicareRates?.services ?? [],
});
