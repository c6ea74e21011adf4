/**
 * Number formatting: one memoised Intl.NumberFormat per (language, digits), so every widget
 * prints numbers the same way.
 */
import type { Lang } from './messages.js';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: true,
    });
    formats.set(key, format);
  }
  return format;
}

/** `6443.6` → `6,443.60`. A null (blank cell) is an em dash, never "0". */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  // Avoid "-0.00" for tiny negatives produced by float arithmetic.
  const rounded = roundTo(value, digits);
  return numberFormat(lang, digits).format(rounded === 0 ? 0 : rounded);
}

/**
 * An amount for a chart label: two decimals, except that a nonzero amount that would print
 * as 0.00 keeps two significant digits (17.98 万元 in 亿元 is 0.0018, not a misleading 0.00).
 */
export function formatAmountNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value !== 0 && roundTo(value, 2) === 0) {
    const digits = Math.min(8, 1 - Math.floor(Math.log10(Math.abs(value))));
    return formatNumber(value, lang, digits);
  }
  return formatNumber(value, lang, 2);
}

/** Round half away from zero at `digits` decimals, the way the documents round. */
export function roundTo(value: number, digits = 2): number {
  const factor = 10 ** digits;
  // The epsilon keeps 1.005 (stored as 1.00499…) rounding to 1.01 as printed tables do.
  return Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9) / factor;
}
