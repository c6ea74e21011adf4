/**
 * A 项目支出绩效目标表 (budget) whose head is printed as labelled fields, each label with its
 * colon and value in one cell: "项目名称：X    主管部门：Y", "预算金额：60.00", "年度绩效目标：…"
 * (the 预算项目绩效目标申报表 form: 项目名称：… 预算金额：…). Read as the table's own columns would
 * be: the name, the department and implementer, the amount as the year's budget (资金总额), the
 * goal. Before, the name was the next cell ("项目金额：60.00"), and the funds, the department
 * and the goal were lost.
 */
import { NUM, numberIn } from '../numbers.js';
import { party } from './party.js';

type Obj = Record<string, unknown>;

/** "label：value" in one cell. */
const FIELD = /^(项目名称|主管部门|实施单位|项目金额|预算金额|项目总额|项目资金|资金总额|年度资金总额|年度预算金额)\s*[:：]\s*(\S.*)$/;
const AMOUNT = new RegExp(`^(${NUM})\\s*(?:万元|元)?$`);
const GOAL = /^(?:年度绩效目标|年度目标|绩效目标|年度总体目标)\s*[:：]\s*(.+)$/;

export interface LabelledHead {
  name?: string;
  department?: Obj;
  implementer?: Obj;
  /** The amount, as the funds' 资金总额 row (the year's budget). */
  total?: Obj;
}

/** The labelled fields of a head line whose first cell is one; undefined otherwise. */
export function labelledFields(cells: readonly string[], line: number): LabelledHead | undefined {
  if (!FIELD.test((cells[0] ?? '').trim())) return undefined;
  const out: LabelledHead = {};
  for (const cell of cells) {
    const field = FIELD.exec(cell.trim());
    if (!field) continue;
    const [, label, value] = field as unknown as [string, string, string];
    if (label === '项目名称') out.name ??= value.trim();
    else if (label === '主管部门') out.department ??= party(value);
    else if (label === '实施单位') out.implementer ??= party(value);
    else {
      const amount = AMOUNT.exec(value.replace(/\s+/g, ''));
      if (amount) out.total ??= { initialBudget: numberIn(amount[1]!), annualBudget: null, executed: null, source: { line } };
    }
  }
  return out;
}

/** "年度绩效目标：…" in one cell: the goal text after the colon (and any cells after it). */
export function labelledGoal(cells: readonly string[]): string | undefined {
  const goal = GOAL.exec((cells[0] ?? '').trim());
  if (!goal) return undefined;
  return [goal[1]!, ...cells.slice(1).map((c) => c.trim())].join('').trim();
}
