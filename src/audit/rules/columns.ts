/**
 * Rules 9, 10, 17 and 33: within one row of a function-classification table, the columns
 * agree — 表2 合计 = Σ its income sources; 表3 合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助; 表5 (and 表8, 表9, which
 * print the same 小计 / 基本 / 项目) 小计 = 基本 + 项目; 表8 年末 = 年初 + 收入 − 支出.
 */
import type { Disclosure } from '../../schema/disclosure.js';
import { FISCAL_FUNDS, type FunctionTableId } from '../../schema/tables.js';
import type { Source } from '../../schema/primitives.js';
import type { Finding, Rule, RuleInfo } from '../types.js';
import { cellName, columnName, functionCell, sumSentence, tableName, tableUnit } from '../cells.js';
import { checkAmount, checkSum, guard, isNumber } from '../check.js';
import { say } from '../text.js';

interface Row {
  code?: string;
  name: string;
  values: Record<string, number | null | undefined>;
  source?: Source;
}

/** The 合计 row first, then the rows in printed order. */
function rowsOf(doc: Disclosure, id: FunctionTableId): Row[] {
  const table = doc.tables[id];
  if (!table) return [];
  return [...(table.total ? [table.total] : []), ...table.rows] as unknown as Row[];
}

/** A column some tables print only as its parts: 基本支出 as 人员经费 | 公用经费, 财政拨款 by fund. */
const SPLITS: Record<string, readonly string[]> = { basic: ['personnel', 'public'], fiscal: FISCAL_FUNDS };

/**
 * The terms of a row's sum. A row that prints a column only as its parts sums the parts in its
 * place (基本支出 as 人员经费 | 公用经费: Shaanxi budgets; 财政拨款 as 一般公共预算 | 政府性基金 |
 * 国有资本经营: 2025/2026 budgets); a row that prints the column takes it alone, never its parts
 * too (they are inside it: counted twice).
 */
function termsOf(row: Row, parts: readonly string[]): string[] {
  const values = row.values ?? {};
  return parts.flatMap((part) => {
    const split = SPLITS[part];
    return split && !isNumber(values[part]) && split.some((key) => isNumber(values[key])) ? [...split] : [part];
  });
}

function columnSumRule(info: RuleInfo, tables: readonly FunctionTableId[], total: string, parts: readonly string[]): Rule {
  const checkTable = (doc: Disclosure, id: FunctionTableId): Finding[] => {
    const unit = tableUnit(doc, id);
    const rows = rowsOf(doc, id);
    // A table that prints none of the parts in any row has no such columns (江苏 2019's
    // 一般公共预算支出预算表 prints 金额 only): there is nothing to add up, not a sum of 0.
    if (!rows.some((row) => termsOf(row, parts).some((part) => isNumber(row.values?.[part])))) return [];
    return rows.flatMap((row) => {
      const cell = functionCell(id, row, total);
      // The columns as this row's sum takes them (财政拨款 or its funds), so the message says what was added.
      const names = termsOf(row, parts).map((part) => columnName(id, part)).join('、');
      return checkSum(
        { rule: info, cells: [cell], unit, message: sumSentence(doc, cell, { zh: `${names}之和`, en: names }) },
        row.values?.[total],
        termsOf(row, parts).map((part) => ({ value: row.values?.[part], cell: () => functionCell(id, row, part) })),
      );
    });
  };
  return {
    ...info,
    check: (doc) => tables.flatMap((id) => guard(info, () => checkTable(doc, id), (lang) => tableName(doc, id, lang))),
  };
}

export const R09 = columnSumRule(
  {
    id: 'R09',
    name: 'table3-row-columns',
    description: {
      'zh-CN': '公开03表每行：本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出。',
      en: 'Table 3, every row: 本年支出合计 equals 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助.',
    },
  },
  ['t3'],
  'total',
  ['basic', 'project', 'superiorRemit', 'operating', 'subsidiaryGrant'],
);

export const R10 = columnSumRule(
  {
    id: 'R10',
    name: 'table5-row-columns',
    description: {
      'zh-CN': '公开05表每行：小计 = 基本支出 + 项目支出（公开08、09表的本年支出同样检查）。',
      en: 'Table 5, every row: 小计 equals 基本支出 + 项目支出 (checked for the 本年支出 of tables 8 and 9 too).',
    },
  },
  ['t5', 't8', 't9'],
  'total',
  ['basic', 'project'],
);

export const R33 = columnSumRule(
  {
    id: 'R33',
    name: 'table2-row-sources',
    description: {
      'zh-CN': '公开02表每行：合计 = 各项收入来源之和（财政拨款（或其一般公共预算、政府性基金、国有资本经营各栏）、财政专户管理资金、上级补助、事业、经营、附属单位上缴、其他收入，预算表还有上年结转）。',
      en: 'Table 2, every row: the total equals the sum of its income sources (财政拨款 — or its 一般公共预算, 政府性基金 and 国有资本经营 columns —, 财政专户管理资金, 上级补助, 事业, 经营, 附属单位上缴, 其他; a budget’s 上年结转 too).',
    },
  },
  ['t2'],
  'total',
  ['fiscal', 'specialAccount', 'superiorSubsidy', 'institution', 'operating', 'affiliated', 'other', 'carryOverStart'],
);

const R17_INFO: RuleInfo = {
  id: 'R17',
  name: 'table8-carry-over',
  description: {
    'zh-CN': '公开08表每行：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出。',
    en: 'Table 8, every row: 年末结转和结余 equals 年初结转和结余 + 本年收入 − 本年支出.',
  },
};

export const R17: Rule = {
  ...R17_INFO,
  check: (doc) =>
    guard(R17_INFO, () =>
      rowsOf(doc, 't8').flatMap((row): Finding[] => {
        const values = row.values ?? {};
        const terms = [values.carryOverStart, values.income, values.total];
        const printed = terms.filter(isNumber);
        if (printed.length === 0) return [];
        // Blank terms count as 0, as in any sum (see check.ts).
        const expected = (values.carryOverStart ?? 0) + (values.income ?? 0) - (values.total ?? 0);
        const cell = functionCell('t8', row, 'carryOverEnd');
        const cells = [cell, ...(['carryOverStart', 'income', 'total'] as const)
          .filter((key) => isNumber(values[key]))
          .map((key) => functionCell('t8', row, key))];
        return checkAmount({
          rule: R17_INFO,
          cells,
          actual: values.carryOverEnd,
          expected,
          terms: printed.length,
          unit: tableUnit(doc, 't8'),
          message: (lang, actual, expected) =>
            say(
              lang,
              `${cellName(doc, cell, lang)} = ${actual}，但年初结转和结余 + 本年收入 − 本年支出 = ${expected}`,
              `${cellName(doc, cell, lang)} = ${actual}, but 年初结转和结余 + 本年收入 − 本年支出 = ${expected}`,
            ),
        });
      }),
    ),
};
