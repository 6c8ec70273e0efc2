/**
 * The estimator's number fields, typed once. Each field's name (in the form and in the URL), label,
 * bounds, step and default live here, and its messages are worked out from them, so the form's min/max,
 * the query parser, the message beside a field and the model's own input check can never disagree.
 * Read by the Estimator component (the form), query.ts (parsing and validation) and model.ts (the check).
 * The words of each field, in each language, are in src/i18n/estimator-words/.
 */
import type { EstimatorWords } from '../../i18n/estimator-words.ts';
import { ESTIMATOR_WORDS_EN } from '../../i18n/estimator-words/en.ts';
import { fillWords } from '../format/text.ts';

/** How a value is read and described: money is whole dollars ("$1,500" is fine), the APR allows one decimal. */
export type FieldKind = 'count' | 'money' | 'percent' | 'apr' | 'months';

export interface NumberField {
  /** The form field's name and the URL parameter: `areas`. */
  readonly name: string;
  /** The label beside the box. */
  readonly label: string;
  /** What the value is, after "as the" in a notice: "number of areas". */
  readonly noun: string;
  readonly kind: FieldKind;
  readonly min: number;
  readonly max: number;
  /** The number box's step: 1, or 0.1 for the APR. */
  readonly step: number;
  /** The value a link may leave out. */
  readonly def: number;
  /** When set, the field is shown (and read) only for this way of paying. */
  readonly pay?: 'hsa' | 'financing';
  /** The allowed values in words, in brackets after the noun in a notice: "1 to 6". */
  readonly hint: string;
  /** The message beside the field when its value cannot be used: "Enter a number of areas from 1 to 6". */
  readonly message: string;
  /** The default as a notice shows it: "$0", "20%", "12 months". */
  readonly shownDefault: string;
}

/** The most a money field takes, in whole dollars. */
export const MAX_DOLLARS = 1_000_000;

export interface Spec {
  readonly kind: FieldKind;
  readonly min: number;
  readonly max: number;
  readonly def: number;
  readonly pay?: NumberField['pay'];
}
const spec = (kind: FieldKind, [min, max]: readonly [number, number], def: number, pay?: Spec['pay']): Spec => ({
  kind,
  min,
  max,
  def,
  ...(pay ? { pay } : {}),
});
const money: Spec = spec('money', [0, MAX_DOLLARS], 0);

/**
 * Every number field's bounds and default, in the order of the form and the URL (the words are in
 * src/i18n/estimator-words/). The APR default is 26.99% (CFPB, CareCredit, 2013) to one decimal; the tax rate
 * default is a common federal bracket. What src/lib checks values against: it needs no words.
 */
export const FIELD_SPECS = {
  areas: spec('count', [1, 6], 1),
  sessions: spec('count', [1, 10], 1),
  guidance: money,
  consult: money,
  imaging: money,
  harvest: money,
  deductible: money,
  coinsurance: spec('percent', [0, 100], 20),
  tax: spec('percent', [0, 50], 22, 'hsa'),
  promo: spec('months', [0, 60], 12, 'financing'),
  apr: spec('apr', [0, 40], 27, 'financing'),
  term: spec('months', [1, 120], 24, 'financing'),
  // Original Medicare, for a covered service (src/lib/estimator/medicare.ts). The deductible's starting value
  // is the year's Part B deductible from content/medicare-rates.yaml, not this default.
  mqty: spec('count', [1, 1000], 1),
  mother: money,
  mded: money,
  loan: spec('apr', [0, 40], 0, 'financing'),
} as const satisfies Record<string, Spec>;

export type FieldName = keyof typeof FIELD_SPECS;

const built = new WeakMap<EstimatorWords, Record<FieldName, NumberField>>();

/**
 * Every number field in a language: the same names, bounds, steps and defaults in every language, with that
 * language's label, and the hint, message and default in words worked out from the bounds.
 */
export function fieldsIn(w: EstimatorWords): Readonly<Record<FieldName, NumberField>> {
  const hit = built.get(w);
  if (hit) return hit;
  const fill = (name: FieldName, { kind, min, max, def, pay }: Spec): NumberField => {
    const words = w.fields[name];
    const bounds = fillWords(w.field.bounds, { min, max, unit: w.field.unit[kind] });
    const own = fillWords(words.message ?? w.field.moneyMessage, { bounds });
    return {
      name,
      label: words.label,
      noun: words.noun,
      kind,
      min,
      max,
      step: kind === 'apr' ? 0.1 : 1,
      def,
      ...(pay ? { pay } : {}),
      hint: kind === 'money' ? w.field.moneyHint : kind === 'apr' ? fillWords(w.field.aprHint, { bounds }) : bounds,
      message: kind === 'apr' ? fillWords(w.field.aprMessage, { message: own }) : own,
      shownDefault: fillWords(w.field.shown[kind], { value: def }),
    };
  };
  const fields = Object.fromEntries(
    (Object.keys(FIELD_SPECS) as FieldName[]).map((name) => [name, fill(name, FIELD_SPECS[name])]),
  ) as Record<FieldName, NumberField>;
  built.set(w, fields);
  return fields;
}

/**
 * Every number field, in English. Marked pure so a bundle that does not use it (the estimator's script, which
 * gets its words from the page) leaves it and the English words out.
 */
export const FIELDS = /* @__PURE__ */ fieldsIn(ESTIMATOR_WORDS_EN);

/** The price row's name in the form and the URL. */
export const ROW_NAME = 'row';

/** A choice from a list the page fills in (the price rows): its name in the form and the URL, and its label. */
export interface ChoiceField {
  readonly name: string;
  readonly label: string;
  /** What it is, after "the" in a notice. */
  readonly noun: string;
  readonly hint: string;
}

/**
 * Which price row the estimate uses, in a language. The list holds every row of the treatment: first those for
 * what is treated and the clinic type, then the others (model.ts rowChoices).
 */
export const rowField = (w: EstimatorWords): ChoiceField => ({
  name: ROW_NAME,
  label: w.row.label,
  noun: w.row.noun,
  hint: w.row.hint,
});
export const ROW_FIELD: ChoiceField = /* @__PURE__ */ rowField(ESTIMATOR_WORDS_EN);

export const isFieldName = (name: string): name is FieldName => Object.hasOwn(FIELD_SPECS, name);

/** The value of a field, or undefined when it cannot be used. Money is whole dollars ("$1,500" is fine). */
export function readField(f: Pick<NumberField, 'kind' | 'min' | 'max'>, raw: string): number | undefined {
  let s = raw.trim();
  if (f.kind === 'money') s = s.replace(/^\$/, '').replace(/,/g, '');
  if (f.kind === 'percent' || f.kind === 'apr') s = s.replace(/\s*%$/, '');
  if (!(f.kind === 'apr' ? /^\d+(\.\d+)?$/ : /^\d+$/).test(s)) return undefined;
  const v = Number(s);
  if (!(v >= f.min && v <= f.max)) return undefined;
  // APR: at most one decimal place that matters ("26.90" is fine, "26.95" is not).
  return f.kind === 'apr' && Math.round(v * 10) / 10 !== v ? undefined : v;
}
