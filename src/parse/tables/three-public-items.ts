/**
 * 表7 "三公" of a 决算 printed vertically: the items as rows (合计, 1．因公出国（境）费,
 * 2．公务用车购置及运行维护费, 其中：（1）公务用车购置费 …) under 项目 | 预算数 | 决算数. Each
 * group is read from its own column; an item row printed without amounts has null in each
 * group (blank is not zero), not a missing key. Rows the schema has no key for are kept as
 * printed (keepOtherItems).
 */
import { isNumberCell, parsePercent } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import { amountCell } from './cells.js';
import type { KeptCell, KeptRow } from './kept-cells.js';
import { where, type BodyRow, type TableLayout } from './layout.js';
import { groupOf, keepOtherItems, keyOf, type Group } from './three-public.js';

/** An item row's key from its label: "其中：（1）公务用车购置费" → vehiclePurchase. */
export function itemKey(label: string): string | undefined {
  const name = label.replace(/\s+/g, '').replace(/^其中[:：]/, '');
  return /三公/.test(name) ? 'total' : keyOf(name.replace(/支出$/, '费'));
}

/**
 * The amount column of each group, when the header names two groups or more (预算数 | 决算数)
 * and each heads a column that prints amounts. Columns by fund (一般公共预算 | 政府性基金)
 * name one group at most, so a budget's source columns are not read as groups.
 */
export function groupColumns(headers: readonly string[], data: readonly BodyRow[], title: string): Map<Group, number> | undefined {
  // 2025年预算数 | 2026年预算数: the title's year is this budget, the older one the previous;
  // a title without its year (山东 烟台): the latest of the columns' years is this one.
  const GROUP_WORD = /^(?:(?:19|20)\d{2}年度?)?(?:本年|上年)?(?:全年)?(?:预算数?|决算数?)$/;
  const titled = /((?:19|20)\d{2})\s*年/.exec(title);
  const years = headers.map((t) => t.replace(/\s+/g, '')).filter((t) => GROUP_WORD.test(t) && /^(?:19|20)\d{2}/.test(t)).map((t) => Number(t.slice(0, 4)));
  const year = titled ? Number(titled[1]) : new Set(years).size >= 2 ? Math.max(...years) : undefined;
  const found = new Map<Group, number>();
  headers.forEach((text, index) => {
    const header = text.replace(/\s+/g, '');
    if (!GROUP_WORD.test(header)) return;
    const group = groupOf(header, year);
    if (group && !found.has(group) && data.some((r) => isNumberCell(r.cells[index] ?? ''))) found.set(group, index);
  });
  return found.size >= 2 ? found : undefined;
}

export function readItemGroups(layout: TableLayout, columns: Map<Group, number>, warnings: WarningSink): Record<string, unknown> | undefined {
  const first = Math.min(...columns.values());
  const items: { key: string; row: BodyRow }[] = [];
  const other: BodyRow[] = [];
  for (const row of layout.rows) {
    const label = row.cells.slice(0, first).filter((c) => c.trim() !== '').join('');
    const key = label === '' ? undefined : itemKey(label);
    if (key && !items.some((i) => i.key === key)) items.push({ key, row });
    else if (row.cells.some(isNumberCell)) other.push(row);
  }
  if (items.length < 3) return undefined;
  const out: Record<string, unknown> = {};
  for (const [group, index] of columns) {
    const amounts: Record<string, unknown> = { source: { table: layout.id, line: items[0]!.row.line.no } };
    for (const { key, row } of items) amounts[key] = amountCell(row, index, key, layout.id, warnings);
    out[group] = amounts;
  }
  for (const { row } of items) layout.read.add(row.line);
  keepOtherItems(layout, other, warnings, unkeyedCells(layout, items.map((i) => i.row), new Set(columns.values()), first, warnings));
  return out;
}

/**
 * The item rows' amounts under columns that are neither group (增减额 | 增减率 beside 预算数 |
 * 决算数): kept as printed under their headers, one notice a column, never dropped silently.
 */
function unkeyedCells(layout: TableLayout, rows: readonly BodyRow[], groups: ReadonlySet<number>, first: number, warnings: WarningSink): KeptRow[] {
  const said = new Set<number>();
  return rows.map((row) => {
    const cells: KeptCell[] = [];
    row.cells.forEach((cell, i) => {
      // A rate keeps its number ("-20.00%" under 增减率: -20), its header says what it is.
      const value = i >= first && !groups.has(i) ? parsePercent(cell) : undefined;
      if (typeof value !== 'number') return;
      const header = layout.columns[i]?.text.replace(/\s+/g, '') || `#${i + 1}`;
      cells.push({ column: header, path: [header], value });
      if (said.has(i)) return;
      said.add(i);
      warnings.add('column-kept', { line: row.line.no, text: row.line.raw }, { where: where(layout.id), column: header });
    });
    const name = row.cells.slice(0, first).filter((c) => c.trim() !== '').join('').replace(/\s+/g, '');
    return { line: row.line.no, name, cells };
  });
}
