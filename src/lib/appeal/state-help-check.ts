/**
 * The rules content/state-help.yaml must keep beyond its schema: every state and territory listed exactly
 * once, each with one row for every kind of office; every kind described once; both national offices
 * present once; at most one note per kind of plan; every source named exists. Pure: the content check
 * (src/lib/content/check.ts) calls it. Dates (`checked`, never in the future) go through the content
 * check's date rules with every other date.
 */
import { STATE_CODES } from '../../schemas/medicare-contractor.ts';
import { HELP_KINDS, NATIONAL_HELP_KINDS, STATE_HELP_KINDS, type StateHelp } from '../../schemas/state-help.ts';
import type { Problem } from '../content/problem.ts';
import type { DateField } from '../content/dates.ts';

/** Lists each value of `wanted` missing from `rows`, and each repeated one, as problems at `field`. */
function onceEach(
  rows: readonly string[],
  wanted: readonly string[],
  at: (i: number) => string,
  field: string,
  what: string,
  add: (field: string, value: unknown, message: string) => void,
): void {
  const seen = new Map<string, number>();
  rows.forEach((v, i) => {
    if (seen.has(v)) add(at(i), v, `is listed twice (first at ${at(seen.get(v)!)})`);
    else seen.set(v, i);
  });
  for (const w of wanted) if (!seen.has(w)) add(field, w, `has no row for this ${what}`);
}

/** `sources`: the ids content/sources.yaml defines; omitted when that file is broken (no false alarms). */
export function checkStateHelp(h: StateHelp, file: string, sources?: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, value: unknown, message: string) => problems.push({ file, field, value, message });

  onceEach(
    h.states.map((s) => s.code),
    STATE_CODES,
    (i) => `states[${i}].code`,
    'states',
    'state or territory',
    add,
  );
  h.states.forEach((s, i) =>
    onceEach(
      s.offices.map((o) => o.kind),
      STATE_HELP_KINDS,
      (j) => `states[${i}].offices[${j}].kind`,
      `states[${i}].offices`,
      `kind of office (${s.code})`,
      add,
    ),
  );
  onceEach(
    h.kinds.map((k) => k.kind),
    HELP_KINDS,
    (i) => `kinds[${i}].kind`,
    'kinds',
    'kind of office',
    add,
  );
  onceEach(
    h.national.map((n) => n.kind),
    NATIONAL_HELP_KINDS,
    (i) => `national[${i}].kind`,
    'national',
    'national office',
    add,
  );
  onceEach(
    h.plans.map((p) => p.plan),
    [],
    (i) => `plans[${i}].plan`,
    'plans',
    'kind of plan',
    add,
  );

  if (sources) {
    const refs = (field: string, ids: readonly string[]) =>
      ids.forEach((id, i) => {
        if (!sources.has(id)) add(`${field}[${i}]`, id, 'names an unknown source');
      });
    h.kinds.forEach((k, i) => refs(`kinds[${i}].sources`, k.sources));
    h.national.forEach((n, i) => refs(`national[${i}].sources`, n.sources));
    h.plans.forEach((p, i) => refs(`plans[${i}].sources`, p.sources));
    h.states.forEach((s, i) => s.offices.forEach((o, j) => refs(`states[${i}].offices[${j}].sources`, o.sources)));
  }
  return problems;
}

/** Every `checked` date in the file, for the content check's date rules (never in the future; review due). */
export function stateHelpDates(h: StateHelp, file: string): DateField[] {
  return [
    ...h.national.map((n, i) => ({ file, field: `national[${i}].checked`, value: n.checked, of: n.kind, review: {} })),
    ...h.states.flatMap((s, i) =>
      s.offices.map((o, j) => ({
        file,
        field: `states[${i}].offices[${j}].checked`,
        value: o.checked,
        of: `${s.code} ${o.kind}`,
        review: {},
      })),
    ),
  ];
}
