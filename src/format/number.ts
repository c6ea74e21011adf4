/**
 * Number formatting: one memoised Intl.NumberFormat per (language, digits), so every widget
 * prints numbers the same way.
 */
import type { Lang } from './messages.js';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${lang}|${minDigits}|${maxDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
      useGrouping: true,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * `6443.6` → `6,443.60`: `digits` decimals (at least `minDigits`, default all of them).
 * A null (blank cell) is an em dash, never "0".
 */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2, minDigits = digits): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  // Avoid "-0.00" for tiny negatives produced by float arithmetic.
  const rounded = roundTo(value, digits);
  return numberFormat(lang, Math.min(minDigits, digits), digits).format(rounded === 0 ? 0 : rounded);
}

/**
 * The most decimals a label shows for a small amount. 17.98 万元 in 亿元 reads 0.0018; a
 * value smaller than 0.0001 of the unit shown says so ("<0.0001") rather than printing a row
 * of zeros: the reader learns it is nonzero and tiny, and the CSV and the tables in the
 * document's own unit carry it exactly.
 */
const FINEST_DECIMALS = 4;

/**
 * An amount for a chart label, tooltip or table cell, in the unit shown: two decimals, as
 * the documents print, except that a nonzero amount below 0.1 of the unit, which two
 * decimals would print with one significant digit or as 0.00, keeps two significant digits,
 * without trailing zeros it does not need (17.98 万元 in 亿元 → "0.0018", 144.21 万元 →
 * "0.014", not "0.01"; 10 万元 → "0.001"; a printed 0.05 stays "0.05"), down to 0.0001 of
 * the unit; anything smaller prints as "<0.0001" (">-0.0001" when negative). So a smaller
 * amount is never printed more precisely than a larger one. Null and non-finite values print "—".
 */
export function formatAmountNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0 || Math.abs(roundTo(value, 2)) >= 0.1) return formatNumber(value, lang, 2);
  if (roundTo(value, FINEST_DECIMALS) === 0) {
    const finest = formatNumber(10 ** -FINEST_DECIMALS, lang, FINEST_DECIMALS);
    return value > 0 ? `<${finest}` : `>-${finest}`;
  }
  const significant = 1 - Math.floor(Math.log10(Math.abs(value)));
  return formatNumber(value, lang, Math.min(FINEST_DECIMALS, Math.max(2, significant)), 2);
}

/**
 * Round half away from zero at `digits` decimals, the way the documents round. Never
 * overflows: a value too large to have any decimals left (|value| × 10^digits ≥ 2^52, where
 * a double holds whole numbers only) is returned as it is instead of becoming Infinity.
 */
export function roundTo(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  if (!(scaled < 2 ** 52)) return value;
  // The epsilon keeps 1.005 (stored as 1.00499…) rounding to 1.01 as printed tables do.
  return (Math.sign(value) * Math.round(scaled + 1e-9)) / factor;
}

/**
 * Float noise from sums and unit conversion (0.1 + 0.2 = 0.30000000000000004) cut at six
 * decimals, which keeps every digit a document prints (they print at most four). Never
 * overflows (see `roundTo`).
 */
export function withoutNoise(value: number): number {
  return roundTo(value, 6);
}

/**
 * Float noise of one unit conversion (17.98 / 10000 = 0.0017980000000000002) cut at 15
 * significant digits: relative to the amount, so an amount far below the unit (40 元 in 亿元,
 * 4e-7) keeps its value instead of becoming 0. For differences of near-equal sums, where
 * the noise is absolute, use `withoutNoise`.
 */
export function withoutConversionNoise(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(15));
}
