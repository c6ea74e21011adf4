/**
 * A table read as printed (docs: src/schema/other-tables.ts): the number columns with their
 * header paths, and every row that prints a number with its label. Used for the table
 * regions none of the nine kinds took, and for the columns of a typed table the schema has
 * no key for, so that no printed number is dropped for want of a schema field. Nothing is
 * interpreted: a column is a number column because its body cells are numbers, not because
 * of what its header says.
 */
import type { TableId } from '../../schema/primitives.js';
import type { OtherTable } from '../../schema/other-tables.js';
import { readCode } from '../codes.js';
import { parseNumber } from '../numbers.js';
import type { BodyRow, TableLayout } from './layout.js';
import { groupRows, printedGroups } from './printed-groups.js';

/** Label columns whatever their content: 序号 1, 2, 3 and codes are numbers but not values. */
const LABEL_HEADER = /序号|行次|栏次|编码|代码|编号|单位名称|项目名称|科目名称/;
const CODE = /^\d{3,12}$/;

export interface AsPrintedOptions {
  /** The title as printed (a region none of the nine took keeps its own). */
  title: string;
  label?: string;
  /** Only these column indices (the columns of a typed table the schema has no key for). */
  columns?: readonly number[];
  of?: TableId;
  reason: OtherTable['reason'];
}

/**
 * The table as a grid, or undefined when no row prints a number in a number column.
 * Linear in the cells. A cell that is neither blank nor a number is null in a number column
 * (the grid keeps numbers; the row's text cells make its name).
 */
export function readAsPrinted(layout: TableLayout, options: AsPrintedOptions): OtherTable | undefined {
  const grid = (options.columns === undefined && groupedGrid(layout)) || rowsGrid(layout, options);
  if (!grid) return undefined;
  const { columns, rows } = grid;
  const table: OtherTable = {
    title: options.title,
    reason: options.reason,
    unit: layout.unit,
    columns,
    rows,
    source: { line: layout.titleLine.no, ...(options.of ? { table: options.of } : {}) },
  };
  if (options.label !== undefined) table.label = options.label;
  if (options.of !== undefined) table.of = options.of;
  if (layout.note !== undefined && options.of === undefined) table.note = layout.note;
  return table;
}

/** One row per printed line: the label cells, then the number columns' values. */
function rowsGrid(layout: TableLayout, options: AsPrintedOptions): Pick<OtherTable, 'columns' | 'rows'> | undefined {
  const numberColumns = options.columns ? [...options.columns] : findNumberColumns(layout);
  if (numberColumns.length === 0) return undefined;
  const taken = new Set(numberColumns);
  const rows: OtherTable['rows'] = [];
  for (const row of layout.rows) {
    const values = fullRow(row, numberColumns.length, options.columns !== undefined) ?? numberColumns.map((i) => valueOf(row.cells[i] ?? ''));
    if (values.every((value) => value === null)) continue;
    const { code, name } = labelOf(layout, row, taken, numberColumns[0]!);
    const source = { line: row.line.no, ...(options.of ? { table: options.of } : {}), row: code ?? name };
    rows.push(code !== undefined ? { code, name, values, source } : { name, values, source });
  }
  return rows.length === 0 ? undefined : { columns: numberColumns.map((i) => ({ path: pathOf(layout, i) })), rows };
}

/** Groups side by side (code | name | amount, repeated): each group's lines are rows. */
function groupedGrid(layout: TableLayout): Pick<OtherTable, 'columns' | 'rows'> | undefined {
  const groups = printedGroups(layout);
  if (!groups) return undefined;
  const grid = groupRows(layout, groups, (i) => pathOf(layout, i));
  return grid.rows.length === 0 ? undefined : grid;
}

/**
 * A row that prints an amount in every number column, as printed (0.00 included): its amounts
 * in order are the row, whatever the grid made of a page laid out at other positions. Only
 * for a whole table (`of` columns are a subset of the row's amounts) and space-aligned text.
 */
function fullRow(row: BodyRow, columns: number, subset: boolean): (number | null)[] | undefined {
  if (subset || row.line.tabbed) return undefined;
  const amounts = row.line.cells.map((c) => c.text).filter((t) => /[.,]/.test(t) && typeof parseNumber(t) === 'number');
  if (amounts.length !== columns) return undefined;
  return amounts.map((t) => parseNumber(t) as number);
}

/**
 * Columns whose filled body cells are mostly numbers (a column of names with a stray number
 * is not one), leaving out label columns (序号, codes) by header or by role.
 */
function findNumberColumns(layout: TableLayout): number[] {
  const width = Math.max(layout.columns.length, ...layout.rows.map((r) => r.cells.length));
  const numbers = new Array<number>(width).fill(0);
  const texts = new Array<number>(width).fill(0);
  for (const row of layout.rows) {
    row.cells.forEach((cell, i) => {
      if (cell.trim() === '') return;
      if (typeof parseNumber(cell) === 'number') numbers[i]!++;
      else texts[i]!++;
    });
  }
  const out: number[] = [];
  for (let i = 0; i < width; i++) {
    const column = layout.columns[i];
    if (column?.role === 'code' || column?.role === 'name') continue;
    if (column && LABEL_HEADER.test(column.text)) continue;
    if (numbers[i]! > 0 && numbers[i]! >= texts[i]!) out.push(i);
  }
  // Columns of codes or serial numbers left of the first column with decimals are label
  // columns: 序号 1, 2, 3 …, 单位编码 222001, 科目编码 30101 (a 数量 12 is a value).
  const firstDecimal = out.find((i) => layout.rows.some((r) => /[.,]/.test(r.cells[i] ?? '') && typeof parseNumber(r.cells[i] ?? '') === 'number'));
  return firstDecimal === undefined ? out : out.filter((i) => i >= firstDecimal || !labelNumbers(layout.rows, i));
}

/** Whole numbers that are all codes (3+ digits, "214 01 02") or a serial 1, 2, 3 … */
function labelNumbers(rows: readonly BodyRow[], index: number): boolean {
  const numbers = rows.map((row) => (row.cells[index] ?? '').trim()).filter((cell) => typeof parseNumber(cell) === 'number' || /^\d+(?: \d+)+$/.test(cell));
  if (numbers.length === 0 || !numbers.every((cell) => /^\d+(?: \d+)*$/.test(cell))) return false;
  if (numbers.every((cell) => /^\d{3}/.test(cell))) return true;
  return numbers[0] === '1' && numbers.every((cell, k) => k === 0 || Number(cell) === Number(numbers[k - 1]) + 1);
}

function valueOf(cell: string): number | null {
  const value = parseNumber(cell.endsWith('%') ? cell.slice(0, -1) : cell);
  return typeof value === 'number' ? value : null;
}

/**
 * The row's label: its text cells left of its first number (a 绩效目标 sentence printed to
 * the right of the amounts is not the row's name), with a leading code apart.
 */
function labelOf(layout: TableLayout, row: BodyRow, taken: ReadonlySet<number>, firstNumber: number): { code?: string; name: string } {
  // An amount prints decimals or thousands (a leading "301" or "2080505" is a code).
  let end = row.cells.findIndex((c, i) => typeof parseNumber(c) === 'number' && (taken.has(i) || i >= firstNumber || /[.,]/.test(c)));
  if (end < 0) end = row.cells.length;
  // A 行次 cell (1, 2, 3 … under 行次 or 栏次) numbers the line: neither name nor value
  // ("一、机构运行经费支出（万元） 1" was the name, 内蒙古 表12).
  const lineNumber = (i: number) => /^(?:行次|栏次)$/.test((layout.columns[i]?.text ?? '').replace(/\s+/g, ''));
  const indexed = row.cells
    .slice(0, end)
    .map((text, i) => ({ text: text.trim(), i }))
    .filter((c) => !taken.has(c.i) && c.text !== '' && !(lineNumber(c.i) && /^\d{1,3}$/.test(c.text)));
  // A 序号 (1, 2, 3 …) before the label is not part of it: under a 序号 header, or 1–2 digits.
  const first = indexed[0];
  if (first && indexed.length > 1 && /^\d{1,3}$/.test(first.text) && (first.text.length <= 2 || /序号/.test(layout.columns[first.i]?.text ?? ''))) indexed.shift();
  const cells = indexed.map((c) => c.text);
  const { result, used } = readCode(cells);
  let code: string | undefined;
  if (result.kind === 'code' && used < cells.length) code = result.code;
  else if (cells.length > 1 && CODE.test(cells[0]!.replace(/\s+/g, ''))) code = cells[0]!.replace(/\s+/g, '');
  const rest = code === undefined ? cells : cells.slice(result.kind === 'code' ? used : 1);
  const name = rest.join(' ').slice(0, 500);
  return code !== undefined ? { code, name } : { name };
}

/** The header pieces over a column, top first; the joined text when no pieces were kept. */
function pathOf(layout: TableLayout, index: number): string[] {
  const column = layout.columns[index];
  if (!column) return [];
  const parts = column.parts.map((p) => p.replace(/\s+/g, '')).filter((p) => p !== '');
  if (parts.length > 0) return parts.slice(0, 8).map((p) => p.slice(0, 500));
  const text = column.text.replace(/\s+/g, '');
  return text === '' ? [] : [text.slice(0, 500)];
}
