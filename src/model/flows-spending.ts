/**
 * The spending side of the flow model, from the hub `total` on: function classes at the
 * chosen depth (code order), the sinks 结余分配 and 年末结转和结余, the expenditure kinds of
 * 表3 (or 表5/表8/表9), and 人员经费 / 公用经费 from 表6 with what 表6 does not cover drawn as a
 * derived node. Every value is a printed cell or says how it was derived.
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { TableId, Unit } from '../schema/primitives.js';
import type { ExpenditureTable, FunctionRow, SummaryLine } from '../schema/tables.js';
import { standardTableName, type Localized } from '../format/messages.js';
import type { FlowModelOptions } from './sankey-types.js';
import type { CellRef } from './provenance.js';
import type { Cell } from './flows-cells.js';
import { derivedCell, functionCell, summaryCell, toUnit, tolerance, clean } from './flows-cells.js';
import { isolate } from '../format/bidi.js';
import { formatNumber } from '../format/number.js';
import type { FlowGraph } from './flows-graph.js';

export const msg = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export const EXPENDITURE_KINDS: { key: string; name: string; label: Localized }[] = [
  { key: 'basic', name: '基本支出', label: { 'zh-CN': '基本支出', en: 'Basic expenditure' } },
  { key: 'project', name: '项目支出', label: { 'zh-CN': '项目支出', en: 'Project expenditure' } },
  { key: 'superiorRemit', name: '上缴上级支出', label: { 'zh-CN': '上缴上级支出', en: 'Remitted upward' } },
  { key: 'operating', name: '经营支出', label: { 'zh-CN': '经营支出', en: 'Operating expenditure' } },
  { key: 'subsidiaryGrant', name: '对附属单位补助支出', label: { 'zh-CN': '对附属单位补助支出', en: 'Grants to subsidiaries' } },
];

/** A table's name in both languages (公开03表 / Table 03), for the model's own messages. */
export function tableNames(tables: readonly TableId[], separator: Localized = { 'zh-CN': '、', en: ', ' }): Localized {
  return {
    'zh-CN': tables.map((id) => standardTableName(id, 'zh-CN')).join(separator['zh-CN']),
    en: tables.map((id) => standardTableName(id, 'en')).join(separator.en),
  };
}

export type Depth = NonNullable<FlowModelOptions['depth']>;
export const DEPTH_LENGTH: Record<Depth, number> = { class: 3, item: 5, subitem: 7 };

/** A function table as the model reads it (表3, 表5, 表8, 表9 share this much). */
export interface FunctionTableLike {
  id: TableId;
  unit: Unit;
  rows: readonly FunctionRow[];
  total?: ExpenditureTable['total'];
  kinds: readonly string[];
  /** Node id prefix, so the same code from two tables stays two nodes. */
  prefix: string;
}

/** Columns 2–4, from the hub `total` on: classes, sinks, expenditure kinds, costs. */
export function spendingSide(
  g: FlowGraph,
  doc: Disclosure,
  functionTables: FunctionTableLike[],
  money: 'all' | 'fiscal',
  depth: Depth,
  unit: Unit,
  tables: Set<TableId>,
): void {
  const t = doc.tables;
  // Column 2: function classes at the chosen depth, in code order; then the sinks.
  const length = DEPTH_LENGTH[depth];
  const drawnFrom = new Set<TableId>();
  for (const table of functionTables) {
    tables.add(table.id);
    const names = new Map(table.rows.map((row) => [row.code, row.name]));
    for (const row of table.rows) {
      if (row.code.length !== 3) continue;
      const cell = functionCell(table.id, row, 'total', table.unit, unit);
      g.classes.push({ id: `${table.prefix}${row.code}`, name: row.name, code: row.code, value: cell.value, provenance: cell.provenance });
    }
    for (const row of leafRows(table.rows, length)) {
      const id = `${table.prefix}${row.code}`;
      const cell = functionCell(table.id, row, 'total', table.unit, unit);
      const parents = parentNames(row.code, names);
      if (g.add({ id, kind: 'functionClass', column: 2, name: row.name, code: row.code, parents, cell })) drawnFrom.add(table.id);
      // Linked even when not drawn: a negative class's money still counts in the balance.
      g.link('total', id, cell);
    }
  }
  addSinks(g, money, doc, unit);

  // Column 3: expenditure kinds, each a printed 合计 cell (or the sum of 类 rows).
  const kindsPresent = EXPENDITURE_KINDS.filter((k) => functionTables.some((table) => table.kinds.includes(k.key)));
  for (const kindSpec of kindsPresent) {
    const parts = functionTables.filter((table) => table.kinds.includes(kindSpec.key)).map((table) => kindTotal(table, kindSpec.key, unit));
    const cell = parts.length === 1 && parts[0]
      ? parts[0]
      : derivedCell(
          parts.reduce((s, p) => s + (p.value ?? 0), 0),
          parts.flatMap((p) => p.provenance.cells),
          msg(`推算：${tableNames(functionTables.map((x) => x.id))['zh-CN']}的${kindSpec.name}之和`, `derived: sum of ${kindSpec.label.en} in ${tableNames(functionTables.map((x) => x.id)).en}`),
        );
    g.add({ id: `exp:${kindSpec.key}`, kind: 'expenditureKind', column: 3, name: kindSpec.name, label: kindSpec.label, cell });
  }
  const splitsByKind = functionTables.some((table) => table.rows.some((r) => table.kinds.some((k) => (r.values as Record<string, number | null | undefined>)[k] != null)));
  for (const table of functionTables) {
    for (const row of leafRows(table.rows, length)) {
      const id = `${table.prefix}${row.code}`;
      if (!g.counted(id)) continue;
      for (const key of table.kinds) g.link(id, `exp:${key}`, functionCell(table.id, row, key, table.unit, unit));
    }
    // A table that prints its 合计 row but no function rows (or only rows of nothing): the
    // spending total goes straight to its kinds, each a printed 合计 cell.
    if (!drawnFrom.has(table.id)) for (const key of table.kinds) g.link('total', `exp:${key}`, kindTotal(table, key, unit));
  }
  if (drawnFrom.size === 0) unlistedKinds(g, functionTables, unit);

  // Column 4: 人员经费 / 公用经费 from 表6, and basic spending 表6 does not cover.
  if (t.t6 && g.has('exp:basic')) {
    tables.add('t6');
    addCosts(g, money, t.t6, functionTables, unit);
  }

  // Conservation at every pass-through node.
  const passThrough = g.has('total') ? ['total'] : [];
  if (splitsByKind) passThrough.push(...g.nodes.filter((n) => n.kind === 'functionClass').map((n) => n.id));
  if (g.outflow('exp:basic') > 0) passThrough.push('exp:basic');
  g.balance(passThrough);
}

/**
 * The total flowing straight to the kinds (no function rows): what the kinds do not add up to
 * (a 单位预留机动经费 column the schema has no place for) is drawn as a named gap, never left
 * out so that the kinds' shares are shares of less than the printed total.
 */
function unlistedKinds(g: FlowGraph, functionTables: FunctionTableLike[], unit: Unit): void {
  const total = g.node('total');
  if (!total) return;
  const outflow = g.outflow('total');
  const difference = clean(total.value - outflow);
  if (difference <= tolerance(functionTables.length * 3, unit)) return;
  const d = (x: number, lang: 'zh-CN' | 'en') => formatNumber(x, lang);
  const cells = [...total.provenance.cells, ...g.links.filter((l) => l.source === 'total').flatMap((l) => l.provenance.cells)];
  const cell = derivedCell(difference, cells, msg('推算：支出合计 − 各支出类型之和', 'derived: total spending minus the sum of the kinds'));
  // A table read with doubt may have lost the column itself: then the gap is unverified, and
  // no cause is asserted (the same rule FlowGraph.balance follows).
  const doubtful = g.doubtfulIn(cells);
  const cause = doubtful.length
    ? msg('所涉表格未能完整读取，差额可能来自解析，未能核对。', 'a table involved could not be read with confidence, so the gap may come from reading it and was not checked.')
    : msg('表中另有未归入基本支出、项目支出的列。', 'the table has a column outside basic and project spending.');
  const message = msg(
    `支出合计 ${d(total.value, 'zh-CN')} 与各支出类型之和 ${d(outflow, 'zh-CN')} 相差 ${d(difference, 'zh-CN')}（${unit}）：${cause['zh-CN']}`,
    `Total spending ${d(total.value, 'en')} and the sum of the kinds ${d(outflow, 'en')} differ by ${d(difference, 'en')} (${unit}): ${cause.en}`,
  );
  g.imbalances.push({ nodeId: 'total', inflow: total.value, outflow, difference, message, ...(doubtful.length ? { unverified: doubtful } : {}) });
  const label = doubtful.length
    ? msg('未能核对的差额（表格未能完整读取）', 'Unverified gap (a table read with doubt)')
    : msg('未列明类型（合计 − 各类型）', 'Other kinds (total − listed kinds)');
  if (g.add({ id: 'imbalance:total', kind: 'imbalance', column: 3, name: doubtful.length ? '未能核对的差额' : '未列明去向', label, cell, ...(doubtful.length ? { unverified: true } : {}) })) {
    g.link('total', 'imbalance:total', cell);
  }
}

/** 结余分配 and 年末结转和结余: money that leaves the year's flow without being spent. */
function addSinks(g: FlowGraph, money: 'all' | 'fiscal', doc: Disclosure, unit: Unit): void {
  const sinks: { id: string; kind: 'balanceDistribution' | 'carryOverEnd'; label: Localized; cell: Cell; name: string }[] = [];
  if (money === 'all' && doc.tables.t1) {
    const { balanceDistribution, carryOverEnd } = doc.tables.t1.totals;
    if (balanceDistribution) sinks.push({ id: 'balanceDistribution', kind: 'balanceDistribution', name: balanceDistribution.name, label: msg('结余分配', 'Balance distributed'), cell: summaryCell('t1', balanceDistribution, unit, unit) });
    if (carryOverEnd) sinks.push({ id: 'carryOverEnd', kind: 'carryOverEnd', name: carryOverEnd.name, label: msg('年末结转和结余', 'Balance carried forward'), cell: summaryCell('t1', carryOverEnd, unit, unit) });
  } else if (money === 'fiscal' && doc.tables.t4?.totals.carryOverEnd) {
    const line = doc.tables.t4.totals.carryOverEnd;
    const ref: CellRef = { table: 't4', row: line.line !== undefined ? String(line.line) : line.name, column: 'total', label: isolate(line.name) };
    if (line.source?.line !== undefined) ref.line = line.source.line;
    sinks.push({
      id: 'carryOverEnd',
      kind: 'carryOverEnd',
      name: line.name,
      label: msg('年末结转和结余', 'Balance carried forward'),
      cell: { value: toUnit(line.amounts.total, doc.tables.t4.unit, unit), provenance: { cells: [ref] } },
    });
  }
  for (const sink of sinks) {
    g.add({ ...sink, column: 2 });
    g.link('total', sink.id, sink.cell);
  }
}

/** A column's name as printed (基本支出) and in English; the key itself for an unknown column. */
function kindName(key: string): Localized {
  return EXPENDITURE_KINDS.find((kind) => kind.key === key)?.label ?? (key === 'total' ? { 'zh-CN': '合计', en: 'total' } : { 'zh-CN': key, en: key });
}

/** The printed 合计 cell of a column, or the sum of its 类 rows when no 合计 row is given. */
export function kindTotal(table: FunctionTableLike, key: string, unit: Unit): Cell {
  if (table.total) {
    const total = table.total as { name: string; values: Record<string, number | null | undefined>; source?: { line?: number } };
    return functionCell(table.id, { ...total, code: '合计' }, key, table.unit, unit);
  }
  const classes = table.rows.filter((r) => r.code.length === 3);
  const cells = classes.map((r) => functionCell(table.id, r, key, table.unit, unit));
  return derivedCell(
    cells.reduce((s, c) => s + (c.value ?? 0), 0),
    cells.map((c) => c.provenance.cells[0]).filter((c): c is CellRef => c !== undefined),
    msg(
      `推算：${tableNames([table.id])['zh-CN']}各类的${kindName(key)['zh-CN']}之和`,
      `derived: sum of ${kindName(key).en} over the classes in ${tableNames([table.id]).en}`,
    ),
  );
}

function addCosts(
  g: FlowGraph,
  money: 'all' | 'fiscal',
  t6: NonNullable<Disclosure['tables']['t6']>,
  functionTables: FunctionTableLike[],
  unit: Unit,
): void {
  const basic = g.node('exp:basic');
  if (!basic) return;
  const costs: { id: string; name: string; label: Localized; line?: SummaryLine; codes: string[] }[] = [
    { id: 'cost:personnel', name: '人员经费', label: msg('人员经费', 'Personnel'), line: t6.totals.personnel, codes: ['301', '303'] },
    { id: 'cost:public', name: '公用经费', label: msg('公用经费', 'Public (office) costs'), line: t6.totals.public, codes: ['302', '307', '310', '312', '399'] },
  ];
  let covered = 0;
  for (const cost of costs) {
    let cell: Cell;
    if (cost.line) cell = summaryCell('t6', cost.line, t6.unit, unit);
    else {
      const rows = t6.rows.filter((r) => cost.codes.includes(r.code));
      cell = derivedCell(
        rows.reduce((s, r) => s + (toUnit(r.amount, t6.unit, unit) ?? 0), 0),
        rows.map((r) => ({ table: 't6' as const, row: r.code, column: 'amount', label: isolate(r.name), ...(r.source?.line !== undefined ? { line: r.source.line } : {}) })),
        msg(`推算：表6 ${cost.codes.join('、')} 之和`, `derived: sum of table 06 rows ${cost.codes.join(', ')}`),
      );
    }
    covered += cell.value ?? 0;
    g.add({ id: cost.id, kind: 'costKind', column: 4, name: cost.name, label: cost.label, cell });
    g.link('exp:basic', cost.id, cell);
  }
  // What 表6 cannot cover: with money 'all', basic spending from other money; with 'fiscal',
  // basic spending of 表8/表9 (表6 is 一般公共预算 only). 表5's own basic must match 表6.
  const uncovered = money === 'all'
    ? basic.value - covered
    : functionTables.filter((x) => x.id !== 't5').reduce((s, x) => s + (kindTotal(x, 'basic', unit).value ?? 0), 0);
  const remainder = clean(uncovered);
  // Within rounding, 表3 − 表6 is noise, not money; a negative one is an imbalance of 基本支出.
  if (remainder <= tolerance(3, unit) || g.outflow('exp:basic') === 0) return;
  const cells = [...basic.provenance.cells, ...costs.flatMap((c) => g.node(c.id)?.provenance.cells ?? [])];
  const spec = money === 'all'
    ? {
        name: '其他资金基本支出',
        label: msg('其他资金基本支出（推算：表3 − 表6）', 'Other basic spending (derived: table 03 − 06)'),
        how: msg('推算：表3 基本支出 − 表6 人员经费 − 表6 公用经费（表6 只含一般公共预算财政拨款）', 'derived: table 03 basic − table 06 personnel − table 06 public (table 06 covers general-budget money only)'),
      }
    : {
        name: '其他财政拨款基本支出',
        label: msg('其他财政拨款基本支出（推算：表8 + 表9）', 'Other fiscal basic spending (derived: tables 08 + 09)'),
        how: msg('推算：表8、表9 的基本支出（表6 只含一般公共预算）', 'derived: basic expenditure of tables 08 and 09 (table 06 covers the general budget only)'),
      };
  const cell = derivedCell(remainder, cells, spec.how);
  if (g.add({ id: 'cost:otherBasic', kind: 'costKind', column: 4, name: spec.name, label: spec.label, cell })) {
    g.link('exp:basic', 'cost:otherBasic', cell);
  }
}

/** Names of the 款 and 类 above a code, nearest first, as far as the table prints them. */
function parentNames(code: string, names: ReadonlyMap<string, string>): string[] {
  const parents: string[] = [];
  for (let length = code.length - 2; length >= 3; length -= 2) {
    const name = names.get(code.slice(0, length));
    if (name) parents.push(name);
  }
  return parents;
}

/**
 * Rows at the chosen depth, plus shallower rows that have no deeper rows, plus deeper rows no
 * printed row stands above (a table that prints only its 项 rows, without their 类 and 款
 * lines: each 项 is drawn as printed rather than the branch left out), in code order.
 */
export function leafRows(rows: readonly FunctionRow[], length: number): FunctionRow[] {
  const printed = new Set(rows.map((r) => r.code));
  const ancestorPrinted = (code: string) => {
    for (let l = 3; l < code.length; l += 2) if (printed.has(code.slice(0, l))) return true;
    return false;
  };
  const candidates = rows.filter((r) => r.code.length <= length || !ancestorPrinted(r.code));
  const hasChild = new Set<string>();
  for (const row of candidates) for (let l = 3; l < row.code.length; l += 2) hasChild.add(row.code.slice(0, l));
  return candidates.filter((r) => !hasChild.has(r.code)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

