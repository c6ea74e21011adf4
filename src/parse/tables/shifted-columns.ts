/**
 * One column printed at two offsets: a table continued on a page that pdftotext laid out a few
 * characters to the side gives its amounts a column cluster of their own, beside the first
 * page's. Two neighbouring amount columns of which each page uses at most one (and at least
 * two pages use one or the other) are that one column: the second is folded into the first,
 * keeping the header that names it. Columns that share a page are never merged (a sparse
 * 基本支出 | 项目支出 pair fills both on one page, row by row).
 */
import type { TableLayout } from './layout.js';
import { pageBlocks } from './page-columns.js';

/** Mutates `layout.columns` and the rows' `cells` (after `alignRows`). */
export function mergePageShiftedColumns(layout: TableLayout): void {
  const breaks = layout.breaks;
  if (!breaks || breaks.size === 0 || layout.rows.some((r) => r.line.tabbed)) return;
  // Page block of each row.
  const blockOf: number[] = [];
  pageBlocks(layout).forEach(([from, to], block) => {
    for (let r = from; r < to; r++) blockOf[r] = block;
  });
  for (let i = layout.columns.length - 2; i >= 0; i--) {
    const a = layout.columns[i]!;
    const b = layout.columns[i + 1]!;
    if (a.role || b.role) continue;
    if (a.parts.length > 0 && b.parts.length > 0 && a.text !== b.text) continue;
    const usesA = new Set<number>();
    const usesB = new Set<number>();
    layout.rows.forEach((row, r) => {
      if ((row.cells[i] ?? '') !== '') usesA.add(blockOf[r]!);
      if ((row.cells[i + 1] ?? '') !== '') usesB.add(blockOf[r]!);
    });
    if (usesA.size === 0 || usesB.size === 0 || [...usesA].some((p) => usesB.has(p))) continue;
    const named = a.parts.length > 0 ? a : b;
    layout.columns.splice(i, 2, { ...named, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
    for (const row of layout.rows) {
      if (row.cells.length <= i + 1) continue;
      const merged = row.cells[i] !== '' ? row.cells[i]! : row.cells[i + 1]!;
      row.cells.splice(i, 2, merged);
    }
  }
}
