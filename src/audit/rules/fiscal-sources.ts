/**
 * 表4's amount of one fiscal source as 表1 prints it (R11, R29).
 *
 * Most 表1 print this year's income by source and the 上年结转 on a line of its own. Some
 * (重庆's 部门收支总体情况表: "一、一般公共预算资金 128,148.56" with no 上年结转 line) print each
 * source's whole money, this year's and carried over, on one line: 表4's matching amount is
 * then its 本年收入 line of that source plus its 上年结转 of that source. Without this the two
 * tables look contradictory on every source that carried money over, which the document is not.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { IncomeKind, SummaryLine } from '../../schema/tables.js';
import { summaryCell } from '../cells.js';
import { isNumber } from '../check.js';
import { side, sumSide, type Side } from './cross-tables.js';

/** Whether 表1 folds the carry-over into its source lines: it prints no 年初结转 amount while 表4 does. */
export function t1FoldsCarryOver(doc: Disclosure): boolean {
  const { t1, t4 } = doc.tables;
  if (!t1 || !t4) return false;
  if (isNumber(t1.totals.carryOverStart?.amount)) return false;
  return (t4.totals.carryOverStartBySource ?? []).some((line) => isNumber(line.amount) && line.amount !== 0);
}

/**
 * 表4's side for `kind` (一般公共预算 / 政府性基金 / 国有资本经营) to hold against 表1's line:
 * the 本年收入 line, plus that source's 上年结转 when 表1 folds carry-overs in. Undefined when
 * 表4 prints neither.
 */
export function t4SourceSide(doc: Disclosure, kind: IncomeKind): { side: Side; line?: SummaryLine; key?: string } | undefined {
  const t4 = doc.tables.t4;
  if (!t4) return undefined;
  const i = t4.income.findIndex((line) => line.kind === kind);
  const income = i < 0 ? undefined : { line: t4.income[i]!, key: `income${i + 1}` };
  const carried = t1FoldsCarryOver(doc) ? (t4.totals.carryOverStartBySource ?? []).findIndex((line) => line.kind === kind) : -1;
  if (carried < 0 || !isNumber(t4.totals.carryOverStartBySource![carried]!.amount)) {
    if (!income) return undefined;
    return { side: side(doc, 't4', income.line.amount, summaryCell('t4', income.line, income.key)), ...income };
  }
  const carry = t4.totals.carryOverStartBySource![carried]!;
  const parts = [
    ...(income ? [{ value: income.line.amount, cell: summaryCell('t4', income.line, income.key) }] : []),
    { value: carry.amount, cell: summaryCell('t4', carry, `carryOverStart${carried + 1}`) },
  ];
  return { side: sumSide(doc, 't4', parts), ...(income ?? {}) };
}
