/**
 * The classification trees of the pie: 功能分类 类 → 款 → 项 (公开03表), 经济分类 人员经费 /
 * 公用经费 → 类 → 款 (公开06表) and fiscal source → 类 (公开04表). Rows are keyed by code,
 * never by name; the tree follows the code prefixes in the table's own order.
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { Unit } from '../schema/primitives.js';
import type { Localized } from '../format/messages.js';
import { functionCell, summaryCell, toUnit, withUnitsSum } from './flows-cells.js';
import { leaf, rootItem, sumOf, type PieItem } from './pie-items.js';
import { isolate } from '../format/bidi.js';

/** 公开03表 本年支出合计 by 类, each with its 款 and their 项. */
export function functionTree(doc: Disclosure, unit: Unit): PieItem | undefined {
  const t3 = doc.tables.t3;
  if (!t3 || !t3.rows.length) return undefined;
  const byCode = new Map<string, PieItem>();
  const classes: PieItem[] = [];
  for (const row of t3.rows) {
    const parentCode = row.code.length > 3 ? row.code.slice(0, row.code.length - 2) : '';
    const parent = byCode.get(parentCode) ?? (row.code.length > 5 ? byCode.get(row.code.slice(0, 3)) : undefined);
    const cell = functionCell('t3', row, 'total', t3.unit, unit);
    const item = leaf(`t3:${row.code}`, row.name, cell, parent ? [parent.name, ...parent.parents] : [], { code: row.code });
    byCode.set(row.code, item);
    // A 款 whose 类 is not printed joins the top level rather than vanish.
    (parent ? parent.children : classes).push(item);
  }
  const totalRow = t3.total;
  const total = totalRow
    ? functionCell('t3', { code: 'total', name: totalRow.name, values: totalRow.values as Record<string, number | null | undefined>, source: totalRow.source }, 'total', t3.unit, unit)
    : sumOf(classes, 't3', '本年支出合计');
  return rootItem(total, classes);
}

const GROUPS: { key: 'personnel' | 'public'; label: Localized }[] = [
  { key: 'personnel', label: { 'zh-CN': '人员经费', en: 'Personnel costs' } },
  { key: 'public', label: { 'zh-CN': '公用经费', en: 'Public costs' } },
];

/** 人员经费 = 301 + 303; everything else (302, 307, 310, 312, 399 …) is 公用经费. */
const groupOf = (classCode: string) => (classCode === '301' || classCode === '303' ? 'personnel' : 'public');

/**
 * 公开06表: 人员经费 (301, 303) and 公用经费 (302, 307, 310, 312, 399 …), then each 类 and its 款.
 * A budget that splits each row into its 人员经费 and 公用经费 parts puts each part under its group.
 */
export function economicTree(doc: Disclosure, unit: Unit): PieItem | undefined {
  const t6 = doc.tables.t6;
  if (!t6 || !t6.rows.length) return undefined;
  const split = t6.rows.some((row) => row.personnel !== undefined || row.public !== undefined);
  const groups = GROUPS.map(({ key, label }) => {
    const classes: PieItem[] = [];
    const byCode = new Map<string, PieItem>();
    for (const row of t6.rows) {
      const classCode = row.code.slice(0, 3);
      if (split ? row[key] === undefined : groupOf(classCode) !== key) continue;
      const cell = summaryCell('t6', { name: row.name, amount: split ? (row[key] ?? null) : row.amount, source: row.source }, t6.unit, unit, split ? key : 'amount');
      cell.provenance.cells[0]!.row = row.code;
      cell.provenance = withUnitsSum(cell.provenance, row);
      const parent = row.code.length > 3 ? byCode.get(classCode) : undefined;
      const item = leaf(`t6:${key}:${row.code}`, row.name, cell, parent ? [parent.name, label['zh-CN']] : [label['zh-CN']], { code: row.code });
      if (row.code.length === 3) byCode.set(row.code, item);
      (parent ? parent.children : classes).push(item);
    }
    const printed = t6.totals[key];
    const total = printed ? summaryCell('t6', printed, t6.unit, unit) : sumOf(classes, 't6', label['zh-CN']);
    return leaf(`t6:${key}`, label['zh-CN'], total, [], { label, children: classes });
  });
  const total = t6.totals.total;
  return rootItem(total ? summaryCell('t6', total, t6.unit, unit) : sumOf(groups, 't6', '基本支出合计'), groups);
}

const FUNDS: { key: 'generalBudget' | 'governmentFund' | 'stateCapital'; label: Localized }[] = [
  { key: 'generalBudget', label: { 'zh-CN': '一般公共预算财政拨款', en: 'General public budget' } },
  { key: 'governmentFund', label: { 'zh-CN': '政府性基金预算财政拨款', en: 'Government funds' } },
  { key: 'stateCapital', label: { 'zh-CN': '国有资本经营预算财政拨款', en: 'State capital operations' } },
];

/** 公开04表 本年支出合计 by fiscal source, each with the 类 it paid for. */
export function fundTree(doc: Disclosure, unit: Unit): PieItem | undefined {
  const t4 = doc.tables.t4;
  if (!t4 || (!t4.expenditure.length && !t4.totals.expenditureTotal)) return undefined;
  const totalLine = t4.totals.expenditureTotal;
  const cellOf = (line: { code?: string; name: string; line?: number; amounts: Record<string, number | null | undefined>; source?: { line?: number } }, key: string) => {
    const ref = { table: 't4' as const, row: line.code ?? (line.line !== undefined ? String(line.line) : line.name), column: key, label: `${isolate(line.name)} ${key}` };
    if (line.source?.line !== undefined) Object.assign(ref, { line: line.source.line });
    return { value: toUnit(line.amounts[key], t4.unit, unit), provenance: { cells: [ref] } };
  };
  const funds = FUNDS.map(({ key, label }) => {
    const classes = t4.expenditure
      .filter((line) => line.amounts[key] !== undefined)
      .map((line) => leaf(`t4:${key}:${line.code ?? line.name}`, line.name, cellOf(line, key), [label['zh-CN']], line.code ? { code: line.code } : {}));
    const cell = totalLine && totalLine.amounts[key] !== undefined ? cellOf(totalLine, key) : sumOf(classes, 't4', label['zh-CN']);
    const item = leaf(`t4:${key}`, label['zh-CN'], cell, [], { label, children: classes });
    item.provenance.cells.forEach((ref) => (ref.label = `${totalLine?.name ?? ''} ${label['zh-CN']}`.trim()));
    return item;
  });
  const total = totalLine && totalLine.amounts.total !== undefined ? cellOf(totalLine, 'total') : sumOf(funds, 't4', '本年支出合计');
  return rootItem(total, funds);
}
