/**
 * The amounts of a 表1 / 表4 side that no schema key takes, kept as printed. A side may print
 * several amount columns (上海's 支出 side: 合计 | 基本支出 人员经费 | 公用经费 | 项目支出); the typed
 * reader keeps one amount per line (the 合计, summary.ts `summaryLine`), so the others would
 * be lost. Read from what the readers used (`BodyRow.used`, set by `amountCell`) on the side
 * rows they read, so a column is kept exactly when no reader took it, whatever its header.
 *
 * Sides the schema has no place for at all (支出用途 beside 功能分类) are reported by
 * `reportOtherSides` as a loss, and the whole table is then kept (reason read-with-loss).
 */
import type { OtherTable } from '../../schema/other-tables.js';
import { parseNumber } from '../numbers.js';
import type { SideRow } from './halves.js';
import type { TableLayout } from './layout.js';
import type { AsPrintedOptions } from './as-printed.js';

/** A printed number (thousands separators or decimals, or a whole amount): not a 行次. */
function printedValue(text: string): number | null | undefined {
  if (text.trim() === '') return undefined;
  const value = parseNumber(text);
  return value === undefined ? undefined : value;
}

/**
 * One column per (side, amount slot) that some row prints and no reader used; one row per
 * (printed line, side) with such an amount, named by that side's label. Undefined when every
 * printed amount was taken. Linear in the cells.
 */
export function untakenSideColumns(layout: TableLayout, rows: readonly SideRow[], options: AsPrintedOptions): OtherTable | undefined {
  const sideNames = ['收入', '支出'];
  // Column key "side:slot" → column index in the kept table; headers in first-seen order.
  const columnIndex = new Map<string, number>();
  const columns: OtherTable['columns'] = [];
  const found: { row: SideRow; side: number; name: string; cells: [number, number][] }[] = [];
  for (const sideRow of rows) {
    if (sideRow.ambiguous) continue;
    const used = sideRow.row.used ?? new Set<number>();
    [sideRow.left, sideRow.right].forEach((half, side) => {
      const cells: [number, number][] = [];
      half.amounts.forEach((slot, k) => {
        if (used.has(slot.index)) return;
        const value = printedValue(sideRow.row.cells[slot.index] ?? '');
        if (value === undefined || value === null) return;
        const key = `${side}:${k}`;
        let at = columnIndex.get(key);
        if (at === undefined) {
          at = columns.length;
          columnIndex.set(key, at);
          columns.push({ path: [sideNames[side]!, ...(slot.header ? [slot.header] : [])] });
        }
        cells.push([at, value]);
      });
      if (cells.length > 0) found.push({ row: sideRow, side, name: (half.printed ?? half.name).replace(/\s+/g, ''), cells });
    });
  }
  if (columns.length === 0) return undefined;
  const out: OtherTable['rows'] = found.map(({ row, name, cells }) => {
    const values: (number | null)[] = columns.map(() => null);
    for (const [at, value] of cells) values[at] = value;
    return { name, values, source: { line: row.row.line.no, ...(options.of ? { table: options.of } : {}), row: name } };
  });
  const table: OtherTable = {
    title: options.title,
    reason: options.reason,
    unit: layout.unit,
    columns,
    rows: out,
    source: { line: layout.titleLine.no, ...(options.of ? { table: options.of } : {}) },
  };
  if (options.label !== undefined) table.label = options.label;
  if (options.of !== undefined) table.of = options.of;
  return table;
}
