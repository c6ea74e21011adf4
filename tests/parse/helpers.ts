// Helpers for the parser tests: compare parsed output with a hand-made document.
import { displayWidth } from '../../src/parse/lines.js';

/**
 * The parser's provenance is richer than the hand-made fixture's (`source.table`, `row`,
 * `column` besides `line`); compare on what both say.
 */
export function withLinesOnly<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key, inner: unknown) {
      if ((key === 'table' || key === 'row' || key === 'column') && this && 'line' in this && typeof inner === 'string') {
        return undefined;
      }
      return inner;
    }),
  ) as T;
}

/** A seeded PRNG (mulberry32) so robustness runs are reproducible. */
export { random as prng } from '../helpers/generate-document.js';

/** Tab-separated lines from rows of cells. */
export function tsv(rows: string[][]): string {
  return rows.map((row) => row.join('\t')).join('\n');
}

/**
 * Tab-separated text as space-aligned text, the way `pdftotext -layout` prints tables: each
 * run of tabbed lines (blank lines included) is one block whose columns are padded to the
 * widest cell (display width, CJK counting 2) plus `gap` spaces; blank cells become spaces
 * and trailing spaces go. Other lines are kept, so line numbers stay the same.
 */
export function toSpaceAligned(text: string, gap = 2): string {
  const lines = text.split('\n');
  const out = lines.slice();
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.includes('\t')) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && (lines[j]!.includes('\t') || lines[j]!.trim() === '')) j++;
    const rows = lines.slice(i, j).map((l) => (l.includes('\t') ? l.split('\t').map((c) => c.trim().replace(/\s+/g, ' ')) : undefined));
    const widths: number[] = [];
    for (const row of rows) row?.forEach((cell, k) => (widths[k] = Math.max(widths[k] ?? 0, displayWidth(cell))));
    rows.forEach((row, r) => {
      if (!row) return;
      out[i + r] = row
        .map((cell, k) => cell + ' '.repeat(widths[k]! - displayWidth(cell) + gap))
        .join('')
        .trimEnd();
    });
    i = j;
  }
  return out.join('\n');
}
