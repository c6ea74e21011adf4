/**
 * A table printed as equal groups side by side (科目编码 | 科目名称 | 决算数, two or three times
 * across the page: 内蒙古's 一般公共预算财政拨款项目支出决算明细表, printed like a 表6), kept as
 * printed: each group's lines are rows of their own under the group's amount columns, the left
 * group top down, then the next. Read as one row per line, the right group's amounts became
 * values of the left group's rows and its codes and names were lost.
 */
import type { OtherTable } from '../../schema/other-tables.js';
import { parseNumber } from '../numbers.js';
import type { Column, TableLayout } from './layout.js';

const CODE_HEADER = /编码|代码/;
const LABEL_HEADER = /编码|代码|名称|项目$/;
const CODE = /^\d{3,12}$/;

interface Group {
  code: number;
  labels: number[];
  amounts: number[];
}

const compact = (column: Column | undefined) => (column?.text ?? '').replace(/\s+/g, '');

/** The groups, when the header repeats one block of code, name and amount columns. */
export function printedGroups(layout: TableLayout): Group[] | undefined {
  const starts = layout.columns.map((c, i) => (CODE_HEADER.test(compact(c)) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2) return undefined;
  const groups: Group[] = [];
  let block: string | undefined;
  for (const [g, start] of starts.entries()) {
    const end = starts[g + 1] ?? layout.columns.length;
    const columns = layout.columns.slice(start, end).map(compact);
    // Equal blocks only: a table whose second code column is of another kind is not in groups.
    const key = columns.join('|');
    if (block !== undefined && key !== block) return undefined;
    block = key;
    const labels: number[] = [];
    const amounts: number[] = [];
    for (let i = start + 1; i < end; i++) (LABEL_HEADER.test(compact(layout.columns[i])) ? labels : amounts).push(i);
    if (amounts.length === 0 || labels.length === 0) return undefined;
    groups.push({ code: start, labels, amounts });
  }
  return groups;
}

/** The group reading's columns and rows (the first group's header paths name the columns). */
export function groupRows(layout: TableLayout, groups: readonly Group[], path: (index: number) => string[]): Pick<OtherTable, 'columns' | 'rows'> {
  const rows: OtherTable['rows'] = [];
  for (const group of groups) {
    for (const row of layout.rows) {
      const values = group.amounts.map((i) => {
        const value = parseNumber((row.cells[i] ?? '').trim());
        return typeof value === 'number' ? value : null;
      });
      if (values.every((value) => value === null)) continue;
      const first = (row.cells[group.code] ?? '').trim();
      const code = CODE.test(first) ? first : undefined;
      const name = [code === undefined ? first : '', ...group.labels.map((i) => (row.cells[i] ?? '').trim())].filter((t) => t !== '').join(' ');
      const source = { line: row.line.no, row: code ?? name };
      rows.push(code !== undefined ? { code, name, values, source } : { name, values, source });
    }
  }
  return { columns: groups[0]!.amounts.map((i) => ({ path: path(i) })), rows };
}
