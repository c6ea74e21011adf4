/**
 * Budget execution of the 一般公共预算财政拨款支出, item by item: 年初预算 vs 决算 as the
 * 情况说明 states them (narrative.execution), with the stated reason, and the 项 of 公开05表 the
 * text does not discuss. Where 公开05表 prints 年初预算数 (and 调整预算数 / 全年预算数) beside
 * 决算数 (execution-table.ts), a row's budget and 决算 are the table's, merged by code with the
 * text's reason and stated rate; a document whose text lists no item draws from the table alone.
 * Pure; the document is only read.
 *
 * The completion rate is 决算 / 年初预算 × 100, recomputed (the audit checks the printed one,
 * rule 21), against the 年初预算 as the documents' 完成率 is. A zero or blank budget has no rate:
 * "年初未预算", never Infinity.
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { ExecutionItem } from '../schema/narrative.js';
import type { TableId, Unit } from '../schema/primitives.js';
import { convert } from '../format/units.js';
import { rate } from '../format/percent.js';
import type { CellRef } from './provenance.js';
import type { Localized } from '../format/messages.js';
import { isolate } from '../format/bidi.js';
import { applyTableBudget, printsBudget, statusOf, tablePrintsBudgets } from './execution-table.js';

/**
 * above: 决算 > 预算; below; equal; unbudgeted: 预算 0 or blank; notStated: no budget is given
 * (by the text or 表5); finalBlank: the budget is given but the 决算 is blank (no rate, and not
 * the budget's fault). Decided by execution-table.ts statusOf.
 */
export type ExecutionStatus = 'above' | 'below' | 'equal' | 'unbudgeted' | 'notStated' | 'finalBlank';

export interface ExecutionRow {
  id: string;
  code?: string;
  /** The item's name (the 项 of 公开05表, else the printed label). */
  name: string;
  /** The label as printed in the 情况说明, when the text discusses the item. */
  printed?: string;
  /** Names above it, nearest first (款, 类): for qualifying repeated names. */
  parents: string[];
  /**
   * 年初预算, in the model's unit: 表5's 年初预算数 where printed (see budgetCell), else the
   * text's; undefined when neither gives it, null when blank.
   */
  budget: number | null | undefined;
  /** 调整预算数 / 全年预算数 of 表5, in the model's unit, where printed (null: blank); shown beside the budget, never its rate. */
  budgetAdjusted?: number | null;
  /** 决算: 表5's 合计 where its budget is read from there, else the text's. */
  final: number | null;
  /** Recomputed 决算 / 预算 × 100; null without a positive budget. */
  rate: number | null;
  /** The rate as printed, when printed. */
  statedRate?: number | null;
  status: ExecutionStatus;
  /** 决算 − 预算, when both are known. */
  deviation: number | null;
  reason?: string;
  /** Source line of the narrative sentence. */
  line?: number;
  /** The 公开05表 cell holding the same 决算, when the item has a code there. */
  finalCell?: CellRef;
  /** The 公开05表 年初预算数 cell the budget was read from, when it was. */
  budgetCell?: CellRef;
}

export interface ExecutionGroup {
  code: string;
  name: string;
  rows: ExecutionRow[];
}

export interface ExecutionModel {
  unit: Unit;
  total?: ExecutionRow;
  /** Items in the chosen order. */
  rows: ExecutionRow[];
  /** Items by 类, in code order (empty for the deviation order). */
  groups: ExecutionGroup[];
  tables: TableId[];
  /** Whether the 情况说明's items were read (false: drawn from 公开05表's budgets alone). */
  fromText: boolean;
}

export type ExecutionOrder = 'code' | 'deviation';

export type ModelResult<M> = { ok: true; model: M } | { ok: false; empty: Localized };

export const EXECUTION_EMPTY: Record<'budgetDoc' | 'none', Localized> = {
  budgetDoc: {
    'zh-CN': '这是一份部门预算，没有决算数，无法比较预算执行。',
    en: 'This is a budget (部门预算): it has no final amounts, so there is no execution to compare.',
  },
  none: {
    'zh-CN': '本文档的情况说明没有列出年初预算与决算的对比，公开05表也未列年初预算数。',
    en: 'The 情况说明 of this document gives no budget-vs-final figures, and its table 05 prints no initial budget.',
  },
};

/** 一般公共服务支出(类)发展与改革事务(款)行政运行(项) → its three names. */
export function splitLabel(label: string): { cls?: string; item?: string; sub?: string } {
  const match = /^(.*?)[(（]类[)）](.*?)[(（]款[)）](.*?)[(（]项[)）]\s*$/.exec(label);
  if (!match) return {};
  return { cls: match[1]!.trim(), item: match[2]!.trim(), sub: match[3]!.trim() };
}

function row(item: ExecutionItem, id: string, names: Map<string, string>): ExecutionRow {
  const parts = splitLabel(item.label);
  const code = item.code;
  const parents = code
    ? [names.get(code.slice(0, 5)) ?? parts.item, names.get(code.slice(0, 3)) ?? parts.cls].filter((n): n is string => !!n)
    : [parts.item, parts.cls].filter((n): n is string => !!n);
  const final = item.final;
  return {
    id,
    code,
    name: (code && names.get(code)) || parts.sub || item.label,
    printed: item.label,
    parents,
    budget: item.budget,
    final,
    rate: rate(final, item.budget),
    statedRate: item.rate,
    status: statusOf(item.budget, final),
    deviation: final !== null && item.budget !== null ? final - item.budget : null,
    reason: item.reason,
    line: item.source?.line,
  };
}

export function buildExecutionModel(doc: Disclosure, options: { order?: ExecutionOrder } = {}): ModelResult<ExecutionModel> {
  const execution = doc.narrative?.execution;
  const items = execution?.items ?? [];
  const t5 = doc.tables.t5;
  const fromTable = tablePrintsBudgets(t5);
  if (!items.length && !fromTable) {
    return { ok: false, empty: doc.meta.kind === 'budget' ? EXECUTION_EMPTY.budgetDoc : EXECUTION_EMPTY.none };
  }
  // The text's unit while it lists items (its figures as quoted); 表5's when the table alone is drawn.
  const unit = items.length ? (doc.narrative?.unit ?? doc.meta.unit) : t5!.unit;
  const units = { from: t5?.unit ?? unit, to: unit };
  const names = new Map<string, string>();
  const inT5 = new Map<string, NonNullable<typeof t5>['rows'][number]>();
  for (const r of t5?.rows ?? []) {
    names.set(r.code, r.name);
    inT5.set(r.code, r);
  }
  for (const r of doc.tables.t3?.rows ?? []) if (!names.has(r.code)) names.set(r.code, r.name);

  const rows = items.map((item, index) => row(item, item.code ? `item:${item.code}` : `item:#${index}`, names));
  const seen = new Set(rows.map((r) => r.code).filter(Boolean));
  // The 项 of 公开05表 the text does not discuss: their 决算 is printed, their budget too where
  // the table prints it (below), else not.
  for (const r of t5?.rows ?? []) {
    if (r.code.length !== 7 || seen.has(r.code)) continue;
    const final = convert(r.values.total ?? null, t5!.unit, unit);
    rows.push({
      id: `item:${r.code}`,
      code: r.code,
      name: r.name,
      parents: [names.get(r.code.slice(0, 5)), names.get(r.code.slice(0, 3))].filter((n): n is string => !!n),
      budget: undefined,
      final,
      rate: null,
      status: 'notStated',
      deviation: null,
    });
  }
  for (const r of rows) {
    const printed = r.code ? inT5.get(r.code) : undefined;
    if (!printed) continue;
    r.finalCell = { table: 't5', row: printed.code, column: 'total', label: `${isolate(r.name)} 合计` };
    // The table's budget and 决算 replace the text's; the text keeps its reason and stated rate.
    if (printsBudget(printed.values)) applyTableBudget(r, printed.values, { row: printed.code, name: r.name }, units);
  }

  const byCode = (a: ExecutionRow, b: ExecutionRow) => (a.code ?? '~').localeCompare(b.code ?? '~');
  const sorted = [...rows].sort(byCode);
  const ordered =
    options.order === 'deviation'
      ? [...rows].sort((a, b) => Math.abs(b.deviation ?? -1) - Math.abs(a.deviation ?? -1) || byCode(a, b))
      : sorted;
  const groups: ExecutionGroup[] = [];
  if (options.order !== 'deviation') {
    for (const r of sorted) {
      const code = r.code?.slice(0, 3) ?? '';
      let group = groups[groups.length - 1];
      if (!group || group.code !== code) {
        group = { code, name: (code && names.get(code)) || r.parents[r.parents.length - 1] || '', rows: [] };
        groups.push(group);
      }
      group.rows.push(r);
    }
  }
  let total = execution?.total ? row(execution.total, 'total', names) : undefined;
  if (total) total.name = execution!.total!.label;
  const printedTotal = t5?.total;
  if (printedTotal && printsBudget(printedTotal.values)) {
    // No total in the text: the table's subject (一般公共预算财政拨款支出), not its "合计".
    total ??= { id: 'total', name: subjectOf(t5!.title), parents: [], budget: undefined, final: null, rate: null, status: 'notStated', deviation: null };
    applyTableBudget(total, printedTotal.values, { row: 'total', name: printedTotal.name }, units);
  }
  return { ok: true, model: { unit, total, rows: ordered, groups, tables: t5 ? ['t5'] : [], fromText: items.length > 0 } };
}

/** "一般公共预算财政拨款支出决算表" → "一般公共预算财政拨款支出": what the table's 合计 is the total of. */
function subjectOf(title: string): string {
  return title.replace(/(?:决算)?表$/, '') || '一般公共预算财政拨款支出';
}

/** The 公开05表 cells a row's figures come from: its 决算 and, when read there, its 年初预算数. */
export function cellsOf(row: ExecutionRow): CellRef[] {
  return [row.finalCell, row.budgetCell].filter((cell): cell is CellRef => cell !== undefined);
}

/** Every amount shown, for the automatic unit. */
export function executionAmounts(model: ExecutionModel): number[] {
  const rows = model.total ? [model.total, ...model.rows] : model.rows;
  return rows.flatMap((r) => [r.budget ?? 0, r.budgetAdjusted ?? 0, r.final ?? 0]);
}
