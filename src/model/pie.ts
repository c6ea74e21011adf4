/**
 * What the money is made of, as a tree for <spend-structure-pie>: the breakdown chosen by
 * `by`, each item with the cell it was printed in, children for drill-down. Budgets (预算)
 * and finals (决算) share the table ids, so the same readers serve both.
 *
 * - `class`: 公开03表 本年支出合计 by 功能分类 类 → 款 → 项 (the document's 图6).
 * - `kind`: 公开03表 合计 row by column: 基本支出, 项目支出 (and the other columns when printed) (图3).
 * - `income`: 公开01表 income rows in table order (图2).
 * - `economic`: 公开06表 人员经费 / 公用经费 → 301, 302 … → 30101 …
 * - `fund`: 公开04表 本年支出合计 by 一般公共预算 / 政府性基金 / 国有资本经营 → 类.
 *
 * Values stay as printed (null stays null, a negative stays negative): which are drawn is
 * decided later (src/model/pie-slices.ts), so the table can list every row honestly.
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { TableId, Unit } from '../schema/primitives.js';
import type { Localized } from '../format/messages.js';
import { derivedCell, functionCell, summaryCell, toUnit, tolerance } from './flows-cells.js';
import { economicTree, fundTree, functionTree } from './pie-trees.js';
import { leaf, rootItem, sumOf, type PieItem } from './pie-items.js';
import { drawableChildren } from './pie-slices.js';

export type { PieItem };

export type PieBy = 'class' | 'kind' | 'income' | 'economic' | 'fund';

export interface PieModel {
  by: PieBy;
  kind: 'final' | 'budget';
  unit: Unit;
  /** The table drawn (the caption's source). */
  table: TableId;
  /** The table's printed title. */
  tableTitle: string;
  root: PieItem;
}

export type PieResult = { ok: true; model: PieModel } | { ok: false; empty: Localized } | { ok: false; errors: Localized[] };

const TABLE_OF: Record<PieBy, TableId> = { class: 't3', kind: 't3', income: 't1', economic: 't6', fund: 't4' };

/** Column names of 公开03表's 合计 row, for `by="kind"`, in printed order. */
const KIND_COLUMNS: [string, Localized][] = [
  ['basic', { 'zh-CN': '基本支出', en: 'Basic expenditure' }],
  ['project', { 'zh-CN': '项目支出', en: 'Project expenditure' }],
  ['superiorRemit', { 'zh-CN': '上缴上级支出', en: 'Remitted to the superior' }],
  ['operating', { 'zh-CN': '经营支出', en: 'Operating expenditure' }],
  ['subsidiaryGrant', { 'zh-CN': '对附属单位补助支出', en: 'Grants to subsidiaries' }],
];

export function buildPieModel(doc: Disclosure, by: PieBy): PieResult {
  const tableId = TABLE_OF[by];
  const table = doc.tables[tableId];
  const nn = tableId.slice(1).padStart(2, '0');
  if (!table) {
    return { ok: false, empty: { 'zh-CN': `本文档没有公开${nn}表，无法绘制此构成。`, en: `This document has no Table ${nn}, so this breakdown cannot be drawn.` } };
  }
  if (table.emptyReason) return { ok: false, empty: { 'zh-CN': table.emptyReason, en: `Table ${nn} has no data: ${table.emptyReason}` } };
  const unit = doc.meta.unit;
  const root = buildRoot(doc, by, unit);
  if (!root) return { ok: false, empty: { 'zh-CN': `公开${nn}表没有可以绘制的数据。`, en: `Table ${nn} has nothing to draw.` } };
  addGaps(root, unit);
  return {
    ok: true,
    model: { by, kind: doc.meta.kind === 'budget' ? 'budget' : 'final', unit, table: tableId, tableTitle: table.title, root },
  };
}

function buildRoot(doc: Disclosure, by: PieBy, unit: Unit): PieItem | undefined {
  const { t1, t3 } = doc.tables;
  switch (by) {
    case 'class':
      return functionTree(doc, unit);
    case 'kind': {
      if (!t3?.total) return undefined;
      const total = t3.total;
      const row = { code: 'total', name: total.name, values: total.values as Record<string, number | null | undefined>, source: total.source };
      const children = KIND_COLUMNS.filter(([key]) => total.values[key as keyof typeof total.values] !== undefined).map(([key, label]) =>
        leaf(`t3:total:${key}`, label['zh-CN'], functionCell('t3', row, key, t3.unit, unit), [total.name], { label }),
      );
      return children.length ? rootItem(functionCell('t3', row, 'total', t3.unit, unit), children) : undefined;
    }
    case 'income': {
      if (!t1 || !t1.income.length) return undefined;
      const children = t1.income.map((line, index) =>
        leaf(`t1:${line.kind ?? line.line ?? index}`, line.name, summaryCell('t1', line, t1.unit, unit), []),
      );
      const total = t1.totals.incomeTotal;
      return rootItem(total ? summaryCell('t1', total, t1.unit, unit) : sumOf(children, 't1', '本年收入合计'), children);
    }
    case 'economic':
      return economicTree(doc, unit);
    case 'fund':
      return fundTree(doc, unit);
  }
}

/**
 * Where a parent's printed children cover less than the parent (beyond rounding), the rest
 * is a derived "差额" child, so the drilled level still adds up to the parent it came from.
 */
function addGaps(item: PieItem, unit: Unit): void {
  for (const child of item.children) addGaps(child, unit);
  if (!item.children.length || item.value === null || item.value <= 0) return;
  const covered = item.children.reduce((sum, child) => sum + Math.max(0, child.value ?? 0), 0);
  const gap = toUnit(item.value - covered, unit, unit) ?? 0;
  if (gap <= tolerance(item.children.length + 1, unit)) return;
  const label: Localized = { 'zh-CN': '未列明（差额）', en: 'Not itemised (difference)' };
  item.children.push({
    id: `gap:${item.id}`,
    name: label['zh-CN'],
    label,
    value: gap,
    provenance: derivedCell(gap, item.provenance.cells, {
      'zh-CN': `${item.name}减去其下各行之和`,
      en: `${item.name} less the sum of the rows under it`,
    }).provenance,
    parents: [item.name, ...item.parents],
    children: [],
    gap: true,
  });
}

/** The item at `path` (ids from the root's children down), or the deepest one that exists. */
export function itemAt(model: PieModel, path: readonly string[]): { item: PieItem; trail: PieItem[] } {
  let item = model.root;
  const trail: PieItem[] = [];
  for (const id of path) {
    const next = item.children.find((child) => child.id === id);
    // An unknown id or an item with nothing to draw below it ends the path: a level is drawn
    // only for an item a reader could drill into.
    if (!next || !drawableChildren(next)) break;
    trail.push(next);
    item = next;
  }
  return { item, trail };
}
