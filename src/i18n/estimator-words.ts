/**
 * The words of the cost estimator's form, its notices and its Original Medicare section
 * (src/lib/estimator/fields.ts, query.ts, medicare.ts, model.ts `rowChoices`, and the <cost-estimator>
 * script), per language, in small modules of their own (estimator-words/en.ts, es.ts) like the deadline
 * words: src/lib imports only the English, as its default, and the page hands its own language's words to
 * the script in its data island (Estimator.astro). The estimate itself is worded by src/i18n/estimate-words.ts.
 * `{…}` marks are filled in by `fillWords` (text) or `fillTree` (marks that become elements).
 */
import type { Lang } from '../schemas/language.ts';
import type { FieldKind, FieldName } from '../lib/estimator/fields.ts';
import type { MedicareService } from '../schemas/medicare-rate.ts';
import { ESTIMATOR_WORDS_EN } from './estimator-words/en.ts';
import { ESTIMATOR_WORDS_ES } from './estimator-words/es.ts';

/** One number field in words. */
export interface FieldWords {
  /** The label beside the box. */
  label: string;
  /** What the value is, inside a notice: "We could not use “x” as the {noun} (1 to 6)". */
  noun: string;
  /**
   * The message beside the box when its value cannot be used, with `{bounds}`: "Enter a number of areas from
   * {bounds}". Money fields have none: they share `field.moneyMessage`.
   */
  message?: string;
}

export interface EstimatorWords {
  lang: Lang;
  fields: Record<FieldName, FieldWords>;
  /** What every field's hint, message and default are made of. */
  field: {
    /** The allowed values: "{min} to {max}{unit}". */
    bounds: string;
    /** After the bounds, by kind of field: " percent", " months". */
    unit: Record<FieldKind, string>;
    moneyHint: string;
    /** The APR's hint (`{bounds}`) and message (`{message}`: the field's own, filled in). */
    aprHint: string;
    aprMessage: string;
    moneyMessage: string;
    /** A whole-dollar amount over the most a money field takes (`{max}`). */
    tooMuch: string;
    /** Text the number box itself cannot read ("$1,500" typed into it). */
    badInput: string;
    /** A default as a notice quotes it, by kind of field (`{value}`). */
    shown: Record<FieldKind, string>;
  };
  /** The list of price rows. */
  row: {
    label: string;
    /** After "We have no" in a notice. */
    noun: string;
    hint: string;
    /** The list's two groups: the rows for what is picked, then the treatment's others. */
    picked: string;
    others: string;
    /**
     * One row as a choice, `{tier}` from `choiceTier`. The price comes first: a phone shows only the start of the
     * chosen line in the closed list, and a number cut short ("$1,150–$12,0") would mislead.
     */
    choice: string;
    choiceTier: string;
    trusted: string;
  };
  /** One notice for each value of a link that could not be used (`{raw}`: what the link had, quoted). */
  notices: {
    noPrices: string;
    unknownTherapy: string;
    noScope: string;
    unknownScope: string;
    noTier: string;
    unknownTier: string;
    unknownRow: string;
    badNumber: string;
    unknownPay: string;
    /** The same for the Original Medicare part. */
    unknownService: string;
    badMedicareNumber: string;
    unknownGap: string;
  };
  /** What Original Medicare leaves the reader to pay (src/lib/estimator/medicare.ts `medicareView`). */
  medicare: {
    heading: string;
    amount: string;
    about: string;
    /** After an amount: "per service". */
    perUnit: Record<MedicareService['unit'], string>;
    confidence: { primary: string; secondary: string };
    oneShot: string;
    series: string;
    /** How many units the amount is for: one, and more (`{count}`). */
    units: Record<MedicareService['unit'], readonly [one: string, many: string]>;
    plus: string;
    owe: string;
    /** Two ends of what the reader may owe. */
    span: string;
    medigap: string;
    copay: string;
    yearlyLimit: string;
    qmb: string;
    qmbNoBill: string;
    medicaid: string;
    noRate: string;
    abn: string;
    abnLink: string;
  };
  /** The status beside "Copy a link". */
  copied: string;
  copyThis: string;
}

export const ESTIMATOR_WORDS: Record<Lang, EstimatorWords> = { en: ESTIMATOR_WORDS_EN, es: ESTIMATOR_WORDS_ES };
