/**
 * What a reader owes under Original Medicare for a service Medicare covers: the Part B deductible still to
 * meet, then the coinsurance (20%) of the rest of the Medicare-approved amount, and what a second payer
 * changes: a Medigap plan (by letter), the QMB program (nothing may be billed) or other Medicaid (pays as
 * the state plan allows, so somewhere between nothing and all of it). Pure, integer cents; the one fraction
 * (a percentage) is rounded once, half up. It applies only to covered care: Medicare, Medigap and Medicaid
 * pay nothing toward a treatment Medicare does not cover.
 */
import type { MedicareRates, MedigapPlan } from '../../schemas/medicare-rate.ts';
import { roundHalfUp } from '../estimator/model.ts';

export type SecondPayer =
  { kind: 'none' } | { kind: 'medigap'; plan: MedigapPlan } | { kind: 'qmb' } | { kind: 'medicaid' };

export interface CostSharingInput {
  /** The Medicare-approved amount for the service, cents. */
  allowedCents: number;
  /** Part B deductible still to meet this year, cents. */
  deductibleLeftCents: number;
  /** Whole percent, 0..100 (20 for most Part B services). */
  coinsurancePct: number;
  second: SecondPayer;
}

/** A span of cents: equal ends when the amount is certain. */
export interface Span {
  low: number;
  high: number;
}

export interface CostSharing {
  /** The part of the amount that goes toward the deductible. */
  deductiblePart: number;
  /** The coinsurance on the rest. */
  coinsurancePart: number;
  /** What Medicare pays: the amount less both. */
  medicarePays: number;
  /** What the reader owes with Original Medicare alone: deductiblePart + coinsurancePart. */
  withMedicareOnly: number;
  /** What the reader owes with the second payer (equal to withMedicareOnly with none). */
  owed: Span;
  /** What the second payer pays: withMedicareOnly − owed. */
  secondPays: Span;
}

const MAX = 100_000_000_00; // $100 million: far beyond any one service
const isInt = (v: number, min: number, max: number) => Number.isSafeInteger(v) && v >= min && v <= max;

export function costSharing(input: CostSharingInput): CostSharing {
  const { allowedCents: a, deductibleLeftCents: d, coinsurancePct: pct, second } = input;
  if (!isInt(a, 0, MAX) || !isInt(d, 0, MAX) || !isInt(pct, 0, 100))
    throw new RangeError('Amounts must be whole cents of 0 or more, and the coinsurance a whole percent');
  const deductiblePart = Math.min(a, d);
  const coinsurancePart = roundHalfUp(((a - deductiblePart) * pct) / 100);
  const plain = deductiblePart + coinsurancePart;
  let owed: Span;
  switch (second.kind) {
    case 'none':
      owed = { low: plain, high: plain };
      break;
    case 'qmb': // no provider may bill a QMB enrollee any Medicare cost-sharing
      owed = { low: 0, high: 0 };
      break;
    case 'medicaid': // pays up to what the state plan allows: from all of it to none of it
      owed = { low: 0, high: plain };
      break;
    case 'medigap': {
      const p = second.plan;
      const coinsLeft = coinsurancePart - roundHalfUp((coinsurancePart * p.coinsurancePaidPct) / 100);
      const low = (p.paysDeductible ? 0 : deductiblePart) + coinsLeft;
      // Plan N: some office visits still carry a copay of up to $20, never more than what the plan paid.
      const copay = Math.min(p.copayUpToCents ?? 0, coinsurancePart - coinsLeft);
      owed = { low, high: low + copay };
      break;
    }
  }
  return {
    deductiblePart,
    coinsurancePart,
    medicarePays: a - plain,
    withMedicareOnly: plain,
    owed,
    secondPays: { low: plain - owed.high, high: plain - owed.low },
  };
}

/** Every source the Medicare figures rest on, for the page's source list. */
export const medicareRateSources = (m: MedicareRates | undefined): string[] =>
  m
    ? [
        ...new Set([
          ...m.deductible.sources,
          ...m.coinsurance.sources,
          ...m.medigap.sources,
          ...m.qmbSources,
          ...m.services.flatMap((s) => s.sources),
        ]),
      ]
    : [];

/** The second payer a URL value names: '' or 'none', 'qmb', 'medicaid', or a plan letter ('g'). */
export function secondPayerFor(value: string, m: MedicareRates): SecondPayer | undefined {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'none') return { kind: 'none' };
  if (v === 'qmb' || v === 'medicaid') return { kind: v };
  const plan = m.medigap.plans.find((p) => p.letter.toLowerCase() === v);
  return plan && { kind: 'medigap', plan };
}
