/**
 * What the letter reader's page hands its script: the code data, each therapy's billing codes and the
 * sources the site uses as coverage policies (a coverage entry's policy, a payer's named policies, a
 * Medicare contractor's local rules and the national rules). Built at build time from the checked content, with
 * the code meanings in the page's language (pass the catalog's `denialCodes` localized: data.denialCodesIn).
 */
import type { Catalog } from '../content/check.ts';
import type { ReaderData } from './reader.ts';
import { isIndependent, type ReaderPlan } from './reader-view.ts';
import type { AppealPlan } from '../../schemas/appeal.ts';
import { endedLabel } from '../format/source-status.ts';
import { citeLabels } from '../format/cite.ts';
import type { Lang } from '../../schemas/language.ts';

export function readerData(
  c: Pick<Catalog, 'therapies' | 'payers' | 'sources'> & {
    coverage: readonly { policy?: string | undefined }[];
    medicare?: Catalog['medicare'] | undefined;
    denialCodes?: Catalog['denialCodes'] | undefined;
  },
  /** The page's language: policies' status labels are in it. */
  lang: Lang = 'en',
  /** A therapy's title in the page's language, where it has one that differs from the English. */
  nameOf: (slug: string) => string | undefined = () => undefined,
): ReaderData {
  if (!c.denialCodes) throw new Error('content/denial-codes.yaml is missing: the letter reader needs it');
  const { groups, carc, rarc, planSigns } = c.denialCodes;
  const ids = new Set<string>([
    ...c.coverage.flatMap((e) => (e.policy ? [e.policy] : [])),
    ...c.payers.flatMap((p) => p.policies),
    ...(c.medicare
      ? [
          ...c.medicare.contractors.flatMap((k) => k.decisions.flatMap((d) => d.sources)),
          ...c.medicare.national.flatMap((n) => n.sources),
        ]
      : []),
  ]);
  const numbers = new Set<string>();
  const labels = citeLabels(c.sources);
  const policies = c.sources.flatMap((s) => {
    // Two sources may carry one number (two copies of a form); the reader names the first.
    if (!ids.has(s.id) || !s.number || numbers.has(s.number)) return [];
    numbers.add(s.number);
    const status = endedLabel(s, (id) => labels.get(id) ?? id, lang);
    return [{ id: s.id, number: s.number, title: s.title, ...(status ? { status } : {}) }];
  });
  return {
    codes: { groups, carc, rarc, planSigns },
    therapies: c.therapies
      .filter((t) => t.codes.length > 0)
      .map((t) => {
        const name = nameOf(t.slug);
        return {
          slug: t.slug,
          title: t.title,
          ...(name && name !== t.title ? { name } : {}),
          codes: t.codes.map((k) => k.code),
        };
      }),
    policies,
  };
}

/**
 * Each kind of plan's steps as the reader's result needs them, in the page's language (`plans`, from
 * data.appealPlansIn), each step marked `independent` when its English `decides` names someone outside the
 * plan: the result says whether an outside review is open from it.
 */
export function readerPlans(plans: readonly AppealPlan[], english: readonly AppealPlan[]): ReaderPlan[] {
  return plans.map((p) => {
    const en = english.find((x) => x.planType === p.planType);
    return {
      planType: p.planType,
      label: p.label,
      levels: p.levels.map(({ id, name, decides, deadline }) => {
        const independent = isIndependent(en?.levels.find((l) => l.id === id)?.decides ?? decides);
        return { id, name, decides, deadline, ...(independent ? { independent } : {}) };
      }),
    };
  });
}
