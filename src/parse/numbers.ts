/**
 * Numbers as printed: "6443.6", "1,085.82", "1,500", "-" for blank, "99.86%". A blank cell
 * is null, never 0; a cell that is neither blank nor a number is `undefined`, so the caller
 * can warn about it instead of guessing.
 */

const BLANKS = new Set(['', '-', '—', '–', '－', '/', '——', '--', '…']);
const PLAIN = /^[-+]?\d+(?:\.\d+)?$/;
const GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A printed number; null for a blank cell; undefined when unreadable. */
export function parseNumber(cell: string): number | null | undefined {
  const text = cell.trim().replace(/\s+/g, '');
  if (BLANKS.has(text)) return null;
  if (PLAIN.test(text) || GROUPED.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    return Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

/** "99.86%" or "99.86" → 99.86; blank → null; unreadable → undefined. */
export function parsePercent(cell: string): number | null | undefined {
  const text = cell.trim();
  return parseNumber(text.endsWith('%') ? text.slice(0, -1) : text);
}

export function isNumberCell(cell: string): boolean {
  const value = parseNumber(cell);
  return typeof value === 'number';
}

/** "6,443.60" inside a sentence → 6443.6. */
export function numberIn(text: string): number {
  return Number(text.replace(/[,，\s]/g, ''));
}

/** A number pattern for sentences (thousands separators allowed). */
export const NUM = String.raw`\d[\d,，]*(?:\.\d+)?`;
