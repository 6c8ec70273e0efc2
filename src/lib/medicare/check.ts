/**
 * The rules content/medicare-contractors.yaml must keep beyond its schema: every state and territory
 * listed exactly once, every contractor a state names exists (and serves somewhere), every therapy,
 * source and Medicare indication resolves, and no rule is both placed under a contractor and listed as
 * one we could not place. Pure: the content check (src/lib/content/check.ts) calls it.
 */
import { STATE_CODES, type MedicareContractors } from '../../schemas/medicare-contractor.ts';
import type { Problem } from '../content/problem.ts';

/** The payer slug of Original Medicare: its coverage entries say which uses a decision can be about. */
export const MEDICARE_PAYER = 'medicare';

/** What the rest of the content defines, for cross-references. Omitted when other files are broken. */
export interface MedicareKnown {
  therapies: ReadonlySet<string>;
  /** Source id → the document's number ("L39060"), if it has one. */
  sources: ReadonlyMap<string, string | undefined>;
  /** Therapy → the indications of its Medicare coverage entries (an empty set: entries without one). */
  medicareUses: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Every source the index page lists: how contractors are assigned, who serves where, national and unplaced rules. */
export const indexSources = (m: MedicareContractors): string[] => [
  ...m.sources,
  ...m.contractors.flatMap((c) => c.sources),
  ...m.states.flatMap((s) => s.partBAreas.flatMap((a) => a.sources)),
  ...m.national.flatMap((n) => n.sources),
  ...m.unplaced.flatMap((u) => u.sources),
];

/** Every source the file names: the index page's and every state page's (each rule's own). */
export const medicareSources = (m: MedicareContractors): string[] => [
  ...indexSources(m),
  ...m.contractors.flatMap((c) => c.decisions.flatMap((d) => d.sources)),
];

export function checkMedicareContractors(m: MedicareContractors, file: string, known?: MedicareKnown): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, value: unknown, message: string) => problems.push({ file, field, value, message });

  // Contractors: unique ids, each serving at least one place.
  const contractors = new Set<string>();
  m.contractors.forEach((c, i) => {
    if (contractors.has(c.id)) add(`contractors[${i}].id`, c.id, 'is used twice');
    contractors.add(c.id);
  });
  const serving = new Set(m.states.flatMap((s) => [s.contractor, ...s.partBAreas.map((a) => a.contractor)]));
  m.contractors.forEach((c, i) => {
    if (!serving.has(c.id)) add(`contractors[${i}].id`, c.id, 'serves no state: name it in states');
  });

  // States: each code once, every contractor named exists.
  const seen = new Map<string, number>();
  m.states.forEach((s, i) => {
    if (seen.has(s.code)) add(`states[${i}].code`, s.code, `is listed twice (first at states[${seen.get(s.code)}])`);
    else seen.set(s.code, i);
    if (!contractors.has(s.contractor)) add(`states[${i}].contractor`, s.contractor, 'names an unknown contractor');
    s.partBAreas.forEach((a, j) => {
      const at = `states[${i}].partBAreas[${j}].contractor`;
      if (!contractors.has(a.contractor)) add(at, a.contractor, 'names an unknown contractor');
      else if (a.contractor === s.contractor) add(at, a.contractor, "is the state's own contractor");
    });
  });
  for (const code of STATE_CODES) if (!seen.has(code)) add('states', code, 'has no row for this state or territory');

  // One row per therapy and use within a contractor, so a page never shows two answers for one question.
  m.contractors.forEach((c, i) => {
    const rows = new Set<string>();
    c.decisions.forEach((d, j) => {
      const key = `${d.therapy}/${d.indication ?? ''}`;
      if (rows.has(key)) add(`contractors[${i}].decisions[${j}]`, key, 'repeats a therapy and use of this contractor');
      rows.add(key);
    });
  });

  // A rule is either someone's or one we could not place, never both.
  const placed = new Set(m.contractors.flatMap((c) => c.decisions.flatMap((d) => d.lcd ?? [])));
  m.unplaced.forEach((u, i) => {
    if (placed.has(u.lcd)) add(`unplaced[${i}].lcd`, u.lcd, 'is also a contractor decision: keep it in one place');
  });

  if (known) problems.push(...references(m, file, known));
  return problems;
}

function references(m: MedicareContractors, file: string, known: MedicareKnown): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, value: unknown, message: string) => problems.push({ file, field, value, message });
  const sources = (field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!known.sources.has(id)) add(`${field}[${i}]`, id, 'names an unknown source');
    });
  // A row is about a therapy's use as Medicare's own coverage entries split it, so pages can link there.
  const therapyAndUse = (at: string, row: { therapy: string; indication?: string | undefined }): void => {
    const uses = known.medicareUses.get(row.therapy);
    if (!known.therapies.has(row.therapy)) add(`${at}.therapy`, row.therapy, 'names an unknown therapy');
    else if (!uses) add(`${at}.therapy`, row.therapy, `has no entry in content/coverage/${MEDICARE_PAYER}.yaml`);
    else if (row.indication !== undefined && !uses.has(row.indication))
      add(
        `${at}.indication`,
        row.indication,
        `is not an indication of this therapy's ${MEDICARE_PAYER} coverage entries`,
      );
    else if (row.indication === undefined && uses.size > 0)
      add(`${at}.indication`, undefined, `is required: the ${MEDICARE_PAYER} entries split this therapy by use`);
  };

  // Pages link a rule's number to the row's first source: it must be that document.
  const firstIsRule = (at: string, number: string | undefined, ids: readonly string[]) => {
    const first = ids[0];
    if (number && first && known.sources.has(first) && known.sources.get(first) !== number)
      add(`${at}.sources[0]`, first, `must be the rule itself (a source numbered ${number})`);
  };

  sources('sources', m.sources);
  m.contractors.forEach((c, i) => {
    sources(`contractors[${i}].sources`, c.sources);
    c.decisions.forEach((d, j) => {
      const at = `contractors[${i}].decisions[${j}]`;
      therapyAndUse(at, d);
      sources(`${at}.sources`, d.sources);
      firstIsRule(at, d.lcd ?? d.article, d.sources);
    });
  });
  m.states.forEach((s, i) =>
    s.partBAreas.forEach((a, j) => sources(`states[${i}].partBAreas[${j}].sources`, a.sources)),
  );
  m.national.forEach((n, i) => {
    therapyAndUse(`national[${i}]`, n);
    sources(`national[${i}].sources`, n.sources);
  });
  m.unplaced.forEach((u, i) => {
    if (!known.therapies.has(u.therapy)) add(`unplaced[${i}].therapy`, u.therapy, 'names an unknown therapy');
    sources(`unplaced[${i}].sources`, u.sources);
    firstIsRule(`unplaced[${i}]`, u.lcd, u.sources);
  });
  return problems;
}
