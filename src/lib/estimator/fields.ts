/**
 * The estimator's number fields, typed once. Each field's name (in the form and in the URL), label,
 * bounds, step and default live here, and its messages are worked out from them, so the form's min/max,
 * the query parser, the message beside a field and the model's own input check can never disagree.
 * Read by the Estimator component (the form), query.ts (parsing and validation) and model.ts (the check).
 */

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

const UNIT: Record<FieldKind, string> = {
  count: '',
  money: '',
  percent: ' percent',
  apr: ' percent',
  months: ' months',
};
const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

function field(
  name: string,
  label: string,
  noun: string,
  kind: FieldKind,
  [min, max]: readonly [number, number],
  def: number,
  pay?: NumberField['pay'],
): NumberField {
  const bounds = `${min} to ${max}${UNIT[kind]}`;
  const money = kind === 'money';
  return {
    name,
    label,
    noun,
    kind,
    min,
    max,
    step: kind === 'apr' ? 0.1 : 1,
    def,
    ...(pay ? { pay } : {}),
    hint: money ? 'whole dollars, 0 or more' : kind === 'apr' ? `${bounds}, at most one decimal` : bounds,
    message: money
      ? 'Enter an amount in whole dollars, 0 or more'
      : `Enter ${article(noun)} ${noun} from ${bounds}${kind === 'apr' ? ', with at most one decimal' : ''}`,
    shownDefault: money
      ? `$${def}`
      : kind === 'percent' || kind === 'apr'
        ? `${def}%`
        : kind === 'months'
          ? `${def} months`
          : `${def}`,
  };
}

const money = (name: string, label: string, noun: string) => field(name, label, noun, 'money', [0, MAX_DOLLARS], 0);

/**
 * Every number field, in the order of the form and the URL. The APR default is 26.99% (CFPB, CareCredit,
 * 2013) to one decimal; the tax rate default is a common federal bracket.
 */
export const FIELDS = {
  areas: field('areas', 'Number of areas (joints or spine levels)', 'number of areas', 'count', [1, 6], 1),
  sessions: field('sessions', 'Number of sessions', 'number of sessions', 'count', [1, 10], 1),
  guidance: money('guidance', 'Image guidance, if billed separately ($)', 'image guidance price'),
  consult: money('consult', 'Consultation visit ($)', 'consultation price'),
  imaging: money('imaging', 'Diagnostic imaging, such as an MRI ($)', 'imaging price'),
  harvest: money('harvest', 'Bone marrow harvest ($)', 'harvest price'),
  deductible: money('deductible', 'Deductible you still have to meet this year ($)', 'deductible left'),
  coinsurance: field(
    'coinsurance',
    'Your coinsurance after the deductible (%)',
    'coinsurance',
    'percent',
    [0, 100],
    20,
  ),
  tax: field('tax', 'Your income tax rate (%)', 'tax rate', 'percent', [0, 50], 22, 'hsa'),
  promo: field('promo', 'Months with no interest (promotion)', 'promotion length', 'months', [0, 60], 12, 'financing'),
  apr: field(
    'apr',
    'Interest rate (APR) after the promotion (%)',
    'interest rate (APR)',
    'apr',
    [0, 40],
    27,
    'financing',
  ),
  term: field('term', 'Months to pay off after that', 'repayment time', 'months', [1, 120], 24, 'financing'),
  // Original Medicare, for a covered service (src/lib/estimator/medicare.ts). The deductible's starting value
  // is the year's Part B deductible from content/medicare-rates.yaml, not this default.
  mqty: field(
    'mqty',
    'How many: shots, or square centimeters of graft',
    'number of shots or square centimeters',
    'count',
    [1, 1000],
    1,
  ),
  mother: money(
    'mother',
    'Other Medicare-approved amount, such as the gel, from the billing office ($)',
    'other approved amount',
  ),
  mded: money('mded', 'Part B deductible you still have to meet this year ($)', 'Part B deductible left'),
  loan: field(
    'loan',
    'A personal loan’s interest rate to compare (APR %, 0 to skip)',
    'personal loan rate',
    'apr',
    [0, 40],
    0,
    'financing',
  ),
} as const satisfies Record<string, NumberField>;

/** A choice from a list the page fills in (the price rows): its name in the form and the URL, and its label. */
export interface ChoiceField {
  readonly name: string;
  readonly label: string;
  /** What it is, after "the" in a notice. */
  readonly noun: string;
  readonly hint: string;
}

/**
 * Which price row the estimate uses. The list holds every row of the treatment: first those for what is treated
 * and the clinic type, most trusted first, then the others (model.ts rowChoices).
 */
export const ROW_FIELD: ChoiceField = {
  name: 'row',
  label: 'Which price to use',
  noun: 'price source',
  hint:
    'We start with the price we trust most: a survey of many clinics before one clinic’s ad or an article. ' +
    'The list shows every price we have for this treatment. Picking one of the other prices changes what is treated to match.',
};

/** The two groups of the price list: the rows for what is picked, then every other row of the treatment. */
export const ROW_GROUPS = {
  picked: 'Prices for what you picked',
  others: 'Other prices for this treatment',
} as const;

export type FieldName = keyof typeof FIELDS;

export const isFieldName = (name: string): name is FieldName => Object.hasOwn(FIELDS, name);

/** The value of a field, or undefined when it cannot be used. Money is whole dollars ("$1,500" is fine). */
export function readField(f: NumberField, raw: string): number | undefined {
  let s = raw.trim();
  if (f.kind === 'money') s = s.replace(/^\$/, '').replace(/,/g, '');
  if (f.kind === 'percent' || f.kind === 'apr') s = s.replace(/\s*%$/, '');
  if (!(f.kind === 'apr' ? /^\d+(\.\d+)?$/ : /^\d+$/).test(s)) return undefined;
  const v = Number(s);
  if (!(v >= f.min && v <= f.max)) return undefined;
  // APR: at most one decimal place that matters ("26.90" is fine, "26.95" is not).
  return f.kind === 'apr' && Math.round(v * 10) / 10 !== v ? undefined : v;
}
