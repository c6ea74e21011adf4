/**
 * 表7 "三公"经费: one row of amounts, grouped under 预算数 / 决算数 (a budget prints 上年
 * 预算 / 本年预算). The group of a column is the last group word at or before it; its key
 * comes from its own header words.
 */
import { isNumberCell } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import { amountCell } from './cells.js';
import { tableHeader } from './header.js';
import { where, type BodyRow, type TableLayout } from './layout.js';

type Group = 'budget' | 'final' | 'previousBudget';
const KEYS = ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

function groupOf(text: string): Group | undefined {
  if (/上年预算|上年/.test(text)) return 'previousBudget';
  if (/决算/.test(text)) return 'final';
  if (/预算/.test(text)) return 'budget';
  return undefined;
}

function keyOf(text: string): string | undefined {
  if (/小计/.test(text)) return 'vehicles';
  if (/购置及运行|购置和运行/.test(text)) return 'vehicles';
  if (/购置/.test(text)) return 'vehiclePurchase';
  // 运行维护, not 机关运行经费 (a column of the combined regional table).
  if (/运行维护/.test(text)) return 'vehicleOperation';
  // "公务用车运行费" without 维护 (several regions), never 机关运行经费.
  if (/运行费$/.test(text) && !/机关运行/.test(text)) return 'vehicleOperation';
  if (/合计|总计/.test(text)) return 'total';
  if (/出国/.test(text)) return 'abroad';
  if (/接待/.test(text)) return 'reception';
  return undefined;
}

export function parseThreePublicTable(layout: TableLayout, kind: 'final' | 'budget', warnings: WarningSink) {
  const out: Record<string, unknown> = { ...tableHeader(layout) };
  const mapping = mapColumns(layout);
  const data = layout.rows.filter((r) => r.cells.some(isNumberCell));
  for (const row of layout.rows) if (!data.includes(row)) layout.read.add(row.line);
  const row = data[0];
  if (!row) return out;
  let columns = mapping;
  if (columns.length === 0) {
    warnings.add('columns-assumed', { line: layout.titleLine.no, text: layout.titleLine.text }, { where: where(layout.id) });
    columns = positional(row, kind);
  }
  for (const { index, group, key } of columns) {
    const amounts = (out[group] ??= { source: { table: layout.id, line: row.line.no } }) as Record<string, unknown>;
    if (key in amounts) continue;
    amounts[key] = amountCell(row, index, key, layout.id, warnings);
  }
  layout.read.add(row.line);
  // A column the schema has no key for (机关运行经费 in a combined table) is reported, not dropped.
  const mapped = new Set(columns.map((c) => c.index));
  row.cells.forEach((cell, index) => {
    if (cell !== '' && !mapped.has(index)) {
      const column = layout.columns[index]?.text || `#${index + 1}`;
      warnings.add('column-unknown', { line: row.line.no, text: row.line.raw }, { where: where(layout.id), column });
    }
  });
  return out;
}

function mapColumns(layout: TableLayout): { index: number; group: Group; key: string }[] {
  const result: { index: number; group: Group; key: string }[] = [];
  let group: Group | undefined;
  layout.columns.forEach((column, index) => {
    group = groupOf(column.text) ?? group;
    // The column's own words first: the lowest header pieces, widened upwards until they
    // name a key, so 公务用车购置费 under 公务用车购置及运行维护费 is the purchase column.
    const parts = column.parts.length > 0 ? column.parts : [column.text];
    let key: string | undefined;
    for (let i = parts.length - 1; i >= 0 && key === undefined; i--) {
      key = keyOf(parts.slice(i).join('').replace(/上年预算数?|预算数|决算数|本年预算数?/g, ''));
    }
    if (group && key) result.push({ index, group, key });
  });
  return result;
}

function positional(row: BodyRow, kind: 'final' | 'budget') {
  const filled = row.cells.length;
  const groups: Group[] = filled >= 12 ? ['budget', 'final'] : [kind === 'final' ? 'final' : 'budget'];
  const columns: { index: number; group: Group; key: string }[] = [];
  groups.forEach((group, g) => KEYS.forEach((key, k) => columns.push({ index: g * 6 + k, group, key })));
  return columns;
}
