/**
 * `buildFlowModel(doc, options)`: the flow model of <budget-sankey>, "where the money came
 * from and where it went".
 *
 * The model, and why. The documents never say how much of each income kind paid for each
 * function class: 表1 gives income kinds, 表3 gives spending by class, and nothing links the
 * two row by row. Splitting income over classes in proportion would draw numbers no table
 * printed. So income meets spending in one hub node, the printed total of 表1 (本年收入合计,
 * 行27; or 总计, 行31, when balances from earlier years come in), and every band on either
 * side of it is a printed cell:
 *
 *   column 0  income kinds (表1 rows 一–八, table order), 使用非财政拨款结余, 年初结转和结余
 *   column 1  the hub: 本年收入合计 / 总计                     (node id `total`, kind `total`)
 *   column 2  function classes (表3 类, or 款/项 with `depth`; code order),
 *             then the sinks 结余分配 and 年末结转和结余
 *   column 3  基本支出, 项目支出 (and 上缴上级, 经营, 对附属单位补助 when not zero) — 表3 cells
 *   column 4  人员经费, 公用经费 from 表6. 表6 covers only 一般公共预算 basic spending, so with
 *             money 'all' what 表3 基本支出 has beyond it is drawn as its own node
 *             "其他资金基本支出" (derived: 表3 − 表6), never hidden.
 *
 * Without 表1 (表4) the sources are unknown: the hub is then the printed spending total of
 * 表3 (表5), the picture starts there, and `notes` says so. Columns are numbered from 0.
 *
 * With money 'fiscal' the same shape is read from 表4 (sources, carry-overs), 表5 (plus 表8
 * and 表9 when they have data) and 表6. A 预算 document is read the same way from its tables.
 *
 * Conservation: each pass-through node (the hub, each class, 基本支出 when 表6 follows) is
 * checked; a difference beyond the documents' rounding is listed in `imbalances` and drawn
 * as a named mismatch node, so the picture never silently absorbs it. Zero and blank rows
 * are not drawn and are listed in `omitted`. `order` on each node is its position within its
 * column in the chosen order (official, or by value). Never throws.
 */
import { hasClassRows, summaryClasses } from './flows-summary-classes.js';
import type { Disclosure } from '../schema/disclosure.js';
import type { TableId, Unit } from '../schema/primitives.js';
import type { SummaryLine } from '../schema/tables.js';
import type { Localized } from '../format/messages.js';
import type { FlowModel, FlowModelOptions, FlowModelResult } from './sankey-types.js';
import type { Cell } from './flows-cells.js';
import { clean, derivedCell, drawable, isNegative, summaryCell } from './flows-cells.js';
import { formatNumber } from '../format/number.js';
import { isolate } from '../format/bidi.js';
import { FlowGraph } from './flows-graph.js';
import { EXPENDITURE_KINDS, tableNames, kindTotal, msg, spendingSide, type Depth, type FunctionTableLike } from './flows-spending.js';

export const FLOW_COLUMNS: Localized[] = [
  { 'zh-CN': '资金来源', en: 'Sources' },
  { 'zh-CN': '收入合计', en: 'Total' },
  { 'zh-CN': '支出功能分类', en: 'Functions' },
  { 'zh-CN': '支出类型', en: 'Expenditure types' },
  { 'zh-CN': '经济分类', en: 'Economic types' },
];

const INCOME_LABELS: Record<string, Localized> = {
  generalBudget: { 'zh-CN': '一般公共预算财政拨款', en: 'General public budget' },
  governmentFund: { 'zh-CN': '政府性基金预算财政拨款', en: 'Government funds' },
  stateCapital: { 'zh-CN': '国有资本经营预算财政拨款', en: 'State capital operations' },
  fiscal: { 'zh-CN': '财政拨款', en: 'Fiscal appropriations' },
  superiorSubsidy: { 'zh-CN': '上级补助收入', en: 'Subsidies from above' },
  institution: { 'zh-CN': '事业收入', en: 'Service income' },
  operating: { 'zh-CN': '经营收入', en: 'Operating income' },
  affiliated: { 'zh-CN': '附属单位上缴收入', en: 'From affiliated units' },
  other: { 'zh-CN': '其他收入', en: 'Other income' },
};


export function buildFlowModel(doc: Disclosure, options: FlowModelOptions = {}): FlowModelResult {
  try {
    const result = build(doc, options);
    // Nodes and no flow between them (every row of nothing): say so, never a column of bars.
    if (result.ok && result.model.links.length === 0) {
      return { ok: false, empty: msg('本文档的支出表没有可绘制的资金流向（各行金额为零或空）。', 'The expenditure table has no flows to draw (every row is zero or blank).'), errors: [] };
    }
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [msg(`无法生成资金流向：${reason}`, `Could not build the flows: ${reason}`)] };
  }
}

function build(doc: Disclosure, options: FlowModelOptions): FlowModelResult {
  if (!doc || typeof doc !== 'object' || !doc.tables || typeof doc.tables !== 'object' || !doc.meta) {
    return { ok: false, errors: [msg('数据不是一份决算或预算文档（缺少 meta 或 tables）。', 'The data is not a disclosure document (meta or tables missing).')] };
  }
  const money = options.money ?? 'all';
  const depth: Depth = options.depth ?? 'class';
  const order = options.order ?? 'official';
  const kind = doc.meta.kind === 'budget' ? 'budget' : 'final';
  const t = doc.tables;

  const summary = money === 'all' ? t.t1 : t.t4;
  const functionTables: FunctionTableLike[] = [];
  if (money === 'all') {
    // 表3's 类 rows; when it prints none, 表1's 类 lines (flows-summary-classes.ts), else 表3 as is.
    const classes = t.t3 && hasClassRows(t.t3.rows) ? undefined : summaryClasses(doc);
    if (classes) functionTables.push(classes);
    else if (t.t3) functionTables.push({ id: 't3', unit: t.t3.unit, rows: t.t3.rows, total: t.t3.total, kinds: EXPENDITURE_KINDS.map((k) => k.key), prefix: 'fn:' });
  } else {
    if (t.t5) functionTables.push({ id: 't5', unit: t.t5.unit, rows: t.t5.rows, total: t.t5.total, kinds: ['basic', 'project'], prefix: 'fn:' });
    for (const id of ['t8', 't9'] as const) {
      const table = t[id];
      if (table && table.rows.some((r) => drawable(r.values.total))) {
        functionTables.push({ id, unit: table.unit, rows: table.rows, total: table.total, kinds: ['basic', 'project'], prefix: `fn:${id}:` });
      }
    }
  }
  if (functionTables.length === 0) {
    // A budget's 表3 is its 支出预算表: name the table as the reader's document calls it.
    const needed = money === 'all' ? `公开03表（支出${doc.meta.kind === 'budget' ? '预算' : '决算'}表）` : '公开05表（一般公共预算财政拨款支出表）';
    const neededEn = money === 'all' ? 'table 03 (expenditure by function)' : 'table 05 (general-budget expenditure)';
    return {
      ok: false,
      empty: msg(`本文档没有${needed}，无法绘制资金流向。`, `This document has no ${neededEn}, so there are no flows to draw.`),
      errors: [],
    };
  }
  const errors = structuralErrors(functionTables);
  if (errors.length) return { ok: false, errors };
  // Without 表1 (or 表4) the sources are unknown: draw where the money went, from the
  // spending total, and say what is missing rather than show nothing.
  if (!summary) return spendingOnly(doc, functionTables, money, depth, order, kind);

  const unit = summary.unit;
  const g = new FlowGraph(unit, doubtfulTables(doc));
  const tables = new Set<TableId>([money === 'all' ? 't1' : 't4']);

  // Column 0: sources, in table order.
  const sourceTable: TableId = money === 'all' ? 't1' : 't4';
  summary.income.forEach((line, index) => addIncome(g, sourceTable, line, index, unit));
  const carryIns: string[] = [];
  if (money === 'all' && t.t1) {
    const { nonFiscalBalanceUsed, carryOverStart } = t.t1.totals;
    if (nonFiscalBalanceUsed) carryIns.push(...addSource(g, 'nonFiscalBalance', 'nonFiscalBalance', nonFiscalBalanceUsed, 't1', unit, msg('使用非财政拨款结余', 'Non-fiscal balance used')));
    if (carryOverStart) carryIns.push(...addSource(g, 'carryOverStart', 'carryOverStart', carryOverStart, 't1', unit, msg('年初结转和结余', 'Balance brought forward')));
  } else if (t.t4) {
    const bySource = t.t4.totals.carryOverStartBySource ?? [];
    if (bySource.some((line) => drawable(line.amount))) {
      bySource.forEach((line, i) =>
        carryIns.push(...addSource(g, `carryOverStart:${line.kind ?? i}`, 'carryOverStart', line, 't4', unit, msg(`年初结转和结余（${line.name}）`, `Balance brought forward (${line.name})`))),
      );
    } else if (t.t4.totals.carryOverStart) {
      carryIns.push(...addSource(g, 'carryOverStart', 'carryOverStart', t.t4.totals.carryOverStart, 't4', unit, msg('年初结转和结余', 'Balance brought forward')));
    }
  }
  const sourceIds = g.nodes.filter((n) => n.column === 0).map((n) => n.id);
  // A negative source (an income line printed below zero) is no node, but still flows in.
  const negativeSources = g.omitted.filter((row) => isNegative(row.value));

  // Column 1: the hub, a printed total.
  const totals = summary.totals;
  const hubLine = carryIns.length ? totals.incomeGrandTotal ?? totals.incomeTotal : totals.incomeTotal ?? totals.incomeGrandTotal;
  const hubCell: Cell = hubLine
    ? summaryCell(sourceTable, hubLine, unit, unit)
    : derivedCell(
        sourceIds.reduce((s, id) => s + (g.node(id)?.value ?? 0), 0),
        sourceIds.flatMap((id) => g.node(id)?.provenance.cells ?? []),
        msg('推算：各项收入之和', 'derived: sum of the income rows'),
      );
  if (!drawable(hubCell.value)) {
    return { ok: false, empty: msg('本文档的收入合计为零，没有资金流向可绘制。', 'Total income is zero: there are no flows to draw.'), errors: [] };
  }
  g.add({
    id: 'total',
    kind: 'total',
    column: 1,
    name: hubLine?.name ?? '本年收入合计',
    label: carryIns.length ? msg('收入总计', 'Total incl. balances') : msg('本年收入合计', 'Total income'),
    cell: hubCell,
  });
  for (const id of sourceIds) {
    const node = g.node(id);
    if (node) g.link(id, 'total', { value: node.value, provenance: node.provenance });
  }
  for (const row of negativeSources) g.link(row.id, 'total', { value: row.value, provenance: row.provenance });

  spendingSide(g, doc, functionTables, money, depth, unit, tables);
  return { ok: true, model: finish(g, money, kind, order, tables) };
}

/** Sort, number the columns that have nodes from 0, and package the model. */
function finish(g: FlowGraph, money: 'all' | 'fiscal', kind: 'final' | 'budget', order: 'official' | 'value', tables: Set<TableId>, notes?: Localized[]): FlowModel {
  g.sort(order);
  const used = [...new Set(g.nodes.map((n) => n.column))].sort((a, b) => a - b);
  const renumber = new Map(used.map((column, index) => [column, index]));
  for (const node of g.nodes) node.column = renumber.get(node.column) ?? node.column;
  const columns = used.map((column) => (column === 1 && used[0] === 1 ? SPENDING_TOTAL : FLOW_COLUMNS[column]!));
  const model: FlowModel = {
    money,
    kind,
    unit: g.unit,
    columns,
    nodes: g.nodes,
    links: g.links,
    imbalances: g.imbalances,
    omitted: g.omitted,
    classes: g.classes,
    tables: [...tables].sort(),
    // The hub's printed total when there is one: the sources' sum can differ from it by a
    // rounding cent (西安卫健 2022: 2,480,372.71 summed vs 2,480,372.70 printed), and the
    // summary sentence must quote the document.
    total: clean(g.nodes.find((n) => n.id === 'total')?.value ?? g.nodes.filter((n) => n.column === 0).reduce((s, n) => s + n.value, 0)),
  };
  const all = [...(notes ?? []), ...negativeNote(g.omitted)];
  if (all.length) model.notes = all;
  return model;
}

/**
 * Printed negative amounts are not bands (a band cannot be narrower than nothing): said in a
 * note, so the drawn flows summing to more than a total is explained, not hidden. The rows are
 * also listed in the data table with their signed amounts.
 */
function negativeNote(omitted: FlowModel['omitted']): Localized[] {
  const negative = omitted.filter((row) => isNegative(row.value));
  if (!negative.length) return [];
  const list = (lang: 'zh-CN' | 'en') =>
    negative.map((row) => `${isolate(row.name)} ${formatNumber(row.value, lang)}`).join(lang === 'en' ? ', ' : '、');
  return [
    msg(
      `负数 ${negative.length} 项按原表记录，未绘制为流向：${list('zh-CN')}（其余流向之和因此大于所在合计，差额即为这些负数）。`,
      `${negative.length === 1 ? 'One negative amount' : `${negative.length} negative amounts`} kept as printed but not drawn as flows: ${list('en')} (so the drawn flows add up to more than their total, by exactly these amounts).`,
    ),
  ];
}

const SPENDING_TOTAL: Localized = { 'zh-CN': '支出合计', en: 'Total spending' };

/**
 * No 表1 / 表4: the hub is the printed spending total of the function table(s) (合计 row,
 * 本年支出合计), and the picture starts there. A note says the sources are not drawn.
 */
function spendingOnly(
  doc: Disclosure,
  functionTables: FunctionTableLike[],
  money: 'all' | 'fiscal',
  depth: Depth,
  order: 'official' | 'value',
  kind: 'final' | 'budget',
): FlowModelResult {
  const unit = functionTables[0]!.unit;
  const g = new FlowGraph(unit, doubtfulTables(doc));
  const tables = new Set<TableId>();
  const parts = functionTables.map((table) => kindTotal(table, 'total', unit));
  const hub = parts.length === 1 ? parts[0]! : derivedCell(parts.reduce((s, p) => s + (p.value ?? 0), 0), parts.flatMap((p) => p.provenance.cells), msg('推算：各表本年支出合计之和', 'derived: sum of the tables\' spending totals'));
  if (!drawable(hub.value)) {
    return { ok: false, empty: msg('本文档的支出合计为零，没有资金流向可绘制。', 'Total spending is zero: there are no flows to draw.'), errors: [] };
  }
  g.add({ id: 'total', kind: 'total', column: 1, name: '本年支出合计', label: SPENDING_TOTAL, cell: hub });
  spendingSide(g, doc, functionTables, money, depth, unit, tables);
  const missing = money === 'all' ? msg('公开01表', 'table 01') : msg('公开04表', 'table 04');
  const note = msg(
    `本文档没有${missing['zh-CN']}，资金来源未绘出；图从支出合计开始。`,
    `This document has no ${missing.en}, so the sources are not drawn; the diagram starts from total spending.`,
  );
  return { ok: true, model: finish(g, money, kind, order, tables, [note]) };
}

function addIncome(g: FlowGraph, table: TableId, line: SummaryLine, index: number, unit: Unit): void {
  if (!line.name.trim() && line.amount === null) return; // the empty numbered lines of 表1
  const key = line.kind ?? (line.line !== undefined ? `line${line.line}` : `row${index}`);
  const spec = { id: `income:${key}`, kind: 'income' as const, column: 0, name: line.name, cell: summaryCell(table, line, unit, unit) };
  const label = line.kind ? INCOME_LABELS[line.kind] : undefined;
  g.add(label ? { ...spec, label } : spec);
}

function addSource(
  g: FlowGraph,
  id: string,
  kind: 'carryOverStart' | 'nonFiscalBalance',
  line: SummaryLine,
  table: TableId,
  unit: Unit,
  label: Localized,
): string[] {
  return g.add({ id, kind, column: 0, name: line.name, label, cell: summaryCell(table, line, unit, unit) }) ? [id] : [];
}

function structuralErrors(tables: FunctionTableLike[]): Localized[] {
  const errors: Localized[] = [];
  for (const table of tables) {
    if (!Array.isArray(table.rows)) {
      errors.push(msg(`${tableNames([table.id])['zh-CN']}的行不是列表。`, `${tableNames([table.id]).en}: the rows are not a list.`));
      continue;
    }
    const seen = new Set<string>();
    for (const row of table.rows) {
      if (seen.has(row.code)) errors.push(msg(`${tableNames([table.id])['zh-CN']}中科目编码 ${row.code} 重复，无法确定流向。`, `${tableNames([table.id]).en}: code ${row.code} appears twice, so the flows are ambiguous.`));
      seen.add(row.code);
    }
  }
  return errors;
}

/** The tables `parse()` marked as read with doubt (`meta.readDoubts`). */
function doubtfulTables(doc: Disclosure): Set<TableId> {
  return new Set((doc.meta?.readDoubts?.tables ?? []).map((entry) => entry.table));
}
