/**
 * 表5's printed budgets for the execution model. Many regions' 决算 公开05表 print 年初预算数 |
 * 调整预算数 (or 全年预算数) beside 决算数 (schema: `values.budgetAtStart`, `values.budgetAdjusted`
 * of each row and of the total, in the table's unit). When a row prints them, its execution row
 * reads budget and 决算 from the table — one table, one unit, cells a tooltip can name — and
 * keeps what only the 情况说明 says (the reason, the stated rate, its source line).
 */
import type { GeneralBudgetTable } from '../schema/tables.js';
import type { Unit } from '../schema/primitives.js';
import { convert } from '../format/units.js';
import { rate } from '../format/percent.js';
import { isolate } from '../format/bidi.js';
import type { ExecutionRow, ExecutionStatus } from './execution.js';

/** The amounts of one 表5 row (or its total), as the schema keeps them: table unit, null = blank. */
type T5Values = GeneralBudgetTable['rows'][number]['values'];

/**
 * above: 决算 > 预算; below; equal; unbudgeted: 预算 0 or blank; notStated: no budget is given;
 * finalBlank: the budget is given but the 决算 is blank (no rate, and not the budget's fault).
 */
export function statusOf(budget: number | null | undefined, final: number | null): ExecutionStatus {
  if (budget === undefined) return 'notStated';
  if (budget === null || budget === 0) return 'unbudgeted';
  if (final === null) return 'finalBlank';
  return final > budget ? 'above' : final < budget ? 'below' : 'equal';
}

/** Whether a 表5 row (or total) prints either budget (a blank cell, null, counts: the column is printed). */
export const printsBudget = (values: T5Values | undefined): boolean =>
  values !== undefined && (values.budgetAtStart !== undefined || values.budgetAdjusted !== undefined);

/** Whether 表5 prints budget columns at all: then <budget-execution> can draw from it alone. */
export function tablePrintsBudgets(t5: GeneralBudgetTable | undefined): t5 is GeneralBudgetTable {
  return !!t5 && (printsBudget(t5.total?.values) || t5.rows.some((r) => printsBudget(r.values)));
}

/**
 * Takes the row's budget, adjusted budget and 决算 from 表5 (`values`, in `from`), converted
 * to the model's unit `to`, and points its cells there (`row` is the code, or `total`). The
 * budget is the 年初预算数, as the documents' 完成率 (决算数为年初预算数的%) is: a row that
 * prints only a 调整/全年预算数 keeps the budget it had (the narrative's, or not stated).
 * A budget of 0 or blank is 年初未预算 (statusOf), never a rate. Mutates `target`.
 */
export function applyTableBudget(target: ExecutionRow, values: T5Values, cell: { row: string; name: string }, units: { from: Unit; to: Unit }): void {
  const { from, to } = units;
  if (values.budgetAdjusted !== undefined) target.budgetAdjusted = convert(values.budgetAdjusted, from, to);
  if (values.budgetAtStart === undefined) return;
  const budget = convert(values.budgetAtStart, from, to);
  const final = convert(values.total ?? null, from, to);
  target.budget = budget;
  target.final = final;
  target.rate = rate(final, budget);
  target.status = statusOf(budget, final);
  target.deviation = final !== null && budget !== null ? final - budget : null;
  const name = isolate(cell.name);
  target.budgetCell = { table: 't5', row: cell.row, column: 'budgetAtStart', label: `${name} 年初预算数` };
  target.finalCell = { table: 't5', row: cell.row, column: 'total', label: `${name} 合计` };
}
