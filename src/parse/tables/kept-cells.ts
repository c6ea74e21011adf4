/**
 * Cells a typed reader found under columns no schema key takes, gathered into the grid of an
 * `otherTables` entry (reason unmapped-columns): one column per distinct column key, in the
 * order first seen, one row per read row, null where a row printed nothing in a column. Used
 * by 表7's 会议费 | 培训费 (three-public.ts) and 表1 / 表4's side columns (side-columns.ts).
 */
import type { TableId } from '../../schema/primitives.js';
import type { TableLayout } from './layout.js';

export interface KeptCell {
  /** What makes two cells one column (a header path, or side and slot). */
  column: string;
  path: string[];
  value: number;
}

export interface KeptRow {
  line: number;
  name: string;
  cells: readonly KeptCell[];
}

export type KeptGrid = NonNullable<TableLayout['kept']>;

/** The grid, or undefined when no row kept a cell. Linear in the cells. */
export function keptGrid(rows: readonly KeptRow[], table: TableId): KeptGrid | undefined {
  const at = new Map<string, number>();
  const columns: KeptGrid['columns'] = [];
  for (const row of rows) {
    for (const cell of row.cells) {
      if (at.has(cell.column)) continue;
      at.set(cell.column, columns.length);
      columns.push({ path: cell.path });
    }
  }
  if (columns.length === 0) return undefined;
  const out = rows
    .filter((row) => row.cells.length > 0)
    .map((row) => {
      const values: (number | null)[] = columns.map(() => null);
      for (const cell of row.cells) values[at.get(cell.column)!] = cell.value;
      return { name: row.name, values, source: { line: row.line, table, row: row.name } };
    });
  return { columns, rows: out };
}
