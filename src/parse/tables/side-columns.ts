/**
 * The amounts of a 表1 / 表4 side that no schema key takes, kept as printed. A side may print
 * several amount columns (上海's 支出 side: 合计 | 基本支出 人员经费 | 公用经费 | 项目支出); the typed
 * reader keeps one amount per line (the 合计, summary.ts `summaryLine`), so the others would
 * be lost. Read from what the readers used (`BodyRow.used`, set by `amountCell`) on the side
 * rows they read, so a column is kept exactly when no reader took it, whatever its header.
 *
 * Sides the schema has no place for at all (支出用途 or 经济分类 beside 功能分类) are read by
 * `OtherSides` (other-sides.ts); their lines join the same grid, after the two sides' columns.
 */
import type { TableId } from '../../schema/primitives.js';
import { parseNumber } from '../numbers.js';
import type { SideRow } from './halves.js';
import { keptGrid, type KeptCell, type KeptGrid, type KeptRow } from './kept-cells.js';

const SIDES = ['收入', '支出'];

/**
 * One column per (side, amount slot) that some row prints and no reader used, its path the
 * side and the slot's header; one row per (printed line, side) with such an amount, named by
 * that side's label. Undefined when every printed amount was taken.
 */
export function untakenSideColumns(rows: readonly SideRow[], table: TableId, otherSides: readonly KeptRow[] = []): KeptGrid | undefined {
  const kept: KeptRow[] = [];
  for (const sideRow of rows) {
    if (sideRow.ambiguous) continue;
    const used = sideRow.row.used ?? new Set<number>();
    [sideRow.left, sideRow.right].forEach((half, side) => {
      const cells: KeptCell[] = [];
      half.amounts.forEach((slot, k) => {
        const value = used.has(slot.index) ? undefined : parseNumber(sideRow.row.cells[slot.index] ?? '');
        if (typeof value !== 'number') return;
        cells.push({ column: `${side}:${k}`, path: [SIDES[side]!, ...(slot.header ? [slot.header] : [])], value });
      });
      if (cells.length > 0) kept.push({ line: sideRow.row.line.no, name: (half.printed ?? half.name).replace(/\s+/g, ''), cells });
    });
  }
  return keptGrid([...kept, ...otherSides], table);
}
