/**
 * How far apart two printed numbers may be before the audit says so (format doc §5).
 *
 * Amounts are printed rounded to 0.01 万元, so a sum of n printed terms can be off by up to
 * n × 0.005. Every gap a reader can see is reported (issue 10: real documents slip by 0.01,
 * 46.20 vs 46.21, and silence would hide it): no gap at all is ok, a gap up to
 * max(0.05, 0.005·n) is a `rounding` note, anything larger an `error`. Tables printed in 元
 * get 1 元 per term instead. "No gap" is a gap under half a printed cent, so that a 元 figure
 * expressed in 万元 (6,443.6012) does not differ from the same figure printed in 万元.
 * Percentages are recomputed: ±0.01 pp is ok; when the inputs were themselves rounded
 * amounts, up to ±0.1 pp is a `rounding` note.
 */
import type { Unit } from '../schema/primitives.js';
import type { Severity } from './types.js';
import { convert } from '../format/units.js';

/** `ok` when the check passes. */
export type Verdict = 'ok' | Exclude<Severity, 'warning' | 'unchecked'>;

/** The thresholds of one unit, in that unit. */
export interface Precision {
  /** A gap no larger than this is no gap at all: under half of the last printed digit. */
  ok: number;
  /** The largest gap rounding can explain, whatever the number of terms. */
  floor: number;
  /** What each printed term may add to the gap. */
  perTerm: number;
}

// 万元 and 亿元 are printed with two decimals; 元 is printed whole (or with cents, which
// the 1-元 allowance covers too), and the format doc allows 1 元 per term.
const PRECISION: Record<Unit, Precision> = {
  元: { ok: 0.005, floor: 5, perTerm: 1 },
  万元: { ok: 0.005, floor: 0.05, perTerm: 0.005 },
  亿元: { ok: 0.005, floor: 0.05, perTerm: 0.005 },
};

/** Scores on a scorecard are printed with two decimals, like amounts in 万元. */
export const SCORE_UNIT: Unit = '万元';

/** Float noise (0.1 + 0.2) must never decide a verdict. */
const EPSILON = 1e-9;

export function precisionOf(unit: Unit): Precision {
  return PRECISION[unit] ?? PRECISION['万元'];
}

/** Round away float noise, keeping every digit a document can print (overflow-safe). */
import { withoutNoise as clean } from '../format/number.js';
export { clean };

/**
 * The verdict on a gap between two amounts in `unit`, where `terms` printed (rounded)
 * numbers went into the computed side. A single cell compared with another is one term.
 */
export function amountVerdict(difference: number, terms: number, unit: Unit = '万元'): Verdict {
  const { ok, floor, perTerm } = precisionOf(unit);
  const gap = Math.abs(difference);
  if (gap <= ok + EPSILON) return 'ok';
  if (gap <= Math.max(floor, perTerm * Math.max(terms, 1)) + EPSILON) return 'rounding';
  return 'error';
}

/** The decimals a printed number shows: 69.4 → 1, 62.85 → 2, 100 → 0. */
export function decimalsOf(value: number): number {
  for (let digits = 0; digits < 6; digits += 1) {
    const scaled = value * 10 ** digits;
    // Past 2^52 a double has no decimals (and a larger scale could overflow to Infinity).
    if (!(Math.abs(scaled) < 2 ** 52) || Math.abs(Math.round(scaled) - scaled) < 1e-6) return digits;
  }
  return 6;
}

/**
 * The verdict on a printed percentage against the recomputed one. A percentage printed
 * with fewer decimals (69.4%) is allowed its own rounding (±0.05); `fromRounded` says the
 * recomputation used rounded amounts, which can move it by up to 0.1 pp.
 */
export function percentVerdict(printed: number, recomputed: number, fromRounded = true): Verdict {
  const gap = Math.abs(printed - recomputed);
  const printedRounding = 0.5 * 10 ** -Math.min(decimalsOf(printed), 2);
  if (gap <= Math.max(0.01, printedRounding) + EPSILON) return 'ok';
  if (fromRounded && gap <= 0.1 + EPSILON) return 'rounding';
  return 'error';
}

/**
 * The coarser of two units: amounts from tables in different units are compared in the
 * coarser one, with its tolerance (a 元 table's figure is exact in 万元 terms).
 */
export function coarserUnit(a: Unit, b: Unit): Unit {
  const order: Unit[] = ['元', '万元', '亿元'];
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/** Express `value` (in `from`) in `to`; null stays null. */
export function inUnit(value: number | null, from: Unit, to: Unit): number | null {
  return from === to ? value : convert(value, from, to);
}
