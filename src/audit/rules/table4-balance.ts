/**
 * Rule 32: 公开04表 balances. Its 收入总计 equals its 支出总计 (fiscal money is all spent or
 * carried over), and for each source 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余.
 * R11 checks each side adds up; this rule checks the two sides against each other.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { IncomeKind } from '../../schema/tables.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { fiscalCell, summaryCell, tableUnit } from '../cells.js';
import { checkAmount, guard, isNumber } from '../check.js';
import { clean } from '../tolerance.js';
import { say } from '../text.js';

const INFO: RuleInfo = {
  id: 'R32',
  name: 'table4-balance',
  description: {
    'zh-CN': '公开04表收支平衡：收入总计 = 支出总计；每项资金来源：年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余。',
    en: 'Table 4 balances: 收入总计 equals 支出总计, and for each source 年初结转和结余 + income = expenditure + 年末结转和结余.',
  },
};

const SOURCES = ['generalBudget', 'governmentFund', 'stateCapital'] as const satisfies readonly IncomeKind[];

function check(doc: Disclosure): Finding[] {
  const t4 = doc.tables.t4;
  if (!t4) return [];
  const unit = tableUnit(doc, 't4');
  const { incomeGrandTotal, expenditureGrandTotal, expenditureTotal, carryOverEnd, carryOverStartBySource } = t4.totals;
  const out: Finding[] = [];
  if (incomeGrandTotal && expenditureGrandTotal) {
    out.push(
      ...checkAmount({
        rule: INFO,
        cells: [fiscalCell(expenditureGrandTotal, 'total', 'expenditureGrandTotal'), summaryCell('t4', incomeGrandTotal, 'incomeGrandTotal')],
        actual: expenditureGrandTotal.amounts.total,
        expected: incomeGrandTotal.amount,
        terms: 1,
        unit,
        message: (lang, actual, expected) => say(lang, `支出总计为 ${actual}，但收入总计为 ${expected}`, `支出总计 is ${actual}, but 收入总计 is ${expected}`),
      }),
    );
  }
  // A 年初结转 printed only as a total cannot be split by source: the per-source balance is not checked.
  const unsplitStart = isNumber(t4.totals.carryOverStart?.amount) && t4.totals.carryOverStart.amount !== 0 && !carryOverStartBySource;
  for (const source of unsplitStart ? [] : SOURCES) {
    const i = t4.income.findIndex((line) => line.kind === source);
    const income = t4.income[i];
    const start = carryOverStartBySource?.find((line) => line.kind === source);
    const spent = expenditureTotal?.amounts[source];
    const end = carryOverEnd?.amounts[source];
    // Every term printed (blank as 0 only when the others are numbers): a side the table does not print is not checked.
    if (!income || !isNumber(income.amount) || !expenditureTotal || spent === undefined) continue;
    const available = clean(income.amount + (start?.amount ?? 0));
    const used = clean((spent ?? 0) + (end ?? 0));
    const cells = [
      fiscalCell(expenditureTotal, source, 'expenditureTotal'),
      ...(carryOverEnd && isNumber(end) ? [fiscalCell(carryOverEnd, source, 'carryOverEnd')] : []),
      summaryCell('t4', income, `income${i + 1}`),
      ...(start && isNumber(start.amount) ? [summaryCell('t4', start, `carryOverStart.${source}`)] : []),
    ];
    out.push(
      ...checkAmount({
        rule: INFO,
        cells,
        actual: used,
        expected: available,
        terms: cells.length - 1,
        unit,
        message: (lang, actual, expected) =>
          say(
            lang,
            `“${income.name}”本年支出与年末结转和结余之和为 ${actual}，但本年收入与年初结转和结余之和为 ${expected}`,
            `“${income.name}”: expenditure + closing balance = ${actual}, but income + opening balance = ${expected}`,
          ),
      }),
    );
  }
  return out;
}

export const R32: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
