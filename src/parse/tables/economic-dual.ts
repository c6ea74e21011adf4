/**
 * 表6 with two economic classifications side by side: the 部门预算支出经济分类 (301…) and the
 * 政府预算支出经济分类 (501…) of each row, the 部门 code repeating once per 政府 code it maps to
 * (30101 under 50101 and under 50501). Two printed forms, read the same way (the 部门 code is
 * the row's `code`, the 政府 code its `governmentCode`):
 * - each code joined to its name in one cell, "50101-工资奖金津补贴 | 30101-基本工资" (北京);
 * - codes and names in columns of their own, "30101 | 基本工资 | 50101 | 工资奖金津补贴" (西安),
 *   whose columns are told by their content (3xx codes, 5xx codes), not by header words that
 *   may share one printed run ("序号 部门经济科目编码").
 */
import { JOINED_CODE } from '../codes.js';
import type { WarningSink } from '../warnings.js';
import { amountCell } from './cells.js';
import type { BodyRow, TableLayout } from './layout.js';
import type { EconomicRowOut } from './economic.js';

export interface DualColumns {
  /** The 部门 code column (joined form: code and name). */
  code: number;
  /** The 部门 name column; equal to `code` in the joined form. */
  name: number;
  /** The 政府 code column (joined form: code and name). */
  government: number;
  amount: number;
  /** -1 when the table does not split 人员 | 公用. */
  personnel: number;
  public: number;
}

/** 类 (301), 款 (30101) and the 7-digit codes some regions print (3010201). */
const CODE = /^\d{3}(?:\d{2}){0,2}$/;
const DEPARTMENT = /^3\d{2}(?:\d{2}){0,2}$/;
const GOVERNMENT = /^5\d{2}(?:\d{2})?$/;
const AMOUNT_HEADER = /合计|总计|金额|小计|预算数/;

/** The dual layout's columns, or undefined when the table is not one. */
export function dualColumns(layout: TableLayout): DualColumns | undefined {
  const cols = layout.columns.map((c) => c.text.replace(/\s+/g, ''));
  if (!cols.some((t) => /政府.*经济/.test(t)) || !cols.some((t) => /部门.*经济/.test(t))) return undefined;
  return joinedColumns(layout, cols) ?? separateColumns(layout, cols);
}

/** 人员经费 | 公用经费, also when one printed header run names both columns. */
function splitColumns(cols: readonly string[], from: number): { personnel: number; public: number } {
  const at = (pattern: RegExp) => cols.map((t, i) => (i > from && pattern.test(t) ? i : -1)).filter((i) => i >= 0);
  const personnel = at(/人员经费/);
  const pub = at(/公用经费/);
  const p = personnel[0] ?? -1;
  const q = pub[pub.length - 1] ?? -1;
  // One column named by both words cannot be told apart: neither is read from it.
  return p >= 0 && p === q ? { personnel: -1, public: -1 } : { personnel: p, public: q };
}

function joinedColumns(layout: TableLayout, cols: readonly string[]): DualColumns | undefined {
  const government = cols.findIndex((t) => /政府.*经济分类/.test(t));
  const department = cols.findIndex((t) => /部门.*经济分类/.test(t));
  if (government < 0 || department < 0) return undefined;
  if (!layout.rows.some((r) => JOINED_CODE.test((r.cells[department] ?? '').trim()))) return undefined;
  const amount = cols.findIndex((t) => AMOUNT_HEADER.test(t));
  if (amount < 0) return undefined;
  return { code: department, name: department, government, amount, ...splitColumns(cols, amount - 1) };
}

/** The column holding most cells that match `pattern`, if at least `min` do. */
function columnOf(rows: readonly BodyRow[], width: number, pattern: RegExp, min: number): number {
  const counts = new Array<number>(width).fill(0);
  for (const row of rows) row.cells.forEach((c, i) => { if (pattern.test(c.trim())) counts[i]!++; });
  let best = -1;
  counts.forEach((n, i) => { if (n >= min && (best < 0 || n > counts[best]!)) best = i; });
  return best;
}

function separateColumns(layout: TableLayout, cols: readonly string[]): DualColumns | undefined {
  const department = columnOf(layout.rows, cols.length, DEPARTMENT, 2);
  const government = columnOf(layout.rows, cols.length, GOVERNMENT, 2);
  if (department < 0 || government < 0 || department === government) return undefined;
  const name = department + 1;
  const names = layout.rows.filter((r) => DEPARTMENT.test((r.cells[department] ?? '').trim()));
  if (name === government || names.filter((r) => /[^\d\s.,]/.test(r.cells[name] ?? '')).length < names.length / 2) return undefined;
  // Amounts follow both classifications; 合计 is the first amount column.
  const after = Math.max(department, government) + 1;
  const amount = cols.findIndex((t, i) => i > after && AMOUNT_HEADER.test(t));
  if (amount < 0) return undefined;
  return { code: department, name, government, amount, ...splitColumns(cols, amount) };
}

/**
 * The 部门 code, its name and the 政府 code of a row printed in columns of their own: taken in
 * order from the label cells (left of the amounts), so a page laid out a few characters to
 * the side, whose labels land one column off, still reads.
 */
function separateLabel(row: BodyRow, cols: DualColumns): [code: string, name: string, government?: string] | undefined {
  const labels = row.cells.slice(0, cols.amount).map((c) => c.trim());
  const at = labels.findIndex((c) => DEPARTMENT.test(c));
  if (at < 0) return undefined;
  const rest = labels.slice(at + 1).filter((c) => c !== '');
  const name = rest[0] !== undefined && !/^\d/.test(rest[0]) ? rest[0] : '';
  return [labels[at]!, name, rest.find((c) => GOVERNMENT.test(c))];
}

/** One row of either form; a row without a 部门 code is read only when it has no number. */
export function readDualRow(layout: TableLayout, row: BodyRow, cols: DualColumns, rows: EconomicRowOut[], warnings: WarningSink): boolean {
  let label: [string, string, string?] | undefined;
  if (cols.name === cols.code) {
    const department = JOINED_CODE.exec((row.cells[cols.code] ?? '').trim());
    if (department && CODE.test(department[1]!)) label = [department[1]!, department[2]!.trim(), JOINED_CODE.exec((row.cells[cols.government] ?? '').trim())?.[1]];
  } else label = separateLabel(row, cols);
  if (!label) return !row.cells.some((c) => /\d/.test(c));
  const [code, name, government] = label;
  const entry: EconomicRowOut = { code, name, amount: amountCell(row, cols.amount, '合计', layout.id, warnings) };
  if (government && GOVERNMENT.test(government)) entry.governmentCode = government;
  if (cols.personnel >= 0) entry.personnel = amountCell(row, cols.personnel, '人员经费', layout.id, warnings);
  if (cols.public >= 0) entry.public = amountCell(row, cols.public, '公用经费', layout.id, warnings);
  entry.source = { table: layout.id, line: row.line.no, row: code };
  rows.push(entry);
  return true;
}
