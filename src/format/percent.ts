/**
 * Percentages. Shares are rounded with the largest-remainder method so that the printed
 * parts add up to exactly 100.0 (or whatever total they share), as a reader checks them.
 */
import type { Lang } from './messages.js';
import { formatNumber } from './number.js';

/**
 * Shares of `values` in percent, rounded to `digits` decimals, summing exactly to `whole`
 * (100) when any value is positive. Null and non-positive values get a share of 0 (null stays null).
 */
export function shares(values: readonly (number | null)[], digits = 1, whole = 100): (number | null)[] {
  const positive = values.map((value) => (value !== null && value > 0 ? value : 0));
  const total = positive.reduce((sum, value) => sum + value, 0);
  if (total === 0) return values.map((value) => (value === null ? null : 0));
  const scale = 10 ** digits;
  // `whole` (100 by default) is what the shares add up to: a part's own share, to split it.
  const units = Math.round(whole * scale);
  const exact = positive.map((value) => (value / total) * units);
  const floors = exact.map(Math.floor);
  let missing = units - floors.reduce((sum, value) => sum + value, 0);
  // Hand the missing units to the largest remainders; ties go to the earlier part, so the
  // result is stable for the same input.
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    if (positive[index]! > 0) {
      floors[index]! += 1;
      missing -= 1;
    }
  }
  return values.map((value, index) => (value === null ? null : floors[index]! / scale));
}

/**
 * `16.4%`. A nonzero value that would round to zero prints as `<0.1%` (`>-0.1%`), never as
 * `0.0%`: a reader must not take a small amount for none.
 */
export function formatPercent(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const step = 10 ** -digits;
  if (value !== 0 && Math.abs(value) < step / 2) return `${value > 0 ? '<' : '>-'}${formatNumber(step, lang, digits)}%`;
  return `${formatNumber(value, lang, digits)}%`;
}

/**
 * A share from `shares()` as printed: its part is passed too, because the largest-remainder
 * rounding gives a tiny part a share of exactly 0, which must still read `<0.1%`.
 */
export function formatShare(share: number | null | undefined, part: number | null | undefined, lang: Lang, digits = 1): string {
  if (share === 0 && part != null && part > 0) return `<${formatNumber(10 ** -digits, lang, digits)}%`;
  return formatPercent(share, lang, digits);
}

/**
 * A rate as the documents compute it: part / whole × 100; null when whole is 0 or blank, or
 * when either is negative (a printed refund): "−0.4% of the budget" is no completion rate.
 */
export function rate(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0 || part < 0) return null;
  return (part / whole) * 100;
}
