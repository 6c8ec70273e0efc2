/**
 * The estimator's state in the page's query string, so a clinic email or a therapy page can link a
 * preset: `?therapy=prp&scope=per-injection&areas=2&sessions=3&consult=150&pay=financing&promo=12&apr=26.9&term=24`.
 *
 * Money is whole dollars in the URL and cents in `EstimateInput`. `parseQuery` never throws for any string
 * and always returns an input `estimate` accepts: each missing or empty parameter takes its default
 * silently; each unusable one takes its default with a plain notice. Unknown parameters (utm_* and the
 * like) are ignored. The form's fields use the same names, so the island can read the form with
 * `parseQuery(new URLSearchParams(formData as unknown as Record<string, string>).toString(), …)` and write
 * the URL with `toQuery`.
 */
import type { CostRow } from '../../schemas/cost.ts';
import type { CostWords } from '../../i18n/cost-words.ts';
import type { EstimatorWords } from '../../i18n/estimator-words.ts';
import { formatUsd } from '../format/money.ts';
import { SCOPE_LABEL, TIER_LABEL } from '../format/ranges.ts';
import { fillWords } from '../format/text.ts';
import {
  FIELD_SPECS as FIELDS,
  ROW_NAME,
  fieldsIn,
  isFieldName,
  readField,
  type FieldName,
  type NumberField,
} from './fields.ts';
import {
  NoPriceError,
  defaultScope,
  priceRowFor,
  roundHalfUp,
  scopesFor,
  sessionsDefault,
  type EstimateInput,
  type SeriesTable,
  type Scope,
  type Tier,
} from './model.ts';

export interface ParseResult {
  input: EstimateInput;
  /**
   * One plain sentence per parameter that could not be used and fell back to a default. Show as text, not HTML: it
   * quotes what was in the URL.
   */
  notices: string[];
}

/** The clinic tiers a reader can pick: every tier the labels (and so the schema) know, except `any`. */
const TIERS = Object.keys(TIER_LABEL).filter((t): t is Tier => t !== 'any');

/**
 * The words notices are written in: the estimator's, and those of cash prices (what a price covers, which
 * clinics). Always given by the caller, so the estimator's script carries none of its own (the page hands it its
 * language's words).
 */
export interface QueryWords {
  tool: EstimatorWords;
  cost: CostWords;
}

/**
 * A plain error, in `w`'s language, for a bad value of a form field (named as in the URL), or undefined when it is
 * fine. Blank money fields mean 0.
 */
export function validateField(name: string, raw: string, w: EstimatorWords): string | undefined {
  if (!isFieldName(name)) return undefined;
  const f: NumberField = fieldsIn(w)[name];
  if ((f.kind === 'money' && raw.trim() === '') || readField(f, raw) !== undefined) return undefined;
  const s = raw.trim().replace(/^\$/, '').replace(/,/g, '');
  return f.kind === 'money' && /^\d+$/.test(s) ? fillWords(w.field.tooMuch, { max: formatUsd(f.max) }) : f.message;
}

/**
 * The starting input: the first therapy (in `therapies` order) that has a price row, the scope of its most
 * trusted row (survey before fee schedule before a clinic's ad before an article, then the newest year), a whole
 * series where the therapy is given as one (`series`, from the therapy pages), everything else at its default.
 */
export function defaultInput(
  therapies: readonly string[],
  rows: readonly CostRow[],
  series?: SeriesTable,
): EstimateInput {
  for (const therapy of therapies) {
    const scope = defaultScope(rows, therapy);
    if (scope)
      return {
        therapy,
        scope,
        areas: FIELDS.areas.def,
        sessions: sessionsDefault(series, therapy, scope),
        tier: firstTier(rows, therapy, scope),
        consultCents: 0,
        imagingCents: 0,
        harvestCents: 0,
        imageGuidanceCents: 0,
        deductibleLeftCents: 0,
        coinsurancePct: FIELDS.coinsurance.def,
        payment: { method: 'cash' },
      };
  }
  throw new NoPriceError('None of the treatments has a price in the cost table.');
}

/** The clinic types priced for a therapy and scope (directly or through an `any` row), lower-cost first. */
const tiersFor = (rows: readonly CostRow[], therapy: string, scope: Scope): Tier[] =>
  TIERS.filter((t) => priceRowFor(rows, therapy, scope, t));
const firstTier = (rows: readonly CostRow[], therapy: string, scope: Scope): Tier =>
  tiersFor(rows, therapy, scope)[0] ?? 'lower-cost';

/** What was in the URL, on one line and short enough to quote in a notice. */
const quote = (s: string) => {
  const chars = [...s.replace(/\s+/g, ' ')];
  return `“${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('')}”`;
};

/**
 * The input a query string describes (with or without the leading "?"). `names` maps therapy slugs to the
 * names used in notices ("PRP"); without it notices use the slug. `series` gives the number of sessions a link
 * that leaves it out means: a whole series for a treatment given as one. Notices are in `words`' language; the
 * input is the same in every language. Throws only if no therapy has a price.
 */
export function parseQuery(
  search: string,
  therapies: readonly string[],
  rows: readonly CostRow[],
  words: QueryWords,
  names?: Readonly<Record<string, string>>,
  series?: SeriesTable,
): ParseResult {
  const def = defaultInput(therapies, rows, series);
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(search));
  } catch {
    params = new URLSearchParams();
  }
  const get = (k: string) => params.get(k)?.trim() || undefined;
  const name = (t: string) => names?.[t] ?? t;
  const { notices: say } = words.tool;
  const scopeLabel = words.cost.scope;
  const tierLabel = words.cost.tier;
  const fields = fieldsIn(words.tool);

  let therapy = def.therapy;
  const rawTherapy = get('therapy');
  if (rawTherapy !== undefined) {
    const t = rawTherapy.toLowerCase();
    if (therapies.includes(t) && scopesFor(rows, t).length) therapy = t;
    else if (therapies.includes(t)) notices.push(fillWords(say.noPrices, { name: name(t), shown: name(therapy) }));
    else notices.push(fillWords(say.unknownTherapy, { raw: quote(rawTherapy), shown: name(therapy) }));
  }

  const scopes = scopesFor(rows, therapy);
  let scope = defaultScope(rows, therapy) ?? def.scope;
  const rawScope = get('scope')?.toLowerCase();
  if (rawScope !== undefined) {
    const known = Object.hasOwn(SCOPE_LABEL, rawScope) ? (rawScope as Scope) : undefined;
    if (known && scopes.includes(known)) scope = known;
    else if (known)
      notices.push(fillWords(say.noScope, { scope: scopeLabel[known], name: name(therapy), shown: scopeLabel[scope] }));
    else notices.push(fillWords(say.unknownScope, { raw: quote(rawScope), shown: scopeLabel[scope] }));
  }

  const tiers = tiersFor(rows, therapy, scope);
  let tier: Tier = tiers[0] ?? def.tier;
  const rawTier = get('tier')?.toLowerCase();
  if (rawTier !== undefined) {
    const known = TIERS.find((t) => t === rawTier);
    if (known && tiers.includes(known)) tier = known;
    else if (known) notices.push(fillWords(say.noTier, { tier: tierLabel[known], shown: tierLabel[tier] }));
    else notices.push(fillWords(say.unknownTier, { raw: quote(rawTier), shown: tierLabel[tier] }));
  }

  // The price row: any row of this therapy, or none for the most trusted one. A row names what it covers and,
  // unless it is for any clinic, the clinic type, so those follow it: the reader may pick any row from the list.
  let row: string | undefined;
  const rawRow = get(ROW_NAME)?.toLowerCase();
  if (rawRow !== undefined) {
    const chosen = rows.find((r) => r.id === rawRow && r.therapy === therapy);
    if (chosen) {
      row = chosen.id;
      scope = chosen.scope;
      if (chosen.tier !== 'any') tier = chosen.tier;
    } else notices.push(fillWords(say.unknownRow, { noun: words.tool.row.noun, raw: quote(rawRow) }));
  }

  // `def` replaces the field's own default where it depends on the treatment (the sessions of a series).
  const num = (key: FieldName, def?: number): number => {
    const f: NumberField = fields[key];
    const raw = get(key);
    if (raw === undefined) return def ?? f.def;
    const v = readField(f, raw);
    if (v !== undefined) return v;
    const value = def === undefined ? f.shownDefault : fillWords(words.tool.field.shown[f.kind], { value: def });
    notices.push(fillWords(say.badNumber, { raw: quote(raw), noun: f.noun, hint: f.hint, value }));
    return def ?? f.def;
  };

  // In the order of the URL's parameters, so notices read in the same order.
  const input: EstimateInput = {
    therapy,
    scope,
    ...(row ? { row } : {}),
    areas: num('areas'),
    sessions: num('sessions', sessionsDefault(series, therapy, scope)),
    tier,
    consultCents: num('consult') * 100,
    imagingCents: num('imaging') * 100,
    harvestCents: num('harvest') * 100,
    imageGuidanceCents: num('guidance') * 100,
    deductibleLeftCents: num('deductible') * 100,
    coinsurancePct: num('coinsurance'),
    payment: { method: 'cash' },
  };
  const rawPay = get('pay')?.toLowerCase();
  if (rawPay === 'hsa') input.payment = { method: 'hsa', taxRatePct: num('tax') };
  else if (rawPay === 'financing') {
    input.payment = { method: 'financing', promoMonths: num('promo'), aprPct: num('apr'), termMonths: num('term') };
    // A personal loan's rate only when the reader entered one (0 means none).
    const loan = num('loan');
    if (loan > 0) input.payment.loanAprPct = loan;
  } else if (rawPay !== undefined && rawPay !== 'cash') notices.push(fillWords(say.unknownPay, { raw: quote(rawPay) }));

  return { input, notices };
}

/**
 * The query string for an input, without the leading "?", in a stable order. Therapy and scope are always
 * written (their defaults depend on the table); other fields only when they differ from the default (for
 * sessions, the series of `series`: the same table parseQuery is given), except that a payment method always
 * carries its own figures, so a link keeps its meaning if defaults change.
 */
export function toQuery(input: EstimateInput, series?: SeriesTable): string {
  const out: string[] = [];
  const add = (k: string, v: string | number, def?: string | number) => {
    if (v !== def) out.push(`${k}=${encodeURIComponent(v)}`);
  };
  const dollars = (cents: number) => roundHalfUp(cents / 100);
  add('therapy', input.therapy);
  add('scope', input.scope);
  // Only a row the reader chose: without one, a link follows the most trusted row, even after new data.
  if (input.row) add(ROW_NAME, input.row);
  add('areas', input.areas, FIELDS.areas.def);
  add('sessions', input.sessions, sessionsDefault(series, input.therapy, input.scope));
  add('tier', input.tier, 'lower-cost');
  add('consult', dollars(input.consultCents), 0);
  add('imaging', dollars(input.imagingCents), 0);
  add('harvest', dollars(input.harvestCents), 0);
  add('guidance', dollars(input.imageGuidanceCents), 0);
  add('deductible', dollars(input.deductibleLeftCents), 0);
  add('coinsurance', input.coinsurancePct, FIELDS.coinsurance.def);
  const p = input.payment;
  add('pay', p.method, 'cash');
  if (p.method === 'hsa') add('tax', p.taxRatePct);
  if (p.method === 'financing') {
    add('promo', p.promoMonths);
    add('apr', roundHalfUp(p.aprPct * 10) / 10);
    add('term', p.termMonths);
    add('loan', roundHalfUp((p.loanAprPct ?? 0) * 10) / 10, 0);
  }
  return out.join('&');
}
